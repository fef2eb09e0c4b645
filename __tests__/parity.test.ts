// Drop-in parity with configure-aws-credentials: every auth mode and input, end to end. The bundled
// dist/index.js runs as the runner runs it, against the local token endpoint and a local STS that
// verifies SigV4 (recomputed with the SDK's signer) on AssumeRole and GetCallerIdentity.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../test-support/assertions.ts';
import { type OidcServer, startOidcServer } from '../test-support/oidc-server.ts';
import { expectMode, posixTest } from '../test-support/platform.ts';
import { type ProxyServer, startProxyServer } from '../test-support/proxy-server.ts';
import { leaks, type RunOptions, type RunResult, runAction, runPost } from '../test-support/runner.ts';
import {
  type Principal,
  type StsServer,
  type StsServerOptions,
  startStsServer,
} from '../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const USER: Principal = {
  accessKeyId: 'AKIAUSERKEY000000001',
  secretAccessKey: 'user/secret+key/0000000000000000000000000',
  arn: 'arn:aws:iam::111111111111:user/ci',
};
const USER_KEYS = {
  'aws-access-key-id': USER.accessKeyId,
  'aws-secret-access-key': USER.secretAccessKey,
};
const RUNNER_ENV = {
  GITHUB_WORKFLOW: 'Deploy',
  GITHUB_ACTION: '__self',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_JOB: 'deploy',
  GITHUB_TRIGGERING_ACTOR: 'octocat',
};

let oidc: OidcServer;
let sts: StsServer;
let home: string;

async function restartSts(options: StsServerOptions = {}): Promise<void> {
  await sts?.close();
  sts = await startStsServer({ jwks: oidc.jwks, principals: [USER], ...options });
}

beforeEach(async () => {
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks, principals: [USER] });
  home = mkdtempSync(join(tmpdir(), 'home-'));
});

afterEach(async () => {
  await Promise.all([oidc.close(), sts.close()]);
  rmSync(home, { recursive: true, force: true });
});

/** The action with only aws-region preset: each test says which mode it wants. */
function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'http-timeout-s': '2', ...inputs },
    env: { ...oidc.env(), ...RUNNER_ENV, HOME: home, AWS_ENDPOINT_URL_STS: sts.url, ...options.env },
  });
}

function secrets(): string[] {
  return [
    ...sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
    USER.secretAccessKey,
    ...oidc.issued,
    oidc.requestToken,
  ];
}

function expectOk(r: RunResult): void {
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(leaks(r, secrets())).toEqual([]);
}

function expectFailed(r: RunResult, message: RegExp): void {
  expectFailedCleanly(r, message, secrets());
}

const issuedEnv = (i = -1) => {
  const c = sts.issued.at(i);
  return {
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: c?.accessKeyId,
    AWS_SECRET_ACCESS_KEY: c?.secretAccessKey,
    AWS_SESSION_TOKEN: c?.sessionToken,
  };
};

