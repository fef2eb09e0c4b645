// Bounds, guards and the network path: retries, timeouts, allowed accounts, endpoint and proxy.

import type { RequestSettings } from './config.js';
import type { Fields } from './fields.js';
import { defaultOf } from './spec.js';

const ACCOUNT_ID = /^\d{12}$/;
// Five days, the longest a self-hosted job may run; also keeps setTimeout in range.
const MAX_ACTION_TIMEOUT_S = 432000;

export function parseLimits(f: Fields): RequestSettings {
  const retryMaxAttempts = f.wholeNumber(
    'retry-max-attempts',
    1,
    Number.MAX_SAFE_INTEGER,
    `Use 1 for a single attempt, or leave it empty for the default of ${defaultOf('retry-max-attempts')}.`,
  );
  const actionTimeoutS = f.wholeNumber(
    'action-timeout-s',
    0,
    MAX_ACTION_TIMEOUT_S,
    'Use seconds, e.g. 60, or 0 for no limit.',
  );
  const httpTimeoutS = f.wholeNumber(
    'http-timeout-s',
    1,
    300,
    `Use seconds, e.g. ${defaultOf('http-timeout-s')}.`,
  );
  return {
    maxAttempts: f.bool('disable-retry') ? 1 : retryMaxAttempts,
    throttlesCount: f.bool('disable-retry') || f.given('retry-max-attempts') !== '',
    specialCharactersWorkaround: f.bool('special-characters-workaround'),
    allowedAccountIds: parseAllowedAccounts(f),
    actionTimeoutMs: actionTimeoutS > 0 ? actionTimeoutS * 1000 : undefined,
    httpTimeoutMs: httpTimeoutS * 1000,
    stsEndpoint: parseStsEndpoint(f),
    proxy: {
      url: parseProxy(f),
      noProxy: f.read('no-proxy'),
      fromEnvironment: f.fromEnvironment('http-proxy'),
    },
  };
}

function parseAllowedAccounts(f: Fields): string[] {
  const ids = f.list('allowed-account-ids');
  for (const id of ids.filter((i) => !ACCOUNT_ID.test(i))) {
    f.bad(
      'allowed-account-ids',
      id,
      'not a 12-digit AWS account ID',
      'Use account IDs separated by commas, e.g. 123456789012,210987654321.',
    );
  }
  return ids;
}

function parseProxy(f: Fields): string | undefined {
  const url = f.url(
    'http-proxy',
    'Use a URL such as http://proxy.example.com:3128 (the input, or HTTPS_PROXY / HTTP_PROXY).',
  );
  if (url === undefined) return undefined;
  const u = new URL(url);
  try {
    decodeURIComponent(u.username);
    decodeURIComponent(u.password);
  } catch {
    // Never echoed: the part that fails to decode is the password, most likely.
    f.say(
      'http-proxy',
      `Input 'http-proxy' has a user name or password with an invalid %-escape (a % not followed by two hex digits). ` +
        'Percent-encode them: a literal % as %25, @ as %40, : as %3A.',
    );
  }
  return url;
}

function parseStsEndpoint(f: Fields): string | undefined {
  const url = f.url(
    'sts-endpoint',
    'Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
  );
  if (url === undefined) return undefined;
  const u = new URL(url);
  if (u.username || u.password) {
    f.say(
      'sts-endpoint',
      `Input 'sts-endpoint' contains a user name or password. Remove the user:password@ part; STS needs none.`,
    );
  }
  return url;
}
