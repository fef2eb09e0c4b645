// One bounded HTTP GET: one deadline for the whole exchange (a silent server, stalled headers, a
// trickling body), a cap on the body enforced while it streams, no redirect followed and no retry
// (the caller's retry loop is the only one). The route is proxyFor()'s, as for STS: direct, or a
// CONNECT tunnel through the proxy (https-proxy-agent, loaded only then). An aborted request is
// destroyed, so no socket outlives it.

import type { Agent } from 'node:http';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { RequestTimeoutError, ResponseTooLargeError } from '../errors.js';
import { proxyFor } from './proxy.js';

/** No response this action reads is near this size: a JWT, or an STS document, is a few KB. */
export const RESPONSE_LIMIT_BYTES = 256 * 1024;

export interface BoundedResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface BoundedGet {
  /** Named in errors: "the GitHub OIDC token endpoint". */
  readonly endpoint: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** The caller's signal (action-timeout-s); its reason is what an abort rejects with. */
  readonly signal: AbortSignal;
  readonly maxBytes?: number;
}

/** One CONNECT agent per proxy URL. */
const tunnels = new Map<string, Promise<Agent>>();

/** The agent for this URL's route: undefined (direct), or a tunnel through the proxy. */
function agentFor(url: URL): Promise<Agent> | undefined {
  const proxy = proxyFor(url);
  if (proxy === undefined) return undefined;
  let agent = tunnels.get(proxy);
  if (!agent) {
    agent = import('https-proxy-agent').then(({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy));
    tunnels.set(proxy, agent);
  }
  return agent;
}

export async function boundedGet(url: URL, options: BoundedGet): Promise<BoundedResponse> {
  // Direct, the request goes out in this very call: the caller starts loading the AWS SDK next, a
  // CPU-bound while the token endpoint answers. An await here would put the SDK first.
  const route = agentFor(url);
  const agent = route === undefined ? undefined : await route;
  const { endpoint, timeoutMs, signal, maxBytes = RESPONSE_LIMIT_BYTES } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const deadline = AbortSignal.any([signal, timeout]);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<BoundedResponse>((resolve, reject) => {
    const fail = (error: unknown) => {
      req.destroy();
      if (signal.aborted) reject(signal.reason);
      else if (timeout.aborted) {
        reject(
          new RequestTimeoutError(`${endpoint} did not answer within ${timeoutMs} ms`, { cause: error }),
        );
      } else reject(error);
    };
    const tooLarge = () =>
      new ResponseTooLargeError(`${endpoint} sent more than ${maxBytes} bytes; its answer was not read`);
    const req = send(url, { method: 'GET', headers: options.headers, agent, signal: deadline }, (res) => {
      if (Number(res.headers['content-length']) > maxBytes) return fail(tooLarge());
      readCapped(res, maxBytes, tooLarge, deadline).then(
        (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') }),
        fail,
      );
    });
    req.on('error', fail);
    req.end();
  });
}

type AbortLike = { readonly aborted: boolean; readonly reason?: unknown } & Partial<
  Pick<AbortSignal, 'addEventListener' | 'removeEventListener'>
>;

/**
 * The whole body of an answer (the token endpoint's, STS's), or an error once it passes `limit`
 * bytes (read while it streams, so an endless body costs nothing) or the signal aborts.
 */
export function readCapped(
  body: Readable,
  limit: number,
  tooLarge: () => Error,
  signal?: AbortLike,
): Promise<Buffer> {
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
      if (size > limit) stop(tooLarge());
      else chunks.push(chunk);
    });
    body.on('error', stop);
    body.on('end', () => {
      signal?.removeEventListener?.('abort', onAbort);
      resolve(Buffer.concat(chunks));
    });
  });
}
