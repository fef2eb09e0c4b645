// What the AWS tools of later steps read, after the step and after its post step, for the cases
// where the step used to predict with rules of its own: an AWS_PROFILE the job already had (or
// had empty), paths with ~ and $VAR, header spellings, variables that outrank AWS_PROFILE, a "$"
// in RUNNER_TEMP, a user config of thousands of profiles. Each asks the real AWS CLI and the JS
// SDK's default chain who they are, against the local STS, with the job's environment as the
// runner gives it (a variable exported "" stays set, and is passed on as "").

import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { Job } from '../../test-support/job.ts';
import { AWS_CLI, when } from '../../test-support/platform.ts';
import { ROOT } from '../../test-support/runner.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const SESSION = 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions';
const USER_ARN = 'arn:aws:iam::111111111111:user/me';
const USER_KEYS = { accessKeyId: 'AKIAUSERDEFAULT00001', secretAccessKey: 'user-secret', arn: USER_ARN };
const USER_DEFAULT = `[default]\naws_access_key_id = ${USER_KEYS.accessKeyId}\naws_secret_access_key = user-secret\n`;
const RESOLVE = join(ROOT, 'test-support', 'resolve-credentials.ts');
const cliDescribe = when(
  AWS_CLI,
  describe,
  'later-steps: what the AWS CLI reads',
  'no AWS CLI (aws) on PATH',
);

const step = useStep({ sts: { principals: [USER_KEYS] }, awsDirectory: true });
const aws = (...parts: string[]) => join(step.home, '.aws', ...parts);

const newJob = (extra: Record<string, string> = {}) => new Job({ ...step.env(), ...extra });
const inputs = (more: Record<string, string> = {}) => ({
  'aws-region': 'us-east-1',
  'role-to-assume': ROLE,
  'http-timeout-s': '5',
  ...more,
});

/** What a tool says when it fails: its last line. */
const failure = (error: unknown) => {
  const e = error as { stderr?: string; message: string };
  return `failed: ${(e.stderr || e.message).trim().split('\n').at(-1)}`;
};

/** Who the AWS CLI and the JS SDK's default chain say they are, in a later step of the job. */
async function who(job: Job, cliArgs: readonly string[] = []): Promise<{ cli: string; sdk: string }> {
  const cli = await job
    .run(AWS_CLI as string, [
      'sts',
      'get-caller-identity',
      '--region',
      'us-east-1',
      '--query',
      'Arn',
      '--output',
      'text',
      ...cliArgs,
    ])
    .then((out) => out.trim(), failure);
  const sdk = await job
    .run(process.execPath, [RESOLVE, '1', '0', 'us-east-1'])
    .then((out) => (JSON.parse(out) as { arn: string }).arn, failure);
  return { cli, sdk };
}
const both = (arn: string) => ({ cli: arn, sdk: arn });

test('a variable exported "" stays set in later steps, as the runner keeps it (the harness drops nothing)', async () => {
  const job = newJob({ AWS_ACCESS_KEY_ID: 'AKIAEARLIERSTEP00001', AWS_SECRET_ACCESS_KEY: 'earlier' });
  const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
  expect(main.env.AWS_ACCESS_KEY_ID).toBe('');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's ${NAME+set}: "set" when NAME is set, even to "".
  const seen = await job.run('sh', ['-c', 'printf "%s|%s" "${AWS_ACCESS_KEY_ID+set}" "$AWS_ACCESS_KEY_ID"']);
  expect(seen).toBe('set|');
});

cliDescribe('an AWS_PROFILE the job already had', () => {
  test.each([
    ['names a profile that exists', 'other'],
    ['names a profile that does not exist', 'missing'],
    ['is empty (an earlier step exported it so)', ''],
  ])(
    'keys mode, AWS_PROFILE %s: both tools use the keys; after the post step, what they did before',
    async (_, profile) => {
      writeFileSync(
        aws('credentials'),
        `${USER_DEFAULT}\n[other]\naws_access_key_id = AKIAUSEROTHER\naws_secret_access_key = x\n`,
      );
      const job = newJob({ AWS_PROFILE: profile });
      const before = await who(job);
      const main = await job.use(inputs());
      expect(main.errors).toEqual([]);
      expect(main.env.AWS_PROFILE ?? profile).toBe('');
      expect(await who(job)).toEqual(both(SESSION));
      await job.end();
      // The runner passes on what GITHUB_ENV set, "" included: the post step's values are in force.
      expect(Object.values(job.env)).toContain('');
      expect(await who(job)).toEqual(before);
    },
  );

  test('profile mode, no profile variable and no default profile before: the post step leaves both tools as they were', async () => {
    writeFileSync(
      aws('credentials'),
      '[other]\naws_access_key_id = AKIAUSEROTHER\naws_secret_access_key = x\n',
    );
    const job = newJob();
    const before = await who(job);
    expect(before.cli).toMatch(/^failed: Unable to locate credentials/);
    expect(before.sdk).toMatch(/^failed: /);
    const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(await who(job)).toEqual(both(SESSION));
    await job.end();
    expect(job.env).toMatchObject({ AWS_PROFILE: '', AWS_DEFAULT_PROFILE: 'default' });
    // Not "The config profile () could not be found": as before the step.
    expect(await who(job)).toEqual(before);
    expect(main.errors).toEqual([]);
  });

  test('the post step writes a region back, or leaves the step\u2019s: never "" (sts..amazonaws.com)', async () => {
    writeFileSync(aws('credentials'), USER_DEFAULT);
    const job = newJob();
    await job.use(inputs());
    await job.end();
    expect(job.env.AWS_REGION).toBe('us-east-1');
    expect(job.env.AWS_DEFAULT_REGION).toBe('us-east-1');
    expect(await who(job)).toEqual(both(USER_ARN));
  });
});

