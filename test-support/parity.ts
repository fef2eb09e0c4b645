// What the parity suites share: the bundled dist/index.js run as the runner runs it, against the
// local token endpoint and a local STS that verifies SigV4 (recomputed with the SDK's signer) on
// AssumeRole and GetCallerIdentity; an IAM user who can sign; the run's facts for session tags.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from '@jest/globals';
import { expectFailedCleanly } from './assertions.ts';
import { type OidcServer, startOidcServer } from './oidc-server.ts';
import { leaks, type RunOptions, type RunResult, runAction } from './runner.ts';
import { type Principal, type StsServer, type StsServerOptions, startStsServer } from './sts-server.ts';

export const ROLE = 'arn:aws:iam::123456789012:role/deploy';
export const USER: Principal = {
  accessKeyId: 'AKIAUSERKEY000000001',
  secretAccessKey: 'user/secret+key/0000000000000000000000000',
  arn: 'arn:aws:iam::111111111111:user/ci',
};
export const USER_KEYS = {
  'aws-access-key-id': USER.accessKeyId,
  'aws-secret-access-key': USER.secretAccessKey,
};
export const RUNNER_ENV = {
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

// Live bindings: a test file sees the servers of its current test.
export let oidc: OidcServer;
export let sts: StsServer;
export let home: string;

export async function restartSts(options: StsServerOptions = {}): Promise<void> {
  await sts?.close();
  sts = await startStsServer({ jwks: oidc.jwks, principals: [USER], ...options });
}

/** A token endpoint, an STS that knows USER, and a HOME, new for each test of the calling file. */
export function parityServers(): void {
  beforeEach(async () => {
    oidc = await startOidcServer();
    sts = await startStsServer({ jwks: oidc.jwks, principals: [USER] });
    home = mkdtempSync(join(tmpdir(), 'home-'));
  });

  afterEach(async () => {
    await Promise.all([oidc.close(), sts.close()]);
    rmSync(home, { recursive: true, force: true });
  });
}

/** The action with only aws-region preset: each test says which mode it wants. */
export function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'http-timeout-s': '2', ...inputs },
    env: { ...oidc.env(), ...RUNNER_ENV, HOME: home, AWS_ENDPOINT_URL_STS: sts.url, ...options.env },
  });
}

export function secrets(): string[] {
  return [
    ...sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
    USER.secretAccessKey,
    ...oidc.issued,
    oidc.requestToken,
  ];
}

export function expectOk(r: RunResult): void {
  expect(r.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(leaks(r, secrets())).toEqual([]);
}

export function expectFailed(r: RunResult, message: RegExp): void {
  expectFailedCleanly(r, message, secrets());
}

export const issuedEnv = (i = -1) => {
  const c = sts.issued.at(i);
  return {
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: c?.accessKeyId,
    AWS_SECRET_ACCESS_KEY: c?.secretAccessKey,
    AWS_SESSION_TOKEN: c?.sessionToken,
  };
};