describe('access keys', () => {
  test('alone: checked with a signed GetCallerIdentity, then exported as given', async () => {
    const r = await run(USER_KEYS);
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([['GetCallerIdentity', USER.accessKeyId]]);
    expect(r.env).toEqual({
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: USER.accessKeyId,
      AWS_SECRET_ACCESS_KEY: USER.secretAccessKey,
      // Keys without a session token must not pair with an earlier step's token.
      AWS_SESSION_TOKEN: '',
    });
    expect(r.outputs).toEqual({ 'aws-account-id': '111111111111', 'authenticated-arn': USER.arn });
    expect(r.masks).toEqual(expect.arrayContaining([USER.accessKeyId, USER.secretAccessKey]));
    expect(oidc.requests).toHaveLength(0);
  });

  // The local STS refuses these keys without their X-Amz-Security-Token: only a token that reached
  // the signer makes the calls pass.
  test('aws-session-token: it signs every call with the temporary keys, is masked, and is exported as given', async () => {
    const temporary = {
      accessKeyId: 'ASIATEMPKEY000000001',
      secretAccessKey: 'temp/secret+key/0000000000000000000000000',
      sessionToken: `IQoJb3JpZ2luX2VjTEMP${'t'.repeat(120)}`,
      arn: 'arn:aws:sts::111111111111:assumed-role/ci/earlier',
    };
    sts.addPrincipal(temporary);
    const given = {
      'aws-access-key-id': temporary.accessKeyId,
      'aws-secret-access-key': temporary.secretAccessKey,
      'aws-session-token': temporary.sessionToken,
    };
    const alone = await run(given);
    expectOk(alone);
    expect(alone.env).toMatchObject({ AWS_SESSION_TOKEN: temporary.sessionToken });
    expect(alone.masks).toContain(temporary.sessionToken);
    expect(leaks(alone, [temporary.sessionToken])).toEqual([]);
    const chained = await run({ ...given, 'role-to-assume': ROLE });
    expectOk(chained);
    expect(chained.env).toEqual(issuedEnv());
    expect(sts.calls.map((c) => [c.action, c.caller, c.outcome])).toEqual([
      ['GetCallerIdentity', temporary.accessKeyId, 'ok'],
      ['AssumeRole', temporary.accessKeyId, 'ok'],
    ]);
  });

  test('with role-to-assume: AssumeRole signed with them, session tags, external ID, session policies', async () => {
    const policy =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    const r = await run({
      ...USER_KEYS,
      'role-to-assume': ROLE,
      'role-external-id': 'ext-42',
      'role-session-name': 'ci-run',
      'role-duration-seconds': '1800',
      'custom-tags': '{"Team": "platform"}',
      'transitive-tag-keys': 'Repository\nTeam',
      'inline-session-policy': JSON.stringify(JSON.parse(policy), null, 2),
      'managed-session-policies':
        'arn:aws:iam::aws:policy/ReadOnlyAccess\narn:aws:iam::123456789012:policy/extra',
      'output-credentials': 'true',
    });
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([['AssumeRole', USER.accessKeyId]]);
    const call = sts.calls[0];
    expect(call?.params).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'ci-run',
      DurationSeconds: '1800',
      ExternalId: 'ext-42',
      Policy: policy,
      'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'PolicyArns.member.2.arn': 'arn:aws:iam::123456789012:policy/extra',
      'TransitiveTagKeys.member.1': 'Repository',
      'TransitiveTagKeys.member.2': 'Team',
    });
    expect(call?.tags).toEqual({
      Repository: 'octo-org/octo-repo',
      Workflow: 'Deploy',
      Action: '__self',
      Actor: 'octocat',
      Commit: RUNNER_ENV.GITHUB_SHA,
      Branch: 'refs/heads/main',
      EventName: 'push',
      RunId: '1658821493',
      Job: 'deploy',
      TriggeringActor: 'octocat',
      Team: 'platform',
    });
    expect(r.env).toEqual(issuedEnv());
    expect(r.outputs).toMatchObject({
      'aws-account-id': '123456789012',
      'authenticated-arn': 'arn:aws:sts::123456789012:assumed-role/deploy/ci-run',
      'aws-expiration': sts.issued[0]?.expiration.toISOString(),
      'aws-access-key-id': sts.issued[0]?.accessKeyId,
    });
  });

  test('tag values are sanitised and truncated; role-skip-session-tagging sends none', async () => {
    const long = `${'x'.repeat(300)}`;
    let r = await run(
      { ...USER_KEYS, 'role-to-assume': ROLE },
      { env: { GITHUB_WORKFLOW: 'Deploy (prod) #1', GITHUB_JOB: long } },
    );
    expectOk(r);
    expect(sts.calls[0]?.tags).toMatchObject({ Workflow: 'Deploy _prod_ _1', Job: 'x'.repeat(256) });
    r = await run({ ...USER_KEYS, 'role-to-assume': ROLE, 'role-skip-session-tagging': 'true' });
    expectOk(r);
    expect(sts.calls[1]?.tags).toEqual({});
  });

  test('PackedPolicyTooLarge: the droppable tags go, one more try', async () => {
    await restartSts({ maxPackedTags: 6 });
    const r = await run({ ...USER_KEYS, 'role-to-assume': ROLE });
    expectOk(r);
    expect(sts.calls.map((c) => c.outcome)).toEqual(['PackedPolicyTooLarge', 'ok']);
    expect(Object.keys(sts.calls[1]?.tags ?? {})).toEqual([
      'Repository',
      'Workflow',
      'Action',
      'Actor',
      'Commit',
      'Branch',
    ]);
    expect(r.stdout).toContain('trying once more without EventName, RunId, Job, TriggeringActor');
  });

  test('PackedPolicyTooLarge with transitive-tag-keys: the retry keeps those keys, and says they are transitive', async () => {
    await restartSts({ maxPackedTags: 7 });
    const r = await run({ ...USER_KEYS, 'role-to-assume': ROLE, 'transitive-tag-keys': 'Job\nRepository' });
    expectOk(r);
    expect(sts.calls.map((c) => c.outcome)).toEqual(['PackedPolicyTooLarge', 'ok']);
    expect(Object.keys(sts.calls[1]?.tags ?? {})).toEqual([
      'Repository',
      'Workflow',
      'Action',
      'Actor',
      'Commit',
      'Branch',
      'Job',
    ]);
    for (const call of sts.calls) {
      expect([call.params['TransitiveTagKeys.member.1'], call.params['TransitiveTagKeys.member.2']]).toEqual([
        'Job',
        'Repository',
      ]);
    }
    expect(r.stdout).toContain('trying once more without EventName, RunId, TriggeringActor');
  });

  test('a bare role name is assumed in the account of the keys', async () => {
    const r = await run({ ...USER_KEYS, 'role-to-assume': 'deploy' });
    expectOk(r);
    expect(sts.calls.map((c) => c.action)).toEqual(['GetCallerIdentity', 'AssumeRole']);
    expect(sts.calls[1]?.params.RoleArn).toBe('arn:aws:iam::111111111111:role/deploy');
  });

  test('a wrong secret: SignatureDoesNotMatch, one call, the fix named', async () => {
    const r = await run({ ...USER_KEYS, 'aws-secret-access-key': 'wrong/secret', 'role-to-assume': ROLE });
    expectFailed(
      r,
      /with the access keys \(1 attempt\): SignatureDoesNotMatch: .* Next: .*aws-secret-access-key/,
    );
    expect(sts.calls).toHaveLength(1);
    expect(leaks(r, ['wrong/secret'])).toEqual([]);
  });

  test('an expired session token is fatal and says so: no retry can renew it', async () => {
    sts.addPrincipal({
      accessKeyId: 'ASIAEXPIREDKEY000001',
      secretAccessKey: 'expired/secret',
      sessionToken: 'expired-session-token',
      arn: 'arn:aws:sts::111111111111:assumed-role/old/session',
      expired: true,
    });
    const r = await run({
      'aws-access-key-id': 'ASIAEXPIREDKEY000001',
      'aws-secret-access-key': 'expired/secret',
      'aws-session-token': 'expired-session-token',
      'role-to-assume': ROLE,
    });
    expectFailed(
      r,
      /\(1 attempt\): ExpiredToken: .* Next: The session token of the credentials .* has expired/,
    );
    expect(sts.calls).toHaveLength(1);
    expect(r.masks).toEqual(expect.arrayContaining(['expired/secret', 'expired-session-token']));
  });
});

