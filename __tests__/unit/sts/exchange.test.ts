// The retry loop with fakes for the token endpoint, STS and the clock: no network, no real waits.

import {
  ExpiredTokenException,
  InvalidIdentityTokenException,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { describe, expect, test } from '@jest/globals';
import { SignJWT } from 'jose';
import { ExchangeError, TokenRequestError } from '../../../src/errors.js';
import {
  backoffDelay,
  DEFAULT_POLICY,
  type Effects,
  type ExchangeDeps,
  exchange,
  type RetryPolicy,
  tokenSecondsLeft,
  type WebIdentityCall,
} from '../../../src/sts/exchange.js';
import type { StsCredentials } from '../../../src/sts/sts.js';

const POLICY: RetryPolicy = { ...DEFAULT_POLICY, maxAttempts: 12 };
const CREDS: StsCredentials = {
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'secret',
  sessionToken: 'session',
  expiration: new Date(0),
  assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/r/s',
};
const meta = { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 };
const expired = () => new ExpiredTokenException({ message: 'Token expired', $metadata: meta });
const sts = (name: string, status: number) =>
  new STSServiceException({
    name,
    message: name,
    $fault: 'client',
    $metadata: { ...meta, httpStatusCode: status },
  });

async function jwt(expSecondsFromNow: number, nowMs: number, jti = 0): Promise<string> {
  // Signature is irrelevant: the loop only decodes exp.
  return new SignJWT({ jti: String(jti) })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime(Math.floor(nowMs / 1000) + expSecondsFromNow)
    .sign(new TextEncoder().encode('k'.repeat(32)));
}

/** A scripted world: each STS call takes the next outcome; the clock moves only when we sleep. */
function world(
  outcomes: Array<Error | 'ok'>,
  opts: { tokenLifetime?: number; tokenFailures?: Error[] } = {},
) {
  let clock = 1_700_000_000_000;
  const tokensIssued: string[] = [];
  const tokensSent: (string | undefined)[] = [];
  const sleeps: number[] = [];
  const logs: string[] = [];
  const tokenFailures = [...(opts.tokenFailures ?? [])];
  let jti = 0;
  const send = async (token: string | undefined) => {
    tokensSent.push(token);
    const next = outcomes.shift() ?? 'ok';
    if (next === 'ok') return CREDS;
    throw next;
  };
  const deps: Effects & WebIdentityCall<StsCredentials> = {
    async fetchToken() {
      const failure = tokenFailures.shift();
      if (failure) throw failure;
      const t = await jwt(opts.tokenLifetime ?? 300, clock, ++jti);
      tokensIssued.push(t);
      return t;
    },
    call: (token) => send(token),
    async sleep(ms) {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    random: () => 0.5,
    log: (line) => logs.push(line),
  };
  // The same world, signed: AssumeRole / GetCallerIdentity have no token.
  const signed = (): ExchangeDeps => {
    const { fetchToken: _, call: __, ...effects } = deps;
    return { ...effects, call: () => send(undefined) };
  };
  return { deps, signed, tokensIssued, tokensSent, sleeps, logs, advance: (ms: number) => (clock += ms) };
}

const signal = () => new AbortController().signal;

describe('backoffDelay: full jitter', () => {
  test('grows as base * 2^n, capped, scaled by the random draw', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay('backoff', n, POLICY, 1))).toEqual([
      200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
    expect(backoffDelay('backoff', 3, POLICY, 0.25)).toBe(200);
    expect(backoffDelay('backoff', 3, POLICY, 0)).toBe(0);
  });
  test('throttling uses its own base, growth, cap and share of randomness', () => {
    const policy = {
      ...POLICY,
      throttleBaseMs: 1000,
      throttleFactor: 2,
      throttleCapMs: 10_000,
      throttleJitter: 1,
      throttleFirstMs: 1000,
      throttleFirstJitter: 1,
    };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay('throttle', n, policy, 1))).toEqual([
      1000, 2000, 4000, 8000, 10000,
    ]);
    expect(backoffDelay('throttle', 3, policy, 0)).toBe(0);
  });
  test('the default first throttle waits 0-2 s; from the second, a 3 s window grows 1.3 times a throttle up to 60 s, its second half random', () => {
    expect([1, 2, 5, 12, 13, 40].map((n) => backoffDelay('throttle', n, POLICY, 1))).toEqual([
      2000, 3900, 8568, 53764, 60000, 60000,
    ]);
    expect([0, 0.5].map((r) => backoffDelay('throttle', 1, POLICY, r))).toEqual([0, 1000]);
    expect(backoffDelay('throttle', 2, POLICY, 0)).toBe(1950);
    expect(backoffDelay('throttle', 2, POLICY, 0.5)).toBe(2925);
  });
  test('the first throttle has a window and a share of randomness of its own', () => {
    const policy = { ...POLICY, throttleFirstMs: 500, throttleFirstJitter: 0.5, throttleJitter: 1 };
    expect([0, 1].map((r) => backoffDelay('throttle', 1, policy, r))).toEqual([250, 500]);
    expect(backoffDelay('throttle', 2, policy, 0)).toBe(0);
  });
  test('an expired token is retried at once', () => {
    expect(backoffDelay('new-token', 5, POLICY, 1)).toBe(0);
  });
});

