// Authentication in steps: preflight (no network) -> start (the token request and the SDK load,
// overlapped) -> existing credentials -> the role's ARN -> assume. What differs by auth mode is a
// row of inputs/source.ts and of modes.ts; the calls go through one STS session (sts/sts-session.ts).

import { accountOfArn, arnOfRole } from './aws/arn.js';
import { type RunFacts, runFacts } from './github/run-facts.js';
import { readRequestToken } from './github/token.js';
import type { Config, Role } from './inputs/config.js';
import type { Outcome } from './job/outcome.js';
import { checkPublishable, maskCredentials } from './job/publish.js';
import { CREDENTIAL_VARIABLES } from './job/variables.js';
import { behaviourOf, type Signer } from './modes.js';
import { cleartextWarnings } from './network/cleartext.js';
import { applyProxyEnv } from './network/proxy.js';
import { debug, info, mask, warning } from './runner/log.js';
import type { ExchangeResult } from './sts/exchange.js';
import type { Identity, StsCredentials } from './sts/sts.js';
import { openStsSession, retryPolicy, type StsSession, type TokenSource } from './sts/sts-session.js';
import { NO_TAGS, type SessionTags, sessionTags } from './sts/tags.js';

/** What the steps after start() share. */
interface Started {
  readonly config: Config;
  readonly session: StsSession;
  /** Where STS requests went; every session of this step reports here. */
  readonly dialed: Dialed;
  readonly signer: Signer;
  /** The run's facts, loaded when AssumeRole will send session tags. */
  readonly facts: RunFacts | undefined;
  /** Where each attempt gets its token; undefined for signed modes. */
  readonly tokens: TokenSource | undefined;
}

export async function authenticate(given: Config, signal: AbortSignal): Promise<Outcome> {
  const config = await withRunnerCredentials(given, process.env, signal);
  const signer = await preflight(config, process.env);
  const started = await start(config, signer, signal);
  try {
    return await outcomeOf(started, signal);
  } finally {
    started.session.destroy();
  }
}

