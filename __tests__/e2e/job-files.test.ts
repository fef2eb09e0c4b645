// The job's own AWS files, end to end: the bundled main step, the tools a job runs after it, other
// uses of the action and the post steps, in the orders a job allows. The user's ~/.aws is only read:
// its files keep their bytes, inode, mtime, owner and mode throughout, and after the post steps no
// key of the job is on disk.

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { expectFailedCleanly, expectNoKeyOnDisk, leftIn } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { Job } from '../../test-support/job.ts';
import { AWS_CLI, expectMode, POSIX, posixTest, when } from '../../test-support/platform.ts';
import { leaks, privateDirOf, ROOT, runPost } from '../../test-support/runner.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const SESSION = 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions';
const USER_CREDENTIALS =
  '[default]\naws_access_key_id = AKIAUSERDEFAULT\naws_secret_access_key = user-default-secret\n\n' +
  '[other]\naws_access_key_id = AKIAUSEROTHER\naws_secret_access_key = user-other-secret\n';
const USER_CONFIG =
  '# mine\r\n[default]\r\nregion = eu-west-1\r\n\r\n[profile other]\r\nregion = ap-south-1\r\n';
const STALL = join(ROOT, 'test-support', 'stall-write.cjs');
const rootTest = when(
  POSIX && process.getuid?.() === 0,
  test,
  'job-files: a RUNNER_TEMP its owner cannot write',
  'not running as root',
);
const cliDescribe = when(AWS_CLI, describe, 'job-files: what the AWS CLI reads', 'no AWS CLI (aws) on PATH');
const awsCliTest = when(
  AWS_CLI,
  test,
  'job-files: aws configure set on the copy',
  'no AWS CLI (aws) on PATH',
);

const step = useStep({ awsDirectory: true });
const userConfig = () => join(step.home, '.aws', 'config');
const userCredentials = () => join(step.home, '.aws', 'credentials');
const read = (path: string) => readFileSync(path, 'utf8');

beforeEach(() => {
  writeFileSync(userCredentials(), USER_CREDENTIALS, { mode: 0o600 });
  writeFileSync(userConfig(), USER_CONFIG, { mode: 0o644 });
});

const newJob = (extra: Record<string, string> = {}) => new Job({ ...step.env(), ...extra });
const inputs = (more: Record<string, string> = {}) => ({
  'aws-region': 'us-east-1',
  'role-to-assume': ROLE,
  'http-timeout-s': '5',
  ...more,
});

/** What a file is: its bytes, inode, mtime, owner and mode. */
function identity(path: string) {
  const s = statSync(path);
  return { path, text: read(path), ino: s.ino, mtimeMs: s.mtimeMs, uid: s.uid, gid: s.gid, mode: s.mode };
}
const userFiles = () => [identity(userConfig()), identity(userCredentials())];

/**
 * No key STS issued is in any file under HOME or RUNNER_TEMP, and no private directory is left but
 * one the post step made for an empty [default] profile (one file, no key), which the runner
 * empties with RUNNER_TEMP.
 */
function expectNoKeyOfTheJob(): void {
  const keys = step.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);
  expectNoKeyOnDisk(keys, [step.home, step.temp]);
  for (const dir of leftIn(step.temp).filter((d) => d.startsWith('aws-oidc-credentials-'))) {
    // Empty (a kill between making it and the state that names it), or a keyless [default].
    const files = readdirSync(join(step.temp, dir));
    if (files.length === 0) continue;
    expect(files.length === 1 && ['config', 'credentials'].includes(files[0] ?? '')).toBe(true);
    expect(readFileSync(join(step.temp, dir, files[0] ?? ''), 'utf8')).toMatch(/\[default\]\n$/);
  }
}

/** Python's configparser reads a file and writes it back (dropping comments), as many tools do. */
function configparserRewrite(path: string): void {
  const script = `
import configparser, sys
c = configparser.RawConfigParser()
c.read(sys.argv[1])
with open(sys.argv[1], "w") as f:
    c.write(f)
`;
  execFileSync('python3', ['-c', script, path]);
}

