// The retry loop: "a fresh-enough token (if this mode has one), then the STS call", under p-retry.
// Effects come in through ExchangeDeps, so tests drive it with fakes and injected delays.

import { decodeJwt } from 'jose';
import pRetry, { AbortError } from 'p-retry';
import {
  type Classified,
  type CredentialSource,
  classifyStsError,
  classifyTokenError,
  type RetryAction,
} from './classify.js';
import { type Claims, trustClaims } from './diagnostics.js';

export interface StsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  /** AssumedRoleUser.Arn: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  readonly assumedRoleArn: string;
}

export interface ExchangeDeps<T = StsCredentials> {
  /** Absent when the call is signed with credentials rather than carrying a web identity token. */
  fetchToken?: (signal: AbortSignal) => Promise<string>;
  /** The STS call; token is undefined exactly when fetchToken is. */
  call(token: string | undefined, signal: AbortSignal): Promise<T>;
  /** Resolves after ms, rejects with signal.reason when aborted. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  random(): number;
  log(line: string): void;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  /** Bound on the whole loop, waits included. */
  readonly maxRetryTimeMs: number;
  /** A token with less validity than this is replaced before the call. */
  readonly refreshMarginMs: number;
  /** web-identity-token-file: whatever refreshes the file may have replaced the token. */
  readonly freshTokenEachAttempt?: boolean;
  readonly baseMs: number;
  readonly capMs: number;
  readonly throttleBaseMs: number;
  readonly throttleCapMs: number;
}

// Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a wait drawn uniformly
// from [0, min(cap, base * 2^n)] spreads competing clients best.
// Throttling is different: the thing to wait for is everyone else's traffic, and STS refills its
// token bucket at a steady rate, so the right window is the time the crowd needs to pass, which
// does not grow with one client's failures. Hence a larger base and a cap equal to it: a constant
// 3 s window. Measured with `npm run bench -- --concurrency 50 --rate 10` (50 jobs, 10 calls/s),
// four runs each: base 1 s / cap 10 s gave makespans of 1.54-2.37 x the floor and 2.02-2.26 STS
// calls per job; 3 s / 3 s gave 1.29-1.69 x and 1.48-1.92 calls; 0.8/3, 2/4, 2/6, 3.5/3.5, 4/4,
// equal jitter and a window that halves from 4 s were all worse than 3/3. Short draws are what
// fill the bucket as it refills; the window bounds the tail.
export const DEFAULT_POLICY: Omit<RetryPolicy, 'maxAttempts'> = {
  maxRetryTimeMs: 60_000,
  refreshMarginMs: 30_000,
  baseMs: 200,
  capMs: 5_000,
  throttleBaseMs: 3_000,
  throttleCapMs: 3_000,
};

/** The wait before the next attempt; `failures` counts the failures so far (1 after the first). */
export function backoffDelay(
  action: RetryAction,
  failures: number,
  policy: RetryPolicy,
  random: number,
): number {
  if (action === 'new-token' || action === 'fatal') return 0;
  const [base, cap] =
    action === 'throttle' ? [policy.throttleBaseMs, policy.throttleCapMs] : [policy.baseMs, policy.capMs];
  return Math.floor(random * Math.min(cap, base * 2 ** (failures - 1)));
}

/** Seconds of validity left in a JWT, by its exp claim; undefined when it cannot be read. */
export function tokenSecondsLeft(token: string, nowMs: number): number | undefined {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp - nowMs / 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** One failed attempt, classified. */
export class AttemptError extends Error {
  override readonly name = 'AttemptError';
  readonly classified: Classified;
  constructor(classified: Classified, options?: ErrorOptions) {
    super(`${classified.code}: ${classified.message}`, options);
    this.classified = classified;
  }
}

/** The loop gave up. */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  readonly classified: Classified;
  readonly attempts: number;
  readonly reason: 'fatal' | 'attempts' | 'time';
  /** The trust-relevant claims of the last token sent, for diagnostics; never the token. */
  readonly claims: Claims | undefined;
  constructor(
    classified: Classified,
    attempts: number,
    reason: 'fatal' | 'attempts' | 'time',
    options?: ErrorOptions & { claims?: Claims | undefined },
  ) {
    super(`${classified.code}: ${classified.message}`, options);
    this.classified = classified;
    this.attempts = attempts;
    this.reason = reason;
    this.claims = options?.claims;
  }
}

