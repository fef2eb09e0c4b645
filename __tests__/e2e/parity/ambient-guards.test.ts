// Drop-in parity with configure-aws-credentials, end to end: the runner's own credentials,
// use-existing-credentials, and the guards (allowed accounts, unset-current-credentials, special
// characters).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  expectFailed,
  expectOk,
  home,
  issuedEnv,
  oidc,
  parityServers,
  ROLE,
  restartSts,
  run,
  sts,
  USER,
  USER_KEYS,
} from '../../../test-support/parity.ts';

parityServers();

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

  // configure-aws-credentials 6.2.3 (src/index.ts): role-to-assume without ACTIONS_ID_TOKEN_REQUEST_TOKEN
  // assumes the role with the default chain's credentials; switching must stay a change of `uses:`.
  const noEndpoint = { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined };
  test.each([
    ['the environment', ambient, /from the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/],
    ['a profile', {}, /from profile default of the AWS config and credentials files/],
  ])(
    'role-to-assume and no id-token permission, credentials in %s: AssumeRole with them, and a warning that says where from and how to use OIDC',
    async (where, env, said) => {
      if (where === 'a profile') {
        mkdirSync(join(home, '.aws'), { recursive: true });
        writeFileSync(
          join(home, '.aws', 'credentials'),
          `[default]\naws_access_key_id = ${USER.accessKeyId}\naws_secret_access_key = ${USER.secretAccessKey}\n`,
        );
      }
      const r = await run({ 'role-to-assume': ROLE }, { env: { ...noEndpoint, ...env } });
      expectOk(r);
      expect(sts.calls.map((c) => [c.action, c.caller])).toEqual([['AssumeRole', USER.accessKeyId]]);
      expect(r.warnings).toEqual([expect.stringMatching(said)]);
      expect(r.warnings[0]).toMatch(
        /add "permissions: id-token: write" to the job; .* set force-skip-oidc: true\.$/,
      );
      expect(r.env.AWS_ACCESS_KEY_ID).toBe(sts.issued[0]?.accessKeyId);
    },
  );

  test('role-to-assume, no id-token permission and no credentials anywhere: the missing permission, as before, and no STS call', async () => {
    const r = await run({ 'role-to-assume': ROLE }, { env: noEndpoint });
    expectFailed(
      r,
      /^The runner gave this step no GitHub OIDC token endpoint .* Add "permissions: id-token: write"/,
    );
    expect(sts.calls).toEqual([]);
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
