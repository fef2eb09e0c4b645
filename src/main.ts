// The whole flow of the main step. Pure parts live in config/classify/exchange/tags; effects on
// the job in job.ts; network in token.ts and sts.ts.

import { setTimeout as delay } from 'node:timers/promises';
import * as core from '@actions/core';
import { hasSpecialCharacters, SpecialCharactersError } from './classify.js';
import { type Config, type InputName, parseInputs, SECRET_INPUTS, withEnvFallbacks } from './config.js';
import { DEFAULT_POLICY, type ExchangeDeps, exchange, type StsCredentials } from './exchange.js';
import {
  accountIdOf,
  CREDENTIAL_VARIABLES,
  type Credentials,
  type Identity,
  mask,
  maskCredentials,
  publish,
  publishExisting,
} from './job.js';
import {
  AccountNotAllowedError,
  ActionTimeoutError,
  failureMessage,
  SourceCredentialsError,
} from './messages.js';
import { checkProfileWritable, profileFiles } from './profile.js';
import { applyProxyEnv, proxyAgentFor, stsUrl } from './proxy.js';
import {
  diagnosticsFor,
  logDiagnostics,
  type SuccessReport,
  summarizeFailure,
  summarizeSuccess,
} from './report.js';
import type { ClientOptions } from './sts.js';
import { sessionTags } from './tags.js';
import { fetchGitHubToken, readRequestToken, readTokenFile } from './token.js';

export function getInputs(): Config {
  const read = withEnvFallbacks((name: InputName) => core.getInput(name), process.env);
  // Masked before anything could print them, valid or not.
  for (const name of SECRET_INPUTS) mask(read(name));
  const proxy = read('http-proxy');
  if (proxy.includes('@')) mask(URL.canParse(proxy) ? decodeURIComponent(new URL(proxy).password) : proxy);
  return parseInputs(read, process.env.GITHUB_WORKSPACE || process.cwd());
}

export interface Outcome {
  /** The role assumed, its full ARN (a bare name resolved), if any. */
  readonly roleArn?: string | undefined;
  /** undefined: the runner's own identity (ambient), or use-existing-credentials kept what was there. */
  readonly credentials: Credentials | undefined;
  readonly identity: Identity;
  readonly existing: boolean;
  readonly attempts: number;
  readonly tokensFetched: number;
}

export async function run(): Promise<void> {
  const started = performance.now();
  let config: Config | undefined;
  try {
    config = getInputs();
    for (const warning of config.warnings) core.warning(warning);
    const outcome = await withActionTimeout(config, (signal) => authenticate(config as Config, signal));
    if (outcome.existing) {
      publishExisting(config, outcome.identity);
      core.notice('Pre-existing credentials are valid (use-existing-credentials); nothing new was exported.');
      return;
    }
    checkAllowedAccount(config, outcome.identity.account);
    publish(config, outcome.credentials, outcome.identity, outcome.roleArn);
    const report = {
      roleArn: outcome.roleArn,
      identityArn: outcome.identity.arn,
      account: outcome.identity.account,
      expiration: outcome.credentials?.expiration,
      attempts: outcome.attempts,
      tokensFetched: outcome.tokensFetched,
      durationMs: performance.now() - started,
    };
    logSuccess(config, report);
    await summarizeSuccess(config, report);
  } catch (error) {
    const message = failureMessage(error, config);
    core.setFailed(message);
    const diagnostics = diagnosticsFor(error, config, process.env);
    logDiagnostics(diagnostics);
    await summarizeFailure(message, diagnostics);
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

function logSuccess(config: Config, r: SuccessReport): void {
  const who = config.maskAccountId
    ? 'the role'
    : config.role
      ? (config.role.arn ?? config.role.roleName)
      : r.identityArn;
  core.info(
    `${config.role ? 'Assumed' : 'Authenticated as'} ${who} in ${config.region}: ` +
      `${r.attempts} attempt(s), ${r.tokensFetched} token(s), ${Math.round(r.durationMs)} ms` +
      `${r.expiration ? `; credentials expire at ${r.expiration.toISOString()}` : ''}.`,
  );
}

async function withActionTimeout<T>(config: Config, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const limit = config.actionTimeoutMs;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => controller.abort(new ActionTimeoutError(limit / 1000)), limit);
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** allowed-account-ids is checked before anything is exported. */
function checkAllowedAccount(config: Config, account: string): void {
  if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(account)) {
    throw new AccountNotAllowedError(account, config.allowedAccountIds);
  }
}

/** The credentials that sign AssumeRole / GetCallerIdentity; undefined: the SDK's default chain. */
function sourceCredentials(config: Config, env: NodeJS.ProcessEnv): Credentials | undefined {
  if (config.mode === 'access-keys') return config.accessKeys;
  if (config.mode !== 'role-chaining') return undefined;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!accessKeyId || !secretAccessKey) {
    throw new SourceCredentialsError(
      'role-chaining is true, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set. ' +
        'Run a step that exports credentials (this action, with output-env-credentials) before this one.',
    );
  }
  return { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined };
}