const ARN_VIA_BOTO3 = `
import boto3, json, sys
s = boto3.Session(profile_name=sys.argv[1])
print(json.dumps({"arn": s.client("sts").get_caller_identity()["Arn"],
                  "method": s.get_credentials().method,
                  "other": boto3.Session(profile_name="other").get_credentials().access_key}))
`;
const JS_SDK = join(ROOT, 'test-support', 'sdk-profile.ts');

cliDescribe('later steps resolve the profile with every client, and still see the user’s profiles', () => {
  test.each([
    ['aws-profile', { 'aws-profile': 'deploy' }, 'deploy', 'config-file'],
    [
      'refresh-credentials',
      { 'refresh-credentials': 'true', 'aws-profile': 'deploy' },
      'deploy',
      'custom-process',
    ],
  ])('%s: the AWS CLI, boto3 and the JS SDK', async (_, more, name, method) => {
    const job = newJob();
    const before = userFiles();
    const main = await job.use(inputs(more));
    expect(main.errors).toEqual([]);
    expect(main.env.AWS_CONFIG_FILE).toMatch(
      new RegExp(`^${step.temp}/aws-oidc-credentials-[0-9a-f]{16}/config$`),
    );
    expect(main.env.AWS_SHARED_CREDENTIALS_FILE).toBeUndefined();
    const cli = JSON.parse(
      await job.run(AWS_CLI as string, ['sts', 'get-caller-identity', '--profile', name]),
    );
    expect(cli.Arn).toBe(SESSION);
    expect(
      (await job.run(AWS_CLI as string, ['configure', 'get', 'region', '--profile', 'other'])).trim(),
    ).toBe('ap-south-1');
    expect(JSON.parse(await job.run('python3', ['-c', ARN_VIA_BOTO3, name]))).toEqual({
      arn: SESSION,
      method,
      other: 'AKIAUSEROTHER',
    });
    expect(JSON.parse(await job.run(process.execPath, [JS_SDK, name, 'other']))).toEqual({
      arn: SESSION,
      other: 'AKIAUSEROTHER',
    });
    expect(userFiles()).toEqual(before);
    await job.end();
    expect(job.posts.map((p) => p.code)).toEqual([0]);
    expect(job.env.AWS_CONFIG_FILE).toBe(userConfig());
    expect(userFiles()).toEqual(before);
    expectNoKeyOfTheJob();
  });
});

describe('any order a job allows', () => {
  type Edit = 'configure-set' | 'configparser' | 'user-hand-edit' | 'second-use';
  const EDITS: Edit[] = AWS_CLI
    ? ['configure-set', 'configparser', 'user-hand-edit', 'second-use']
    : ['configparser', 'user-hand-edit', 'second-use'];

  /** One later step; returns what the user's files must now be (changed only by the user's own edit). */
  async function apply(job: Job, edit: Edit, i: number, expected: ReturnType<typeof userFiles>) {
    switch (edit) {
      case 'configure-set':
        await job.run(AWS_CLI as string, ['configure', 'set', 'output', 'text', '--profile', 'deploy']);
        return expected;
      case 'configparser':
        configparserRewrite(job.env.AWS_CONFIG_FILE as string);
        return expected;
      case 'user-hand-edit':
        writeFileSync(userConfig(), `${read(userConfig())}\r\n[profile hand${i}]\r\nregion = us-west-2\r\n`);
        return userFiles();
      case 'second-use': {
        const r = await job.use(inputs({ 'aws-profile': `second${i}` }));
        expect(r.errors).toEqual([]);
        return expected;
      }
    }
  }

  test("main step, 0-4 later edits, post steps: the user's files never change but by the user's hand, and no key stays", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...EDITS), { maxLength: 4 }), async (edits) => {
        rmSync(step.temp, { recursive: true, force: true });
        mkdirSync(step.temp);
        writeFileSync(userConfig(), USER_CONFIG);
        const job = newJob();
        let expected = userFiles();
        const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
        expect(main.errors).toEqual([]);
        expect(userFiles()).toEqual(expected);
        for (const [i, edit] of edits.entries()) {
          expected = await apply(job, edit, i, expected);
          expect(userFiles()).toEqual(expected);
        }
        const posts = await job.end();
        expect(posts.map((p) => [p.code, p.warnings])).toEqual(posts.map(() => [0, []]));
        expect(userFiles()).toEqual(expected);
        expect(job.env.AWS_CONFIG_FILE).toBe(userConfig());
        expectNoKeyOfTheJob();
      }),
      { numRuns: 8, seed: 2812 },
    );
    // Up to 8 runs of 2 to 7 processes each (about 12 s idle): room for a loaded machine.
  }, 300_000);
});

