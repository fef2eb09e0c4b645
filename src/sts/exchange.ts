// The retry loop: "a fresh-enough token (if this mode has one), then the STS call", under p-retry.
// Effects come in through ExchangeDeps, so tests drive it with fakes and injected delays.

import { decodeJwt } from 'jose';
import pRetry, { AbortError } from 'p-retry';
import { AttemptError, type Classified, ExchangeError, type RetryAction, type SignedBy } from '../errors.js';
import { trustClaims } from '../github/claims.js';
import { canonicalCode, classifyStsError, classifyTokenError } from './classify.js';
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

/** What the loop calls: a web identity call with its tokens, or a signed call. */
export type ExchangeCall<T> = WebIdentityCall<T> | SignedCall<T>;

export type ExchangeDeps<T = StsCredentials> = Effects & ExchangeCall<T>;

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
  /** Throttling: the first window, its growth with each throttle, its cap, and how much of it is random. */
  readonly throttleBaseMs: number;
  readonly throttleFactor: number;
  readonly throttleCapMs: number;
  readonly throttleJitter: number;
  /** The first throttle's window, and how much of it is random (1 draws the wait from zero). */
  readonly throttleFirstMs: number;
  readonly throttleFirstJitter: number;
  /** How long throttling may go on, from the first attempt (a storm that drains within it, succeeds). */
  readonly throttleBudgetMs: number;
  /**
   * Whether throttled attempts count toward maxAttempts: yes when retry-max-attempts was given
   * (the user asked for that many calls); otherwise the budget bounds them, and maxThrottles.
   */
  readonly throttlesCount: boolean;
  readonly maxThrottles: number;
}

// Transient failures: full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"), a wait
// drawn uniformly from [0, min(cap, base * 2^n)]. Throttling: a window that grows with each
// throttle, chosen with the simulator (npm run sim); docs/retries.md has the measurements and the
// policies it was chosen over. Throttled attempts do not use up retry-max-attempts unless it was
// given; the budget bounds them.
export const DEFAULT_POLICY: Omit<RetryPolicy, 'maxAttempts'> = {
  maxRetryTimeMs: 60_000,
  refreshMarginMs: 30_000,
  baseMs: 200,
  capMs: 5_000,
  throttleBaseMs: 3_000,
  throttleFactor: 1.3,
  throttleCapMs: 60_000,
  throttleJitter: 0.5,
  throttleFirstMs: 2_000,
  throttleFirstJitter: 1,
  throttleBudgetMs: 180_000,
  throttlesCount: false,
  maxThrottles: 40,
};

/**
 * The wait before the next attempt. `failures` counts the failures of this kind so far (1 after
 * the first): throttles for a throttle, all failures otherwise.
 */