describe('role-chaining', () => {
  test('the credentials in the environment assume the next role', async () => {
    // A first step: OIDC.
    const first = await run({ 'role-to-assume': ROLE });
    expectOk(first);
    const r = await run(
      { 'role-to-assume': 'arn:aws:iam::123456789012:role/next', 'role-chaining': 'true' },
      { env: first.env },
    );
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([
      ['AssumeRoleWithWebIdentity', undefined],
      ['AssumeRole', sts.issued[0]?.accessKeyId],
    ]);
    expect(r.outputs['authenticated-arn']).toBe('arn:aws:sts::123456789012:assumed-role/next/GitHubActions');
    expect(r.env).toEqual(issuedEnv(1));
  });

  test('without credentials in the environment: a clear error, no request', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'role-chaining': 'true' });
    expectFailed(r, /^role-chaining is true, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set/);
    expect(sts.calls).toHaveLength(0);
  });
});

describe('web-identity-token-file', () => {
  async function mintToken(): Promise<string> {
    const res = await fetch(`${oidc.requestUrl}&audience=sts.amazonaws.com`, {
      headers: { authorization: `Bearer ${oidc.requestToken}` },
    });
    return ((await res.json()) as { value: string }).value;
  }

  test('relative to GITHUB_WORKSPACE, read again on every attempt, no GitHub token requested', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    const first = await mintToken();
    const second = await mintToken();
    writeFileSync(join(workspace, 'token'), `${first}\n`);
    // Whatever refreshes the file replaces the token while STS rejects the first one.
    await restartSts({ onCall: () => writeFileSync(join(workspace, 'token'), second) });
    sts.fail({ error: 'ExpiredTokenException', message: 'Token expired' });
    const r = await run(
      { 'role-to-assume': ROLE, 'web-identity-token-file': 'token' },
      { env: { GITHUB_WORKSPACE: workspace, ACTIONS_ID_TOKEN_REQUEST_URL: undefined } },
    );
    expectOk(r);
    expect(sts.calls.map((c) => c.token)).toEqual([first, second]);
    expect(oidc.requests).toHaveLength(2); // the two minted above, none by the action
    expect(r.env).toEqual(issuedEnv());
    // The file's token is a bearer credential too: masked as read, each one.
    expect(r.masks).toEqual(expect.arrayContaining([first, second]));
    expect(leaks(r, [first, second])).toEqual([]);
    rmSync(workspace, { recursive: true });
  });

  // The ExpiredToken path above fetches a new token anyway; a transient failure does not, so only
  // a loop that reads the file on every attempt sends what the file holds now.
  test.each([
    ['HTTP 503', { error: 'ServiceUnavailable', message: 'Service unavailable', status: 503 }],
    ['throttling', { error: 'Throttling', message: 'Rate exceeded' }],
  ] as const)('rotated during a %s: the retry sends the new token', async (_name, fault) => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    const first = await mintToken();
    const second = await mintToken();
    writeFileSync(join(workspace, 'token'), first);
    await restartSts({ onCall: () => writeFileSync(join(workspace, 'token'), second) });
    sts.fail(fault);
    const r = await run(
      { 'role-to-assume': ROLE, 'web-identity-token-file': 'token' },
      { env: { GITHUB_WORKSPACE: workspace, ACTIONS_ID_TOKEN_REQUEST_URL: undefined } },
    );
    expectOk(r);
    expect(sts.calls.map((c) => c.token)).toEqual([first, second]);
    expect(sts.calls.map((c) => c.outcome)).toEqual([fault.error, 'ok']);
    rmSync(workspace, { recursive: true });
  });

  posixTest('a symlink is refused before any request; a missing file says where it looked', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    writeFileSync(join(workspace, 'real'), await mintToken());
    symlinkSync(join(workspace, 'real'), join(workspace, 'token'));
    let r = await run(
      { 'role-to-assume': ROLE, 'web-identity-token-file': 'token' },
      { env: { GITHUB_WORKSPACE: workspace } },
    );
    expectFailed(r, /Failed to read the web identity token \(1 attempt\): TokenFileError: .*symbolic link/);
    r = await run(
      { 'role-to-assume': ROLE, 'web-identity-token-file': 'nope' },
      { env: { GITHUB_WORKSPACE: workspace } },
    );
    expectFailed(r, new RegExp(`${join(workspace, 'nope')} does not exist`));
    expect(sts.calls).toHaveLength(0);
    rmSync(workspace, { recursive: true });
  });
});

