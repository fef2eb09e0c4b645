// Minting a refreshing profile's credentials: loaded only when the cache cannot serve them. The
// calls go through the same STS session as the main step's, under the credential_process policy.

import { RefreshSettingsError } from '../errors.js';
import { fetchGitHubToken } from '../github/token.js';
import { PROXY_VARIABLES } from '../inputs/spec.js';
import { applyProxyEnv } from '../network/proxy.js';
import type { Credentials, StsCredentials } from '../sts/sts.js';
import { openStsSession, retryPolicy } from '../sts/sts-session.js';
import type { RefreshSettings } from './settings.js';

const NO_TOKEN_ENDPOINT =
  'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not in the environment of the process that asked for credentials. ' +
  'Every step of a job with permissions: id-token: write has them; a tool that clears the environment (sudo, env -i, docker run) must pass them on ' +
  '(sudo --preserve-env=ACTIONS_ID_TOKEN_REQUEST_URL,ACTIONS_ID_TOKEN_REQUEST_TOKEN). The request token is never written to disk.';

/**
 * New credentials: through GitHub OIDC, or by assuming the role with the source profile's.
 * @param source the signing credentials of a chained profile (its source's, refreshed).
 */
export async function mint(
  settings: RefreshSettings,
  log: (line: string) => void,
  source: () => Promise<Credentials | undefined>,
): Promise<StsCredentials> {
  const env = process.env;
  if (settings.kind === 'oidc' && !(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) {
    throw new RefreshSettingsError(NO_TOKEN_ENDPOINT);
  }
  // The later step's own proxy variables win: they are where its proxy password lives.
  if (settings.proxy && !PROXY_VARIABLES.some((n) => env[n])) applyProxyEnv(settings.proxy);
  const policy = retryPolicy(settings, 'credential-process');
  const session = await openStsSession(settings, {
    credentials: await source(),
    policy,
    // credential_process hands the secret over as JSON, which no tool mangles.
    specialCharactersWorkaround: false,
    log,
  });
  const signal = AbortSignal.timeout(policy.maxRetryTimeMs + settings.httpTimeoutMs);
  try {
    const result =
      settings.kind === 'oidc'
        ? await session.withWebIdentity(
            settings.roleArn,
            (s) => fetchGitHubToken(settings.audience, settings.httpTimeoutMs, s),
            signal,
          )
        : await session.assume(settings.roleArn, settings.tags, signal);
    return result.credentials;
  } finally {
    session.destroy();
  }
}
