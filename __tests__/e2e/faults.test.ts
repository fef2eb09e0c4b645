// Faults end in success or in one clear failure within a bounded time, with nothing exported on
// failure and no secret printed, with debug logging on as well as off.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { requestToken, type TokenFault } from '../../test-support/oidc-server.ts';
import { leaks, type RunOptions, type RunResult, runAction, stepStartMs } from '../../test-support/runner.ts';
import type { StsFault } from '../../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const step = useStep();

function run(inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    killAfterMs: 20_000,
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'http-timeout-s': '1', ...inputs },
    env: { ...step.oidc.env(), AWS_ENDPOINT_URL_STS: step.sts.url, ...options.env },
  });
}

const secrets = () => [
  ...step.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
  ...step.oidc.issued,
  step.oidc.requestToken,
];

const DEBUG = [
  ['no debug', {}],
  ['RUNNER_DEBUG=1', { RUNNER_DEBUG: '1' }],
  ['ACTIONS_STEP_DEBUG=true', { ACTIONS_STEP_DEBUG: 'true' }],
] as const;

describe.each(DEBUG)('STS faults, then success (%s)', (_name, env) => {
  test.each<[string, StsFault]>([
    ['accepts and never answers', { hang: true }],
    ['headers, then a stalled body', { stallBody: true }],
    [
      'an HTML 502 from a proxy',
      { status: 502, body: '<html><body>Bad Gateway</body></html>', contentType: 'text/html' },
    ],
    ['a reset connection', { reset: true }],
  ])('%s', async (_fault, fault) => {
    step.sts.fail(fault);
    const r = await run({}, { env });
    expect(r.code).toBe(0);
    // The fault, then success; on a busy machine a healthy answer may also miss the deadline once.
    expect(step.sts.calls.length).toBeGreaterThanOrEqual(2);
    expect(step.sts.calls[0]?.outcome).not.toBe('ok');
    expect(step.sts.calls.at(-1)?.outcome).toBe('ok');
    expect(leaks(r, secrets())).toEqual([]);
  });
});

describe.each(DEBUG)('faults that end in a clear failure (%s)', (_name, env) => {
  test('malformed XML in a 200', async () => {
    step.sts.fail(
      { status: 200, body: '<AssumeRoleWithWebIdentityResponse><Assume' },
      Number.POSITIVE_INFINITY,
    );
    const r = await run({ 'retry-max-attempts': '2' }, { env });
    expectFailedCleanly(r, /^Failed to assume role .* with a GitHub OIDC token/, secrets());
  });

  test('a 200 with no Credentials', async () => {
    step.sts.fail({ noCredentials: true });
    const r = await run({}, { env });
    expectFailedCleanly(r, /IncompleteResponse: .* Next: Check that sts-endpoint/, secrets());
    expect(step.sts.calls).toHaveLength(1);
  });

  test('DNS failure for a custom sts-endpoint: fatal at once, the input named', async () => {
    const r = await run({ 'sts-endpoint': 'https://sts.does-not-exist.invalid' }, { env });
    expectFailedCleanly(
      r,
      /\(1 attempt\): ENOTFOUND: .* Next: The STS host name does not resolve\. Check sts-endpoint/,
      secrets(),
    );
  });

  test('action-timeout-s firing in the middle of a retry', async () => {
    step.sts.fail({ error: 'ServiceUnavailable', status: 503 }, Number.POSITIVE_INFINITY);
    const r = await run({ 'action-timeout-s': '2' }, { env });
    expectFailedCleanly(r, /^Timed out after 2 s \(action-timeout-s\)/, secrets());
    expect(r.durationMs).toBeLessThan(10_000 + 3 * (await stepStartMs()));
    expect(step.sts.calls.length).toBeGreaterThan(1);
  });
});

describe('token endpoint faults', () => {
  test.each<[string, TokenFault, RegExp | undefined]>([
    ['non-JSON, then a token', { status: 200, body: 'this is not json' }, undefined],
    ['JSON without value, then a token', { status: 200, body: '{"count": 1}' }, undefined],
    ['401: fatal', { status: 401 }, /Failed to get a GitHub OIDC token \(1 attempt\): HTTP 401/],
    ['403: fatal', { status: 403 }, /Failed to get a GitHub OIDC token \(1 attempt\): HTTP 403/],
  ])('%s', async (_name, fault, failure) => {
    step.oidc.fail(fault);
    const r = await run({}, { env: { RUNNER_DEBUG: '1' } });
    if (failure) {
      expectFailedCleanly(r, failure, secrets());
      expect(step.sts.calls).toHaveLength(0);
    } else {
      expect(r.code).toBe(0);
      expect(leaks(r, secrets())).toEqual([]);
    }
  });
});

