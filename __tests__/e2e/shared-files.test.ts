// ~/.aws shared by several jobs (matrix jobs on one self-hosted runner share HOME), overwrite and
// its restore, failures and kills at every write, one identity, guards on every path. The bundled
// action runs as the runner runs it; the user's files must come out byte for byte as they went in.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { expectMode, linuxTest } from '../../test-support/platform.ts';
import {
  leaks,
  parseFileCommands,
  ROOT,
  type RunOptions,
  type RunResult,
  runAction,
  runPost,
} from '../../test-support/runner.ts';
import { type Principal, type StsServer, startStsServer } from '../../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const KILL_AT = join(ROOT, 'test-support', 'kill-at.cjs');
// A file a person keeps: a BOM, CRLF, comments, a profile of the same name as ours, no final newline.
const USER_CREDENTIALS =
  '\uFEFF# my keys\r\n[default]\r\naws_access_key_id = AKIAUSERDEFAULT\r\naws_secret_access_key = user-default-secret\r\n\r\n' +
  '[deploy] ; the production one\r\naws_access_key_id = AKIAUSERDEPLOY\r\naws_secret_access_key = user-deploy-secret\r\n; keep this comment\r\n\r\n' +
  '[later]\r\naws_access_key_id = AKIAUSERLATER';
const USER_CONFIG =
  '[default]\nregion = eu-west-1\n\n[profile deploy]\nregion = eu-central-1\noutput = json\n';
const USER: Principal = {
  accessKeyId: 'AKIAUSERKEY000000001',
  secretAccessKey: 'user/secret+key/0000000000000000000000000',
  arn: 'arn:aws:iam::111111111111:user/ci',
};

let oidc: OidcServer;
let sts: StsServer;
let home: string;
let temp: string;
const credentialsFile = () => join(home, '.aws', 'credentials');
const configFile = () => join(home, '.aws', 'config');

beforeEach(async () => {
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks, principals: [USER] });
  home = mkdtempSync(join(tmpdir(), 'home-'));
  temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  mkdirSync(join(home, '.aws'));
  writeFileSync(credentialsFile(), USER_CREDENTIALS, { mode: 0o600 });
  writeFileSync(configFile(), USER_CONFIG, { mode: 0o600 });
});
afterEach(async () => {
  await Promise.all([oidc.close(), sts.close()]);
  rmSync(home, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    killAfterMs: 60_000,
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'http-timeout-s': '5', ...inputs },
    env: { ...oidc.env(), HOME: home, RUNNER_TEMP: temp, AWS_ENDPOINT_URL_STS: sts.url, ...options.env },
  });
}
const post = (main: RunResult, env: RunOptions['env'] = {}) =>
  runPost(main, { env: { HOME: home, RUNNER_TEMP: temp, ...env } });

const secrets = () => [
  ...sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
  ...oidc.issued,
  oidc.requestToken,
];

/** Every file under these directories, with its text. */
function filesUnder(...dirs: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const path = join(dir, name);
      if (statSync(path).isFile()) found.set(path, readFileSync(path, 'utf8'));
    }
  }
  return found;
}

/** After the post steps: the user's files as they were, and nothing of ours on disk. */
function expectNothingLeft(): void {
  expect(readFileSync(credentialsFile(), 'utf8')).toBe(USER_CREDENTIALS);
  expect(readFileSync(configFile(), 'utf8')).toBe(USER_CONFIG);
  expect(readdirSync(join(home, '.aws')).sort()).toEqual(['config', 'credentials']);
  for (const [path, text] of filesUnder(home, temp)) {
    for (const secret of secrets()) expect([path, text.includes(secret)]).toEqual([path, false]);
  }
  expect(readdirSync(temp)).toEqual([]);
}

describe('one HOME, many jobs at once', () => {
  test('10 jobs write their profiles while a reader polls: no torn read, the user profile intact, nothing left after the post steps', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `job${i}`);
    let reads = 0;
    let polling = true;
    const torn: string[] = [];
    const reader = (async () => {
      while (polling) {
        const text = readFileSync(credentialsFile(), 'utf8');
        reads++;
        // The user's content is always the start of the file, whole; every block of ours is whole.
        const begins = text.match(/ begin \(sep:/g)?.length ?? 0;
        const ends = text.match(/^# aws-oidc-credentials [0-9a-f]+ end\r?$/gm)?.length ?? 0;
        if (!text.startsWith(USER_CREDENTIALS) || begins !== ends) torn.push(text);
        await new Promise((r) => setImmediate(r));
      }
    })();
    let mains: RunResult[] = [];
    let posts: RunResult[] = [];
    try {
      mains = await Promise.all(names.map((name) => run({ 'aws-profile': name })));
      for (const r of mains) {
        expect(r.errors).toEqual([]);
        expect(r.code).toBe(0);
      }
      const written = readFileSync(credentialsFile(), 'utf8');
      for (const name of names) expect(written).toContain(`\r\n[${name}]\r\n`);
      posts = await Promise.all(mains.map((r) => post(r)));
    } finally {
      polling = false;
      await reader;
    }
    for (const p of posts) expect(p.code).toBe(0);
    expect(torn).toEqual([]);
    expect(reads).toBeGreaterThan(100);
    expectNothingLeft();
    for (const r of mains) expect(leaks(r, secrets())).toEqual([]);
  });
});