describe('what other steps do with the job’s copy', () => {
  awsCliTest('aws configure set edits the copy: the post step names the section in one notice', async () => {
    const job = newJob();
    const before = userFiles();
    await job.use(inputs({ 'aws-profile': 'deploy' }));
    await job.run(AWS_CLI as string, ['configure', 'set', 'output', 'text', '--profile', 'deploy']);
    await job.run(AWS_CLI as string, ['configure', 'set', 'region', 'eu-north-1', '--profile', 'added']);
    expect(read(job.env.AWS_CONFIG_FILE as string)).toMatch(/\[profile deploy\][^[]*output = text/);
    const [post] = await job.end();
    expect(post?.stdout).toContain(
      "::notice::Later steps edited this job's AWS config file ([profile deploy] changed, [profile added] added). " +
        "It was the job's own copy, so those edits ended with the job",
    );
    expect(userFiles()).toEqual(before);
  });

  test("a profile the user writes by hand into their own file, under our profile's name, stays after the post step", async () => {
    const job = newJob();
    await job.use(inputs({ 'aws-profile': 'deploy' }));
    const mine = `${read(userConfig())}\r\n[profile deploy]\r\nregion = us-east-1\r\nrole_arn = arn:aws:iam::1:role/x\r\nsource_profile = other\r\n`;
    writeFileSync(userConfig(), mine);
    const [post] = await job.end();
    expect(post?.warnings).toEqual([]);
    expect(read(userConfig())).toBe(mine);
  });

  test('a configparser rewrite of the copy, with the user’s own keys added to our section: no key of the job stays', async () => {
    const job = newJob();
    await job.use(inputs({ 'aws-profile': 'deploy' }));
    const copy = job.env.AWS_CONFIG_FILE as string;
    configparserRewrite(copy);
    writeFileSync(copy, read(copy).replace('[profile deploy]\n', '[profile deploy]\noutput = json\n'));
    expect(read(copy)).toContain(step.sts.issued[0]?.sessionToken);
    await job.end();
    expectNoKeyOfTheJob();
    expect(read(userConfig())).toBe(USER_CONFIG);
  });

  test('a second use starts from the first one’s copy; the post steps point the variable back one by one', async () => {
    const job = newJob();
    const first = await job.use(inputs({ 'aws-profile': 'deploy' }));
    const second = await job.use(inputs({ 'aws-profile': 'next' }));
    const copy = read(second.env.AWS_CONFIG_FILE as string);
    expect(copy).toMatch(/\[profile other\][\s\S]*\[profile deploy\][\s\S]*\[profile next\]/);
    const again = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(again.errors).toEqual([
      expect.stringContaining(`${second.env.AWS_CONFIG_FILE} already has "[profile deploy]"`),
    ]);
    await job.end();
    expect(job.posts.map((p) => p.env.AWS_CONFIG_FILE)).toEqual([first.env.AWS_CONFIG_FILE, userConfig()]);
    expectNoKeyOfTheJob();
  });

  test('a step that points AWS_CONFIG_FILE elsewhere keeps it: the post step leaves that variable alone', async () => {
    const job = newJob();
    await job.use(inputs({ 'aws-profile': 'deploy' }));
    job.env.AWS_CONFIG_FILE = join(step.home, 'their-config');
    const [post] = await job.end();
    expect(post?.env.AWS_CONFIG_FILE).toBeUndefined();
    expectNoKeyOfTheJob();
  });
});

describe('overwrite-aws-profile', () => {
  const USER_DEPLOY =
    '[deploy]\naws_access_key_id = AKIAUSERDEPLOY\naws_secret_access_key = user-deploy-secret\n';

  test('the user’s section is replaced in the copies only; a copy of the credentials file hides theirs', async () => {
    writeFileSync(userCredentials(), `${USER_CREDENTIALS}\n${USER_DEPLOY}`);
    writeFileSync(userConfig(), `${USER_CONFIG}\r\n[profile deploy]\r\nregion = eu-central-1\r\n`);
    const before = userFiles();
    const job = newJob();
    const refused = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(
      refused,
      /config already has "\[profile deploy\]", which the AWS tools read as that profile\. Set overwrite-aws-profile: true/,
      [],
    );
    expect(step.sts.calls).toEqual([]);
    const main = await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    expect(main.errors).toEqual([]);
    const credentials = main.env.AWS_SHARED_CREDENTIALS_FILE as string;
    expect(credentials).toBe(join(main.env.AWS_CONFIG_FILE as string, '..', 'credentials'));
    expect(read(credentials)).toBe(`${USER_CREDENTIALS}\n`);
    expect(read(main.env.AWS_CONFIG_FILE as string)).not.toContain('eu-central-1');
    expect(userFiles()).toEqual(before);
    await job.end();
    expect(job.posts[0]?.env).toMatchObject({
      AWS_CONFIG_FILE: userConfig(),
      AWS_SHARED_CREDENTIALS_FILE: userCredentials(),
    });
    expect(userFiles()).toEqual(before);
    expectNoKeyOfTheJob();
  });

  test('a hard-linked credentials file stays one file with two names', async () => {
    writeFileSync(userCredentials(), `${USER_CREDENTIALS}\n${USER_DEPLOY}`);
    const other = join(step.home, 'credentials-other-name');
    linkSync(userCredentials(), other);
    const before = userFiles();
    const job = newJob();
    await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    await job.end();
    expect(userFiles()).toEqual(before);
    expect(statSync(other).ino).toBe(statSync(userCredentials()).ino);
    expect(statSync(other).nlink).toBe(2);
  });
});

describe('one HOME, many jobs at once', () => {
  test('8 jobs, one stalled 4.5 s inside its write: all succeed, none loses its profile, nothing left after', async () => {
    const before = userFiles();
    const jobs = Array.from({ length: 8 }, () => newJob());
    const mains = await Promise.all(
      jobs.map((job, i) =>
        job.use(
          inputs({ 'aws-profile': `job${i}` }),
          i === 3
            ? {
                preload: [STALL],
                env: { ACTION_TEST_STALL_MATCH: '[profile job3]', ACTION_TEST_STALL_MS: '4500' },
              }
            : {},
        ),
      ),
    );
    expect(mains.map((r) => [r.code, r.errors])).toEqual(mains.map(() => [0, []]));
    expect(mains[3]?.durationMs).toBeGreaterThan(4500);
    // Every job's profile, read by botocore from that job's own file, is that job's session.
    const resolve = `
import botocore.session, json, os, sys
out = []
for path, name in zip(sys.argv[1::2], sys.argv[2::2]):
    os.environ["AWS_CONFIG_FILE"] = path
    out.append(botocore.session.Session(profile=name).get_credentials().access_key)
print(json.dumps(out))
`;
    const args = jobs.flatMap((job, i) => [job.env.AWS_CONFIG_FILE as string, `job${i}`]);
    const keys = JSON.parse(execFileSync('python3', ['-c', resolve, ...args], { encoding: 'utf8' }));
    expect(new Set(keys)).toEqual(new Set(step.sts.issued.map((c) => c.accessKeyId)));
    expect(keys).toHaveLength(8);
    expect(userFiles()).toEqual(before);
    await Promise.all(jobs.map((job) => job.end()));
    expect(jobs.map((job) => job.posts[0]?.code)).toEqual(jobs.map(() => 0));
    expect(userFiles()).toEqual(before);
    expectNoKeyOfTheJob();
    const secrets = step.sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]);
    for (const r of mains) expect(leaks(r, secrets)).toEqual([]);
  });
});