describe("the runner's own credentials", () => {
  const ambient = { AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SECRET_ACCESS_KEY: USER.secretAccessKey };

  test('aws-region only: GetCallerIdentity through the SDK chain; the region exported', async () => {
    const r = await run({}, { env: ambient });
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([['GetCallerIdentity', USER.accessKeyId]]);
    expect(r.env).toEqual({ AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' });
    expect(r.outputs).toEqual({ 'aws-account-id': '111111111111', 'authenticated-arn': USER.arn });
  });

  test('aws-region only and no credentials anywhere: one clear error', async () => {
    const r = await run({});
    expectFailed(r, /CredentialsProviderError: .* Next: No AWS credentials were found/);
  });

  test('force-skip-oidc: AssumeRole with them even though the job may request a token', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'force-skip-oidc': 'true' }, { env: ambient });
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([['AssumeRole', USER.accessKeyId]]);
    expect(oidc.requests).toHaveLength(0);
  });

  test('use-existing-credentials: valid ones are kept, nothing else happens', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'use-existing-credentials': 'true' }, { env: ambient });
    expectOk(r);
    expect(sts.calls.map((c) => c.action)).toEqual(['GetCallerIdentity']);
    expect(oidc.requests).toHaveLength(0);
    expect(r.env).toEqual({});
    expect(r.stdout).toContain('::notice::Pre-existing credentials are valid');
  });

  test('use-existing-credentials: invalid ones are passed over, OIDC goes on', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'use-existing-credentials': 'true' },
      { env: { AWS_ACCESS_KEY_ID: 'AKIAUNKNOWN000000001', AWS_SECRET_ACCESS_KEY: 'x' } },
    );
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.outcome])).toEqual([
      ['GetCallerIdentity', 'InvalidClientTokenId'],
      ['AssumeRoleWithWebIdentity', 'ok'],
    ]);
    expect(r.env).toEqual(issuedEnv());
  });
});