export interface ExchangeResult<T = StsCredentials> {
  readonly credentials: T;
  readonly attempts: number;
  readonly tokensFetched: number;
}

function nextStep(action: RetryAction, delayMs: number): string {
  // Only an expired token skips the backoff; a backoff that drew 0 ms (full jitter) still says so.
  if (action === 'new-token') return 'requesting a new token, retrying now';
  const wait = `retrying in ${delayMs} ms`;
  return action === 'new-token-backoff' ? `requesting a new token, ${wait}` : wait;
}

export async function exchange<T = StsCredentials>(
  policy: RetryPolicy,
  deps: ExchangeDeps<T>,
  signal: AbortSignal,
): Promise<ExchangeResult<T>> {
  const source: CredentialSource = deps.fetchToken ? 'web-identity' : 'credentials';
  const started = deps.now();
  let token: string | undefined;
  let lastSent: string | undefined;
  let tokensFetched = 0;
  let attempts = 0;
  const describe = (c: Classified, attempt: number) =>
    `Attempt ${attempt} of ${policy.maxAttempts} failed (${c.stage === 'token' ? 'GitHub OIDC token' : 'STS'}): ${c.code}`;

  const attempt = async (): Promise<T> => {
    attempts++;
    const left = token === undefined ? undefined : tokenSecondsLeft(token, deps.now());
    const stale =
      token === undefined ||
      policy.freshTokenEachAttempt ||
      (left !== undefined && left * 1000 < policy.refreshMarginMs);
    if (deps.fetchToken && stale) {
      try {
        token = await deps.fetchToken(signal);
        tokensFetched++;
      } catch (error) {
        throw toAttemptError(classifyTokenError(error), error);
      }
    }
    lastSent = token;
    try {
      return await deps.call(token, signal);
    } catch (error) {
      const classified = classifyStsError(error, source);
      if (classified.action === 'new-token' || classified.action === 'new-token-backoff') token = undefined;
      throw toAttemptError(classified, error);
    }
  };

  const toAttemptError = (classified: Classified, cause: unknown): unknown => {
    // Cut short by action-timeout-s: not a failure of the attempt, and not worth a log line.
    if (signal.aborted) return signal.reason;
    const wrapped = new AttemptError(classified, { cause });
    if (classified.action !== 'fatal') return wrapped;
    // Re-sending what STS rejected for good cannot succeed: stop without another call.
    deps.log(`${describe(classified, attempts)}; not retryable, stopping.`);
    return new AbortError(wrapped);
  };

  try {
    const credentials = await pRetry(attempt, {
      retries: policy.maxAttempts - 1,
      maxRetryTime: policy.maxRetryTimeMs,
      // Waits are ours (below), chosen per error class; p-retry counts attempts and time.
      minTimeout: 0,
      signal,
      onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
        const c = (error as AttemptError).classified;
        const head = describe(c, attemptNumber);
        const remaining = policy.maxRetryTimeMs - (deps.now() - started);
        if (retriesLeft <= 0 || remaining <= 0) {
          deps.log(`${head}; giving up.`);
          // p-retry keeps its own (real) clock as a backstop; this one is the injected clock.
          if (remaining <= 0) throw error;
          return;
        }
        const delay = Math.min(backoffDelay(c.action, attemptNumber, policy, deps.random()), remaining);
        deps.log(`${head}; ${nextStep(c.action, delay)}.`);
        if (delay > 0) await deps.sleep(delay, signal);
      },
    });
    return { credentials, attempts, tokensFetched };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof AttemptError) {
      const reason =
        error.classified.action === 'fatal' ? 'fatal' : attempts >= policy.maxAttempts ? 'attempts' : 'time';
      throw new ExchangeError(error.classified, attempts, reason, {
        cause: error.cause,
        claims: lastSent === undefined ? undefined : trustClaims(lastSent),
      });
    }
    // Not an attempt failure: a bug of ours, reported as it is.
    throw error;
  }
}