describe('GITHUB_ENV and GITHUB_OUTPUT injection', () => {
  test('a secret with newlines and a heredoc delimiter is refused: no variable, no output, nothing written', async () => {
    await step.restartSts({ secrets: ['abc\nAWS_EVIL=1\nghadelimiter_x\nEVIL2<<EOF\n1\nEOF'] });
    const r = await run({ 'output-credentials': 'true' });
    expectFailedCleanly(
      r,
      /MalformedResponse: STS returned a SecretAccessKey that is not 1 to 1024 printable ASCII characters \(no spaces or line breaks\); it was not used/,
      secrets(),
    );
    expect(r.errors[0]).not.toContain('AWS_EVIL');
  });

  test('an input with a newline and a fake variable is refused, nothing written', async () => {
    const r = await run({ 'role-session-name': 'ok\nAWS_EVIL=1' });
    expectFailedCleanly(r, /^Input 'role-session-name' is "ok\\nAWS_EVIL=1"/, secrets());
  });
});

// moto (a second STS, __tests__/e2e/moto.test.ts) answers in its own dialect; the local STS answers
// the same way here, for what moto cannot answer (errors) and to pin what the parser reads.
describe("another STS's dialect, as moto_server writes it", () => {
  const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
  test('microsecond timestamps, a fixed role ID and extra elements: the expiry read to the millisecond', async () => {
    const body =
      `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult><Credentials>` +
      '<AccessKeyId>ASIARZPUZDIKMAAZOAYA</AccessKeyId><SecretAccessKey>c4A8ulOA7lWNGCcSAXfb/+U2os+qyp5myqITB9sn</SecretAccessKey>' +
      '<SessionToken>FQoGZXIvYXdzEBYaDzR+jvOTQtJiHhriGIBmjmHq1rNr</SessionToken><Expiration>2099-12-02T17:43:32.815073Z</Expiration>' +
      '</Credentials><AssumedRoleUser><AssumedRoleId>ARO123EXAMPLE123:GitHubActions</AssumedRoleId>' +
      '<Arn>arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions</Arn></AssumedRoleUser>' +
      '<PackedPolicySize>6</PackedPolicySize></AssumeRoleWithWebIdentityResult>' +
      '<ResponseMetadata><RequestId>2rvRXWeiuF3IqSYdz728lXBLIVSd8NROjX8YympC7pQdLP1i0n8L</RequestId></ResponseMetadata>' +
      '</AssumeRoleWithWebIdentityResponse>';
    step.sts.fail({ status: 200, body });
    const r = await run();
    expect(r.errors).toEqual([]);
    expect(r.outputs['aws-expiration']).toBe('2099-12-02T17:43:32.815Z');
    expect(r.env.AWS_ACCESS_KEY_ID).toBe('ASIARZPUZDIKMAAZOAYA');
    expect(step.sts.calls).toHaveLength(1);
  });

  test('an error with a namespace and a second, lower-case <message>: its code, and its message once', async () => {
    const body =
      `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code>` +
      '<Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message>' +
      '<message>Not authorized to perform sts:AssumeRoleWithWebIdentity</message></Error>' +
      '<RequestId>fHL2Q4tob3Kb7YC4RulZGMTLLpJYbTdXDjPukPSaOJC3wmmHHrrN</RequestId></ErrorResponse>';
    step.sts.fail({ status: 403, body }, Number.POSITIVE_INFINITY);
    const r = await run();
    expectFailedCleanly(
      r,
      /AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity/,
      secrets(),
    );
    expect(r.errors[0]?.match(/Not authorized/g)).toHaveLength(1);
    expect(step.sts.calls).toHaveLength(1);
  });
});

describe('a token file that holds an expired token', () => {
  test('read again once, still the same: fails at once naming the file, one STS call, no claim of a new token', async () => {
    await step.restartOidc({ lifetimeSeconds: -60 });
    await step.restartSts();
    const dir = mkdtempSync(join(tmpdir(), 'token-'));
    const file = join(dir, 'token');
    writeFileSync(file, await requestToken(step.oidc));
    try {
      const r = await run({ 'web-identity-token-file': file });
      expectFailedCleanly(
        r,
        new RegExp(
          `Failed to read the web identity token from ${file} \\(2 attempts\\): TokenNotRefreshed: `,
        ),
        secrets(),
      );
      expect(r.errors[0]).toMatch(/the kubelet, for a projected service-account token, or a sidecar/);
      expect(step.sts.calls.map((c) => c.outcome)).toEqual([expect.stringMatching(/ExpiredToken/)]);
      expect(r.stdout).toMatch(/reading the token file again/);
      expect(r.stdout).not.toMatch(/requesting a new token/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an endpoint that is not STS', () => {
  test.each([
    [
      'an HTML page (a captive portal)',
      '<!DOCTYPE html><html><head><title>Login</title></head><body><p>Sign in</body></html>',
    ],
    ['malformed XML', '<AssumeRoleWithWebIdentityResponse><Assume'],
  ])('200 with %s: fatal at once, saying that sts-endpoint must point at AWS STS', async (_name, body) => {
    step.sts.fail({ status: 200, body, contentType: 'text/html' }, Number.POSITIVE_INFINITY);
    const r = await run();
    expectFailedCleanly(
      r,
      /MalformedResponse: the endpoint answered with a document that is not an STS answer .* Next: Check that sts-endpoint \(or AWS_ENDPOINT_URL_STS\) points at AWS STS/,
      secrets(),
    );
    expect(r.errors[0]).not.toMatch(/\$response|hidden field/);
    expect(step.sts.calls).toHaveLength(1);
  });
});