describe('guards', () => {
  test('allowed-account-ids: a role in another account fails before any request', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'allowed-account-ids': '111111111111, 222222222222' });
    expectFailed(r, /its account 123456789012 is not in allowed-account-ids \(111111111111, 222222222222\)/);
    expect(oidc.requests).toHaveLength(0);
    expect(sts.calls).toHaveLength(0);
  });

  test('allowed-account-ids: keys of another account fail after GetCallerIdentity, nothing exported', async () => {
    const r = await run({ ...USER_KEYS, 'allowed-account-ids': '123456789012' });
    expectFailed(r, /^The credentials are for account 111111111111, which is not in allowed-account-ids/);
  });

  test('allowed-account-ids: the account in the list passes', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'allowed-account-ids': '123456789012' });
    expectOk(r);
  });

  test('unset-current-credentials blanks what an earlier step left, and does not use it', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'unset-current-credentials': 'true', 'output-env-credentials': 'false' },
      { env: { AWS_ACCESS_KEY_ID: 'AKIASTALE00000000001', AWS_SECRET_ACCESS_KEY: 'stale' } },
    );
    expectOk(r);
    expect(r.env).toEqual({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '' });
  });

  // Without OIDC the SDK's default chain signs AssumeRole, and it reads AWS_ACCESS_KEY_ID first:
  // the stale keys must be gone from this process too, not only from the job's environment.
  test('unset-current-credentials: the stale keys do not sign either; the chain finds the next source', async () => {
    mkdirSync(join(home, '.aws'));
    writeFileSync(
      join(home, '.aws', 'credentials'),
      `[default]\naws_access_key_id = ${USER.accessKeyId}\naws_secret_access_key = ${USER.secretAccessKey}\n`,
    );
    const stale = {
      AWS_ACCESS_KEY_ID: 'AKIASTALE00000000001',
      AWS_SECRET_ACCESS_KEY: 'stale-secret-0000',
      AWS_SESSION_TOKEN: 'stale-token',
    };
    const r = await run(
      {
        'role-to-assume': ROLE,
        'force-skip-oidc': 'true',
        'unset-current-credentials': 'true',
        'role-skip-session-tagging': 'true',
      },
      {
        env: { ...stale, ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      },
    );
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller, c.outcome])).toEqual([
      ['AssumeRole', USER.accessKeyId, 'ok'],
    ]);
    expect(r.env).toEqual(issuedEnv());
    expect(r.stdout).not.toContain('AKIASTALE');
  });

  test('special-characters-workaround: re-assumes until the secret is plain', async () => {
    await restartSts({ secrets: ['has+plus/and/slash', 'has_underscore', 'PlainSecret0123456789'] });
    const r = await run({ 'role-to-assume': ROLE, 'special-characters-workaround': 'true' });
    expectOk(r);
    expect(sts.calls).toHaveLength(3);
    expect(oidc.requests).toHaveLength(1); // the same token, still fresh
    expect(r.env.AWS_SECRET_ACCESS_KEY).toBe('PlainSecret0123456789');
  });

  test('special-characters-workaround is bounded by retry-max-attempts', async () => {
    await restartSts({ secrets: ['a+1', 'b+2', 'c+3', 'Plain'] });
    const r = await run({
      'role-to-assume': ROLE,
      'special-characters-workaround': 'true',
      'retry-max-attempts': '3',
    });
    expectFailed(r, /gave up after 3 attempts: retry-max-attempts\): SpecialCharacters:/);
    expect(sts.calls).toHaveLength(3);
  });
});

describe('environment fallbacks', () => {
  test('AWS_REGION, ROLE_TO_ASSUME, AUDIENCE, ROLE_SESSION_NAME stand in for missing inputs', async () => {
    const r = await runAction({
      inputs: {},
      env: {
        ...oidc.env(),
        HOME: home,
        AWS_ENDPOINT_URL_STS: sts.url,
        AWS_REGION: 'eu-west-1',
        ROLE_TO_ASSUME: ROLE,
        AUDIENCE: 'sts.amazonaws.com',
        ROLE_SESSION_NAME: 'from-env',
        ROLE_DURATION_SECONDS: '900',
      },
    });
    expectOk(r);
    expect(sts.calls[0]?.params).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'from-env',
      DurationSeconds: '900',
    });
    expect(r.env.AWS_REGION).toBe('eu-west-1');
  });

  test('an input wins over its environment variable', async () => {
    const r = await run(
      { 'role-to-assume': ROLE },
      { env: { ROLE_TO_ASSUME: 'arn:aws:iam::123456789012:role/other' } },
    );
    expectOk(r);
    expect(sts.calls[0]?.params.RoleArn).toBe(ROLE);
  });

  test('sts-endpoint wins over AWS_ENDPOINT_URL_STS', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'sts-endpoint': sts.url },
      { env: { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' } },
    );
    expectOk(r);
  });
});

