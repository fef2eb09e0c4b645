// The HTTP handler of the STS client: the SDK's own NodeHttpHandler, with the answer read here,
// whole and up to a cap, before the SDK parses it. A 60 MB (or endless) body from a broken proxy or
// a hostile endpoint then fails at 256 KB with a clear error, instead of growing memory until the
// deadline; and the error comes from the handler, before the SDK's deserializer rewords it.
//
// The proxy is decided here too, per request, for the host the SDK resolved (a regional, FIPS or
// dual-stack host, or a configured endpoint): a no-proxy entry for a FIPS host then matches the
// host actually dialed, not a guess made before the SDK's endpoint rules ran.

import { Readable } from 'node:stream';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import { ResponseTooLargeError } from '../errors.js';
import { RESPONSE_LIMIT_BYTES, readCapped } from '../network/http.js';
import { proxyFor } from '../network/proxy.js';

type Handle = NodeHttpHandler['handle'];

/** Told of each request's origin (https://sts.us-east-1.amazonaws.com) and proxy, before it is sent. */
export type OnDial = (origin: string, proxied: boolean) => void;

export class CappedHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly options: NodeHttpHandlerOptions;
  private readonly onDial: OnDial;
  private readonly limit: number;
  private readonly direct: NodeHttpHandler;
  /** One handler per proxy URL, its CONNECT agent loaded on first use. */
  private readonly viaProxy = new Map<string, Promise<NodeHttpHandler>>();

  constructor(
    options: NodeHttpHandlerOptions,
    onDial: OnDial = () => undefined,
    limit = RESPONSE_LIMIT_BYTES,
  ) {
    this.options = options;
    this.onDial = onDial;
    this.limit = limit;
    this.direct = new NodeHttpHandler(options);
  }

  async handle(...[request, options]: Parameters<Handle>): ReturnType<Handle> {
    const origin = originOf(request);
    // The SDK's path (/) is enough: no-proxy matches by host and port.
    const proxy = proxyFor(new URL(origin));
    this.onDial(origin, proxy !== undefined);
    const inner = proxy ? await this.proxied(proxy) : this.direct;
    const { response } = await inner.handle(request, options);
    const tooLarge = () =>
      new ResponseTooLargeError(`STS sent more than ${this.limit} bytes; its answer was not read`);
    const body = await readCapped(response.body as Readable, this.limit, tooLarge, options?.abortSignal);
    response.body = Readable.from([body]);
    return { response };
  }

  private proxied(proxy: string): Promise<NodeHttpHandler> {
    let handler = this.viaProxy.get(proxy);
    if (!handler) {
      handler = import('https-proxy-agent').then(({ HttpsProxyAgent }) => {
        const agent = new HttpsProxyAgent(proxy);
        return new NodeHttpHandler({ ...this.options, httpAgent: agent, httpsAgent: agent });
      });
      this.viaProxy.set(proxy, handler);
    }
    return handler;
  }

  destroy(): void {
    this.direct.destroy();
    for (const handler of this.viaProxy.values())
      void handler.then(
        (h) => h.destroy(),
        () => undefined,
      );
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.direct.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.direct.httpHandlerConfigs();
  }
}

/** scheme://host[:port] of the request the SDK built. */
function originOf(request: Pick<Parameters<Handle>[0], 'protocol' | 'hostname' | 'port'>): string {
  const host =
    request.hostname.includes(':') && !request.hostname.startsWith('[')
      ? `[${request.hostname}]`
      : request.hostname;
  return `${request.protocol}//${host}${request.port ? `:${request.port}` : ''}`;
}
