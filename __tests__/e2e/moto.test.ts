// Against a second STS that nobody here wrote: moto_server (moto 5), which answers as it answers
// (microsecond timestamps, its own role IDs, extra elements) and keeps its own record of every
// session it issued and every request it got. Every auth mode, aws-profile and refresh-credentials
// with the AWS CLI, boto3 and the JS SDK as later steps. Skipped where moto is not installed
// (.ci/run says so).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { AuthMode } from '../../src/inputs/config.js';
import { Job } from '../../test-support/job.ts';
import {
  MOTO_SERVER,
  type MotoServer,
  type MotoSession,
  startMotoServer,
} from '../../test-support/moto-server.ts';
import { type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { AWS_CLI, when } from '../../test-support/platform.ts';
import { ROOT, type RunResult } from '../../test-support/runner.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const KEYS = { id: 'AKIAMOTOUSER00000001', secret: 'moto/user/secret/0000000000000000000000000' };
// moto checks no token: any JWT-shaped text will do for the token file.
const TOKEN = [
  'eyJhbGciOiJSUzI1NiJ9',
  'eyJzdWIiOiJyZXBvOm9jdG8tb3JnL29jdG8tcmVwbzpyZWY6cmVmcy9oZWFkcy9tYWluIn0',
  'c2ln',
].join('.');
const describeMoto = when(MOTO_SERVER, describe, 'moto: a second STS', 'no moto_server on PATH');

let moto: MotoServer;
let oidc: OidcServer;
let home: string;
let temp: string;

beforeAll(async () => {
  if (!MOTO_SERVER) return;
  [moto, oidc] = await Promise.all([startMotoServer(), startOidcServer()]);
});
afterAll(async () => {
  if (!MOTO_SERVER) return;
  await Promise.all([moto.close(), oidc.close()]);
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'home-'));
  temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

const newJob = (extra: Record<string, string> = {}) =>
  new Job({
    ...oidc.env(),
    HOME: home,
    RUNNER_TEMP: temp,
    AWS_ENDPOINT_URL_STS: moto.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  });

/** One row per auth mode: the inputs and environment that choose it, and the STS call it makes. */
const MODES: Record<
  AuthMode,
  { inputs: Record<string, string>; env?: Record<string, string>; call: string }
> = {
  oidc: { inputs: { 'role-to-assume': ROLE }, call: 'AssumeRoleWithWebIdentity' },
  'token-file': {
    inputs: { 'role-to-assume': ROLE, 'web-identity-token-file': 'TOKEN_FILE' },
    call: 'AssumeRoleWithWebIdentity',
  },
  'access-keys': {
    inputs: { 'role-to-assume': ROLE, 'aws-access-key-id': KEYS.id, 'aws-secret-access-key': KEYS.secret },
    call: 'AssumeRole',
  },
  'role-chaining': {
    inputs: { 'role-to-assume': ROLE, 'role-chaining': 'true' },
    env: { AWS_ACCESS_KEY_ID: KEYS.id, AWS_SECRET_ACCESS_KEY: KEYS.secret },
    call: 'AssumeRole',
  },
  ambient: {
    inputs: { 'role-to-assume': ROLE, 'force-skip-oidc': 'true' },
    env: { AWS_ACCESS_KEY_ID: KEYS.id, AWS_SECRET_ACCESS_KEY: KEYS.secret },
    call: 'AssumeRole',
  },
};

/** The keys a step exported are exactly the session moto says it issued for this role. */
function expectExportedSession(r: RunResult, session: MotoSession | undefined): void {
  expect(session).toMatchObject({ role_arn: ROLE, session_name: 'GitHubActions' });
  expect(r.env).toMatchObject({
    AWS_ACCESS_KEY_ID: session?.access_key_id,
    AWS_SECRET_ACCESS_KEY: session?.secret_access_key,
    AWS_SESSION_TOKEN: session?.session_token,
  });
  expect(r.outputs).toMatchObject({ 'aws-account-id': '123456789012', 'authenticated-arn': session?.arn });
  expect(r.outputs['aws-expiration']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
}

describeMoto('every auth mode against moto', () => {
  test.each(Object.entries(MODES))('%s: the exports are the session moto issued', async (mode, row) => {
    const tokenFile = join(temp, 'token');
    writeFileSync(tokenFile, TOKEN);
    const inputs = Object.fromEntries(
      Object.entries(row.inputs).map(([k, v]) => [k, v === 'TOKEN_FILE' ? tokenFile : v]),
    );
    const before = moto.actions().length;
    const r = await newJob(row.env).use({ 'aws-region': 'us-east-1', ...inputs });
    expect([mode, r.code, r.errors]).toEqual([mode, 0, []]);
    expect(moto.actions().slice(before)).toEqual([row.call]);
    expectExportedSession(r, (await moto.sessions()).at(-1));
  });

  test('access keys without a role: the keys as given, and who moto says they are', async () => {
    const before = moto.actions().length;
    const r = await newJob().use({
      'aws-region': 'us-east-1',
      'aws-access-key-id': KEYS.id,
      'aws-secret-access-key': KEYS.secret,
    });
    expect(r.errors).toEqual([]);
    expect(moto.actions().slice(before)).toEqual(['GetCallerIdentity']);
    expect(r.env).toMatchObject({ AWS_ACCESS_KEY_ID: KEYS.id, AWS_SECRET_ACCESS_KEY: KEYS.secret });
    expect(r.outputs['authenticated-arn']).toMatch(/^arn:aws:(iam|sts)::123456789012:/);
  });
});

describeMoto('later steps against moto', () => {
  const whoAmI = async (job: Job) => {
    const arns: string[] = [];
    if (AWS_CLI) {
      arns.push(
        (await job.run(AWS_CLI, ['sts', 'get-caller-identity', '--query', 'Arn', '--output', 'text'])).trim(),
      );
    }
    const boto3 = 'import boto3; print(boto3.client("sts").get_caller_identity()["Arn"])';
    arns.push((await job.run('python3', ['-c', boto3])).trim());
    const js = await job.run(process.execPath, [join(ROOT, 'test-support', 'resolve-credentials.ts'), '1']);
    arns.push((JSON.parse(js.trim().split('\n').at(-1) ?? '{}') as { arn: string }).arn);
    return arns;
  };

  test('aws-profile: every client resolves the profile to the session moto issued', async () => {
    const job = newJob();
    const r = await job.use({ 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
    expect(r.errors).toEqual([]);
    const session = (await moto.sessions()).at(-1);
    const arns = await whoAmI(job);
    expect(arns).toEqual(arns.map(() => session?.arn));
    await job.end();
  });

  test('refresh-credentials: the AWS CLI, boto3 and the JS SDK use the cached session; moto sees one exchange', async () => {
    mkdirSync(join(home, '.aws'));
    const job = newJob();
    const before = moto.actions().length;
    const r = await job.use({
      'aws-region': 'us-east-1',
      'role-to-assume': ROLE,
      'refresh-credentials': 'true',
    });
    expect(r.errors).toEqual([]);
    const arns = await whoAmI(job);
    const session = (await moto.sessions()).at(-1);
    expect(arns).toEqual(arns.map(() => session?.arn));
    const calls = moto.actions().slice(before);
    expect(calls.filter((a) => a === 'AssumeRoleWithWebIdentity')).toHaveLength(1);
    expect(calls.filter((a) => a === 'GetCallerIdentity')).toHaveLength(arns.length);
    await job.end();
  });
});

// Keeps the suite from passing vacuously where moto is installed but never answered.
test('moto is either installed and used, or the suite says it is skipped', () => {
  if (MOTO_SERVER) expect(moto.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  else expect(MOTO_SERVER).toBeUndefined();
});