describe('session policies with OIDC', () => {
  test('inline-session-policy (minified) and managed-session-policies reach AssumeRoleWithWebIdentity', async () => {
    const r = await run({
      'role-to-assume': ROLE,
      'inline-session-policy': '{ "Version": "2012-10-17", "Statement": [] }',
      'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'custom-tags': '{"Team": "platform"}',
    });
    expectOk(r);
    expect(sts.calls[0]?.params).toMatchObject({
      Action: 'AssumeRoleWithWebIdentity',
      Policy: '{"Version":"2012-10-17","Statement":[]}',
      'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
    // Tags cannot ride on AssumeRoleWithWebIdentity; the incumbent ignores them silently.
    expect(r.stdout).toMatch(/::warning::custom-tags has no effect with a web identity token/);
  });
});

describe('named profiles', () => {
  const credentialsFile = () => join(home, '.aws', 'credentials');
  const configFile = () => join(home, '.aws', 'config');
  const OTHER = '# keep me\n[other]\naws_access_key_id = AKIAOTHER\naws_secret_access_key = other\n';

  test('written as INI at 0600, the directory left as it was, read back by the SDK (fromIni), removed by the post step', async () => {
    mkdirSync(join(home, '.aws'), { mode: 0o755 });
    writeFileSync(credentialsFile(), OTHER, { mode: 0o644 });
    const r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
    expectOk(r);
    // Static keys would shadow the profile: not exported unless asked.
    expect(r.env).toEqual({ AWS_PROFILE: 'deploy' });
    expectMode(credentialsFile(), 0o600);
    expectMode(configFile(), 0o600);
    // The action did not make ~/.aws, so it does not chmod it.
    expectMode(join(home, '.aws'), 0o755);
    expect(readFileSync(credentialsFile(), 'utf8')).toMatch(
      /^# keep me\n\[other\]\n[\s\S]*\n# aws-oidc-credentials [0-9a-f]{8} begin .*\n\[deploy\]\n/,
    );
    expect(readFileSync(configFile(), 'utf8')).toMatch(
      /^# aws-oidc-credentials [0-9a-f]{8} begin \(sep:- new-file; .*\)\n\[profile deploy\]\nregion = us-east-1\n# aws-oidc-credentials [0-9a-f]{8} end\n$/,
    );

    // The real SDK credential chain reads the profile back; STS says who it is.
    const client = new STSClient({
      region: 'us-east-1',
      endpoint: sts.url,
      credentials: fromIni({
        profile: 'deploy',
        filepath: credentialsFile(),
        configFilepath: configFile(),
        ignoreCache: true,
      }),
    });
    const who = await client.send(new GetCallerIdentityCommand({}));
    client.destroy();
    expect(who.Arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions');
    expect(sts.calls.at(-1)?.caller).toBe(sts.issued[0]?.accessKeyId);

    const post = await runPost(r, { env: { HOME: home } });
    expect(post.code).toBe(0);
    expect(post.env).toEqual({ AWS_PROFILE: '' });
    expect(readFileSync(credentialsFile(), 'utf8')).toBe(OTHER);
    expect(() => statSync(configFile())).toThrow(); // it did not exist before
  });

  test('an existing profile fails before any request, unless overwrite-aws-profile', async () => {
    mkdirSync(join(home, '.aws'));
    writeFileSync(credentialsFile(), '[deploy]\naws_access_key_id = AKIAOLD\n');
    let r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
    expectFailed(r, /already has a \[deploy\] section\. Set overwrite-aws-profile: true/);
    expect(oidc.requests).toHaveLength(0);
    r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' });
    expectOk(r);
    expect(readFileSync(credentialsFile(), 'utf8')).not.toContain('AKIAOLD');
  });

  test('output-env-credentials: true exports the keys too', async () => {
    const r = await run({
      'role-to-assume': ROLE,
      'aws-profile': 'deploy',
      'output-env-credentials': 'true',
    });
    expectOk(r);
    expect(r.env).toEqual({ ...issuedEnv(), AWS_PROFILE: 'deploy' });
  });

  // macOS runners: /var is a link to /private/var, and a self-hosted HOME may be a link too.
  posixTest(
    'links higher up the path are followed: a HOME and RUNNER_TEMP under a linked directory, a HOME that is a link',
    async () => {
      const real = join(home, 'private-var');
      mkdirSync(join(real, 'home'), { recursive: true });
      mkdirSync(join(real, 'temp'));
      symlinkSync(real, join(home, 'var'));
      symlinkSync(join(real, 'home'), join(home, 'linked-home'));
      for (const linkedHome of [join(home, 'var', 'home'), join(home, 'linked-home')]) {
        for (const inputs of [{ 'aws-profile': 'deploy' }, { 'refresh-credentials': 'true' }] as Record<
          string,
          string
        >[]) {
          const r = await run(
            { 'role-to-assume': ROLE, 'overwrite-aws-profile': 'true', ...inputs },
            { env: { HOME: linkedHome, RUNNER_TEMP: join(home, 'var', 'temp') } },
          );
          expectOk(r);
          expect(readFileSync(join(real, 'home', '.aws', 'config'), 'utf8')).toMatch(
            /\[profile (deploy|aws-oidc-refresh)\]/,
          );
          expect((await runPost(r, { env: { HOME: linkedHome } })).code).toBe(0);
        }
      }
    },
  );

  posixTest('a symlinked credentials file is refused before any request', async () => {
    mkdirSync(join(home, '.aws'));
    const target = join(home, 'elsewhere');
    writeFileSync(target, '');
    symlinkSync(target, credentialsFile());
    const r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
    expectFailed(r, /is a symbolic link; refusing to follow it/);
    expect(oidc.requests).toHaveLength(0);
    expect(readFileSync(target, 'utf8')).toBe('');
  });
});

describe('proxies', () => {
  let proxy: ProxyServer;
  beforeEach(async () => {
    proxy = await startProxyServer();
  });
  afterEach(async () => {
    await proxy.close();
  });

  // *.test hosts resolve only inside the proxy, so reaching them proves the traffic went through it.
  const viaNames = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl.replace('127.0.0.1', 'oidc.test'),
  });
  const stsPort = () => new URL(sts.url).port;

  test('http-proxy carries both the token request and STS (CONNECT)', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'http-proxy': proxy.url, 'sts-endpoint': `http://sts.test:${stsPort()}` },
      { env: viaNames() },
    );
    expectOk(r);
    expect(proxy.seen).toEqual(
      expect.arrayContaining([
        `CONNECT oidc.test:${new URL(oidc.url).port}`,
        `CONNECT sts.test:${stsPort()}`,
      ]),
    );
  });

  test('HTTPS_PROXY wins over HTTP_PROXY', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'sts-endpoint': `http://sts.test:${stsPort()}` },
      { env: { ...viaNames(), HTTPS_PROXY: proxy.url, HTTP_PROXY: 'http://127.0.0.1:9' } },
    );
    expectOk(r);
    expect(proxy.seen).toContain(`CONNECT sts.test:${stsPort()}`);
  });

  test('no-proxy hosts bypass it', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'http-proxy': proxy.url, 'no-proxy': '127.0.0.1', 'sts-endpoint': sts.url },
      { env: viaNames() },
    );
    expectOk(r);
    expect(proxy.seen).toEqual([`CONNECT oidc.test:${new URL(oidc.url).port}`]);
    expect(sts.calls).toHaveLength(1);
  });

  test('without no-proxy, STS on 127.0.0.1 goes through it too', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'http-proxy': proxy.url, 'sts-endpoint': sts.url });
    expectOk(r);
    expect(proxy.seen).toContain(`CONNECT 127.0.0.1:${stsPort()}`);
  });

  test('a proxy password is masked', async () => {
    const url = proxy.url.replace('http://', 'http://user:pr0xy-pa55@');
    const r = await run({ 'role-to-assume': ROLE, 'http-proxy': url });
    expectOk(r);
    expect(r.masks).toContain('pr0xy-pa55');
  });

  // The password goes out decoded (in Proxy-Authorization), so that form is a secret too.
  test('a %-escaped proxy password is masked as written and as decoded', async () => {
    const url = proxy.url.replace('http://', 'http://user:pr0xy%40pa55%2F@');
    const r = await run({ 'role-to-assume': ROLE, 'http-proxy': url });
    expectOk(r);
    expect(r.masks).toEqual(expect.arrayContaining(['pr0xy%40pa55%2F', 'pr0xy@pa55/']));
    expect(leaks(r, ['pr0xy%40pa55%2F', 'pr0xy@pa55/'])).toEqual([]);
  });
});

