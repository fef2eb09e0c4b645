// The credential_process of a refresh-credentials profile. The AWS CLI and SDKs run it whenever
// the credentials near their Expiration; it fetches a NEW GitHub OIDC token and exchanges it with
// the same classification and retry policy as the main step, then prints the credential_process
// JSON on stdout. Nothing else may reach stdout, so @actions/core's workflow commands are dropped.

import { setTimeout as delay } from 'node:timers/promises';
import { ExchangeError } from './errors.js';
import { logSafe } from './escape.js';
import { DEFAULT_POLICY, exchange } from './exchange.js';
import { readText } from './files.js';
import { applyProxyEnv, proxyAgentFor, stsUrl } from './proxy.js';
import type { RefreshSettings } from './refresh-profile.js';
import { assumeRoleWithWebIdentity, createStsClient } from './sts.js';
import { fetchGitHubToken } from './token.js';

const print = process.stdout.write.bind(process.stdout);
// The token fetch announces ::add-mask:: (and, with RUNNER_DEBUG, ::debug::) lines on stdout; here
// they would corrupt the JSON. Nothing printed here is secret-bearing, and none of it is needed.
process.stdout.write = (() => true) as typeof process.stdout.write;

async function refresh(settingsFile: string): Promise<string> {
  const text = readText(settingsFile);
  if (text === undefined) {
    throw new Error(
      `${settingsFile} is gone: the job that wrote this profile has ended (its post step removes it)`,
    );
  }
  const settings = JSON.parse(text) as RefreshSettings;
  // Every step of a job with id-token: write has these; the settings file is the fallback.
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL ||= settings.requestUrl;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ||= settings.requestToken;
  applyProxyEnv(settings.proxy);
  const agent = await proxyAgentFor(stsUrl(settings));
  const client = createStsClient(settings, { agent });
  const signal = AbortSignal.timeout(DEFAULT_POLICY.maxRetryTimeMs + settings.httpTimeoutMs);
  try {
    const { credentials: c } = await exchange(
      { ...DEFAULT_POLICY, maxAttempts: settings.maxAttempts },
      {
        fetchToken: (s) => fetchGitHubToken(settings.audience, settings.httpTimeoutMs, s),
        call: (token, s) => assumeRoleWithWebIdentity(client, settings, settings.roleArn, token, s),
        sleep: (ms, s) => delay(ms, undefined, { signal: s }),
        now: () => Date.now(),
        random: Math.random,
        // A later step's log: the runner reads commands there too.
        log: (line) => process.stderr.write(`${logSafe(line)}\n`),
      },
      signal,
    );
    return JSON.stringify({
      Version: 1,
      AccessKeyId: c.accessKeyId,
      SecretAccessKey: c.secretAccessKey,
      SessionToken: c.sessionToken,
      Expiration: c.expiration.toISOString(),
    });
  } finally {
    client.destroy();
  }
}

// No process.exit(): on macOS a pipe is written asynchronously, and exiting could cut the JSON off.
try {
  print(`${await refresh(process.argv[2] ?? '')}\n`);
} catch (error) {
  const why =
    error instanceof ExchangeError
      ? `${error.classified.code}: ${error.classified.message} Next: ${error.classified.hint}`
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`${logSafe(`aws-oidc-credentials refresh failed: ${why}`)}\n`);
  process.exitCode = 1;
}
