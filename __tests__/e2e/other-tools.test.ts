// The refresher and the job's end, and other tools on the same requests: nothing of ours may stay
// on disk, not even from a refresher still minting when the post step runs. (The job's own AWS
// files against other tools' edits: job-files.test.ts.)

import { type ChildProcess, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, test } from '@jest/globals';
import { expectFailedCleanly, expectNoKeyOnDisk, leftIn } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import {
  ROOT,
  type RunOptions,
  type RunResult,
  runAction,
  runPost,
  stepStartMs,
} from '../../test-support/runner.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
// As Python's configparser writes a file: no comments, "key = value", a blank line after each
// section. A rewrite by configparser gives these bytes back unchanged.
const USER_CREDENTIALS =
  '[default]\naws_access_key_id = AKIAUSERDEFAULT\naws_secret_access_key = user-default-secret\n\n' +
  '[other]\naws_access_key_id = AKIAUSEROTHER\naws_secret_access_key = user-other-secret\n\n';
const USER_CONFIG = '[default]\nregion = eu-west-1\n\n[profile other]\nregion = ap-south-1\n\n';

const step = useStep({ awsDirectory: true });
const credentialsFile = () => join(step.home, '.aws', 'credentials');
const configFile = () => join(step.home, '.aws', 'config');
const read = (path: string) => readFileSync(path, 'utf8');

beforeEach(() => {
  writeFileSync(credentialsFile(), USER_CREDENTIALS, { mode: 0o600 });
  writeFileSync(configFile(), USER_CONFIG, { mode: 0o600 });
});

const stepEnv = step.env;

function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'http-timeout-s': '5', ...inputs },
    env: stepEnv(options.env),
  });
}
const post = (main: RunResult) => runPost(main, { env: { HOME: step.home, RUNNER_TEMP: step.temp } });

/** No access key, secret or session token STS issued is anywhere under HOME or RUNNER_TEMP. */
const expectNoKeyOfOurs = () =>
  expectNoKeyOnDisk(
    step.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
    [step.home, step.temp],
  );

/** The refreshing profile's settings file, in the job's private directory. */
const settingsFile = () => {
  const dir = readdirSync(step.temp).find((d) => d.startsWith('aws-oidc-credentials-'));
  return join(step.temp, dir ?? '', 'settings.json');
};
/** Makes the cached credentials look five minutes from expiry, so that the next call mints. */
function ageCache(): void {
  const file = join(settingsFile(), '..', 'cache.json');
  const entry = JSON.parse(read(file)) as Record<string, string>;
  entry.Expiration = new Date(Date.now() + 5 * 60_000).toISOString();
  writeFileSync(file, JSON.stringify(entry));
}