describe('tokenSecondsLeft', () => {
  test('reads exp without verifying', async () => {
    const now = 1_700_000_000_000;
    expect(tokenSecondsLeft(await jwt(120, now), now)).toBe(120);
    expect(tokenSecondsLeft(await jwt(120, now), now + 90_500)).toBe(29.5);
  });
  test('undefined for something that is not a JWT, or a JWT whose exp is not a number', async () => {
    expect(tokenSecondsLeft('not-a-jwt', Date.now())).toBeUndefined();
    const noExp = await new SignJWT({ exp: 'soon' } as never)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('k'.repeat(32)));
    expect(tokenSecondsLeft(noExp, Date.now())).toBeUndefined();
  });
});

describe('details the loop keeps', () => {
  test('a token with exactly the margin left is still used; one second less is replaced', async () => {
    for (const [lifetime, fetched] of [
      [30, 1],
      [29, 2],
    ] as const) {
      const w = world([sts('ServiceUnavailable', 503), 'ok'], { tokenLifetime: lifetime });
      w.deps.sleep = async (ms) => {
        w.sleeps.push(ms);
      };
      expect((await exchange(POLICY, w.deps, signal())).tokensFetched).toBe(fetched);
    }
  });

  test('a throttle after another failure starts its own window: throttles are counted apart', async () => {
    const w = world([sts('ServiceUnavailable', 503), sts('Throttling', 400), 'ok']);
    w.deps.random = () => 1;
    await exchange(POLICY, w.deps, signal());
    expect(w.sleeps).toEqual([200, 2000]);
  });

  test('the error carries the claims of the last token sent, and a budget only when that ended it', async () => {
    const w = world([sts('AccessDenied', 403)]);
    const error = (await exchange(POLICY, w.deps, signal()).catch((e: unknown) => e)) as ExchangeError;
    // The test tokens carry no trust claims: an empty set, decoded from the token sent, not undefined.
    expect(error.claims).toEqual({});
    expect(error.throttleBudgetMs).toBeUndefined();
    const signed = world([sts('AccessDenied', 403)]);
    const noToken = (await exchange(POLICY, signed.signed(), signal()).catch(
      (e: unknown) => e,
    )) as ExchangeError;
    expect(noToken.claims).toBeUndefined();
  });
});

