// The retry loop: "a fresh-enough token (if this mode has one), then the STS call", under p-retry.
// Effects come in through ExchangeDeps, so tests drive it with fakes and injected delays.

import { decodeJwt } from 'jose';
import pRetry, { AbortError } from 'p-retry';
import {
  type Classified,
  classifyStsError,
  classifyTokenError,
  type RetryAction,
  type SignedBy,
} from './classify.js';
import { trustClaims } from './diagnostics.js';
import { AttemptError, ExchangeError } from './errors.js';
import type { StsCredentials } from './sts.js';

/** What the loop needs from the world besides the call: injected, so tests use fakes and a fake clock. */
export interface Effects {
  /** Resolves after ms, rejects with signal.reason when aborted. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  random(): number;
  log(line: string): void;
}

/** AssumeRoleWithWebIdentity: a token fetched before the call, and a NEW one when STS says it expired. */
export interface WebIdentityCall<T> {
  fetchToken(signal: AbortSignal): Promise<string>;
  call(token: string, signal: AbortSignal): Promise<T>;
}

/** AssumeRole and GetCallerIdentity: signed with credentials, so there is no token to renew. */
interface SignedCall<T> {
  readonly fetchToken?: undefined;
  call(signal: AbortSignal): Promise<T>;
}

export type ExchangeDeps<T = StsCredentials> = Effects & (WebIdentityCall<T> | SignedCall<T>);

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
  const loop = new Loop(policy, deps, signal);
  try {
    const credentials = await pRetry(() => loop.attempt(), {
      retries: policy.maxAttempts - 1,
      maxRetryTime: policy.maxRetryTimeMs,
      // Waits are ours (Loop.afterFailure), chosen per error class; p-retry counts attempts and time.
      minTimeout: 0,
      signal,
      onFailedAttempt: (context) =>
        loop.afterFailure(context.error, context.attemptNumber, context.retriesLeft),
    });
    return { credentials, attempts: loop.attempts, tokensFetched: loop.tokensFetched };
  } catch (error) {
    throw loop.gaveUp(error);
  }
}

/** The state of one exchange: the token in hand, what was sent last, the counts. */
class Loop<T> {
  attempts = 0;
  tokensFetched = 0;
  private token: string | undefined;
  private lastSent: string | undefined;
  private readonly started: number;
  private readonly policy: RetryPolicy;
  private readonly deps: ExchangeDeps<T>;
  private readonly signal: AbortSignal;

  constructor(policy: RetryPolicy, deps: ExchangeDeps<T>, signal: AbortSignal) {
    this.policy = policy;
    this.deps = deps;
    this.signal = signal;
    this.started = deps.now();
  }

  async attempt(): Promise<T> {
    this.attempts++;
    const d = this.deps;
    if (!d.fetchToken) return this.send('credentials', () => d.call(this.signal));
    const token = await this.freshToken(d);
    this.lastSent = token;
    return this.send('web-identity', () => d.call(token, this.signal));
  }

  /** The token in hand while it has enough validity left, else a new one. */
  private async freshToken(d: WebIdentityCall<T>): Promise<string> {
    if (this.token !== undefined && !this.stale(this.token)) return this.token;
    try {
      this.token = await d.fetchToken(this.signal);
      this.tokensFetched++;
      return this.token;
    } catch (error) {
      throw this.attemptError(classifyTokenError(error), error);
    }
  }

  private stale(token: string): boolean {
    if (this.policy.freshTokenEachAttempt) return true;
    const left = tokenSecondsLeft(token, this.deps.now());
    return left !== undefined && left * 1000 < this.policy.refreshMarginMs;
  }

  private async send(signedBy: SignedBy, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const classified = classifyStsError(error, signedBy);
      // The token is spent: the next attempt fetches a NEW one.
      if (classified.action === 'new-token' || classified.action === 'new-token-backoff')
        this.token = undefined;
      throw this.attemptError(classified, error);
    }
  }

  private describe(c: Classified, attempt: number): string {
    const stage = c.stage === 'token' ? 'GitHub OIDC token' : 'STS';
    return `Attempt ${attempt} of ${this.policy.maxAttempts} failed (${stage}): ${c.code}`;
  }

  private attemptError(classified: Classified, cause: unknown): unknown {
    // Cut short by action-timeout-s: not a failure of the attempt, and not worth a log line.
    if (this.signal.aborted) return this.signal.reason;
    const wrapped = new AttemptError(classified, { cause });
    if (classified.action !== 'fatal') return wrapped;
    // Re-sending what STS rejected for good cannot succeed: stop without another call.
    this.deps.log(`${this.describe(classified, this.attempts)}; not retryable, stopping.`);
    return new AbortError(wrapped);
  }

  /** p-retry's onFailedAttempt: log, then wait as the error class says (or give up). */
  async afterFailure(error: Error, attemptNumber: number, retriesLeft: number): Promise<void> {
    const c = (error as AttemptError).classified;
    const head = this.describe(c, attemptNumber);
    const remaining = this.policy.maxRetryTimeMs - (this.deps.now() - this.started);
    if (retriesLeft <= 0 || remaining <= 0) {
      this.deps.log(`${head}; giving up.`);
      // p-retry keeps its own (real) clock as a backstop; this one is the injected clock.
      if (remaining <= 0) throw error;
      return;
    }
    const delay = Math.min(backoffDelay(c.action, attemptNumber, this.policy, this.deps.random()), remaining);
    this.deps.log(`${head}; ${nextStep(c.action, delay)}.`);
    if (delay > 0) await this.deps.sleep(delay, this.signal);
  }

  /** What the caller sees when the loop ends without credentials. */
  gaveUp(error: unknown): unknown {
    if (this.signal.aborted) return this.signal.reason;
    // Not an attempt failure: a bug of ours, reported as it is.
    if (!(error instanceof AttemptError)) return error;
    const { classified } = error;
    const reason =
      classified.action === 'fatal'
        ? 'fatal'
        : this.attempts >= this.policy.maxAttempts
          ? 'attempts'
          : 'time';
    return new ExchangeError(classified, this.attempts, reason, {
      cause: error.cause,
      claims: this.lastSent === undefined ? undefined : trustClaims(this.lastSent),
    });
  }
}
