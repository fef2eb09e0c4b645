// What the local STS can be told to do instead of answering: an error, a raw answer, a hang, a
// stalled or endless body, a dropped connection; and the token bucket that throttles it.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { streamJunk } from './junk.ts';
import { errorResponse, NS } from './sts-protocol.ts';

export type StsFault =
  /** An ErrorResponse with this wire code (HTTP 400 unless status is given). */
  | { readonly error: string; readonly message?: string; readonly status?: number }
  /** A raw answer: an HTML 502 page from a proxy, malformed XML, ... */
  | { readonly status: number; readonly body: string; readonly contentType?: string }
  /** Accept the request and never answer. */
  | { readonly hang: true }
  /** Answer as usual, but only after this long. */
  | { readonly delayMs: number }
  /** Send the headers, then stall the body. */
  | { readonly stallBody: true }
  /** Drop the connection. */
  | { readonly reset: true }
  /** A 200 whose result has no Credentials. */
  | { readonly noCredentials: true }
  /** A 200 whose body is this many bytes of junk (streamed, no content-length). */
  | { readonly bytes: number }
  /** A 200 whose body never ends. */
  | { readonly endless: true };

export class TokenBucket {
  private tokens: number;
  private filledAt = Date.now();
  private readonly rate: number;
  constructor(rate: number) {
    this.rate = rate;
    this.tokens = rate;
  }
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.filledAt) / 1000) * this.rate);
    this.filledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export type Send = (status: number, body: string, contentType?: string) => void;

/** Answers a queued fault instead of the call. */
export function answerFault(fault: StsFault, req: IncomingMessage, res: ServerResponse, send: Send): void {
  if ('hang' in fault || 'delayMs' in fault) return;
  if ('reset' in fault) return void req.socket.destroy();
  if ('bytes' in fault) return void streamJunk(res, fault.bytes, 'text/xml');
  if ('endless' in fault) return void streamJunk(res, Number.POSITIVE_INFINITY, 'text/xml');
  if ('stallBody' in fault) {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.write(`<AssumeRoleWithWebIdentityResponse xmlns="${NS}">`);
    return;
  }
  if ('error' in fault) send(fault.status ?? 400, errorResponse(fault.error, fault.message ?? fault.error));
  else if ('noCredentials' in fault) {
    send(
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResult>` +
        `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
    );
  } else send(fault.status, fault.body, fault.contentType);
}

/** The call as it arrived: action, parameters, token, session tags. */