cliDescribe('paths as the tools expand them', () => {
  test('AWS_SHARED_CREDENTIALS_FILE: ~/.aws/ci-credentials holding [deploy]: a clash; with overwrite, both tools use the role', async () => {
    writeFileSync(
      aws('ci-credentials'),
      '[deploy]\naws_access_key_id = AKIAUSERDEPLOY\naws_secret_access_key = x\n',
    );
    const env = { AWS_SHARED_CREDENTIALS_FILE: '~/.aws/ci-credentials' };
    const refused = await newJob(env).use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(refused, /ci-credentials already has "\[deploy\]"/, []);
    expect(step.oidc.requests).toHaveLength(0);
    const job = newJob(env);
    const main = await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    expect(main.errors).toEqual([]);
    expect(await who(job)).toEqual(both(SESSION));
  });

  test('AWS_CONFIG_FILE: ~/.aws/ci-config: the copy has its profiles, and --profile other still works', async () => {
    writeFileSync(aws('ci-config'), '[profile other]\nregion = ap-south-1\n');
    writeFileSync(
      aws('credentials'),
      '[other]\naws_access_key_id = AKIAUSERDEFAULT00001\naws_secret_access_key = user-secret\n',
    );
    const job = newJob({ AWS_CONFIG_FILE: '~/.aws/ci-config' });
    const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(readFileSync(main.env.AWS_CONFIG_FILE as string, 'utf8')).toMatch(
      /^\[profile other\]\nregion = ap-south-1\n/,
    );
    expect((await who(job, ['--profile', 'other'])).cli).toBe(USER_ARN);
    expect(await who(job)).toEqual(both(SESSION));
  });

  test('AWS_CONFIG_FILE="": botocore reads no file, the JS SDK ~/.aws/config: refused, naming the variable', async () => {
    writeFileSync(aws('config'), '[profile other]\nregion = ap-south-1\n');
    const r = await newJob({ AWS_CONFIG_FILE: '' }).use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(r, /^AWS_CONFIG_FILE is "": the AWS CLI and boto3 \(botocore\) reads no file/, []);
    expect(step.oidc.requests).toHaveLength(0);
  });

  test('AWS_CONFIG_FILE=/dev/null and a symlinked config are read as the tools read them', async () => {
    writeFileSync(join(step.home, 'real-config'), '[profile other]\nregion = ap-south-1\n');
    symlinkSync(join(step.home, 'real-config'), aws('config'));
    for (const env of [{ AWS_CONFIG_FILE: '/dev/null' }, {}] as Record<string, string>[]) {
      const job = newJob(env);
      const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
      expect(main.errors).toEqual([]);
      expect(await who(job)).toEqual(both(SESSION));
    }
  });

  test('a "$" in RUNNER_TEMP, which botocore would expand in AWS_CONFIG_FILE: refused before any request, naming RUNNER_TEMP', async () => {
    const dollar = join(step.temp, 'a$HOME');
    mkdirSync(dollar);
    const r = await newJob({ RUNNER_TEMP: dollar }).use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(r, /where the AWS CLI expands "\$HOME" in AWS_CONFIG_FILE.*Set RUNNER_TEMP/, []);
    expect(step.oidc.requests).toHaveLength(0);
  });
});