describe('a HOME without ~/.aws', () => {
  rootTest(
    'a root runner in a HOME another user owns: still no ~/.aws after the job, HOME unchanged',
    async () => {
      rmSync(join(step.home, '.aws'), { recursive: true });
      chownSync(step.home, 1000, 1000);
      chmodSync(step.home, 0o755);
      const stat = statSync(step.home);
      const job = newJob();
      for (const more of [{ 'aws-profile': 'deploy' }, { 'refresh-credentials': 'true' }] as Record<
        string,
        string
      >[]) {
        const main = await job.use(inputs(more));
        expect(main.errors).toEqual([]);
        expect(readdirSync(step.home)).toEqual([]);
      }
      if (AWS_CLI) {
        const who = await job.run(AWS_CLI, [
          'sts',
          'get-caller-identity',
          '--query',
          'Arn',
          '--output',
          'text',
        ]);
        expect(who.trim()).toBe(SESSION);
      }
      await job.end();
      expect(readdirSync(step.home)).toEqual([]);
      expect(statSync(step.home)).toMatchObject({
        uid: 1000,
        gid: 1000,
        mode: stat.mode,
        mtimeMs: stat.mtimeMs,
      });
      expectMode(step.home, 0o755);
      expectNoKeyOfTheJob();
    },
  );
});