describe('exchange', () => {
  test('happy path: one token, one call, no wait', async () => {
    const w = world(['ok']);
    const result = await exchange(POLICY, w.deps, signal());
    expect(result).toEqual({ credentials: CREDS, attempts: 1, tokensFetched: 1 });
    expect(w.sleeps).toEqual([]);
  });

  test('ExpiredTokenException: a NEW token, sent at once', async () => {
    const w = world([expired(), 'ok']);
    const result = await exchange(POLICY, w.deps, signal());
    expect(result.attempts).toBe(2);
    expect(result.tokensFetched).toBe(2);
    expect(w.tokensSent).toEqual(w.tokensIssued);
    expect(w.tokensSent[1]).not.toBe(w.tokensSent[0]);
    expect(w.sleeps).toEqual([]);
    expect(w.logs).toEqual([
      'Attempt 1 of 12 failed (STS): ExpiredTokenException; requesting a new token, retrying now.',
    ]);
  });

  test('a transient error keeps the token and backs off', async () => {
    const w = world([sts('ServiceUnavailable', 503), sts('ServiceUnavailable', 503), 'ok']);
    const result = await exchange(POLICY, w.deps, signal());
    expect(result.tokensFetched).toBe(1);
    expect(w.tokensSent[0]).toBe(w.tokensSent[2]);
    expect(w.sleeps).toEqual([100, 200]);
    expect(w.logs[0]).toBe('Attempt 1 of 12 failed (STS): ServiceUnavailable; retrying in 100 ms.');
  });

  test('a backoff that draws 0 ms still logs its wait, not "retrying now"', async () => {
    const w = world([sts('ServiceUnavailable', 503), 'ok']);
    w.deps.random = () => 0;
    await exchange(POLICY, w.deps, signal());
    expect(w.logs[0]).toBe('Attempt 1 of 12 failed (STS): ServiceUnavailable; retrying in 0 ms.');
  });

  test('throttling waits its own window (0-2 s the first time), not the transient backoff', async () => {
    const w = world([sts('Throttling', 400), 'ok']);
    await exchange(POLICY, w.deps, signal());
    expect(w.sleeps).toEqual([1000]);
  });

  // STS could not fetch GitHub's keys: a new token, but only after a backoff (the keys endpoint
  // needs time), unlike an expired token, which is retried at once.
  test('"Couldn\'t retrieve verification key": a new token after a backoff', async () => {
    const unreachable = new InvalidIdentityTokenException({
      message: "Couldn't retrieve verification key from your identity provider",
      $metadata: meta,
    });
    const w = world([unreachable, unreachable, 'ok']);
    const result = await exchange(POLICY, w.deps, signal());
    expect(result).toMatchObject({ attempts: 3, tokensFetched: 3 });
    expect(new Set(w.tokensSent).size).toBe(3);
    // Full jitter at random 0.5: half of 200 ms, then half of 400 ms.
    expect(w.sleeps).toEqual([100, 200]);
    expect(w.logs[0]).toBe(
      'Attempt 1 of 12 failed (STS): InvalidIdentityTokenException; requesting a new token, retrying in 100 ms.',
    );
  });

  test('a token about to expire is replaced before the call', async () => {
    const w = world([sts('ServiceUnavailable', 503), 'ok'], { tokenLifetime: 40 });
    w.deps.sleep = async (ms) => {
      w.sleeps.push(ms);
      w.advance(15_000); // the wait leaves less than the 30 s margin
    };
    const result = await exchange(POLICY, w.deps, signal());
    expect(result.tokensFetched).toBe(2);
    expect(w.tokensSent[1]).not.toBe(w.tokensSent[0]);
  });

  test('AccessDenied: one call, no retry, no wait', async () => {
    const w = world([sts('AccessDenied', 403)]);
    const error = await exchange(POLICY, w.deps, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExchangeError);
    expect(error).toMatchObject({
      attempts: 1,
      reason: 'fatal',
      classified: { code: 'AccessDenied', action: 'fatal' },
    });
    expect(w.tokensSent).toHaveLength(1);
    expect(w.sleeps).toEqual([]);
    expect(w.logs).toEqual(['Attempt 1 of 12 failed (STS): AccessDenied; not retryable, stopping.']);
  });

  test('expired on every try: bounded by retry-max-attempts, a new token each time', async () => {
    const w = world(Array.from({ length: 20 }, expired));
    const error = (await exchange({ ...POLICY, maxAttempts: 4 }, w.deps, signal()).catch(
      (e: unknown) => e,
    )) as ExchangeError;
    expect(error).toMatchObject({
      attempts: 4,
      reason: 'attempts',
      classified: { code: 'ExpiredTokenException' },
    });
    expect(w.tokensIssued).toHaveLength(4);
    expect(new Set(w.tokensSent).size).toBe(4);
    expect(w.logs.at(-1)).toBe('Attempt 4 of 4 failed (STS): ExpiredTokenException; giving up.');
  });

  test('maxAttempts 1 (disable-retry): exactly one attempt', async () => {
    const w = world([sts('ServiceUnavailable', 503), 'ok']);
    const error = await exchange({ ...POLICY, maxAttempts: 1 }, w.deps, signal()).catch((e: unknown) => e);
    expect(error).toMatchObject({ attempts: 1, reason: 'attempts' });
    expect(w.tokensSent).toHaveLength(1);
  });

  test('bounded in time: the waits never pass maxRetryTimeMs', async () => {
    const w = world(Array.from({ length: 100 }, () => sts('ServiceUnavailable', 503)));
    w.deps.random = () => 1;
    const error = (await exchange(
      { ...POLICY, maxAttempts: 100, maxRetryTimeMs: 20_000 },
      w.deps,
      signal(),
    ).catch((e: unknown) => e)) as ExchangeError;
    expect(error.reason).toBe('time');
    expect(w.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20_000);
    expect(error.attempts).toBeLessThan(10);
  });

  test('token endpoint failures are retried in the same loop', async () => {
    const w = world(['ok'], { tokenFailures: [new TokenRequestError('HTTP 500', 500)] });
    const result = await exchange(POLICY, w.deps, signal());
    expect(result).toMatchObject({ attempts: 2, tokensFetched: 1 });
    expect(w.logs[0]).toBe('Attempt 1 of 12 failed (GitHub OIDC token): HTTP 500; retrying in 100 ms.');
  });

  test('a 403 from the token endpoint is fatal and STS is never called', async () => {
    const w = world(['ok'], { tokenFailures: [new TokenRequestError('HTTP 403', 403)] });
    const error = await exchange(POLICY, w.deps, signal()).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'fatal', classified: { stage: 'token', code: 'HTTP 403' } });
    expect(w.tokensSent).toHaveLength(0);
  });

  test('an abort (action-timeout-s) ends the loop with its reason, even mid-wait', async () => {
    const w = world(Array.from({ length: 5 }, () => sts('ServiceUnavailable', 503)));
    const controller = new AbortController();
    const reason = new Error('action timeout');
    w.deps.sleep = (_ms, s) =>
      new Promise((_resolve, reject) => {
        s.addEventListener('abort', () => reject(s.reason));
        controller.abort(reason);
      });
    await expect(exchange(POLICY, w.deps, controller.signal)).rejects.toBe(reason);
    expect(w.tokensSent).toHaveLength(1);
  });
});

