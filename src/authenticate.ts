// Authentication in steps: preflight (no network) -> start (the token request and the SDK load,
// overlapped) -> existing credentials -> the role's ARN -> assume. Each mode's differences are in
// small tables (the signing credentials, the token source), not in branches of one long function.

import { setTimeout as delay } from 'node:timers/promises';
import type { STSClient } from '@aws-sdk/client-sts';
import { cleartextWarnings } from './cleartext.js';
import { SourceCredentialsError } from './errors.js';
import { DEFAULT_POLICY, type ExchangeDeps, type ExchangeResult, exchange } from './exchange.js';
import { type RunFacts, runFacts } from './github.js';
import type { Config, Role } from './inputs/config.js';
import { accountIdOf, CREDENTIAL_VARIABLES, mask, maskCredentials, NOT_REFRESHING } from './job.js';
import { debug, info, warning } from './log.js';
import { checkProfileWritable, profileFiles } from './profile.js';
import { applyProxyEnv } from './proxy.js';
import { checkRefreshProfile, refreshingSettingsOf } from './refresh-profile.js';
import { loadSettings, refreshedCredentials } from './refresher.js';
import { withoutSpecialCharacters } from './special-characters.js';
import type { Credentials, Identity, StsCredentials } from './sts.js';
import { sessionTags } from './tags.js';
import { fetchGitHubToken, readRequestToken, readTokenFile } from './token.js';

export interface Outcome {
  /** The role assumed, its full ARN (a bare name resolved), if any. */
  readonly roleArn?: string | undefined;
  /** undefined: the runner's own identity (ambient), or use-existing-credentials kept what was there. */
  readonly credentials: Credentials | undefined;
  readonly identity: Identity;
  readonly existing: boolean;
  readonly attempts: number;
  readonly tokensFetched: number;
  /** The STS origin last dialed, as the SDK resolved it (regional, FIPS, dual-stack or configured). */
  readonly stsEndpoint?: string | undefined;
}

/** What the steps after start() share. */
interface Started {
  readonly config: Config;
  readonly sts: typeof import('./sts.js');
  readonly client: STSClient;
  /** Where STS requests went; every client of this step reports here. */
  readonly dialed: Dialed;
  /** The credentials that sign AssumeRole / GetCallerIdentity; undefined: the SDK's default chain. */
  readonly source: Credentials | undefined;
  /** The run's facts, loaded when AssumeRole will send session tags. */
  readonly facts: RunFacts | undefined;
  /** The first GitHub token, requested while the SDK loaded; the first attempt takes it. */
  prefetched: Promise<string> | undefined;
}

export async function authenticate(config: Config, signal: AbortSignal): Promise<Outcome> {
  const source = await preflight(config, process.env);
  const started = await start(config, source, signal);
  try {
    return { ...(await outcomeOf(started, signal)), stsEndpoint: started.dialed.endpoint };
  } finally {
    started.client.destroy();
  }
}

async function outcomeOf(started: Started, signal: AbortSignal): Promise<Outcome> {
  const config = started.config;
  if (config.useExistingCredentials) {
    const existing = await existingIdentity(started, signal);
    if (existing) return existing;
    info('No valid credentials exist (use-existing-credentials); going on as usual.');
  }
  if (!config.role) return await identityOnly(started, signal);
  const resolved = await roleArnOf(started, config.role, signal);
  const result = await assume(started, resolved.arn, signal);
  const arn = result.credentials.assumedRoleArn;
  return {
    roleArn: resolved.arn,
    credentials: result.credentials,
    identity: { account: accountIdOf(arn), arn },
    existing: false,
    attempts: resolved.attempts + result.attempts,
    tokensFetched: result.tokensFetched,
  };
}

/** Records the STS origin each request went to, and says it in the debug log once per origin. */
class Dialed {
  endpoint: string | undefined;
  readonly onDial = (origin: string, proxied: boolean): void => {
    if (origin !== this.endpoint)
      debug(`STS requests go to ${origin}${proxied ? ' through the proxy' : ''}.`);
    this.endpoint = origin;
  };
}

/** Everything that can be checked without the network, first. Returns the signing credentials. */
async function preflight(config: Config, env: NodeJS.ProcessEnv): Promise<Credentials | undefined> {
  if (config.mode === 'oidc') mask(readRequestToken(env));
  for (const said of cleartextWarnings(config, env)) warning(said);
  if (config.refreshCredentials) await checkRefreshProfile(config, env);
  else if (config.profile) {
    await checkProfileWritable(profileFiles(env), config.profile.name, config.profile.overwrite);
  }
  if (config.unsetCurrentCredentials) {
    for (const name of CREDENTIAL_VARIABLES) delete env[name];
  }
  applyProxyEnv(config.proxy);
  // Last: chaining from a refreshing profile may have to mint its credentials.
  const source = await signingCredentials(config, env);
  maskCredentials(source);
  return source;
}

/** The credentials that sign AssumeRole / GetCallerIdentity, by mode; undefined: the SDK's chain. */
async function signingCredentials(config: Config, env: NodeJS.ProcessEnv): Promise<Credentials | undefined> {
  if (config.mode === 'access-keys') return config.accessKeys;
  if (config.mode !== 'role-chaining') return undefined;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  // A refreshing profile of an earlier step refreshes the source too; keys in the environment
  // would last one session. refresh-credentials needs the former.
  if (accessKeyId && secretAccessKey && !config.refreshCredentials) {
    return { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined };
  }
  const settings = refreshingSettingsOf(env);
  if (settings) {
    const c = await refreshedCredentials(loadSettings(settings), info);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
  }
  throw new SourceCredentialsError(
    config.refreshCredentials
      ? NOT_REFRESHING
      : 'role-chaining is true, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and AWS_PROFILE names no refreshing profile of this action. ' +
          'Run a step that exports credentials (this action, with output-env-credentials or refresh-credentials) before this one.',
  );
}