describe('odd files where the user’s files should be', () => {
  test('AWS_CONFIG_FILE naming a FIFO: one clear error naming it and the variable, before any request; no hang', async () => {
    const env = { AWS_CONFIG_FILE: join(step.home, 'config.fifo') };
    execFileSync('mkfifo', [env.AWS_CONFIG_FILE]);
    const r = await newJob(env).use(inputs({ 'aws-profile': 'deploy' }), { killAfterMs: 20_000 });
    expectFailedCleanly(r, /is a FIFO \(named pipe\), not a regular file.*point AWS_CONFIG_FILE at one/, []);
    expect(step.oidc.requests).toHaveLength(0);
    expect(step.sts.calls).toEqual([]);
  });

  // botocore opens neither a directory (os.path.isfile) nor follows less than a link; the JS SDK
  // reads a directory as nothing (EISDIR, swallowed) and a link as its target. The step reads so.
  test.each([
    ['a directory where the credentials file should be is no file', 'dir'],
    ['a symlinked ~/.aws is read through', 'link'],
  ])('%s, for every tool and for the step; nothing is written there', async (_, kind) => {
    if (kind === 'dir') {
      rmSync(userCredentials());
      mkdirSync(userCredentials());
    } else {
      execFileSync('mv', [join(step.home, '.aws'), join(step.home, 'real-aws')]);
      execFileSync('ln', ['-s', join(step.home, 'real-aws'), join(step.home, '.aws')]);
    }
    const before = readdirSync(join(step.home, '.aws')).sort();
    const job = newJob();
    const r = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(r.errors).toEqual([]);
    expect(readFileSync(r.env.AWS_CONFIG_FILE as string, 'utf8')).toContain('[profile other]');
    await job.end();
    expect(readdirSync(join(step.home, '.aws')).sort()).toEqual(before);
    expectNoKeyOfTheJob();
  });
});