cliDescribe('section headers as each tool reads them', () => {
  test.each([
    ['[profile "deploy"]', 'config'],
    ["[profile 'deploy']", 'config'],
    ['[profile  deploy ]', 'config'],
    ['[profile.deploy]', 'config'],
  ])('%s in %s: a clash; with overwrite, taken out, and both tools use the role', async (header, file) => {
    const body = 'role_arn = arn:aws:iam::111111111111:role/theirs\nsource_profile = default\n';
    writeFileSync(aws('credentials'), USER_DEFAULT);
    if (file === 'config') writeFileSync(aws('config'), `${header}\n${body}`);
    else
      writeFileSync(
        aws('credentials'),
        `${USER_DEFAULT}\n${header}\naws_access_key_id = AKIAUSERDEPLOY\naws_secret_access_key = x\n`,
      );
    const refused = await newJob().use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(refused, /already has ".*deploy.*", which the AWS tools read as that profile/, []);
    const job = newJob();
    const main = await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    expect(main.errors).toEqual([]);
    expect(await who(job)).toEqual(both(SESSION));
  });

  test('[deploy] x in the credentials file: botocore reads [deploy], the JS SDK no header, so its keys join [default] there: refused, with which', async () => {
    writeFileSync(
      aws('credentials'),
      `${USER_DEFAULT}\n[deploy] x\naws_access_key_id = AKIAUSERDEPLOY\naws_secret_access_key = x\n`,
    );
    const refused = await newJob().use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(refused, /already has "\[deploy\] x", which the AWS tools read as that profile/, []);
    const r = await newJob().use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    expectFailedCleanly(
      r,
      /read as different sections, so taking out profile deploy would change profile default/,
      [],
    );
    expect(step.oidc.requests).toHaveLength(0);
  });

  test('[profile default] is the default profile: aws-profile: default clashes with it', async () => {
    writeFileSync(aws('config'), '[profile default]\nregion = eu-west-1\n');
    const r = await newJob().use(inputs({ 'aws-profile': 'default' }));
    expectFailedCleanly(r, /already has "\[profile default\]"/, []);
  });

  test('[ deploy ], which no tool reads as deploy, is no clash', async () => {
    writeFileSync(
      aws('credentials'),
      `${USER_DEFAULT}\n[ deploy ]\naws_access_key_id = AKIAX\naws_secret_access_key = x\n`,
    );
    const job = newJob();
    expect((await job.use(inputs({ 'aws-profile': 'deploy' }))).errors).toEqual([]);
    expect(await who(job)).toEqual(both(SESSION));
  });

  test('a config file with CR line ends: botocore reads its sections (a clash), the JS SDK none; the copy keeps both readings', async () => {
    writeFileSync(
      aws('config'),
      '[profile other]\rregion = ap-south-1\r[profile deploy]\rregion = eu-west-1\r',
    );
    const refused = await newJob().use(inputs({ 'aws-profile': 'deploy' }));
    expectFailedCleanly(refused, /already has "\[profile deploy\]"/, []);
    const job = newJob();
    const main = await job.use(inputs({ 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' }));
    expect(main.errors).toEqual([]);
    expect(await who(job)).toEqual(both(SESSION));
    expect(
      (await job.run(AWS_CLI as string, ['configure', 'get', 'region', '--profile', 'other'])).trim(),
    ).toBe('ap-south-1');
  });
});

cliDescribe('variables that outrank AWS_PROFILE', () => {
  test('AWS_DEFAULT_PROFILE, which botocore reads first: named too, and written back', async () => {
    writeFileSync(aws('credentials'), USER_DEFAULT);
    const job = newJob({ AWS_DEFAULT_PROFILE: 'default' });
    const before = await who(job);
    await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(job.env.AWS_DEFAULT_PROFILE).toBe('deploy');
    expect(await who(job)).toEqual(both(SESSION));
    await job.end();
    expect(job.env.AWS_DEFAULT_PROFILE).toBe('default');
    expect(await who(job)).toEqual(before);
  });

  test('IRSA (AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE): botocore would take them first; cleared, then written back', async () => {
    writeFileSync(join(step.home, 'pod-token'), 'eyJ.pod.token');
    const irsa = {
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/pod',
      AWS_WEB_IDENTITY_TOKEN_FILE: join(step.home, 'pod-token'),
    };
    const job = newJob(irsa);
    const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(main.env.AWS_WEB_IDENTITY_TOKEN_FILE).toBe('');
    expect(await who(job)).toEqual(both(SESSION));
    await job.end();
    expect(job.env.AWS_WEB_IDENTITY_TOKEN_FILE).toBe(irsa.AWS_WEB_IDENTITY_TOKEN_FILE);
  });
});

cliDescribe('the post step\u2019s state', () => {
  test('a user config of 5,000 profiles: the state stays a few KiB, and the post step runs', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `[profile p${i}]\nregion = us-east-1\n`).join('');
    writeFileSync(aws('config'), many);
    const job = newJob();
    const main = await job.use(inputs({ 'aws-profile': 'deploy' }));
    expect(main.errors).toEqual([]);
    const state = Object.values(main.state).join('');
    expect(state.length).toBeLessThan(4096);
    const [post] = await job.end();
    expect(post?.code).toBe(0);
    const dir = JSON.parse(main.state['aws-oidc-credentials'] ?? '{}').files.dir as string;
    expect(existsSync(dir)).toBe(false);
    expect(statSync(aws('config')).size).toBe(many.length);
  });
});