describe('throttling and retry-max-attempts', () => {
  const throttles = (n: number) => Array.from({ length: n }, () => sts('Throttling', 400));

  // A short constant window, so that many throttles fit in the budget: this is about counting.
  const SHORT = { ...POLICY, throttleBaseMs: 1000, throttleFactor: 1, throttleCapMs: 1000 };

  test('by default throttled attempts do not count: 14 throttles, then success, with retry-max-attempts 12', async () => {
    const w = world([...throttles(14), 'ok']);
    const result = await exchange(SHORT, w.deps, signal());
    expect(result.attempts).toBe(15);
    // Never "Attempt 14 of 12": the line says the throttles are outside that count.
    expect(w.logs[0]).toMatch(
      /^Attempt 1 \(1 throttled, not counted toward retry-max-attempts 12\) failed \(STS\): Throttling; retrying in \d+ ms\.$/,
    );
    expect(w.logs[13]).toMatch(
      /^Attempt 14 \(14 throttled, not counted toward retry-max-attempts 12\) failed/,
    );
  });

  test('by default the other failures still count: the 12th non-throttled failure ends it', async () => {
    const mixed = Array.from({ length: 30 }, (_, i) =>
      i % 2 ? sts('ServiceUnavailable', 503) : sts('Throttling', 400),
    );
    const w = world(mixed);
    const error = (await exchange(SHORT, w.deps, signal()).catch((e: unknown) => e)) as ExchangeError;
    expect(error).toMatchObject({
      reason: 'attempts',
      attempts: 24,
      classified: { code: 'ServiceUnavailable' },
    });
  });

  test('retry-max-attempts given: every attempt counts, throttled or not', async () => {
    const w = world([...throttles(14), 'ok']);
    const error = (await exchange({ ...SHORT, throttlesCount: true }, w.deps, signal()).catch(
      (e: unknown) => e,
    )) as ExchangeError;
    expect(error).toMatchObject({ reason: 'attempts', attempts: 12, classified: { code: 'Throttling' } });
    expect(w.logs[0]).toMatch(/^Attempt 1 of 12 failed \(STS\): Throttling; retrying in \d+ ms\.$/);
    expect(w.logs.at(-1)).toBe('Attempt 12 of 12 failed (STS): Throttling; giving up.');
  });

  test('throttling forever ends at the throttle budget, and says so', async () => {
    const w = world(throttles(1000));
    w.deps.random = () => 1;
    const error = (await exchange(POLICY, w.deps, signal()).catch((e: unknown) => e)) as ExchangeError;
    expect(error).toMatchObject({ reason: 'throttled', throttleBudgetMs: 180_000 });
    const waited = w.sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThanOrEqual(180_000);
    expect(waited).toBeGreaterThan(120_000);
    expect(error.attempts).toBeLessThan(20);
  });

  test('a hard bound on throttled attempts too (maxThrottles), whatever the draws', async () => {
    const w = world(throttles(1000));
    w.deps.random = () => 0;
    const error = (await exchange(
      { ...POLICY, throttleBaseMs: 1, throttleFactor: 1, throttleCapMs: 1 },
      w.deps,
      signal(),
    ).catch((e: unknown) => e)) as ExchangeError;
    expect(error).toMatchObject({ reason: 'throttled', attempts: 40 });
  });

  test('after throttling, a transient error may use the rest of the throttle budget', async () => {
    const w = world([sts('Throttling', 400), sts('ServiceUnavailable', 503), 'ok']);
    w.deps.sleep = async (ms) => {
      w.sleeps.push(ms);
      w.advance(70_000); // past maxRetryTimeMs (60 s), within the budget
    };
    const result = await exchange(POLICY, w.deps, signal());
    expect(result.attempts).toBe(3);
  });
});