describe('one identity', () => {
  test('profile mode: keys an earlier step left are cleared, not left to shadow the profile', async () => {
    const r = await newJob({
      AWS_ACCESS_KEY_ID: 'AKIAEARLIERSTEP00001',
      AWS_SECRET_ACCESS_KEY: 'earlier',
      AWS_SESSION_TOKEN: 'tok',
    }).use(inputs({ 'aws-profile': 'ci' }));
    expect(r.code).toBe(0);
    expect(r.env).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_CONFIG_FILE: expect.stringMatching(/aws-oidc-credentials-[0-9a-f]{16}\/config$/),
      AWS_PROFILE: 'ci',
    });
    expect(r.stdout).toContain(
      'Cleared AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN left by an earlier step',
    );
  });

  test('environment mode: an AWS_PROFILE an earlier step left is cleared, and no file is written', async () => {
    const r = await newJob({ AWS_PROFILE: 'stale' }).use(inputs());
    expect(r.code).toBe(0);
    expect(r.env).toMatchObject({ AWS_PROFILE: '', AWS_ACCESS_KEY_ID: step.sts.issued[0]?.accessKeyId });
    expect(r.env.AWS_CONFIG_FILE).toBeUndefined();
    expect(readdirSync(step.temp)).toEqual([]);
  });

  test('a value from STS with a line break never reaches a file', async () => {
    await step.restartSts({ secrets: ['abc\n[evil]\naws_access_key_id = AKIAEVIL'] });
    const r = await newJob().use(inputs({ 'aws-profile': 'ci' }));
    expectFailedCleanly(r, /MalformedResponse: STS returned a SecretAccessKey that is not 1 to 1024/, []);
    expect(readdirSync(step.temp)).toEqual([]);
  });
});

describe('files named by the variables', () => {
  test('AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE in a workspace: read, copied, never written; nothing made there', async () => {
    const workspace = join(step.temp, 'workspace');
    mkdirSync(workspace, { mode: 0o755 });
    writeFileSync(join(workspace, 'config'), '[profile ws]\nregion = sa-east-1\n');
    const env = {
      AWS_CONFIG_FILE: join(workspace, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'credentials'),
    };
    const before = identity(env.AWS_CONFIG_FILE);
    const job = newJob(env);
    const main = await job.use(inputs({ 'aws-profile': 'ci' }));
    expect(read(main.env.AWS_CONFIG_FILE as string)).toMatch(
      /^\[profile ws\]\nregion = sa-east-1\n\n\[profile ci\]/,
    );
    expect(readdirSync(workspace)).toEqual(['config']);
    await job.end();
    expect(job.env.AWS_CONFIG_FILE).toBe(env.AWS_CONFIG_FILE);
    expect(identity(env.AWS_CONFIG_FILE)).toEqual(before);
    expect(readdirSync(workspace)).toEqual(['config']);
  });
});

