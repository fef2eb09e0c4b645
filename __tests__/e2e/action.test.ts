// End to end: the bundled dist/index.js and dist/cleanup/index.js run as the runner runs them,
// against a local GitHub OIDC token endpoint and a local STS speaking the Query protocol.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { expectFailedCleanly as expectFailedCleanlyWith } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { startOidcServer } from '../../test-support/oidc-server.ts';
import { leaks, type RunOptions, type RunResult, runAction, runPost } from '../../test-support/runner.ts';
import type { StsFault } from '../../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const CRED_VARS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
const ALL_VARS = ['AWS_REGION', 'AWS_DEFAULT_REGION', ...CRED_VARS];

const step = useStep();
const servers = step.restartSts;

function run(inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, ...inputs },
    env: { ...step.oidc.env(), AWS_ENDPOINT_URL_STS: step.sts.url, ...options.env },
  });
}

/** Every secret this run could have printed: issued keys, every JWT, the request token. */
function secrets(): string[] {
  return [
    ...step.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
    ...step.oidc.issued,
    step.oidc.requestToken,
  ];
}

function expectSucceeded(r: RunResult): void {
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  const creds = step.sts.issued.at(-1);
  if (!creds) throw new Error('STS issued nothing');
  expect(r.env).toEqual({
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    AWS_SESSION_TOKEN: creds.sessionToken,
  });
  expect(r.outputs).toEqual({
    'aws-account-id': '123456789012',
    'authenticated-arn': 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
    'aws-expiration': creds.expiration.toISOString(),
  });
  expect(r.masks).toEqual(
    expect.arrayContaining([creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]),
  );
  expect(leaks(r, secrets())).toEqual([]);
}

function expectFailedCleanly(r: RunResult, message: RegExp): void {
  expectFailedCleanlyWith(r, message, secrets());
}