/**
 * The GitHub token request goes out first: it is network-bound, while loading the AWS SDK (the
 * largest part of start-up) is CPU-bound, so the two overlap.
 */
async function start(config: Config, source: Credentials | undefined, signal: AbortSignal): Promise<Started> {
  // Cancelled if start() fails, so that no request outlives the step.
  const cancel = new AbortController();
  const prefetched =
    config.mode === 'oidc' && !config.useExistingCredentials
      ? fetchGitHubToken(config.audience, config.httpTimeoutMs, AbortSignal.any([signal, cancel.signal]))
      : undefined;
  // Handled here only so that a rejection before the first attempt awaits it is not "unhandled".
  prefetched?.catch(() => undefined);
  const tagged = config.role !== undefined && config.mode !== 'oidc' && config.mode !== 'token-file';
  try {
    const [sts, facts] = await Promise.all([
      import('./sts.js'),
      tagged && !config.skipSessionTagging ? runFacts() : undefined,
    ]);
    const dialed = new Dialed();
    const client = sts.createStsClient(config, { credentials: source, onDial: dialed.onDial });
    debug(`Auth mode ${config.mode}.`);
    return { config, sts, client, dialed, source, facts, prefetched };
  } catch (error) {
    cancel.abort();
    throw error;
  }
}

/** use-existing-credentials: whatever the SDK's default chain finds, if STS accepts it. One try. */
async function existingIdentity(s: Started, signal: AbortSignal): Promise<Outcome | undefined> {
  const client = s.sts.createStsClient(s.config, { onDial: s.dialed.onDial });
  try {
    const identity = await s.sts.getCallerIdentity(client, s.config, signal);
    return { credentials: undefined, identity, existing: true, attempts: 1, tokensFetched: 0 };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    debug(`use-existing-credentials: ${error instanceof Error ? error.name : 'error'}`);
    return undefined;
  } finally {
    client.destroy();
  }
}

/** The retry loop with this step's policy and real effects. */
function retrying<T>(config: Config, deps: ExchangeDeps<T>, signal: AbortSignal): Promise<ExchangeResult<T>> {
  const policy = {
    ...DEFAULT_POLICY,
    maxAttempts: config.maxAttempts,
    throttlesCount: config.throttlesCount,
    freshTokenEachAttempt: config.mode === 'token-file',
  };
  return exchange(policy, deps, signal);
}

const effects = {
  // Rejects on abort; exchange() then reports the signal's reason.
  sleep: (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }),
  now: () => Date.now(),
  random: Math.random,
  log: info,
};

/** GetCallerIdentity, signed by the source credentials (or the SDK's chain), retried. */
function callerIdentity(s: Started, signal: AbortSignal): Promise<ExchangeResult<Identity>> {
  return retrying(
    s.config,
    { ...effects, call: (sig) => s.sts.getCallerIdentity(s.client, s.config, sig) },
    signal,
  );
}

/** No role: access keys as they are, or the runner's own identity. Only GetCallerIdentity. */
async function identityOnly(s: Started, signal: AbortSignal): Promise<Outcome> {
  const who = await callerIdentity(s, signal);
  return {
    credentials: s.source,
    identity: who.credentials,
    existing: false,
    attempts: who.attempts,
    tokensFetched: 0,
  };
}

/** The role's ARN; a bare role name is in the account of the credentials that assume it. */
async function roleArnOf(
  s: Started,
  role: Role,
  signal: AbortSignal,
): Promise<{ arn: string; attempts: number }> {
  if (role.arn !== undefined) return { arn: role.arn, attempts: 0 };
  const who = await callerIdentity(s, signal);
  return {
    arn: `arn:${role.partition}:iam::${who.credentials.account}:role/${role.roleName}`,
    attempts: who.attempts,
  };
}

/** AssumeRoleWithWebIdentity with a token (oidc, token-file), else AssumeRole signed by the source. */
function assume(s: Started, roleArn: string, signal: AbortSignal): Promise<ExchangeResult<StsCredentials>> {
  const { config, sts, client } = s;
  const checked = (c: Promise<StsCredentials>) =>
    withoutSpecialCharacters(config.specialCharactersWorkaround, c);
  const fetchToken = tokenSource(s);
  if (fetchToken) {
    const call = (token: string, sig: AbortSignal) =>
      checked(sts.assumeRoleWithWebIdentity(client, config, roleArn, token, sig));
    return retrying(config, { ...effects, fetchToken, call }, signal);
  }
  const tags = s.facts ? sessionTags(config, s.facts) : { tags: [], droppable: [] };
  const call = (sig: AbortSignal) => checked(sts.assumeRole(client, config, roleArn, tags, sig, info));
  return retrying(config, { ...effects, call }, signal);
}

/** Where each web identity mode gets the token for an attempt; undefined for signed modes. */
function tokenSource(s: Started): ((signal: AbortSignal) => Promise<string>) | undefined {
  const config = s.config;
  switch (config.mode) {
    case 'oidc':
      return (signal) => {
        const token = s.prefetched ?? fetchGitHubToken(config.audience, config.httpTimeoutMs, signal);
        s.prefetched = undefined;
        return token;
      };
    case 'token-file':
      // Read on every attempt: whatever refreshes the file may have replaced the token.
      return async () => readTokenFile(config.webIdentityTokenFile);
    default:
      return undefined;
  }
}
