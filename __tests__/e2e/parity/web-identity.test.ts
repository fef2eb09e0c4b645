// Drop-in parity with configure-aws-credentials, end to end: web identity: a token file, session
// policies with OIDC, and the inputs' environment fallbacks.

import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { requestToken } from '../../../test-support/oidc-server.ts';
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
} from '../../../test-support/parity.ts';
import { posixTest } from '../../../test-support/platform.ts';
import { leaks, runAction } from '../../../test-support/runner.ts';

parityServers();

describe('web-identity-token-file', () => {
  const mintToken = () => requestToken(oidc);

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
    expectFailed(
      r,
      /Failed to read the web identity token from \S+ \(1 attempt\): TokenFileError: .*symbolic link/,
    );
    r = await run(
      { 'role-to-assume': ROLE, 'web-identity-token-file': 'nope' },
      { env: { GITHUB_WORKSPACE: workspace } },
    );
    expectFailed(r, new RegExp(`${join(workspace, 'nope')} does not exist`));
    expect(sts.calls).toHaveLength(0);
    rmSync(workspace, { recursive: true });
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
