// refresh-credentials as later steps use it: the AWS SDK for JavaScript's default chain (which runs
// credential_process through a shell) and the AWS CLI from Debian's packages (which splits it with
// shlex), each in many separate processes. STS calls and token requests are counted.

import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, test } from '@jest/globals';
import { expectFailedCleanly, leftIn } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { AWS_CLI, expectMode, POSIX, when } from '../../test-support/platform.ts';
import {
  leaks,
  privateDirOf,
  ROOT,
  type RunOptions,
  type RunResult,
  runAction,
  runPost,
} from '../../test-support/runner.ts';

const awsCliTest = when(
  AWS_CLI,
  test,
  'refresh: the AWS CLI runs the credential_process',
  'no AWS CLI (aws) on PATH',
);

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const TARGET = 'arn:aws:iam::210987654321:role/target';
const RESOLVER = join(ROOT, 'test-support', 'resolve-credentials.ts');
const USER_CONFIG = '[default]\nregion = eu-west-1\n\n[profile other]\nregion = ap-south-1\n';

const step = useStep({ awsDirectory: true });
beforeEach(() => writeFileSync(join(step.home, '.aws', 'config'), USER_CONFIG));

const stepEnv = step.env;

function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'refresh-credentials': 'true', ...inputs },
    env: stepEnv(options.env),
  });
}

/** A later step in the JS SDK: the default credential chain, then GetCallerIdentity; one process. */
async function jsSdk(
  main: RunResult,
  env: RunOptions['env'] = {},
): Promise<{ arn?: string; stderr: string }> {
  const r = await runAction({ args: [RESOLVER, '1'], env: stepEnv({ ...main.env, ...env }) });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  return { ...(line ? (JSON.parse(line) as { arn: string }) : {}), stderr: r.stderr };
}

/** A later step's `aws sts get-caller-identity`, the Debian AWS CLI. */
async function awsCli(main: RunResult, cwd = step.temp): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', ...stepEnv(main.env), AWS_EC2_METADATA_DISABLED: 'true' };
  const { stdout } = await promisify(execFile)(
    AWS_CLI as string,
    [
      'sts',
      'get-caller-identity',
      '--endpoint-url',
      step.sts.url,
      '--region',
      'us-east-1',
      '--output',
      'json',
    ],
    { env: env as NodeJS.ProcessEnv, cwd },
  );
  return (JSON.parse(stdout) as { Arn: string }).Arn;
}

const exchanges = () => step.sts.calls.filter((c) => c.action === 'AssumeRoleWithWebIdentity');
const secrets = () => [
  ...step.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
  ...step.oidc.issued,
  step.oidc.requestToken,
];
const configText = () => readFileSync(join(step.home, '.aws', 'config'), 'utf8');
/** The job's private directory, and its cache file. */
const privateDir = () =>
  join(step.temp, readdirSync(step.temp).find((d) => d.startsWith('aws-oidc-credentials-')) ?? '');
/** Makes the cached credentials look five minutes from expiry, as if an hour had passed. */
function ageCache(dir = privateDir()): void {
  const file = join(dir, 'cache.json');
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  entry.Expiration = new Date(Date.now() + 5 * 60_000).toISOString();
  writeFileSync(file, JSON.stringify(entry));
}

describe('the profile', () => {
  test("in the job's own config, beside the user's profiles; keys blanked; the cache seeded; the user's config only read", async () => {
    // As the runner makes it: open to read. Not ours to chmod.
    chmodSync(step.temp, 0o755);
    const main = await run({});
    expect(main.errors).toEqual([]);
    expect(main.env).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(privateDir(), 'config'),
      AWS_PROFILE: 'aws-oidc-refresh',
    });
    expect(configText()).toBe(USER_CONFIG);
    const copy = readFileSync(main.env.AWS_CONFIG_FILE ?? '', 'utf8');
    expect(copy.startsWith(USER_CONFIG)).toBe(true);
    expect(copy).toMatch(
      POSIX
        ? /\n\[profile aws-oidc-refresh\]\nregion = us-east-1\ncredential_process = '.+' '.+refresh\/index\.js' '.+settings\.json'\n/
        : /\n\[profile aws-oidc-refresh\]\r?\nregion = us-east-1\r?\ncredential_process = .+node\.exe"? "?.+refresh\\index\.js"? "?.+settings\.json"?\r?\n/,
    );
    const dir = privateDir();
    expectMode(dir, 0o700);
    for (const f of ['settings.json', 'cache.json', 'config']) expectMode(join(dir, f), 0o600);
    // RUNNER_TEMP itself is not ours: its mode is untouched.
    expectMode(step.temp, 0o755);
    const settings = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(settings).not.toContain(step.oidc.requestToken);
    expect(readFileSync(join(dir, 'cache.json'), 'utf8')).toContain(step.sts.issued[0]?.accessKeyId);
    expect(leaks(main, secrets())).toEqual([]);
  });

  test('the post step takes out the profile and the directory; the user config is back byte for byte', async () => {
    const main = await run({});
    const settingsFile = join(privateDir(), 'settings.json');
    const post = await runPost(main, { env: stepEnv() });
    expect(post.code).toBe(0);
    expect(configText()).toBe(USER_CONFIG);
    expect(leftIn(step.temp)).toEqual([]);
    const direct = await runAction({
      args: [join(ROOT, 'dist', 'refresh', 'index.js'), settingsFile],
      env: stepEnv(),
    });
    expect(direct.code).toBe(1);
    expect(direct.stdout).toBe('');
    expect(direct.stderr).toMatch(/is gone: this action's post step has run/);
  });
});

