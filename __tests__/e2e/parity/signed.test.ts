// Drop-in parity with configure-aws-credentials, end to end: AssumeRole and GetCallerIdentity
// signed by access keys, and role chaining.

import { describe, expect, test } from '@jest/globals';
import {
  expectFailed,
  expectOk,
  issuedEnv,
  oidc,
  parityServers,
  ROLE,
  RUNNER_ENV,
  restartSts,
  run,
  sts,
  USER,
  USER_KEYS,
} from '../../../test-support/parity.ts';
import { leaks } from '../../../test-support/runner.ts';

parityServers();

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

  test("alone, after an earlier step's session token: the token is cleared, not paired with the keys", async () => {
    const r = await run(USER_KEYS, { env: { AWS_SESSION_TOKEN: 'earlier-step-token' } });
    expectOk(r);
    expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([['GetCallerIdentity', USER.accessKeyId]]);
    expect(r.env).toMatchObject({ AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SESSION_TOKEN: '' });
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