export function backoffDelay(
  action: RetryAction,
  failures: number,
  policy: RetryPolicy,
  random: number,
): number {
  if (action === 'new-token' || action === 'fatal') return 0;
  if (action === 'throttle') {
    const p = policy;
    const window =
      failures === 1
        ? p.throttleFirstMs
        : Math.min(p.throttleCapMs, p.throttleBaseMs * p.throttleFactor ** (failures - 1));
    const jitter = failures === 1 ? p.throttleFirstJitter : p.throttleJitter;
    return Math.floor(window * (1 - jitter + jitter * random));
  }
  return Math.floor(random * Math.min(policy.capMs, policy.baseMs * 2 ** (failures - 1)));
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

function nextStep(action: RetryAction, delayMs: number, fromFile: boolean): string {
  // What happens next, as it will: a token file is read again, it does not request anything.
  const renew = fromFile ? 'reading the token file again' : 'requesting a new token';
  // Only an expired token skips the backoff; a backoff that drew 0 ms (full jitter) still says so.
  if (action === 'new-token') return `${renew}, retrying now`;
  const wait = `retrying in ${delayMs} ms`;
  return action === 'new-token-backoff' ? `${renew}, ${wait}` : wait;
}

/** A token file that still holds the token STS said had expired. */
const NOT_REFRESHED: Classified = {
  action: 'fatal',
  code: 'TokenNotRefreshed',
  message:
    'the web identity token file still holds the token STS said had expired (ExpiredTokenException), so sending it again cannot succeed',
  stage: 'token',
  hint: 'Whatever writes the file (the kubelet, for a projected service-account token, or a sidecar) has not refreshed it: check that it runs and that its token lifetime is longer than the job needs, then run the job again.',
};

export async function exchange<T = StsCredentials>(
  policy: RetryPolicy,
  deps: ExchangeDeps<T>,
  signal: AbortSignal,
): Promise<ExchangeResult<T>> {
  const loop = new Loop(policy, deps, signal);
  try {
    const credentials = await pRetry(() => loop.attempt(), {
      // Loop.afterFailure decides when to stop (throttles may not count); these are backstops.
      retries: policy.maxAttempts - 1 + (policy.throttlesCount ? 0 : policy.maxThrottles),
      maxRetryTime: Math.max(policy.maxRetryTimeMs, policy.throttleBudgetMs),
      // Waits are ours (Loop.afterFailure), chosen per error class.
      minTimeout: 0,
      signal,
      onFailedAttempt: (context) => loop.afterFailure(context.error, context.attemptNumber),
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
  /** Attempts STS answered with throttling. */
  private throttles = 0;
  private token: string | undefined;
  private lastSent: string | undefined;
  /** The token STS last said had expired: read from a file again, it must have changed. */
  private expired: string | undefined;
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
    let token: string;
    try {
      token = await d.fetchToken(this.signal);
    } catch (error) {
      throw this.attemptError(classifyTokenError(error), error);
    }
    // Re-sending a token STS said had expired can never succeed: stop at once.
    if (token === this.expired) throw this.attemptError(NOT_REFRESHED, undefined);
    this.token = token;
    this.tokensFetched++;
    return token;
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
      if (classified.action === 'new-token' || classified.action === 'new-token-backoff') {
        if (canonicalCode(classified.code) === 'ExpiredToken' && signedBy === 'web-identity')
          this.expired = this.lastSent;
        this.token = undefined;
      }
      throw this.attemptError(classified, error);
    }
  }

  private describe(c: Classified, attempt: number): string {
    const stage = c.stage === 'token' ? 'GitHub OIDC token' : 'STS';
    return `Attempt ${attempt}${this.outOf()} failed (${stage}): ${c.code}`;
  }

  /**
   * "of 12" while that is the bound. Once throttles that do not count have happened, the attempt
   * number can pass retry-max-attempts ("Attempt 14 of 12"), so the line says why instead.
   */
  private outOf(): string {
    const p = this.policy;
    if (p.throttlesCount || this.throttles === 0) return ` of ${p.maxAttempts}`;
    return ` (${this.throttles} throttled, not counted toward retry-max-attempts ${p.maxAttempts})`;
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

  /** p-retry's onFailedAttempt: log, then wait as the error class says, or give up (by throwing). */
  async afterFailure(error: Error, attemptNumber: number): Promise<void> {
    const c = (error as AttemptError).classified;
    if (c.action === 'throttle') this.throttles++;
    const head = this.describe(c, attemptNumber);
    const remaining = this.timeLimit() - (this.deps.now() - this.started);
    if (this.outOfAttempts(c) || remaining <= 0) {
      this.deps.log(`${head}; giving up.`);
      throw error;
    }
    const failures = c.action === 'throttle' ? this.throttles : attemptNumber;
    const delay = Math.min(backoffDelay(c.action, failures, this.policy, this.deps.random()), remaining);
    this.deps.log(`${head}; ${nextStep(c.action, delay, this.policy.freshTokenEachAttempt === true)}.`);
    if (delay > 0) await this.deps.sleep(delay, this.signal);
  }

  /** retry-max-attempts counts every attempt when given; by default, only those not throttled. */
  private outOfAttempts(c: Classified): boolean {
    const p = this.policy;
    if (c.action === 'throttle' && !p.throttlesCount) return this.throttles >= p.maxThrottles;
    return (p.throttlesCount ? this.attempts : this.attempts - this.throttles) >= p.maxAttempts;
  }

  /** Once STS has throttled, the loop may go on for the throttle budget. */
  private timeLimit(): number {
    const p = this.policy;
    return this.throttles > 0 ? Math.max(p.maxRetryTimeMs, p.throttleBudgetMs) : p.maxRetryTimeMs;
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
        : classified.action === 'throttle' && !this.policy.throttlesCount
          ? 'throttled'
          : this.outOfAttempts(classified)
            ? 'attempts'
            : 'time';
    return new ExchangeError(classified, this.attempts, reason, {
      cause: error.cause,
      claims: this.lastSent === undefined ? undefined : trustClaims(this.lastSent),
      throttleBudgetMs: reason === 'throttled' ? this.timeLimit() : undefined,
    });
  }
}
