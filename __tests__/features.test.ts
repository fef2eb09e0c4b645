// Beyond the incumbent, end to end with the bundled action: refreshing credentials through a
// credential_process resolved by the real AWS SDK in a later process, trust-failure diagnostics,
// and the job summary.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { suggestedCondition } from '../src/diagnostics.js';
import { expectFailedCleanly } from '../test-support/assertions.ts';
import { type OidcServer, startOidcServer } from '../test-support/oidc-server.ts';
import { leaks, ROOT, type RunOptions, type RunResult, runAction, runPost } from '../test-support/runner.ts';
import { type StsServer, type StsServerOptions, startStsServer } from '../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const RESOLVER = join(ROOT, 'test-support', 'resolve-credentials.ts');

let oidc: OidcServer;
let sts: StsServer;
let temp: string;

async function restartSts(options: StsServerOptions): Promise<void> {
  await sts.close();
  sts = await startStsServer({ jwks: oidc.jwks, ...options });
}

beforeEach(async () => {
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks });
  temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
});

afterEach(async () => {
  await Promise.all([oidc.close(), sts.close()]);
  rmSync(temp, { recursive: true, force: true });
});

function run(inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, ...inputs },
    env: {
      ...oidc.env(),
      AWS_ENDPOINT_URL_STS: sts.url,
      RUNNER_TEMP: temp,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      ...options.env,
    },
  });
}

function secrets(): string[] {
  return [
    ...sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
    ...oidc.issued,
    oidc.requestToken,
  ];
}

/** A later step: the SDK's default chain, `calls` GetCallerIdentity calls in one process. */
async function laterStep(
  main: RunResult,
  calls: number,
  env: Record<string, string | undefined> = {},
  waitMs = 0,
) {
  const r = await runAction({
    args: [RESOLVER, String(calls), String(waitMs)],
    env: {
      ...oidc.env(),
      ...main.env,
      AWS_ENDPOINT_URL_STS: sts.url,
      RUNNER_TEMP: temp,
      ...env,
    },
  });
  const lines = r.stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { arn: string });
  return { r, lines };
}

describe('refresh-credentials', () => {
  test('a later process resolves credentials through credential_process with a NEW token, a new session each time they expire', async () => {
    // 90-second sessions: long enough to be accepted (60 s at least), short enough that the SDK,
    // which refreshes within 5 minutes of expiry, runs the refresher again for the second call.
    await restartSts({ sessionSeconds: 90 });
    const main = await run({ 'refresh-credentials': 'true' });
    expect(main.errors).toEqual([]);
    expect(main.code).toBe(0);
    // The first credentials were fetched here, so a misconfiguration fails in this step.
    expect(sts.calls.map((c) => c.action)).toEqual(['AssumeRoleWithWebIdentity']);
    // No static keys beside the profile: they would shadow it.
    expect(main.env).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: expect.stringMatching(new RegExp(`^${temp}/aws-oidc-credentials-\\w+/config$`)),
      AWS_PROFILE: 'aws-oidc-refresh',
    });
    expect(statSync(main.env.AWS_CONFIG_FILE ?? '').mode & 0o777).toBe(0o600);

    const { r, lines } = await laterStep(main, 2, {}, 2500);
    expect(r.stderr).toBe('');
    expect(lines).toHaveLength(2);
    // The SDK runs the refresher whenever it judges the session (near) expired: at least once per call here.
    const exchanges = sts.calls.filter((c) => c.action === 'AssumeRoleWithWebIdentity');
    expect(exchanges.length).toBeGreaterThanOrEqual(3);
    // Each refresh sent a token never sent before: a NEW one from the token endpoint.
    expect(new Set(exchanges.map((c) => c.token)).size).toBe(exchanges.length);
    expect(oidc.issued).toHaveLength(exchanges.length);
    // Two sessions, neither the main step's: STS saw each GetCallerIdentity signed by a fresh one.
    const signed = sts.calls.filter((c) => c.action === 'GetCallerIdentity').map((c) => c.caller);
    expect(signed).toHaveLength(2);
    expect(signed[0]).not.toBe(signed[1]);
    expect(signed).not.toContain(sts.issued[0]?.accessKeyId);
    expect(lines[0]?.arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions');
    expect(leaks(main, secrets())).toEqual([]);
  });

  test('without the token variables, the refresher falls back to the 0600 file; the post step removes it', async () => {
    const main = await run({ 'refresh-credentials': 'true', 'aws-profile': 'deploy' });
    expect(main.code).toBe(0);
    expect(main.env.AWS_PROFILE).toBe('deploy');
    const { lines } = await laterStep(main, 1, {
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
    });
    expect(lines).toHaveLength(1);
    expect(oidc.issued).toHaveLength(2);

    const settingsFile =
      /"([^"]+\.json)"/.exec(readFileSync(main.env.AWS_CONFIG_FILE ?? '', 'utf8'))?.[1] ?? '';
    expect(statSync(settingsFile).mode & 0o777).toBe(0o600);
    const post = await runPost(main, { env: { RUNNER_TEMP: temp } });
    expect(post.code).toBe(0);
    expect(existsSync(main.env.AWS_CONFIG_FILE ?? '')).toBe(false);
    const after = await laterStep(main, 1);
    expect(after.lines).toHaveLength(0);
    expect(existsSync(settingsFile)).toBe(false);
    // The SDK reports only "Could not load credentials"; the refresher itself says why.
    const direct = await runAction({ args: [join(ROOT, 'dist', 'refresh', 'index.js'), settingsFile] });
    expect(direct.code).toBe(1);
    expect(direct.stdout).toBe('');
    expect(direct.stderr).toMatch(/is gone: the job that wrote this profile has ended/);
  });

  test('only with OIDC, and never with exported keys: a clear error before any request', async () => {
    let r = await run({ 'refresh-credentials': 'true', 'output-env-credentials': 'true' });
    expectFailedCleanly(r, /refresh-credentials and output-env-credentials are both true/, secrets());
    r = await run({ 'refresh-credentials': 'true', 'role-chaining': 'true' });
    expectFailedCleanly(r, /refreshes through GitHub OIDC and the inputs choose role-chaining/, secrets());
    expect(sts.calls).toHaveLength(0);
  });
});