describe('happy path', () => {
  test('one token, one STS call, credentials exported after their masks', async () => {
    const r = await run();
    expectSucceeded(r);
    expect(step.oidc.requests).toEqual([
      { audience: 'sts.amazonaws.com', authorized: true, outcome: step.oidc.issued[0] },
    ]);
    expect(step.sts.calls).toHaveLength(1);
    expect(step.sts.calls[0]?.token).toBe(step.oidc.issued[0]);
    expect(step.sts.calls[0]?.params).toMatchObject({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: ROLE,
      RoleSessionName: 'GitHubActions',
      DurationSeconds: '3600',
    });
    expect(r.masks).toEqual(expect.arrayContaining([step.oidc.requestToken, step.oidc.issued[0]]));
    expect(r.stdout).toMatch(
      /Assumed arn:aws:iam::123456789012:role\/deploy in us-east-1: 1 attempt\(s\), 1 token\(s\)/,
    );
  });

  // An old runner (no GITHUB_ENV / GITHUB_OUTPUT files): @actions/core then prints ::set-env and
  // ::set-output with the values in them, so a mask registered after an export would be too late.
  test('without the file commands, every secret is masked before the line that exports it', async () => {
    const r = await run(
      { 'output-credentials': 'true' },
      { env: { GITHUB_ENV: undefined, GITHUB_OUTPUT: undefined } },
    );
    expect(r.code).toBe(0);
    const creds = step.sts.issued[0];
    if (!creds) throw new Error('STS issued nothing');
    const lines = r.stdout.split('\n');
    const maskLine = (secret: string) => lines.indexOf(`::add-mask::${secret}`);
    const exportLine = (command: string, name: string) =>
      lines.findIndex((l) => l.startsWith(`::${command} name=${name}::`));
    for (const [secret, variable, output] of [
      [creds.accessKeyId, 'AWS_ACCESS_KEY_ID', 'aws-access-key-id'],
      [creds.secretAccessKey, 'AWS_SECRET_ACCESS_KEY', 'aws-secret-access-key'],
      [creds.sessionToken, 'AWS_SESSION_TOKEN', 'aws-session-token'],
    ] as const) {
      expect(maskLine(secret)).toBeGreaterThanOrEqual(0);
      expect(exportLine('set-env', variable)).toBeGreaterThan(maskLine(secret));
      expect(exportLine('set-output', output)).toBeGreaterThan(maskLine(secret));
    }
    expect(leaks(r, secrets())).toEqual([]);
  });

  test('role-session-name, role-duration-seconds and audience reach the token endpoint and STS', async () => {
    await servers({ audiences: ['sts.amazonaws.com', 'https://github.com/octo-org'] });
    const r = await run({
      'role-session-name': 'deploy-42',
      'role-duration-seconds': '900',
      audience: 'https://github.com/octo-org',
    });
    expect(r.code).toBe(0);
    expect(step.oidc.requests[0]?.audience).toBe('https://github.com/octo-org');
    expect(step.sts.calls[0]?.params).toMatchObject({ RoleSessionName: 'deploy-42', DurationSeconds: '900' });
    expect(r.outputs['authenticated-arn']).toBe('arn:aws:sts::123456789012:assumed-role/deploy/deploy-42');
    const left = (Date.parse(r.outputs['aws-expiration'] ?? '') - Date.now()) / 1000;
    expect(left).toBeGreaterThan(800);
    expect(left).toBeLessThanOrEqual(900);
  });

  test('output-credentials sets the credential outputs, masked first', async () => {
    const r = await run({ 'output-credentials': 'true' });
    expect(r.code).toBe(0);
    const creds = step.sts.issued[0];
    expect(r.outputs).toMatchObject({
      'aws-access-key-id': creds?.accessKeyId,
      'aws-secret-access-key': creds?.secretAccessKey,
      'aws-session-token': creds?.sessionToken,
    });
    expect(leaks(r, secrets())).toEqual([]);
  });

  test('output-env-credentials: false exports nothing (as the incumbent), outputs still set', async () => {
    const r = await run({ 'output-env-credentials': 'false' });
    expect(r.code).toBe(0);
    expect(r.env).toEqual({});
    expect(r.outputs['aws-account-id']).toBe('123456789012');
  });

  test('mask-aws-account-id masks the account ID and the ARN', async () => {
    const r = await run({ 'mask-aws-account-id': 'true' });
    expect(r.code).toBe(0);
    expect(r.masks).toEqual(
      expect.arrayContaining(['123456789012', 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions']),
    );
    expect(leaks(r, ['123456789012'])).toEqual([]);
  });

  test('the sts-endpoint input wins over AWS_ENDPOINT_URL_STS', async () => {
    const r = await run(
      { 'sts-endpoint': step.sts.url },
      { env: { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' } },
    );
    expectSucceeded(r);
  });

  test('with RUNNER_DEBUG=1 nothing secret reaches the log', async () => {
    const r = await run({}, { env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } });
    expectSucceeded(r);
    expect(r.stdout).toContain('::debug::');
  });
});

describe('a token that expires in flight', () => {
  test('ExpiredTokenException: a NEW token, a second call carrying it, success', async () => {
    step.sts.fail({
      error: 'ExpiredTokenException',
      message: 'Token expired: current date/time must be before the expiration date/time',
    });
    const r = await run();
    expectSucceeded(r);
    expect(step.oidc.requests).toHaveLength(2);
    expect(step.sts.calls.map((c) => c.outcome)).toEqual(['ExpiredTokenException', 'ok']);
    expect(step.sts.calls[1]?.token).toBe(step.oidc.issued[1]);
    expect(step.sts.calls[1]?.token).not.toBe(step.sts.calls[0]?.token);
    expect(r.stdout).toContain(
      'Attempt 1 of 12 failed (STS): ExpiredTokenException; requesting a new token, retrying now.',
    );
  });

  test('a token that really expired: the local STS rejects it by exp, and the retry gets a fresh one', async () => {
    await step.restartOidc({ lifetimeSeconds: -5 });
    await servers();
    const r = await run({ 'retry-max-attempts': '3' });
    expectFailedCleanly(
      r,
      /gave up after 3 attempts: retry-max-attempts\): ExpiredTokenException: Token expired/,
    );
    expect(step.oidc.requests).toHaveLength(3);
    expect(new Set(step.sts.calls.map((c) => c.token)).size).toBe(3);
  });

  test('expired on every try: bounded by the default 12 attempts, a clear message, nothing exported', async () => {
    step.sts.fail({ error: 'ExpiredTokenException', message: 'Token expired' }, Number.POSITIVE_INFINITY);
    const r = await run();
    expectFailedCleanly(
      r,
      /^Failed to assume role arn:aws:iam::123456789012:role\/deploy with a GitHub OIDC token \(gave up after 12 attempts: retry-max-attempts\): ExpiredTokenException: Token expired\. Next: .*clock/,
    );
    expect(step.oidc.requests).toHaveLength(12);
    expect(step.sts.calls).toHaveLength(12);
    expect(new Set(step.sts.calls.map((c) => c.token)).size).toBe(12);
  });
});

describe('fatal errors stop at once', () => {
  test('AccessDenied from the trust policy: exactly one STS call, then failure, nothing exported', async () => {
    await servers({ trust: (claims) => claims.sub === 'repo:octo-org/octo-repo:environment:production' });
    const r = await run();
    expectFailedCleanly(
      r,
      /^Failed to assume role arn:aws:iam::123456789012:role\/deploy with a GitHub OIDC token \(1 attempt\): AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\. Next: Check the role's trust policy/,
    );
    expect(step.sts.calls).toHaveLength(1);
    expect(step.oidc.requests).toHaveLength(1);
    expect(r.stdout).toContain('Attempt 1 of 12 failed (STS): AccessDenied; not retryable, stopping.');
  });

  test('with RUNNER_DEBUG=1 a failure prints its stack as debug, and still no secret', async () => {
    step.sts.fail({
      error: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      status: 403,
    });
    const r = await run({}, { env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } });
    expectFailedCleanly(r, /AccessDenied/);
    expect(r.stdout).toMatch(/::debug::ExchangeError: AccessDenied/);
    // The stack is the bundle's (the download has no source maps); the map kept in the repository
    // at the same commit takes a frame of it back to the TypeScript source.
    const frame = /at exchange \(file:\/\/([^()\s]*\/dist\/index\.js):(\d+):(\d+)\)/.exec(r.stdout);
    expect(frame).not.toBeNull();
    const [, file, line, column] = frame as unknown as [string, string, string, string];
    const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string };
    expect(entry.originalSource).toMatch(/src\/sts\/exchange\.ts$/);
  });

  test('InvalidIdentityToken for a wrong audience: one call, then failure', async () => {
    const r = await run({ audience: 'https://github.com/octo-org' });
    expectFailedCleanly(
      r,
      /\(1 attempt\): InvalidIdentityToken: Incorrect token audience\. Next: .*audience/,
    );
    expect(step.sts.calls).toHaveLength(1);
  });

  test("a token signed by a key STS doesn't know: InvalidIdentityToken, one call", async () => {
    const stranger = await startOidcServer();
    await servers({ jwks: stranger.jwks });
    await stranger.close();
    const r = await run();
    expectFailedCleanly(
      r,
      /InvalidIdentityToken: The web identity token that was passed could not be validated/,
    );
    expect(step.sts.calls).toHaveLength(1);
  });
});