async function outcomeOf(started: Started, signal: AbortSignal): Promise<Outcome> {
  const config = started.config;
  if (config.useExistingCredentials) {
    const identity = await existingIdentity(started, signal);
    if (identity) return { kind: 'existing', identity };
    info('No valid credentials exist (use-existing-credentials); going on as usual.');
  }
  if (!config.role) return await identityOnly(started, signal);
  const resolved = await roleArnOf(started, config.role, signal);
  const tags = started.facts ? sessionTags(config, started.facts) : NO_TAGS;
  const result = await assume(started, resolved.arn, tags, signal);
  const arn = result.credentials.assumedRoleArn;
  return {
    kind: 'assumed',
    identity: { account: accountOfArn(arn), arn },
    credentials: result.credentials,
    roleArn: resolved.arn,
    tags,
    chainedFrom: started.signer.refreshingSource,
    attempts: resolved.attempts + result.attempts,
    tokensFetched: result.tokensFetched,
    stsEndpoint: started.dialed.endpoint,
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

/**
 * role-to-assume with no OIDC token endpoint (no permissions: id-token: write), no keys and no
 * token file: as configure-aws-credentials does, the role is assumed with the runner's own
 * credentials when the AWS SDK's default chain finds some, said as a warning with where they came
 * from. When it finds none, OIDC mode goes on to say what the job lacks (readRequestToken).
 */
async function withRunnerCredentials(
  config: Config,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<Config> {
  if (config.mode !== 'oidc' || (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN))
    return config;
  // Loaded here, as sts-session loads the client: a start that needs no STS client pays for none.
  const { runnerCredentials } = await import('./sts/runner-credentials.js');
  const found = await runnerCredentials(config, env, signal);
  if (!found) return config;
  warning(
    `role-to-assume is set, but this job has no GitHub OIDC token endpoint (no permissions: id-token: write), so the role is assumed with the runner's own credentials, from ${found.from}, as configure-aws-credentials does. ` +
      'To use OIDC instead, add "permissions: id-token: write" to the job; to say that the runner\'s credentials are meant, set force-skip-oidc: true.',
  );
  return { ...config, mode: 'ambient' };
}

/** Everything that can be checked without the network, first. Returns what signs the calls. */
async function preflight(config: Config, env: NodeJS.ProcessEnv): Promise<Signer> {
  if (config.mode === 'oidc') mask(readRequestToken(env));
  for (const said of cleartextWarnings(config, env)) warning(said);
  checkPublishable({ ...config, hasRole: config.role !== undefined }, env, process.cwd());
  if (config.unsetCurrentCredentials) {
    for (const name of CREDENTIAL_VARIABLES) delete env[name];
  }
  applyProxyEnv(config.proxy);
  // Last: chaining from a refreshing profile may have to mint its credentials.
  const signer = await behaviourOf(config).signing(env);
  maskCredentials(signer.credentials);
  return signer;
}

/**
 * The GitHub token request goes out first: it is network-bound, while loading the AWS SDK (the
 * largest part of start-up) is CPU-bound, so the two overlap.
 */
async function start(config: Config, signer: Signer, signal: AbortSignal): Promise<Started> {
  const mode = behaviourOf(config);
  // Cancelled if start() fails, so that no request outlives the step.
  const cancel = new AbortController();
  const tokens = mode.tokens();
  const prefetched =
    tokens && mode.prefetch && !config.useExistingCredentials
      ? tokens(AbortSignal.any([signal, cancel.signal]))
      : undefined;
  // Handled here only so that a rejection before the first attempt awaits it is not "unhandled".
  prefetched?.catch(() => undefined);
  const tagged = config.role !== undefined && !mode.webIdentity && !config.skipSessionTagging;
  const dialed = new Dialed();
  try {
    const [session, facts] = await Promise.all([
      openStsSession(config, {
        credentials: signer.credentials,
        policy: retryPolicy(config, 'step', mode.freshTokenEachAttempt),
        specialCharactersWorkaround: config.specialCharactersWorkaround,
        log: info,
        onDial: dialed.onDial,
      }),
      tagged ? runFacts() : undefined,
    ]);
    debug(`Auth mode ${config.mode}.`);
    return { config, session, dialed, signer, facts, tokens: tokens && firstPrefetched(tokens, prefetched) };
  } catch (error) {
    cancel.abort();
    throw error;
  }
}

/** The token source, whose first call takes the token requested while the SDK loaded. */
function firstPrefetched(tokens: TokenSource, prefetched: Promise<string> | undefined): TokenSource {
  let first = prefetched;
  return (signal) => {
    const token = first ?? tokens(signal);
    first = undefined;
    return token;
  };
}

/** use-existing-credentials: whatever the SDK's default chain finds, if STS accepts it. One try. */
async function existingIdentity(s: Started, signal: AbortSignal): Promise<Identity | undefined> {
  const session = await openStsSession(s.config, {
    policy: retryPolicy(s.config, 'step'),
    specialCharactersWorkaround: false,
    log: info,
    onDial: s.dialed.onDial,
  });
  try {
    return await session.probeIdentity(signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    debug(`use-existing-credentials: ${error instanceof Error ? error.name : 'error'}`);
    return undefined;
  } finally {
    session.destroy();
  }
}

/** No role: access keys as they are, or the runner's own identity. Only GetCallerIdentity. */
async function identityOnly(s: Started, signal: AbortSignal): Promise<Outcome> {
  const who = await s.session.callerIdentity(signal);
  const counts = { attempts: who.attempts, tokensFetched: 0, stsEndpoint: s.dialed.endpoint };
  const keys = s.signer.credentials;
  return keys
    ? { kind: 'keys', identity: who.credentials, credentials: keys, ...counts }
    : { kind: 'ambient', identity: who.credentials, ...counts };
}

/** The role's ARN; a bare role name is in the account of the credentials that assume it. */
async function roleArnOf(
  s: Started,
  role: Role,
  signal: AbortSignal,
): Promise<{ arn: string; attempts: number }> {
  if (role.arn !== undefined) return { arn: role.arn, attempts: 0 };
  const who = await s.session.callerIdentity(signal);
  return { arn: arnOfRole({ ...role, accountId: who.credentials.account }), attempts: who.attempts };
}

/** AssumeRoleWithWebIdentity with a token (oidc, token-file), else AssumeRole signed by the source. */
function assume(
  s: Started,
  roleArn: string,
  tags: SessionTags,
  signal: AbortSignal,
): Promise<ExchangeResult<StsCredentials>> {
  return s.tokens
    ? s.session.withWebIdentity(roleArn, s.tokens, signal)
    : s.session.assume(roleArn, tags, signal);
}