describe('exchange without a token (AssumeRole and GetCallerIdentity, signed)', () => {
  test('an expired session token of the signing credentials is fatal: no token to renew', async () => {
    const w = world([expired(), 'ok']);
    await expect(exchange(POLICY, w.signed(), signal())).rejects.toMatchObject({
      name: 'ExchangeError',
      attempts: 1,
      reason: 'fatal',
      classified: { action: 'fatal', code: 'ExpiredTokenException' },
    });
    expect(w.tokensSent).toEqual([undefined]);
    expect(w.tokensIssued).toEqual([]);
  });

  test('transient errors are retried the same way', async () => {
    const w = world([sts('Throttling', 400), 'ok']);
    const result = await exchange(POLICY, w.signed(), signal());
    expect(result).toMatchObject({ attempts: 2, tokensFetched: 0 });
    expect(w.sleeps).toEqual([1000]);
  });
});

describe('freshTokenEachAttempt (web-identity-token-file)', () => {
  test('the token is read again before every attempt, even while fresh', async () => {
    const w = world([sts('ServiceUnavailable', 503), 'ok']);
    const result = await exchange({ ...POLICY, freshTokenEachAttempt: true }, w.deps, signal());
    expect(result.tokensFetched).toBe(2);
    expect(w.tokensSent).toEqual(w.tokensIssued);
  });
  test('the file still holds the token STS said had expired: stop at once, saying so, without a second call', async () => {
    const w = world([expired(), 'ok']);
    const same = await w.deps.fetchToken(signal());
    const deps = { ...w.deps, fetchToken: async () => same };
    const error = await exchange({ ...POLICY, freshTokenEachAttempt: true }, deps, signal()).catch((e) => e);
    expect(error).toBeInstanceOf(ExchangeError);
    expect(error.classified).toMatchObject({ code: 'TokenNotRefreshed', stage: 'token', action: 'fatal' });
    expect(error.attempts).toBe(2);
    expect(w.tokensSent).toEqual([same]);
    expect(w.logs[0]).toMatch(/ExpiredTokenException; reading the token file again, retrying now\.$/);
    expect(w.logs.join('\n')).not.toMatch(/requesting a new token/);
  });

  test('a token file that was refreshed meanwhile: the new token is sent', async () => {
    const w = world([expired(), 'ok']);
    const result = await exchange({ ...POLICY, freshTokenEachAttempt: true }, w.deps, signal());
    expect(result.tokensFetched).toBe(2);
    expect(w.tokensSent).toEqual(w.tokensIssued);
  });
});