describe('transient faults are retried with the same token', () => {
  test.each<[string, StsFault, string]>([
    ['throttling', { error: 'Throttling', message: 'Rate exceeded' }, 'Throttling'],
    ['HTTP 500', { error: 'InternalFailure', message: 'Internal failure', status: 500 }, 'InternalFailure'],
    [
      'HTTP 503',
      { error: 'ServiceUnavailable', message: 'Service unavailable', status: 503 },
      'ServiceUnavailable',
    ],
    [
      'an HTML 502 from a proxy',
      { status: 502, body: '<html><body>Bad Gateway</body></html>', contentType: 'text/html' },
      'HTTP 502',
    ],
    ['a connection reset', { reset: true }, 'ECONNRESET'],
  ])('%s, then success', async (_name, fault, code) => {
    step.sts.fail(fault);
    const r = await run();
    expectSucceeded(r);
    expect(step.sts.calls).toHaveLength(2);
    expect(step.oidc.requests).toHaveLength(1);
    expect(step.sts.calls[1]?.token).toBe(step.sts.calls[0]?.token);
    // A throttle is outside retry-max-attempts by default, and the line says so instead of "of 12".
    const attempt =
      code === 'Throttling'
        ? 'Attempt 1 \\(1 throttled, not counted toward retry-max-attempts 12\\)'
        : 'Attempt 1 of 12';
    expect(r.stdout).toMatch(new RegExp(`${attempt} failed \\(STS\\): ${code}; retrying in \\d+ ms\\.`));
  });

  test('retry-max-attempts given: throttled attempts count toward it, as asked', async () => {
    step.sts.fail({ error: 'Throttling', message: 'Rate exceeded' }, 5);
    const r = await run({ 'retry-max-attempts': '2' });
    expectFailedCleanly(r, /gave up after 2 attempts: retry-max-attempts\): Throttling: Rate exceeded/);
    expect(step.sts.calls).toHaveLength(2);
    expect(r.stdout).toContain('Attempt 2 of 2 failed (STS): Throttling; giving up.');
  });

  test('an STS that never answers: the request times out, then the action retries', async () => {
    step.sts.fail({ hang: true });
    const r = await run({ 'http-timeout-s': '1' });
    expectSucceeded(r);
    // At least one retry; on a busy machine a healthy answer may also miss the 1 s and be retried.
    expect(step.sts.calls.length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toMatch(/Attempt 1 of 12 failed \(STS\): (Timeout|ETIMEDOUT); retrying in \d+ ms\./);
  });

  test('an STS that sends headers and stalls the body: timed out, retried', async () => {
    step.sts.fail({ stallBody: true });
    const r = await run({ 'http-timeout-s': '1' });
    expectSucceeded(r);
    expect(step.sts.calls.length).toBeGreaterThanOrEqual(2);
  });

  test('disable-retry: exactly one attempt', async () => {
    step.sts.fail({ error: 'ServiceUnavailable', message: 'Service unavailable', status: 503 });
    const r = await run({ 'disable-retry': 'true' });
    expectFailedCleanly(r, /\(gave up after 1 attempt: retry-max-attempts\): ServiceUnavailable/);
    expect(step.sts.calls).toHaveLength(1);
  });

  test('action-timeout-s ends a retrying step cleanly', async () => {
    step.sts.fail({ hang: true }, Number.POSITIVE_INFINITY);
    const r = await run({ 'action-timeout-s': '1', 'http-timeout-s': '5' });
    expectFailedCleanly(
      r,
      /^Timed out after 1 s \(action-timeout-s\) while assuming role arn:aws:iam::123456789012:role\/deploy; nothing was exported/,
    );
  });
});