describe('failures and kills while writing', () => {
  const KILL_AT = join(ROOT, 'test-support', 'kill-at.cjs');
  // Each point where the main step writes: the state, the step.temp files and renames of the job's two
  // files, GITHUB_ENV, GITHUB_OUTPUT. SIGKILL just before and just after each.
  const points = [
    ...[1, 2, 3].flatMap((n) => [`appendFileSync:${n}:before`, `appendFileSync:${n}:after`]),
    ...[1, 2].flatMap((n) => [`renameSync:${n}:before`, `renameSync:${n}:after`]),
    ...[1, 2].flatMap((n) => [`fsyncSync:${n}:before`]),
  ];
  test.each(points)(
    'killed at %s: after the post step no key is on disk, the user files as they were',
    async (point) => {
      writeFileSync(userCredentials(), `${USER_CREDENTIALS}\n[deploy]\naws_access_key_id = AKIAUSERDEPLOY\n`);
      const before = userFiles();
      const job = newJob();
      const main = await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }), {
        preload: [KILL_AT],
        env: { ACTION_TEST_KILL_AT: point },
      });
      expect(main.code).toBe(null);
      // GITHUB_ENV: all of the batch or none of it.
      expect([[], ['AWS_CONFIG_FILE', 'AWS_PROFILE', 'AWS_SHARED_CREDENTIALS_FILE']]).toContainEqual(
        Object.keys(main.env).sort(),
      );
      const posts = await job.end();
      expect(posts.map((p) => p.code)).toEqual(posts.map(() => 0));
      expect(userFiles()).toEqual(before);
      expectNoKeyOfTheJob();
    },
  );

  test('RUNNER_TEMP that cannot hold the private directory: the step fails before any request, naming it; nothing exported, nothing left', async () => {
    const job = newJob({ RUNNER_TEMP: join(step.temp, 'missing', 'deeper') });
    const r = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect([r.code, r.env, r.outputs]).toEqual([1, {}, {}]);
    expect(r.errors[0]).toMatch(
      /^Could not write this job's AWS files in .*missing\/deeper \(ENOENT: it does not exist\)\. Set RUNNER_TEMP/,
    );
    expect(step.oidc.requests).toHaveLength(0);
    await job.end();
    // No state was saved: there is no post step.
    expect(job.posts).toEqual([]);
    expect(existsSync(join(step.temp, 'missing'))).toBe(false);
    expectNoKeyOfTheJob();
  });

  test.each([
    ['a file', 'ENOTDIR: it is not a directory'],
    ['missing', 'ENOENT: it does not exist'],
  ])(
    'keys mode with an empty default to add, and refresh mode: RUNNER_TEMP %s fails before any request too',
    async (kind, said) => {
      const bad = join(step.temp, 'bad');
      if (kind === 'a file') writeFileSync(bad, '');
      for (const more of [{ 'refresh-credentials': 'true' }, {}] as Record<string, string>[]) {
        // No default profile anywhere: keys mode must add an empty one for botocore.
        const none = { AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
        const r = await newJob({ RUNNER_TEMP: bad, AWS_PROFILE: 'gone', ...none }).use(inputs(more));
        expect([r.code, r.stderr, r.errors]).toEqual([1, '', [expect.stringContaining(`(${said})`)]]);
        expect(step.oidc.requests).toHaveLength(0);
      }
    },
  );

  test('a profile that is in a file twice (botocore refuses the file): a clash naming both, and with overwrite both hidden', async () => {
    writeFileSync(userCredentials(), `${USER_CREDENTIALS}\n[deploy]\nk = 1\n[deploy]\nk = 2\n`);
    const refused = await newJob().use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(refused, /already has "\[deploy\]" and "\[deploy\]"/, []);
    expect(step.oidc.requests).toHaveLength(0);
    const r = await newJob().use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    expect(r.errors).toEqual([]);
    expect(readFileSync(r.env.AWS_SHARED_CREDENTIALS_FILE as string, 'utf8')).toBe(`${USER_CREDENTIALS}\n`);
  });
});

describe('the post step at the edges', () => {
  posixTest(
    'a private directory a later step replaced by a link to ~/.aws: nothing is deleted through it, and it says so',
    async () => {
      const job = newJob();
      const before = userFiles();
      const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
      const dir = privateDirOf(main);
      rmSync(dir, { recursive: true });
      symlinkSync(join(step.home, '.aws'), dir);
      const [post] = await job.end();
      expect(post?.code).toBe(0);
      expect(userFiles()).toEqual(before);
      expect(post?.warnings).toEqual([
        expect.stringMatching(
          /^Left in place, and why: .*aws-oidc-credentials-[0-9a-f]{16}: it is a symbolic link now, so nothing was deleted through it\./,
        ),
      ]);
      rmSync(dir);
    },
  );

  test('the config copy replaced by a directory: the post step finishes, the variables written back', async () => {
    const job = newJob();
    const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
    const config = main.env.AWS_CONFIG_FILE as string;
    rmSync(config);
    mkdirSync(join(config, 'inside'), { recursive: true });
    const [post] = await job.end();
    expect([post?.code, post?.warnings]).toEqual([0, []]);
    expect(existsSync(privateDirOf(main))).toBe(false);
    expect(job.env.AWS_CONFIG_FILE).toBe(userConfig());
  });

  test('edits of 100,000 sections: the notice names ten and counts the rest', async () => {
    const job = newJob();
    const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
    const config = main.env.AWS_CONFIG_FILE as string;
    const many = Array.from({ length: 100_000 }, (_, i) => `[profile added${i}]\nk = v\n`).join('');
    writeFileSync(config, `${readFileSync(config, 'utf8')}${many}`);
    const [post] = await job.end();
    const notice = post?.stdout.split('\n').find((l) => l.includes('Later steps edited'));
    expect(notice).toContain('[profile added9] added, and 99990 more');
    expect(notice?.length).toBeLessThan(1_000);
  });

  test('keys a later step wrote into the credentials copy: the post step says they were deleted with it', async () => {
    writeFileSync(userCredentials(), `${USER_CREDENTIALS}\n[deploy]\naws_access_key_id = AKIAUSERDEPLOY\n`);
    const job = newJob();
    const main = await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    const copy = main.env.AWS_SHARED_CREDENTIALS_FILE as string;
    writeFileSync(
      copy,
      `${readFileSync(copy, 'utf8')}\n[later]\naws_access_key_id = AKIALATER\naws_secret_access_key = x\n`,
    );
    const [post] = await job.end();
    expect(post?.stdout).toMatch(
      /Later steps changed this job's AWS credentials file \(\[later\] added\): the keys they wrote there were deleted with it/,
    );
    expectNoKeyOfTheJob();
  });
});