describe('what others add after our profile', () => {
  test('a profile another step appended after ours survives the post step, as written', async () => {
    const r = await run({ 'aws-profile': 'ci' });
    expect(r.code).toBe(0);
    const later = '[added-later]\r\naws_access_key_id = AKIAADDEDLATER\r\n';
    writeFileSync(credentialsFile(), readFileSync(credentialsFile(), 'utf8') + later);
    writeFileSync(
      configFile(),
      `${readFileSync(configFile(), 'utf8')}[profile added-later]\nregion = ap-south-1\n`,
    );
    const p = await post(r);
    expect(p.code).toBe(0);
    expect(readFileSync(credentialsFile(), 'utf8')).toBe(`${USER_CREDENTIALS}\r\n\r\n${later}`);
    expect(readFileSync(configFile(), 'utf8')).toBe(
      `${USER_CONFIG}[profile added-later]\nregion = ap-south-1\n`,
    );
    expect(
      leaks(
        p,
        sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
      ),
    ).toEqual([]);
  });
});

describe('overwrite-aws-profile', () => {
  test("replaces the user's [deploy] in both files, keeps it 0600 in this job's private directory, and the post step puts it back byte for byte", async () => {
    const main = await run({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' });
    expect(main.errors).toEqual([]);
    const credentials = readFileSync(credentialsFile(), 'utf8');
    expect(credentials).not.toContain('user-deploy-secret');
    expect(credentials).toContain(sts.issued[0]?.secretAccessKey);
    expect(credentials.startsWith('\uFEFF# my keys\r\n[default]')).toBe(true);
    expect(credentials.endsWith('[later]\r\naws_access_key_id = AKIAUSERLATER')).toBe(true);
    expect(readFileSync(configFile(), 'utf8')).toContain('[profile deploy]\nregion = us-east-1\n');
    const [backups] = readdirSync(temp).map((d) => join(temp, d));
    expectMode(backups ?? '', 0o700);
    expectMode(join(backups ?? '', 'credentials'), 0o600);
    expect(readFileSync(join(backups ?? '', 'credentials'), 'utf8')).toContain('user-deploy-secret');

    const p = await post(main);
    expect(p.stdout).toContain('removed profile deploy and put back what it replaced');
    expectNothingLeft();
  });

  test('two jobs cannot overwrite the same profile at once: the second is refused before any request', async () => {
    const first = await run({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' });
    expect(first.code).toBe(0);
    const calls = sts.calls.length;
    const second = await run({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' });
    expectFailedCleanly(
      second,
      /has a \[deploy\] section that another job of this action wrote \([0-9a-f]{8}\)/,
      secrets(),
    );
    expect(sts.calls).toHaveLength(calls);
    await post(first);
    expectNothingLeft();
  });

  test('a profile that is in the file twice is refused, with how to fix the file', async () => {
    writeFileSync(credentialsFile(), `${USER_CREDENTIALS}\r\n[deploy]\r\nregion = x\r\n`);
    const r = await run({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' });
    expectFailedCleanly(r, /has 2 \[deploy\] sections, and AWS tools read only one of them/, secrets());
    expect(oidc.requests).toHaveLength(0);
  });
});

describe('failures and kills while writing', () => {
  linuxTest(
    'the config file cannot be written: the credentials already written are taken back, the step fails',
    async () => {
      // Not even root can make a directory in /proc.
      const r = await run(
        { 'aws-profile': 'ci' },
        { env: { AWS_CONFIG_FILE: '/proc/aws-oidc-test/config' } },
      );
      expect(r.code).toBe(1);
      expect(r.env).toEqual({});
      expect(r.outputs).toEqual({});
      expect(readFileSync(credentialsFile(), 'utf8')).toBe(USER_CREDENTIALS);
      const p = await post(r, { AWS_CONFIG_FILE: '/proc/aws-oidc-test/config' });
      expect(p.code).toBe(0);
      expectNothingLeft();
    },
  );

  // Each point where the main step writes: the state file, the temp files and renames of the two
  // profile files, GITHUB_ENV, GITHUB_OUTPUT. SIGKILL just before and just after each.
  const points = [
    ...[1, 2, 3].flatMap((n) => [`appendFileSync:${n}:before`, `appendFileSync:${n}:after`]),
    ...[1, 2].flatMap((n) => [`renameSync:${n}:before`, `renameSync:${n}:after`]),
    ...[1, 2].flatMap((n) => [`fsyncSync:${n}:before`]),
  ];
  test.each(points)(
    'killed at %s: the post step leaves no secret on disk and the user files as they were',
    async (point) => {
      const main = await run(
        { 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' },
        { preload: [KILL_AT], env: { ACTION_TEST_KILL_AT: point } },
      );
      expect(main.code).toBe(null); // killed
      // GITHUB_ENV: all of the batch or none of it.
      const exported = Object.keys(main.env);
      expect([[], ['AWS_PROFILE']]).toContainEqual(exported);
      const p = await post(main);
      expect(p.code).toBe(0);
      expectNothingLeft();
    },
  );
});

describe('one identity', () => {
  test('profile mode: keys an earlier step left in the environment are cleared, not left to shadow the profile', async () => {
    const r = await run(
      { 'aws-profile': 'ci' },
      {
        env: {
          AWS_ACCESS_KEY_ID: 'AKIAEARLIERSTEP00001',
          AWS_SECRET_ACCESS_KEY: 'earlier',
          AWS_SESSION_TOKEN: 'tok',
        },
      },
    );
    expect(r.code).toBe(0);
    expect(r.env).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_PROFILE: 'ci',
    });
    expect(r.stdout).toContain(
      'Cleared AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN left by an earlier step',
    );
    await post(r);
    expectNothingLeft();
  });

  test('environment mode: an AWS_PROFILE an earlier step left is cleared, so every SDK uses these keys', async () => {
    const r = await run({}, { env: { AWS_PROFILE: 'stale' } });
    expect(r.code).toBe(0);
    expect(r.env).toMatchObject({ AWS_PROFILE: '', AWS_ACCESS_KEY_ID: sts.issued[0]?.accessKeyId });
    expect(r.stdout).toContain('Cleared AWS_PROFILE left by an earlier step');
  });
});

describe('guards on every path', () => {
  test('use-existing-credentials with allowed-account-ids: credentials of another account are not accepted', async () => {
    const r = await run(
      { 'role-to-assume': '', 'use-existing-credentials': 'true', 'allowed-account-ids': '123456789012' },
      { env: { AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SECRET_ACCESS_KEY: USER.secretAccessKey } },
    );
    expectFailedCleanly(
      r,
      /The credentials are for account 111111111111, which is not in allowed-account-ids \(123456789012\)/,
      [USER.secretAccessKey],
    );
  });

  test('a value from STS with a line break never reaches a file, a variable or an output', async () => {
    await sts.close();
    sts = await startStsServer({ jwks: oidc.jwks, secrets: ['abc\n[evil]\naws_access_key_id = AKIAEVIL'] });
    const r = await run({ 'aws-profile': 'ci', 'output-credentials': 'true' });
    expectFailedCleanly(
      r,
      /MalformedResponse: STS returned a SecretAccessKey that is not 1 to 1024 printable ASCII characters/,
      secrets(),
    );
    expect(readFileSync(credentialsFile(), 'utf8')).toBe(USER_CREDENTIALS);
  });

  test('AWS_SHARED_CREDENTIALS_FILE in a directory the action did not make: the directory keeps its mode', async () => {
    const workspace = join(temp, 'workspace');
    mkdirSync(workspace);
    chmodSync(workspace, 0o755);
    const r = await run(
      { 'aws-profile': 'ci' },
      { env: { AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'credentials') } },
    );
    expect(r.code).toBe(0);
    expectMode(workspace, 0o755);
    expectMode(join(workspace, 'credentials'), 0o600);
    await post(r, { AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'credentials') });
    expect(existsSync(join(workspace, 'credentials'))).toBe(false);
    rmSync(workspace, { recursive: true });
    expectNothingLeft();
  });
});

test('parseFileCommands reads what file-commands.ts writes', () => {
  expect(parseFileCommands('A<<d1\nx\ny\nd1\nB<<d2\n\nd2\n')).toEqual({ A: 'x\ny', B: '' });
});