describe('the endpoint the refresher dials', () => {
  test.each([
    ['AWS_ENDPOINT_URL_STS only in the environment', {}, (url: string) => ({ AWS_ENDPOINT_URL_STS: url })],
    [
      'sts-endpoint only as an input',
      (url: string) => ({ 'sts-endpoint': url }),
      () => ({ AWS_ENDPOINT_URL_STS: undefined }),
    ],
    [
      'AWS_ENDPOINT_URL, with AWS_ENDPOINT_URL_STS empty (the SDK takes empty for unset)',
      {},
      (url: string) => ({ AWS_ENDPOINT_URL_STS: '', AWS_ENDPOINT_URL: url }),
    ],
  ] as const)(
    '%s: kept in the settings, so a later step without it mints from the same STS',
    async (_n, inputs, env) => {
      const main = await run(typeof inputs === 'function' ? inputs(step.sts.url) : inputs, {
        env: env(step.sts.url),
      });
      expect(main.errors).toEqual([]);
      const settings = JSON.parse(readFileSync(join(privateDir(), 'settings.json'), 'utf8')) as {
        stsEndpoint?: string;
      };
      expect(settings.stsEndpoint).toBe(step.sts.url);
      ageCache();
      const later = await runAction({
        args: [join(ROOT, 'dist', 'refresh', 'index.js'), join(privateDir(), 'settings.json')],
        env: stepEnv({ AWS_ENDPOINT_URL_STS: undefined }),
      });
      expect(later.code).toBe(0);
      expect(exchanges()).toHaveLength(2);
    },
  );
});