test('post steps out of order: a later use is told that AWS_CONFIG_FILE names a deleted file, and a refresh step without aws-profile works', async () => {
  const job = newJob();
  const first = await job.use(inputs({ 'aws-profile': 'one' }));
  const second = await job.use(inputs({ 'aws-profile': 'two' }));
  // The first use's post step runs before the second's: the second then points back at the first's file.
  for (const main of [first, second])
    Object.assign(job.env, (await runPost(main, { env: job.stepEnv() })).env);
  expect(job.env.AWS_CONFIG_FILE).toBe(first.env.AWS_CONFIG_FILE);
  const third = await job.use(inputs({ 'refresh-credentials': 'true' }));
  expect(third.errors).toEqual([]);
  expect(third.warnings).toEqual([
    expect.stringMatching(
      /^AWS_CONFIG_FILE names .*aws-oidc-credentials-[0-9a-f]{16}\/config, a file of an earlier step of this action whose post step has run/,
    ),
  ]);
});

describe('the post step killed after each of its deletions', () => {
  const KILL_AT = join(ROOT, 'test-support', 'kill-at.cjs');
  // The post step's rmSync calls, in order: the file with this job's keys first, then the other
  // files of the job, then (refresh-credentials) the refresher's settings and the directory.
  test.each([
    ['aws-profile', { 'aws-profile': 'deploy' }, 2],
    ['refresh-credentials', { 'refresh-credentials': 'true' }, 4],
  ] as const)(
    '%s: no key of the job is left on disk, whichever deletion the kill came after',
    async (_n, more, count) => {
      for (let n = 1; n <= count; n++) {
        rmSync(step.temp, { recursive: true, force: true });
        mkdirSync(step.temp);
        const job = newJob();
        const main = await job.use(inputs(more));
        expect(main.errors).toEqual([]);
        const post = await runPost(main, {
          env: { ...job.stepEnv(), ACTION_TEST_KILL_AT: `rmSync:${n}:after` },
          preload: [KILL_AT],
        });
        expect([n, post.code]).toEqual([n, null]);
        const keys = step.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);
        expectNoKeyOnDisk(keys, [step.home, step.temp]);
      }
    },
  );
});

test('a failed main step writes no file and saves no state: the post step has nothing to do', async () => {
  step.sts.fail({ error: 'AccessDenied', status: 403 }, Number.POSITIVE_INFINITY);
  const job = newJob();
  const r = await job.use(inputs({ 'aws-profile': 'deploy' }));
  expect(r.code).toBe(1);
  expect(readdirSync(step.temp)).toEqual([]);
  expect(job.mains).toEqual([]);
});