describe('the refresher and the job end', () => {
  /** credential_process as a later step's tool runs it. */
  function refresher(main: RunResult): ChildProcess {
    return spawn(process.execPath, [join(ROOT, 'dist', 'refresh', 'index.js'), settingsFile()], {
      env: { ...stepEnv(main.env), PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  const exit = (child: ChildProcess) =>
    new Promise<{ code: number | null; stdout: string }>((done) => {
      let stdout = '';
      child.stdout?.on('data', (d) => (stdout += d));
      child.on('close', (code) => done({ code, stdout }));
    });

  test('a mint still in flight when the post step runs: the directory does not come back, no key stays', async () => {
    const main = await run({ 'refresh-credentials': 'true' });
    expect(main.errors).toEqual([]);
    ageCache();
    step.sts.fail({ delayMs: 1500 });
    const child = refresher(main);
    const done = exit(child);
    // Wait until the refresher's call has reached STS, then end the job.
    for (let i = 0; i < 100 && step.sts.calls.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(step.sts.calls).toHaveLength(2);
    await post(main);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ Version: 1, AccessKeyId: step.sts.issued[1]?.accessKeyId });
    expect(leftIn(step.temp)).toEqual([]);
    expect(read(configFile())).toBe(USER_CONFIG);
    expectNoKeyOfOurs();
  });

  test('the settings removed while a mint is in flight: what it minted is handed over, not cached', async () => {
    const main = await run({ 'refresh-credentials': 'true' });
    ageCache();
    const settings = settingsFile();
    const cache = join(settings, '..', 'cache.json');
    const before = read(cache);
    step.sts.fail({ delayMs: 1500 });
    const done = exit(refresher(main));
    for (let i = 0; i < 100 && step.sts.calls.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    rmSync(settings);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(JSON.parse(stdout).AccessKeyId).toBe(step.sts.issued[1]?.accessKeyId);
    expect(read(cache)).toBe(before);
    await post(main);
  });

  test('after the post step, a refresher fails with a clear message and makes nothing', async () => {
    const main = await run({ 'refresh-credentials': 'true' });
    const settings = settingsFile();
    await post(main);
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'refresh', 'index.js'), settings], {
      env: { ...stepEnv(main.env), PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const { code } = await exit(child);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is gone: this action's post step has run/);
    // Only the post step's mark, empty, beside where the directory was: no key, nothing else.
    const left = readdirSync(step.temp);
    expect(left).toEqual([expect.stringMatching(/^aws-oidc-credentials-[0-9a-f]{16}\.retired$/)]);
    expect(readFileSync(join(step.temp, left[0] as string), 'utf8')).toBe('');
  });

  test.each([
    [
      'a step emptied RUNNER_TEMP',
      /is gone: RUNNER_TEMP was emptied \(the runner's .*event\.json is gone too\)/,
    ],
    ['the post step ran', /is gone: this action's post step has run/],
    [
      'a step removed only the job\u2019s directory',
      /is gone: a step removed it while the job runs \(this action's post step has not run\)/,
    ],
    [
      'a container job emptied RUNNER_TEMP (its event file is elsewhere)',
      /is gone: a step removed it while the job runs/,
    ],
  ])('%s: the refresher says which, and makes nothing', async (what, said) => {
    // The runner's event file, which it writes under RUNNER_TEMP when the job starts (in a
    // container job, under /github/workflow instead).
    const container = what.startsWith('a container');
    const event = container
      ? join(mkdtempSync(join(tmpdir(), 'github-')), 'event.json')
      : join(step.temp, '_github_workflow', 'event.json');
    mkdirSync(dirname(event), { recursive: true });
    writeFileSync(event, '{}');
    const main = await run({ 'refresh-credentials': 'true' }, { env: { GITHUB_EVENT_PATH: event } });
    const settings = settingsFile();
    if (what === 'the post step ran') await post(main);
    else if (what.startsWith('a step removed')) rmSync(dirname(settings), { recursive: true });
    else
      for (const entry of readdirSync(step.temp))
        rmSync(join(step.temp, entry), { recursive: true, force: true });
    const calls = step.sts.calls.length;
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'refresh', 'index.js'), settings], {
      env: { ...stepEnv({ ...main.env, GITHUB_EVENT_PATH: event }), PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const { code } = await exit(child);
    expect(code).toBe(1);
    expect(stderr).toMatch(said);
    expect(step.sts.calls.length).toBe(calls);
  });

  test('a lock left by a killed holder, its mtime in the future (the clock stepped back): taken over in seconds', async () => {
    const main = await run({ 'refresh-credentials': 'true' });
    ageCache();
    const lock = join(settingsFile(), '..', 'cache.json.lock');
    mkdirSync(lock);
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(lock, future, future);
    const started = performance.now();
    const { code, stdout } = await exit(refresher(main));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).AccessKeyId).toBe(step.sts.issued[1]?.accessKeyId);
    // Without recovery it waits for the lock's whole budget, about 97 s, then fails.
    expect(performance.now() - started).toBeLessThan(20_000 + 3 * (await stepStartMs()));
    await post(main);
  });
});

describe('outside text', () => {
  test('ESC and BEL in an input reach the log escaped, never raw', async () => {
    const audience = 'sts\u001b[31m.amazonaws.com\u0007';
    const r = await run({ audience }, { env: { RUNNER_DEBUG: '1' } });
    const raw = (text: string) => text.includes('\u001b') || text.includes('\u0007');
    expect(raw(`${r.stdout}${r.stderr}`)).toBe(false);
    expect(r.stdout).toContain('sts\\x1b[31m.amazonaws.com\\x07');
    expect(raw(r.summary)).toBe(false);
  });
});

describe("STS's answer must match the question", () => {
  test('a session in another account than role-to-assume: refused, nothing exported, the part that differs named', async () => {
    await step.restartSts({ assumedRoleArn: (roleArn) => roleArn.replace('123456789012', '999999999999') });
    const r = await run({});
    expectFailedCleanly(
      r,
      /UnexpectedRole: STS answered with credentials for arn:aws:sts::999999999999:assumed-role\/deploy\/GitHubActions, which is not a session of arn:aws:iam::123456789012:role\/deploy: the account \(999999999999, not 123456789012\) differs/,
      step.sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
    );
    expect(step.sts.calls).toHaveLength(1);
  });
});

describe('one proxy decision for every request', () => {
  // The proxy and this preload both resolve *.test to 127.0.0.1, so either route works, and the
  // proxy's record shows which one each request took.
  const PRELOAD = join(ROOT, 'test-support', 'resolve-test-hosts.cjs');
  test.each<[string, string, { oidc: boolean; sts: boolean }]>([
    ['no NO_PROXY', '', { oidc: true, sts: true }],
    ['*.test', '*.test', { oidc: false, sts: false }],
    ['.test', '.test', { oidc: false, sts: false }],
    ['a bare domain names its subdomains', 'test', { oidc: false, sts: false }],
    ['spaces between entries', 'oidc.test sts.test', { oidc: false, sts: false }],
    ['commas and spaces, any case', 'OIDC.test , Sts.Test', { oidc: false, sts: false }],
    ['one host', 'sts.test', { oidc: true, sts: false }],
    ['*', '*', { oidc: false, sts: false }],
    ['another port', 'sts.test:1', { oidc: true, sts: true }],
  ])('NO_PROXY %s: the token request and STS follow the same rule', async (_name, noProxy, proxied) => {
    const { startProxyServer } = await import('../../test-support/proxy-server.ts');
    const proxy = await startProxyServer();
    try {
      const oidcPort = new URL(step.oidc.url).port;
      const stsPort = new URL(step.sts.url).port;
      const r = await run(
        { 'http-proxy': proxy.url, 'sts-endpoint': `http://sts.test:${stsPort}` },
        {
          env: {
            ACTIONS_ID_TOKEN_REQUEST_URL: step.oidc.requestUrl.replace('127.0.0.1', 'oidc.test'),
            NO_PROXY: noProxy,
          },
          preload: [PRELOAD],
        },
      );
      expect(r.errors).toEqual([]);
      expect({
        oidc: proxy.seen.includes(`CONNECT oidc.test:${oidcPort}`),
        sts: proxy.seen.includes(`CONNECT sts.test:${stsPort}`),
      }).toEqual(proxied);
    } finally {
      await proxy.close();
    }
  });

  test('upper and lower case disagree: the main step and the refresher both take the lower case, for the proxy and for NO_PROXY', async () => {
    const { startProxyServer } = await import('../../test-support/proxy-server.ts');
    const [upper, lower] = [await startProxyServer(), await startProxyServer()];
    try {
      const stsPort = new URL(step.sts.url).port;
      const env = {
        ACTIONS_ID_TOKEN_REQUEST_URL: step.oidc.requestUrl.replace('127.0.0.1', 'oidc.test'),
        HTTPS_PROXY: upper.url,
        https_proxy: lower.url,
        HTTP_PROXY: upper.url,
        http_proxy: lower.url,
        NO_PROXY: 'nothing.test',
        no_proxy: 'oidc.test',
      };
      const main = await run(
        { 'refresh-credentials': 'true', 'sts-endpoint': `http://sts.test:${stsPort}` },
        { env, preload: [PRELOAD] },
      );
      expect(main.errors).toEqual([]);
      const seen = (p: { seen: string[] }, host: string) => p.seen.some((l) => l.includes(host));
      // The token request went direct (no_proxy names it); STS through the lower-case proxy.
      expect([seen(upper, 'oidc.test'), seen(lower, 'oidc.test')]).toEqual([false, false]);
      expect([seen(upper, 'sts.test'), seen(lower, 'sts.test')]).toEqual([false, true]);
      // A later step with the same variables: its refresher routes the same way.
      ageCache();
      const before = lower.seen.length;
      const later = await runAction({
        args: [join(ROOT, 'dist', 'refresh', 'index.js'), settingsFile()],
        env: stepEnv({ ...main.env, ...env }),
        preload: [PRELOAD],
      });
      expect(later.code).toBe(0);
      expect(lower.seen.slice(before).some((l) => l.includes('sts.test'))).toBe(true);
      expect(seen(upper, 'sts.test') || seen(upper, 'oidc.test')).toBe(false);
    } finally {
      await Promise.all([upper.close(), lower.close()]);
    }
  });

  test('an empty AWS_ENDPOINT_URL_STS is unset, as the SDK takes it: AWS_ENDPOINT_URL is dialed, and its plain http:// is warned of', async () => {
    const port = new URL(step.sts.url).port;
    const r = await run(
      {},
      { env: { AWS_ENDPOINT_URL_STS: '', AWS_ENDPOINT_URL: `http://sts.test:${port}` }, preload: [PRELOAD] },
    );
    expect(r.errors).toEqual([]);
    expect(step.sts.calls.map((c) => c.host)).toEqual([`sts.test:${port}`]);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        new RegExp(`The STS endpoint http://sts\\.test:${port} is plain http:// to another machine`),
      ),
    ]);
  });
});