describe('trust-failure diagnostics', () => {
  test('AccessDenied: the claims, a Condition for exactly this workflow, what to check; never the token', async () => {
    await restartSts({ trust: (claims) => claims.sub === 'repo:octo-org/octo-repo:environment:prod' });
    const r = await run();
    expectFailedCleanly(r, /AccessDenied/, secrets());
    expect(sts.calls).toHaveLength(1);
    const block = r.stdout.slice(r.stdout.indexOf('::group::'), r.stdout.indexOf('::endgroup::'));
    expect(block).toContain('::group::Why the role did not trust this workflow');
    expect(block).toContain('  sub: repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(block).toContain('  aud: sts.amazonaws.com');
    expect(block).toContain('  iss: https://token.actions.githubusercontent.com');
    expect(block).toContain('  environment: (not set)');
    expect(block).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"',
    );
    expect(block).toContain('StringLike on :sub with "repo:octo-org/octo-repo:*"');
    expect(block).toContain("What to check:\n  - The role's trust policy Principal");
    for (const token of oidc.issued) expect(block + r.summary).not.toContain(token);
    // The same block in the job summary, with the error and its fix.
    expect(r.summary).toContain('AWS credentials: failed');
    expect(r.summary).toContain('repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(r.summary).toContain('Next: Check the role');
  });

  test('InvalidIdentityToken (wrong audience): the aud claim and the provider checks', async () => {
    await restartSts({ audiences: ['https://example.com'] });
    const r = await run();
    expectFailedCleanly(r, /InvalidIdentityToken/, secrets());
    expect(r.stdout).toContain('  aud: sts.amazonaws.com');
    expect(r.stdout).toContain('audience list (client IDs) contains the aud above');
  });

  test('a missing id-token permission: what the sub would be, and the permission to add', async () => {
    const r = await run(
      {},
      { env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined } },
    );
    expectFailedCleanly(r, /permissions: id-token: write/, secrets());
    expect(r.stdout).toContain('  sub: repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(r.stdout).toContain('  - The job (or workflow) has permissions: id-token: write');
  });

  test('a transient failure prints no trust block', async () => {
    sts.fail({ error: 'InternalFailure', status: 500 }, Number.POSITIVE_INFINITY);
    const r = await run({ 'retry-max-attempts': '2' });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('::group::');
  });

  test('GitHub Enterprise Server: the condition keys use the issuer host', () => {
    const condition = JSON.parse(
      suggestedCondition({
        iss: 'https://ghe.example.com/_services/token',
        aud: 'sts.amazonaws.com',
        sub: 'repo:o/r:pull_request',
      }),
    );
    expect(condition).toEqual({
      Condition: {
        StringEquals: {
          'ghe.example.com/_services/token:aud': 'sts.amazonaws.com',
          'ghe.example.com/_services/token:sub': 'repo:o/r:pull_request',
        },
      },
    });
  });
});

describe('job summary', () => {
  test('on success: role, account, session, region, expiry with minutes left, attempts, tokens, time; no secret', async () => {
    sts.fail({ error: 'ExpiredTokenException', message: 'Token expired' });
    const r = await run({ 'role-session-name': 'ci-42' });
    expect(r.code).toBe(0);
    const s = r.summary;
    expect(s).toContain('<h3>AWS credentials</h3>');
    for (const cell of [
      ROLE,
      'arn:aws:sts::123456789012:assumed-role/deploy/ci-42',
      '123456789012',
      'ci-42',
      'us-east-1',
      `${sts.issued[0]?.expiration.toISOString()} (in 60 min)`,
    ]) {
      expect(s).toContain(`<td>${cell}</td>`);
    }
    expect(s).toMatch(/<td>Attempts<\/td><td>2<\/td>/);
    expect(s).toMatch(/<td>Tokens fetched<\/td><td>2<\/td>/);
    expect(s).toMatch(/<td>Time taken<\/td><td>\d+ ms<\/td>/);
    for (const secret of secrets()) expect(s).not.toContain(secret);
  });

  test('mask-aws-account-id hides the account in the summary too', async () => {
    const r = await run({ 'mask-aws-account-id': 'true' });
    expect(r.code).toBe(0);
    expect(r.summary).not.toContain('123456789012');
    expect(r.summary).toContain('<td>***</td>');
  });
});
