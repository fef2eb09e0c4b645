// One way to call STS, for the main step and the refresher alike: a session opened for some
// signing credentials (or a web identity) and settings, whose three calls each run under the retry
// policy with this process's clock, timers and log. exchange() is called here and nowhere else.

import { setTimeout as delay } from 'node:timers/promises';
import type { RequestSettings } from '../inputs/config.js';
import {
  DEFAULT_POLICY,
  type Effects,
  type ExchangeCall,
  type ExchangeResult,
  exchange,
  type RetryPolicy,
} from './exchange.js';
import { withoutSpecialCharacters } from './special-characters.js';
import type { Credentials, Identity, StsConfig, StsCredentials } from './sts.js';
import type { OnDial } from './sts-handler.js';
import type { SessionTags } from './tags.js';

/** Where an attempt gets its web identity token. */
export type TokenSource = (signal: AbortSignal) => Promise<string>;

/** Who waits on the calls, which sets how long throttling may hold them. */
type Caller = 'step' | 'credential-process';

const THROTTLE_BUDGETS: Readonly<Record<Caller, number>> = {
  step: DEFAULT_POLICY.throttleBudgetMs,
  // A credential_process keeps a tool waiting: throttling gets the general time limit instead.
  'credential-process': DEFAULT_POLICY.maxRetryTimeMs,
};

/** The retry policy for the user's limits, the mode's token and who waits. */
export function retryPolicy(
  limits: Pick<RequestSettings, 'maxAttempts' | 'throttlesCount'>,
  caller: Caller,
  freshTokenEachAttempt = false,
): RetryPolicy {
  return {
    ...DEFAULT_POLICY,
    maxAttempts: limits.maxAttempts,
    throttlesCount: limits.throttlesCount,
    freshTokenEachAttempt,
    throttleBudgetMs: THROTTLE_BUDGETS[caller],
  };
}

interface SessionOptions {
  /** Signs AssumeRole and GetCallerIdentity; undefined: the SDK's default chain. */
  readonly credentials?: Credentials | undefined;
  readonly policy: RetryPolicy;
  /** Assume again until the secret has no special characters (special-characters-workaround). */
  readonly specialCharactersWorkaround: boolean;
  readonly log: (line: string) => void;
  /** Told of each request's origin and whether it goes through the proxy. */
  readonly onDial?: OnDial | undefined;
}

export interface StsSession {
  /** AssumeRoleWithWebIdentity, with a NEW token whenever STS says the last one expired. */
  withWebIdentity(
    roleArn: string,
    tokens: TokenSource,
    signal: AbortSignal,
  ): Promise<ExchangeResult<StsCredentials>>;
  /** AssumeRole, signed by the session's credentials, with session tags. */
  assume(roleArn: string, tags: SessionTags, signal: AbortSignal): Promise<ExchangeResult<StsCredentials>>;
  /** GetCallerIdentity, retried. */
  callerIdentity(signal: AbortSignal): Promise<ExchangeResult<Identity>>;
  /** GetCallerIdentity once: whether the credentials work at all (use-existing-credentials). */
  probeIdentity(signal: AbortSignal): Promise<Identity>;
  /** Closes the connections; no request outlives the session. */
  destroy(): void;
}

/** The one call of the retry loop in the action: with this process's clock, timers and log. */
function retried<T>(
  policy: RetryPolicy,
  log: (line: string) => void,
  call: ExchangeCall<T>,
  signal: AbortSignal,
): Promise<ExchangeResult<T>> {
  const effects: Effects = {
    // Rejects on abort; exchange() then reports the signal's reason.
    sleep: (ms, sig) => delay(ms, undefined, { signal: sig }),
    now: Date.now,
    random: Math.random,
    log,
  };
  return exchange<T>(policy, { ...effects, ...call }, signal);
}

/** A GitHub OIDC token and nothing else (print-trust-policy), retried as a token for STS would be. */
export function tokenAlone(
  policy: RetryPolicy,
  tokens: TokenSource,
  log: (line: string) => void,
  signal: AbortSignal,
): Promise<ExchangeResult<string>> {
  return retried(policy, log, { fetchToken: tokens, call: async (token: string) => token }, signal);
}

/** Opens a session; loads the AWS SDK, so a caller may start network work first. */
export async function openStsSession(settings: StsConfig, options: SessionOptions): Promise<StsSession> {
  const sts = await import('./sts.js');
  const client = sts.createStsClient(settings, { credentials: options.credentials, onDial: options.onDial });
  const checked = (c: Promise<StsCredentials>) =>
    withoutSpecialCharacters(options.specialCharactersWorkaround, c);
  const retry = <T>(call: ExchangeCall<T>, signal: AbortSignal) =>
    retried(options.policy, options.log, call, signal);
  return {
    withWebIdentity: (roleArn, fetchToken, signal) =>
      retry(
        {
          fetchToken,
          call: (token: string, sig: AbortSignal) =>
            checked(sts.assumeRoleWithWebIdentity(client, settings, roleArn, token, sig)),
        },
        signal,
      ),
    assume: (roleArn, tags, signal) =>
      retry(
        {
          call: (sig: AbortSignal) =>
            checked(sts.assumeRole(client, settings, roleArn, tags, sig, options.log)),
        },
        signal,
      ),
    callerIdentity: (signal) =>
      retry({ call: (sig: AbortSignal) => sts.getCallerIdentity(client, settings, sig) }, signal),
    probeIdentity: (signal) => sts.getCallerIdentity(client, settings, signal),
    destroy: () => client.destroy(),
  };
}