describe('later steps, from the cache', () => {
  test('8 separate JS SDK processes: no new token, no new session', async () => {
    const main = await run({});
    for (let i = 0; i < 8; i++) {
      expect((await jsSdk(main)).arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions');
    }
    expect(exchanges()).toHaveLength(1);
    expect(step.oidc.requests).toHaveLength(1);
    const signers = new Set(
      step.sts.calls.filter((c) => c.action === 'GetCallerIdentity').map((c) => c.caller),
    );
    expect(signers).toEqual(new Set([step.sts.issued[0]?.accessKeyId]));
  });

  awsCliTest(
    '100 separate `aws` commands (4 at a time): at most 2 token requests and 2 exchanges in all',
    async () => {
      const main = await run({});
      const arns: string[] = [];
      for (let batch = 0; batch < 25; batch++) {
        arns.push(...(await Promise.all(Array.from({ length: 4 }, () => awsCli(main)))));
      }
      expect(new Set(arns)).toEqual(new Set(['arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions']));
      expect(exchanges().length).toBeLessThanOrEqual(2);
      expect(step.oidc.requests.length).toBeLessThanOrEqual(2);
    },
    // 100 AWS CLI starts, each a Python start: minutes on a busy 2-core machine. The bound that
    // matters is the count of exchanges above, not the time.
    600_000,
  );
});

describe('when the cached session nears its end', () => {
  awsCliTest('the next process mints a NEW token and session; 8 at once mint one between them', async () => {
    const main = await run({});
    ageCache();
    const arns = await Promise.all(Array.from({ length: 8 }, () => jsSdk(main)));
    expect(arns.map((a) => a.arn)).toEqual(
      Array(8).fill('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions'),
    );
    expect(exchanges()).toHaveLength(2);
    expect(step.oidc.issued).toHaveLength(2);
    expect(exchanges()[1]?.token).toBe(step.oidc.issued[1]);
    // And the CLI sees the new session too.
    expect(await awsCli(main)).toBe('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions');
    expect(exchanges()).toHaveLength(2);
  });

  test('a later mint asks for what the first did: session name, duration, policies, audience, and a new token', async () => {
    await step.restartSts({ audiences: ['my-aud'] });
    const main = await run({
      audience: 'my-aud',
      'role-session-name': 'deploy-42',
      'role-duration-seconds': '1800',
      'inline-session-policy':
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
    expect(main.errors).toEqual([]);
    ageCache();
    expect((await jsSdk(main)).arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/deploy-42');
    const [first, later] = exchanges().map(({ params: { WebIdentityToken, ...asked } }) => ({
      asked,
      WebIdentityToken,
    }));
    expect(later?.asked).toEqual(first?.asked);
    expect(first?.asked).toMatchObject({ RoleSessionName: 'deploy-42', DurationSeconds: '1800' });
    expect(later?.WebIdentityToken).not.toBe(first?.WebIdentityToken);
    expect(step.oidc.requests.map((r) => r.audience)).toEqual(['my-aud', 'my-aud']);
  });

  test('without the token variables, the refresher says what to pass on; the request token is on no disk', async () => {
    const main = await run({});
    ageCache();
    const r = await jsSdk(main, {
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
    });
    expect(r.arn).toBeUndefined();
    const direct = await runAction({
      args: [join(ROOT, 'dist', 'refresh', 'index.js'), join(privateDir(), 'settings.json')],
      env: stepEnv({ ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }),
    });
    expect(direct.stderr).toMatch(
      /ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not in the environment .*sudo --preserve-env=/,
    );
    for (const f of readdirSync(privateDir())) {
      expect(readFileSync(join(privateDir(), f), 'utf8')).not.toContain(step.oidc.requestToken);
    }
  });
});

describe('paths no shell may run', () => {
  awsCliTest(
    '$(...), backticks, quotes, spaces and non-ASCII in RUNNER_TEMP and in the action path: both consumers resolve, nothing runs',
    async () => {
      const hostile = `a b'c"d$(touch pwned1)\`touch pwned2\`;touch pwned3 ü日本`;
      step.temp = join(step.temp, hostile);
      mkdirSync(step.temp);
      const action = join(step.temp, `action ${hostile}`);
      cpSync(join(ROOT, 'dist'), join(action, 'dist'), { recursive: true });
      const main = await run({}, { script: join(action, 'dist', 'index.js') });
      expect(main.errors).toEqual([]);
      expect(readFileSync(main.env.AWS_CONFIG_FILE ?? '', 'utf8')).toContain(`refresh/index.js`);
      const cwd = mkdtempSync(join(tmpdir(), 'cwd-'));
      ageCache();
      expect((await jsSdk(main)).arn).toContain('assumed-role/deploy');
      ageCache();
      expect(await awsCli(main, cwd)).toContain('assumed-role/deploy');
      expect(exchanges()).toHaveLength(3);
      for (const dir of [cwd, step.temp, step.home, ROOT]) {
        for (const sentinel of ['pwned1', 'pwned2', 'pwned3'])
          expect(existsSync(join(dir, sentinel))).toBe(false);
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  );
});

describe('several refreshing profiles, and chains', () => {
  awsCliTest(
    'two refreshing profiles in one job, different roles: each resolves to its own role; the user profiles stay',
    async () => {
      const first = await run({ 'aws-profile': 'deploy' });
      const second = await run({
        'aws-profile': 'audit',
        'role-to-assume': 'arn:aws:iam::123456789012:role/audit',
      });
      expect([first.code, second.code]).toEqual([0, 0]);
      expect((await jsSdk(first)).arn).toContain('assumed-role/deploy/');
      expect((await jsSdk(second)).arn).toContain('assumed-role/audit/');
      expect(await awsCli(first)).toContain('assumed-role/deploy/');
      expect(readFileSync(first.env.AWS_CONFIG_FILE ?? '', 'utf8')).toContain(
        '[profile other]\nregion = ap-south-1\n',
      );
      await runPost(second, { env: stepEnv() });
      await runPost(first, { env: stepEnv() });
      expect(configText()).toBe(USER_CONFIG);
    },
  );

  test('a second step without its own aws-profile is refused before any request, naming what it did set', async () => {
    const first = await run({});
    const again = await run({}, { env: first.env });
    expectFailedCleanly(
      again,
      /^refresh-credentials writes the profile "aws-oidc-refresh" when aws-profile is not set, but .*config already has "\[profile aws-oidc-refresh\]", which the AWS tools read as that profile\. Set overwrite-aws-profile: true .*, or set aws-profile to a name of its own for this step\./,
      secrets(),
    );
    expect(again.errors[0]).not.toContain("Input 'aws-profile'");
  });

  awsCliTest(
    'role-chaining from a refreshing profile, refreshed: the chain outlives its source session',
    async () => {
      const base = await run({ 'aws-profile': 'base' });
      const chained = await run(
        {
          'role-to-assume': TARGET,
          'role-chaining': 'true',
          'aws-profile': 'chained',
          'role-duration-seconds': '3600',
        },
        { env: base.env },
      );
      expect(chained.errors).toEqual([]);
      const assumeRoles = () => step.sts.calls.filter((c) => c.action === 'AssumeRole');
      // The first chained session was signed by the base profile's (cached) session.
      expect(assumeRoles().map((c) => c.caller)).toEqual([step.sts.issued[0]?.accessKeyId]);
      expect((await jsSdk(chained)).arn).toContain('assumed-role/target/');
      // An hour later: both sessions near their end. The chained profile mints the base anew (OIDC),
      // then the chain with it.
      ageCache(privateDirOf(chained));
      ageCache(privateDirOf(base));
      expect(await awsCli(chained)).toContain('assumed-role/target/');
      expect(exchanges()).toHaveLength(2);
      expect(assumeRoles()).toHaveLength(2);
      expect(assumeRoles()[1]?.caller).toBe(step.sts.issued.at(-2)?.accessKeyId);
    },
  );

  test('role-chaining from a refreshing profile whose cache aged: the source minted in this step is masked before anything else', async () => {
    const base = await run({ 'aws-profile': 'base' });
    ageCache(privateDirOf(base));
    const issuedBefore = step.sts.issued.length;
    const chained = await run(
      { 'role-to-assume': TARGET, 'role-chaining': 'true', 'aws-profile': 'chained' },
      { env: { ...base.env, RUNNER_DEBUG: '1' } },
    );
    expect(chained.errors).toEqual([]);
    // Minted by this step (no earlier step of the job masked it): the source, then the chain.
    const source = step.sts.issued[issuedBefore];
    expect(source).toBeDefined();
    const keys = [source?.accessKeyId, source?.secretAccessKey, source?.sessionToken] as string[];
    expect(chained.masks).toEqual(expect.arrayContaining(keys));
    expect(leaks(chained, secrets())).toEqual([]);
  });

  test('role-chaining with refresh-credentials after a step that exported keys: it chains from the refreshing profile, not the keys', async () => {
    const base = await run({ 'aws-profile': 'base' });
    expect(base.errors).toEqual([]);
    // A step in between exported static keys (say, this action without refresh-credentials).
    const dirty = { ...base.env, AWS_ACCESS_KEY_ID: 'AKIASTATICKEYS000001', AWS_SECRET_ACCESS_KEY: 'static' };
    const chained = await run(
      { 'role-to-assume': TARGET, 'role-chaining': 'true', 'aws-profile': 'chained' },
      { env: dirty },
    );
    expect(chained.errors).toEqual([]);
    const assumeRoles = step.sts.calls.filter((c) => c.action === 'AssumeRole');
    expect(assumeRoles.map((c) => c.caller)).toEqual([step.sts.issued[0]?.accessKeyId]);
  });

  test('role-chaining with refresh-credentials needs a refreshing source, and a name of its own', async () => {
    let r = await run({ 'role-to-assume': TARGET, 'role-chaining': 'true' });
    expectFailedCleanly(
      r,
      /refresh-credentials and role-chaining are both true, so this step writes a second refreshing profile/,
      secrets(),
    );
    r = await run({ 'role-to-assume': TARGET, 'role-chaining': 'true', 'aws-profile': 'chained' });
    expectFailedCleanly(
      r,
      /chains from the refreshing profile AWS_PROFILE names, and there is none/,
      secrets(),
    );
    r = await run({ 'output-env-credentials': 'true' });
    expectFailedCleanly(r, /refresh-credentials and output-env-credentials are both true/, secrets());
    r = await run({
      'role-to-assume': '',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 's',
    });
    expectFailedCleanly(
      r,
      /refreshes through GitHub OIDC \(or chains from a refreshing profile\) and the inputs choose access-keys/,
      secrets(),
    );
    expect(step.sts.calls).toHaveLength(0);
  });
});
