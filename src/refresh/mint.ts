// Minting a refreshing profile's credentials: loaded only when the cache cannot serve them.

import { setTimeout as delay } from 'node:timers/promises';
import { RefreshSettingsError } from './errors.js';
import { DEFAULT_POLICY, type Effects, exchange } from './exchange.js';
import { applyProxyEnv } from './proxy.js';
import { loadSettings, type RefreshSettings, refreshedCredentials } from './refresher.js';
import type { StsCredentials } from './sts.js';
import { fetchGitHubToken } from './token.js';

const NO_TOKEN_ENDPOINT =
  'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not in the environment of the process that asked for credentials. ' +
  'Every step of a job with permissions: id-token: write has them; a tool that clears the environment (sudo, env -i, docker run) must pass them on ' +
  '(sudo --preserve-env=ACTIONS_ID_TOKEN_REQUEST_URL,ACTIONS_ID_TOKEN_REQUEST_TOKEN). The request token is never written to disk.';

/** The signing credentials of a chained profile: its source's, refreshed the same way. */
async function sourceOf(settings: RefreshSettings, log: (line: string) => void, depth: number) {
  if (settings.kind !== 'chain') return undefined;
  const c = await refreshedCredentials(loadSettings(settings.source), log, depth + 1);
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

/** New credentials: through GitHub OIDC, or by assuming the role with the source profile's. */
export async function mint(
  settings: RefreshSettings,
  log: (line: string) => void,
  depth: number,
): Promise<StsCredentials> {
  const env = process.env;
  if (settings.kind === 'oidc' && !(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
    throw new RefreshSettingsError(NO_TOKEN_ENDPOINT);
  }
  // The later step's own proxy variables win: they are where its proxy password lives.
  const ownProxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((n) => env[n]);
  if (settings.proxy && !ownProxy) applyProxyEnv(settings.proxy);
  const source = await sourceOf(settings, log, depth);
  const sts = await import('./sts.js');
  const client = sts.createStsClient(settings, { credentials: source });
  try {
    return await assumed(settings, sts, client, log);
  } finally {
    client.destroy();
  }
}

type Sts = typeof import('./sts.js');

function assumed(
  settings: RefreshSettings,
  sts: Sts,
  client: ReturnType<Sts['createStsClient']>,
  log: (line: string) => void,
): Promise<StsCredentials> {
  const signal = AbortSignal.timeout(DEFAULT_POLICY.maxRetryTimeMs + settings.httpTimeoutMs);
  // A credential_process keeps a tool waiting: throttling gets the general time limit, not the
  // main step's longer budget.
  const policy = {
    ...DEFAULT_POLICY,
    maxAttempts: settings.maxAttempts,
    throttleBudgetMs: DEFAULT_POLICY.maxRetryTimeMs,
  };
  const effects: Effects = {
    sleep: (ms, s) => delay(ms, undefined, { signal: s }),
    now: Date.now,
    random: Math.random,
    log,
  };
  const result =
    settings.kind === 'oidc'
      ? exchange(
          policy,
          {
            ...effects,
            fetchToken: (s) => fetchGitHubToken(settings.audience, settings.httpTimeoutMs, s),
            call: (token, s) => sts.assumeRoleWithWebIdentity(client, settings, settings.roleArn, token, s),
          },
          signal,
        )
      : exchange(
          policy,
          {
            ...effects,
            call: (s) => sts.assumeRole(client, settings, settings.roleArn, settings.tags, s, log),
          },
          signal,
        );
  return result.then((r) => r.credentials);
}
