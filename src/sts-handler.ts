// The HTTP handler of the STS client: the SDK's own NodeHttpHandler, with the answer read here,
// whole and up to a cap, before the SDK parses it. A 60 MB (or endless) body from a broken proxy or
// a hostile endpoint then fails at 256 KB with a clear error, instead of growing memory until the
// deadline; and the error comes from the handler, before the SDK's deserializer rewords it.

import { Readable } from 'node:stream';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import { ResponseTooLargeError } from './errors.js';
import { RESPONSE_LIMIT_BYTES } from './http.js';

type Handle = NodeHttpHandler['handle'];

export class CappedHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly inner: NodeHttpHandler;
  private readonly limit: number;

  constructor(options: NodeHttpHandlerOptions, limit = RESPONSE_LIMIT_BYTES) {
    this.inner = new NodeHttpHandler(options);
    this.limit = limit;
  }

  async handle(...[request, options]: Parameters<Handle>): ReturnType<Handle> {
    const { response } = await this.inner.handle(request, options);
    const body = await readCapped(response.body as Readable, this.limit, options?.abortSignal);
    response.body = Readable.from([body]);
    return { response };
  }

  destroy(): void {
    this.inner.destroy();
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs(): NodeHttpHandlerOptions {
    return this.inner.httpHandlerConfigs();
  }
}

type AbortLike = { readonly aborted: boolean; readonly reason?: unknown } & Partial<
  Pick<AbortSignal, 'addEventListener' | 'removeEventListener'>
>;

/** The whole body, or an error once it passes `limit` bytes or the signal aborts. */
function readCapped(body: Readable, limit: number, signal: AbortLike | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: unknown) => {
      signal?.removeEventListener?.('abort', onAbort);
      body.destroy();
      reject(error);
    };
    const onAbort = () => stop(signal?.reason ?? new Error('aborted'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener?.('abort', onAbort, { once: true });
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit)
        stop(new ResponseTooLargeError(`STS sent more than ${limit} bytes; its answer was not read`));
      else chunks.push(chunk);
    });
    body.on('error', stop);
    body.on('end', () => {
      signal?.removeEventListener?.('abort', onAbort);
      resolve(Buffer.concat(chunks));
    });
  });
}