describe('the token endpoint', () => {
  test('a 500, then success', async () => {
    step.oidc.fail({ status: 500 });
    const r = await run();
    expectSucceeded(r);
    expect(step.oidc.requests).toHaveLength(2);
    expect(step.sts.calls).toHaveLength(1);
    expect(r.stdout).toMatch(/Attempt 1 of 12 failed \(GitHub OIDC token\): HTTP 500; retrying in \d+ ms\./);
  });

  test('a token endpoint that never answers: timed out, retried', async () => {
    step.oidc.fail({ hang: true });
    const r = await run({ 'http-timeout-s': '1' });
    expectSucceeded(r);
    expect(step.oidc.requests.length).toBeGreaterThanOrEqual(2);
  });

  test('a rejected request token (401): fatal, STS never called', async () => {
    const r = await run({}, { env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' } });
    expectFailedCleanly(
      r,
      /^Failed to get a GitHub OIDC token \(1 attempt\): HTTP 401: Bad credentials\. Next: .*id-token: write/,
    );
    expect(step.sts.calls).toHaveLength(0);
  });

  test('a 200 without a token in it: retried, then a clear failure, STS never called', async () => {
    step.oidc.fail({ status: 200, body: '<html>captive portal</html>' }, 2);
    const r = await run({ 'retry-max-attempts': '2' });
    expectFailedCleanly(
      r,
      /^Failed to get a GitHub OIDC token \(gave up after 2 attempts: retry-max-attempts\): NoTokenInResponse: the answer has no token/,
    );
    expect(step.oidc.requests).toHaveLength(2);
    expect(step.sts.calls).toHaveLength(0);
  });

  test.each(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])(
    'id-token permission missing (%s unset): a clear error and no request at all',
    async (missing) => {
      const r = await run({}, { env: { [missing]: undefined } });
      expectFailedCleanly(
        r,
        new RegExp(
          `${missing} not set\\)\\. Add "permissions: id-token: write".*from a fork gets no id-token: write.*Dependabot`,
        ),
      );
      expect(step.oidc.requests).toHaveLength(0);
      expect(step.sts.calls).toHaveLength(0);
    },
  );
});

describe('bad inputs: one clear error, no request, nothing exported', () => {
  test.each<[Record<string, string>, RegExp]>([
    [
      { 'role-to-assume': 'deploy' },
      /^Input 'role-to-assume' is "deploy": a role name alone works only with source credentials .* Use the full ARN/,
    ],
    // The runner's getInput trims the ends, as every action does; a newline inside stays an error.
    [
      { 'aws-region': 'us-east-1\nus-west-2' },
      /^Input 'aws-region' is "us-east-1\\nus-west-2": not a region of any AWS partition/,
    ],
    [
      { 'role-duration-seconds': '1e9' },
      /^Input 'role-duration-seconds' is "1e9": it must be a whole number from 900 to 43200/,
    ],
    [{ 'output-credentials': 'yes' }, /^Input 'output-credentials' is "yes": not a boolean/],
    [{ 'retry-max-attempts': '0' }, /^Input 'retry-max-attempts' is "0"/],
    [
      { 'sts-endpoint': 'sts.amazonaws.com' },
      /^Input 'sts-endpoint' is "sts.amazonaws.com": not an http\(s\) URL/,
    ],
    [{ 'aws-region': '' }, /^Input 'aws-region' is required/],
  ])('%o', async (inputs, message) => {
    const r = await run(inputs);
    expectFailedCleanly(r, message);
    expect(step.oidc.requests).toHaveLength(0);
    expect(step.sts.calls).toHaveLength(0);
  });
});

describe('post step', () => {
  test('writes back what the main step exported: keys that were unset blank, a region that was unset left', async () => {
    const main = await run();
    expect(main.code).toBe(0);
    // The runner gives the post step the job's environment, with what the main step exported.
    const post = await runPost(main, { env: main.env });
    expect(post.code).toBe(0);
    // An empty region is read by botocore as a region named "" and refused by the JS SDK: with no
    // profile to take one from, the step's region stays.
    expect(post.env).toEqual({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '' });
    expect(ALL_VARS.filter((n) => !(n in post.env))).toEqual(['AWS_REGION', 'AWS_DEFAULT_REGION']);
  });

  test('writes back what an earlier step had exported, and leaves what a later step changed', async () => {
    const earlier = {
      AWS_ACCESS_KEY_ID: 'AKIAEARLIERSTEP00001',
      AWS_SECRET_ACCESS_KEY: 'earlier-secret',
      AWS_SESSION_TOKEN: 'earlier-token',
      AWS_REGION: 'eu-west-1',
    };
    const main = await run({}, { env: earlier });
    expect(main.code).toBe(0);
    expect(main.masks).toEqual(
      expect.arrayContaining(['AKIAEARLIERSTEP00001', 'earlier-secret', 'earlier-token']),
    );
    const post = await runPost(main, { env: { ...earlier, ...main.env, AWS_REGION: 'changed-later' } });
    expect(post.env).toEqual({
      AWS_ACCESS_KEY_ID: 'AKIAEARLIERSTEP00001',
      AWS_SECRET_ACCESS_KEY: 'earlier-secret',
      AWS_SESSION_TOKEN: 'earlier-token',
    });
  });

  test('after output-env-credentials: false, has nothing to blank', async () => {
    const main = await run({ 'output-env-credentials': 'false' });
    const post = await runPost(main);
    expect(post.env).toEqual({});
  });

  test('after a failed main step, touches nothing', async () => {
    const main = await run({ 'role-to-assume': 'nope' });
    const post = await runPost(main);
    expect(post.code).toBe(0);
    expect(post.env).toEqual({});
  });

  test('a state that names variables not AWS_*: only the AWS_ ones are written back, never PATH or HOME', async () => {
    const main = await run();
    const names = ['PATH', 'HOME', 'AWS_ACCESS_KEY_ID', 'NODE_OPTIONS', 'AWS_X; rm'];
    const digests = Object.fromEntries(
      names.map((n) => [n, createHash('sha256').update('v').digest('hex').slice(0, 16)]),
    );
    const state = JSON.stringify({
      exported: digests,
      before: Object.fromEntries(names.map((n) => [n, null])),
    });
    const env = Object.fromEntries(names.map((n) => [n, 'v']));
    const post = await runPost(main, { state: { 'aws-oidc-credentials': state }, env });
    expect(post.code).toBe(0);
    expect(post.env).toEqual({ AWS_ACCESS_KEY_ID: '' });
  });
});

describe('the leak checker', () => {
  // It guards every scenario above, so it must itself be able to fail.
  test('flags a secret printed before its mask, or on stderr', () => {
    expect(leaks({ stdout: 'token s3cret\n::add-mask::s3cret\n', stderr: '' }, ['s3cret'])).toHaveLength(1);
    expect(leaks({ stdout: 's3cret\n', stderr: '' }, ['s3cret'])).toHaveLength(1);
    expect(leaks({ stdout: '::add-mask::s3cret\n', stderr: 'oops s3cret' }, ['s3cret'])).toHaveLength(1);
    expect(leaks({ stdout: '::add-mask::s3cret\nlater s3cret\n', stderr: '' }, ['s3cret'])).toEqual([]);
  });
});