describe('impossible combinations and bad values: one clear error, no request, nothing exported', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    [
      'secret without key ID',
      { 'aws-secret-access-key': 'x' },
      /^Input 'aws-access-key-id' is empty, but aws-secret-access-key is set/,
    ],
    [
      'key ID without secret',
      { 'aws-access-key-id': USER.accessKeyId },
      /^Input 'aws-secret-access-key' is empty, but aws-access-key-id is set/,
    ],
    [
      'keys and role-chaining',
      { ...USER_KEYS, 'role-to-assume': ROLE, 'role-chaining': 'true' },
      /are both set/,
    ],
    [
      'token file and keys',
      { ...USER_KEYS, 'role-to-assume': ROLE, 'web-identity-token-file': 't' },
      /aws-access-key-id and web-identity-token-file are both set/,
    ],
    [
      'token file without role',
      { 'web-identity-token-file': 't' },
      /'web-identity-token-file' needs role-to-assume/,
    ],
    ['chaining without role', { 'role-chaining': 'true' }, /'role-chaining' needs role-to-assume/],
    [
      'chaining and unset',
      { 'role-to-assume': ROLE, 'role-chaining': 'true', 'unset-current-credentials': 'true' },
      /role-chaining and unset-current-credentials are both true/,
    ],
    [
      'chaining over an hour',
      { 'role-to-assume': ROLE, 'role-chaining': 'true', 'role-duration-seconds': '7200' },
      /role chaining caps a session at 3600 seconds/,
    ],
    [
      'workaround without retries',
      { 'role-to-assume': ROLE, 'special-characters-workaround': 'true', 'disable-retry': 'true' },
      /special-characters-workaround and disable-retry are both true/,
    ],
    [
      'custom-tags not JSON',
      { ...USER_KEYS, 'custom-tags': '{Team: platform}' },
      /'custom-tags' is .*: not JSON/,
    ],
    [
      'custom-tags protected key',
      { ...USER_KEYS, 'custom-tags': '{"Repository": "x"}' },
      /the key "Repository" is one this action sets itself/,
    ],
    [
      'skip tagging with custom tags',
      { ...USER_KEYS, 'role-skip-session-tagging': 'true', 'custom-tags': '{"Team": "x"}' },
      /so no session tags are sent, but custom-tags is set/,
    ],
    [
      'transitive key not sent',
      { ...USER_KEYS, 'transitive-tag-keys': 'Nope' },
      /it is not the key of a session tag/,
    ],
    ['inline policy not JSON', { 'role-to-assume': ROLE, 'inline-session-policy': 'Allow *' }, /not JSON/],
    [
      'managed policy not an ARN',
      { 'role-to-assume': ROLE, 'managed-session-policies': 'ReadOnlyAccess' },
      /'managed-session-policies' is "ReadOnlyAccess": not an IAM policy ARN/,
    ],
    [
      'allowed account not 12 digits',
      { 'role-to-assume': ROLE, 'allowed-account-ids': '1234' },
      /'allowed-account-ids' is "1234": not a 12-digit AWS account ID/,
    ],
    [
      'profile name with a space',
      { 'role-to-assume': ROLE, 'aws-profile': 'my profile' },
      /'aws-profile' is "my profile"/,
    ],
    ['profile without credentials', { 'aws-profile': 'p' }, /'aws-profile' needs credentials to write/],
    [
      'proxy not a URL',
      { 'role-to-assume': ROLE, 'http-proxy': 'proxy:3128' },
      /'http-proxy' is "proxy:3128": not an http\(s\) URL/,
    ],
    [
      'external ID with a space',
      { ...USER_KEYS, 'role-to-assume': ROLE, 'role-external-id': 'a b' },
      /'role-external-id'/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const r = await run(inputs);
    expectFailed(r, message);
    expect(oidc.requests).toHaveLength(0);
    expect(sts.calls).toHaveLength(0);
    // The secret inputs of the row, masked before anything (the leak checker), however the row fails.
    const given = [inputs['aws-secret-access-key'], inputs['aws-session-token']].filter(
      (s) => s !== undefined,
    );
    for (const secret of given) expect(r.masks).toContain(secret);
    expect(leaks(r, [...given, USER.secretAccessKey])).toEqual([]);
  });
});