async function authenticate(config: Config, signal: AbortSignal): Promise<Outcome> {
  // Everything that can be checked without the network, first.
  if (config.mode === 'oidc') mask(readRequestToken(process.env));
  const source = sourceCredentials(config, process.env);
  maskCredentials(source);
  if (config.profile)
    checkProfileWritable(profileFiles(process.env), config.profile.name, config.profile.overwrite);
  if (config.unsetCurrentCredentials) {
    for (const name of CREDENTIAL_VARIABLES) delete process.env[name];
  }
  applyProxyEnv(config.proxy);
  // The GitHub token request goes out first: it is network-bound, while loading the AWS SDK (the
  // largest part of start-up) is CPU-bound, so the two overlap. The first attempt takes this token.
  let prefetched =
    config.mode === 'oidc' && !config.useExistingCredentials
      ? fetchGitHubToken(config.audience, config.httpTimeoutMs, signal)
      : undefined;
  // Handled here only so that a rejection before the first attempt awaits it is not "unhandled".
  prefetched?.catch(() => undefined);
  const [sts, agent] = await Promise.all([import('./sts.js'), proxyAgentFor(stsUrl(config))]);

  if (config.useExistingCredentials) {
    const existing = await existingIdentity(sts, config, agent, signal);
    if (existing)
      return { credentials: undefined, identity: existing, existing: true, attempts: 1, tokensFetched: 0 };
    core.info('No valid credentials exist (use-existing-credentials); going on as usual.');
  }

  const { assumeRole: assumeRoleSigned, assumeRoleWithWebIdentity, getCallerIdentity } = sts;
  const client = sts.createStsClient(config, { credentials: source, agent });
  const policy = { ...DEFAULT_POLICY, maxAttempts: config.maxAttempts };
  const loop = <T>(deps: Pick<ExchangeDeps<T>, 'fetchToken' | 'call'>) =>
    exchange(
      { ...policy, freshTokenEachAttempt: config.mode === 'token-file' },
      {
        ...deps,
        // Rejects on abort; exchange() then reports the signal's reason.
        sleep: (ms, s) => delay(ms, undefined, { signal: s }),
        now: () => Date.now(),
        random: Math.random,
        log: (line) => core.info(line),
      },
      signal,
    );
  try {
    if (!config.role) {
      // Access keys as they are, or the runner's own identity: only GetCallerIdentity.
      const who = await loop({ call: (_, s) => getCallerIdentity(client, config, s) });
      return {
        credentials: source,
        identity: who.credentials,
        existing: false,
        attempts: who.attempts,
        tokensFetched: 0,
      };
    }

    let roleArn = config.role.arn;
    let attempts = 0;
    if (roleArn === undefined) {
      // A bare role name: in the account of the credentials that assume it.
      const who = await loop({ call: (_, s) => getCallerIdentity(client, config, s) });
      attempts = who.attempts;
      roleArn = `arn:${config.role.partition}:iam::${who.credentials.account}:role/${config.role.roleName}`;
    }
    const arn = roleArn;
    const checked = async (creds: Promise<StsCredentials>) => {
      const c = await creds;
      if (config.specialCharactersWorkaround && hasSpecialCharacters(c.accessKeyId, c.secretAccessKey)) {
        throw new SpecialCharactersError(
          'The secret STS issued has special characters; assuming the role again',
        );
      }
      return c;
    };
    const tags = sessionTags(config, process.env);
    const result = await loop<StsCredentials>(
      config.mode === 'oidc' || config.mode === 'token-file'
        ? {
            fetchToken:
              config.mode === 'oidc'
                ? (s) => {
                    const token = prefetched ?? fetchGitHubToken(config.audience, config.httpTimeoutMs, s);
                    prefetched = undefined;
                    return token;
                  }
                : async () => readTokenFile(config.webIdentityTokenFile as string),
            call: (token, s) => checked(assumeRoleWithWebIdentity(client, config, arn, token as string, s)),
          }
        : { call: (_, s) => checked(assumeRoleSigned(client, config, arn, tags, s, (l) => core.info(l))) },
    );
    const creds = result.credentials;
    return {
      roleArn: arn,
      credentials: creds,
      identity: { account: accountIdOf(creds.assumedRoleArn), arn: creds.assumedRoleArn },
      existing: false,
      attempts: attempts + result.attempts,
      tokensFetched: result.tokensFetched,
    };
  } finally {
    client.destroy();
  }
}

/** use-existing-credentials: whatever the SDK's default chain finds, if STS accepts it. One try. */
async function existingIdentity(
  sts: typeof import('./sts.js'),
  config: Config,
  agent: ClientOptions['agent'],
  signal: AbortSignal,
): Promise<Identity | undefined> {
  const client = sts.createStsClient(config, { agent });
  try {
    return await sts.getCallerIdentity(client, config, signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    core.debug(`use-existing-credentials: ${error instanceof Error ? error.name : 'error'}`);
    return undefined;
  } finally {
    client.destroy();
  }
}
