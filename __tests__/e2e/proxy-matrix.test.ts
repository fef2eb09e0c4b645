// The proxy column of the mode matrix: every auth mode, with a proxy that STS goes through and one
// that STS is exempt from (no-proxy), the proxy given as the inputs and as each of the variables
// (HTTPS_PROXY, https_proxy, HTTP_PROXY, http_proxy). Every request must follow the same rule, and
// every spelling must say the same clear-text warnings. Then print-trust-policy with its GitHub API
// lookup, and the missing id-token permission, behind the same proxy. Host names under .test
// resolve to 127.0.0.1 in the step (resolve-test-hosts.cjs) and in the proxy, and the proxy
// records what went through it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import type { AuthMode } from '../../src/inputs/config.js';
import { modeOf } from '../../src/inputs/source.js';
import { type GitHubApi, startGitHubApi } from '../../test-support/github-api.ts';
import { type OidcServer, requestToken, startOidcServer } from '../../test-support/oidc-server.ts';
import { type ProxyServer, startProxyServer } from '../../test-support/proxy-server.ts';
import { ROOT, type RunResult, runAction } from '../../test-support/runner.ts';
import { type Principal, type StsServer, startStsServer } from '../../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const USER: Principal = {
  accessKeyId: 'AKIAPROXYUSER0000001',
  secretAccessKey: 'proxy/user/secret/00000000000000000000000',
  arn: 'arn:aws:iam::111111111111:user/ci',
};
const USER_ENV = { AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SECRET_ACCESS_KEY: USER.secretAccessKey };
const TEST_HOSTS = join(ROOT, 'test-support', 'resolve-test-hosts.cjs');

let oidc: OidcServer;
let sts: StsServer;
let proxy: ProxyServer;
let temp: string;
beforeEach(async () => {
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks, principals: [USER] });
  proxy = await startProxyServer();
  temp = mkdtempSync(join(tmpdir(), 'proxy-matrix-'));
});
afterEach(async () => {
  await Promise.all([oidc.close(), sts.close(), proxy.close()]);
  rmSync(temp, { recursive: true, force: true });
});

/** A token from the local endpoint, as a file a token-file step reads. */
async function tokenFile(): Promise<string> {
  const path = join(temp, 'token');
  writeFileSync(path, await requestToken(oidc));
  return path;
}

const port = (url: string) => new URL(url).port;
const tokenUrl = () => oidc.requestUrl.replace('127.0.0.1', 'oidc.test');

/** How each mode is chosen; keyed by AuthMode, so a new mode must add its row. */
const CHOOSE: Record<
  AuthMode,
  () => Promise<{ inputs: Record<string, string>; env?: Record<string, string> }>
> = {
  oidc: async () => ({ inputs: {} }),
  'token-file': async () => ({ inputs: { 'web-identity-token-file': await tokenFile() } }),
  'access-keys': async () => ({
    inputs: { 'aws-access-key-id': USER.accessKeyId, 'aws-secret-access-key': USER.secretAccessKey },
  }),
  'role-chaining': async () => ({ inputs: { 'role-chaining': 'true' }, env: USER_ENV }),
  ambient: async () => ({ inputs: { 'force-skip-oidc': 'true' }, env: USER_ENV }),
};
const MODES = Object.keys(CHOOSE) as AuthMode[];
const SPELLINGS = ['inputs', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;
type Spelling = (typeof SPELLINGS)[number];

/** The proxy, and no-proxy for STS when exempt, in one spelling. */
function proxyGiven(spelling: Spelling, exempt: boolean) {
  if (spelling === 'inputs')
    return { inputs: { 'http-proxy': proxy.url, ...(exempt ? { 'no-proxy': 'sts.test' } : {}) }, env: {} };
  return { inputs: {}, env: { [spelling]: proxy.url, ...(exempt ? { NO_PROXY: 'sts.test' } : {}) } };
}

async function runMode(mode: AuthMode, spelling: Spelling, exempt: boolean): Promise<RunResult> {
  const chosen = await CHOOSE[mode]();
  const given = proxyGiven(spelling, exempt);
  const inputs: Record<string, string> = {
    'aws-region': 'us-east-1',
    'role-to-assume': ROLE,
    'sts-endpoint': `http://sts.test:${port(sts.url)}`,
    ...chosen.inputs,
    ...given.inputs,
  };
  const env = { ...oidc.env(), ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl(), ...chosen.env, ...given.env };
  return runAction({ inputs, env, preload: [TEST_HOSTS] });
}

describe('every auth mode behind a proxy', () => {
  const rows = MODES.flatMap((mode) => [false, true].map((exempt) => ({ mode, exempt })));
  test.each(rows)(
    '$mode, STS exempt: $exempt: every spelling works, follows one rule, says the same warnings',
    async ({ mode, exempt }) => {
      const warnings: string[][] = [];
      for (const spelling of SPELLINGS) {
        proxy.seen.length = 0;
        const calls = sts.calls.length;
        const r = await runMode(mode, spelling, exempt);
        expect([spelling, r.errors, r.stderr]).toEqual([spelling, [], '']);
        expect(sts.calls.length - calls).toBe(1);
        const stsThrough = proxy.seen.includes(`CONNECT sts.test:${port(sts.url)}`);
        const tokenThrough = proxy.seen.includes(`CONNECT oidc.test:${port(oidc.url)}`);
        expect([spelling, stsThrough, tokenThrough]).toEqual([spelling, !exempt, mode === 'oidc']);
        warnings.push(r.warnings);
      }
      for (const w of warnings) expect(w).toEqual(warnings[0]);
      expect(modeOf(mode)).toBeDefined();
    },
  );
});

describe('print-trust-policy behind a proxy', () => {
  let api: GitHubApi;
  beforeEach(async () => {
    api = await startGitHubApi('ghs_proxytoken');
  });
  afterEach(async () => {
    await api.close();
  });

  test.each(SPELLINGS)(
    'the proxy as %s: the token and the GitHub API lookup both go through it',
    async (spelling) => {
      const given = proxyGiven(spelling, false);
      const r = await runAction({
        inputs: {
          'aws-region': 'us-east-1',
          'role-to-assume': ROLE,
          'print-trust-policy': 'true',
          'github-token': 'ghs_proxytoken',
          ...given.inputs,
        },
        env: {
          ...oidc.env(),
          ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl(),
          GITHUB_API_URL: api.url.replace('127.0.0.1', 'api.test'),
          ...given.env,
        },
        preload: [TEST_HOSTS],
      });
      expect([r.errors, r.stderr]).toEqual([[], '']);
      expect(proxy.seen).toEqual(
        expect.arrayContaining([`CONNECT oidc.test:${port(oidc.url)}`, `CONNECT api.test:${port(api.url)}`]),
      );
      expect(api.requests).toHaveLength(1);
      expect(r.stdout).toContain("GitHub's default sub template is in force");
    },
  );
});

test('a missing id-token permission behind a proxy: one error, the diagnosis, a summary, no stack trace', async () => {
  const env = {
    ...oidc.env(),
    HTTPS_PROXY: proxy.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
  };
  const r = await runAction({
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE },
    env,
    preload: [TEST_HOSTS],
  });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/id-token: write/);
  expect(r.stderr).toBe('');
  expect(r.summary).toContain('AWS credentials: failed');
});
