// Promises the code makes that no single feature test observes: the order of writes (recorded by a
// preload in the real bundle), features that share state (refresh with a proxy, with overwrite, in
// chains), guards at their limits (a loop of refreshing profiles), and a timer on the success path.

import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { leftIn } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { expectMode, POSIX, posixTest } from '../../test-support/platform.ts';
import { startProxyServer } from '../../test-support/proxy-server.ts';
import {
  ROOT,
  type RunOptions,
  type RunResult,
  runAction,
  runPost,
  stepStartMs,
} from '../../test-support/runner.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const TARGET = 'arn:aws:iam::210987654321:role/target';
const USER_CONFIG = '[default]\nregion = eu-west-1\n\n[profile deploy]\nregion = ap-south-1\noutput = json\n';

const step = useStep();
const stepEnv = step.env;
function run(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'http-timeout-s': '5', ...inputs },
    env: stepEnv(options.env),
  });
}
const post = (main: RunResult) => runPost(main, { env: { HOME: step.home, RUNNER_TEMP: step.temp } });
const privateDirs = () => leftIn(step.temp).filter((d) => d.startsWith('aws-oidc-credentials-'));

/** The settings file the credential_process of this profile names, in the job's config file. */
function settingsOf(main: RunResult, profile: string): string {
  const config = readFileSync(main.env.AWS_CONFIG_FILE ?? '', 'utf8');
  const section = config.slice(config.indexOf(`[profile ${profile}]`));
  const line = /credential_process = (.*)/.exec(section)?.[1] ?? '';
  const words = [...line.matchAll(POSIX ? /'((?:[^']|'\\'')*)'/g : /"([^"]*)"|(\S+)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  return words.at(-1) ?? '';
}
function refresher(settings: string, env: RunOptions['env'] = {}) {
  return new Promise<{ code: number | null; stderr: string; ms: number }>((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'refresh', 'index.js'), settings], {
      env: { ...stepEnv(env), PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr, ms: performance.now() - started }));
  });
}
const age = (settings: string) => {
  const cache = join(settings, '..', 'cache.json');
  const entry = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>;
  entry.Expiration = new Date(Date.now() + 5 * 60_000).toISOString();
  writeFileSync(cache, JSON.stringify(entry));
};

const TRACE = join(ROOT, 'test-support', 'trace.cjs');

describe('the order of effects, recorded in the bundle', () => {
  posixTest(
    "masks, then the job's directory made (empty), then state naming it, then the file written, fsynced, renamed, the directory fsynced; env, outputs last; nothing written under HOME",
    async () => {
      mkdirSync(join(step.home, '.aws'));
      writeFileSync(join(step.home, '.aws', 'credentials'), '[default]\nk = v\n');
      const trace = join(step.temp, 'trace');
      const r = await run({ 'aws-profile': 'ci' }, { preload: [TRACE], env: { ACTION_TEST_TRACE: trace } });
      expect(r.errors).toEqual([]);
      const events = readFileSync(trace, 'utf8').trim().split('\n');
      const at = (pattern: RegExp, from = 0) => {
        const i = events.findIndex((e, n) => n >= from && pattern.test(e));
        expect([pattern.source, i]).not.toEqual([pattern.source, -1]);
        return i;
      };
      const dir = `${step.temp}/aws-oidc-credentials-[0-9a-f]{16}`;
      const lastMask = events.map((e) => e.startsWith('mask ')).lastIndexOf(true);
      // The preflight made a directory and removed it again (the disk checked before any request).
      const state = at(/^append .*\/state$/);
      const made = events.map((e) => new RegExp(`^mkdir ${dir}$`).test(e)).lastIndexOf(true);
      expect([made > lastMask, made < state]).toEqual([true, true]);
      const opened = at(new RegExp(`^open ${dir}/\\.config\\.[0-9a-f]+\\.tmp$`), state);
      const written = at(/^write .*\.config\.[0-9a-f]+\.tmp$/, opened);
      const synced = at(/^fsync .*\.config\.[0-9a-f]+\.tmp$/, written);
      const renamed = at(new RegExp(`^rename ${dir}/\\.config\\.[0-9a-f]+\\.tmp -> ${dir}/config$`), synced);
      const dirSynced = at(new RegExp(`^fsync ${dir}$`), renamed);
      const env = at(/^append .*\/env$/);
      const outputs = at(/^append .*\/output$/);
      expect(lastMask).toBeLessThan(state);
      expect(dirSynced).toBeLessThan(env);
      expect(env).toBeLessThan(outputs);
      // The user's files are only opened (read-only: files.ts readText); nothing under HOME changes.
      expect(
        events.filter((e) => /^(write|fsync|rename|mkdir|unlink|append) /.test(e) && e.includes(step.home)),
      ).toEqual([]);
    },
  );
});

describe('the token request before the AWS SDK', () => {
  test('the request for the token is sent before the bundle loads the chunk that holds the SDK', async () => {
    const trace = join(step.home, 'trace');
    const r = await run({}, { preload: [TRACE], env: { ACTION_TEST_TRACE: trace } });
    expect(r.errors).toEqual([]);
    const events = readFileSync(trace, 'utf8').trim().split('\n');
    const token = events.findIndex((e) => /^request GET \/token/.test(e));
    const sdk = events.findIndex(
      (e) =>
        e.startsWith('load ') &&
        readFileSync(e.slice('load '.length), 'utf8').includes('AssumeRoleWithWebIdentityCommand'),
    );
    expect(token).toBeGreaterThan(-1);
    expect(sdk).toBeGreaterThan(-1);
    expect(token).toBeLessThan(sdk);
  });
});

describe('a timer on the success path', () => {
  test('a step that succeeds with action-timeout-s set exits at once, not when the timer would fire', async () => {
    const r = await run({ 'action-timeout-s': '30' }, { killAfterMs: 20_000 });
    expect(r.errors).toEqual([]);
    expect(r.timedOut).toBe(false);
    expect(r.durationMs).toBeLessThan(5_000 + 3 * (await stepStartMs()));
  });
});

describe('features that share state', () => {
  test('refresh-credentials with a proxy from the environment: its password is on no disk; the later step uses its own', async () => {
    const proxy = await startProxyServer();
    try {
      const withPassword = proxy.url.replace('http://', 'http://user:s3cret-pr0xy@');
      const stsPort = new URL(step.sts.url).port;
      const main = await run(
        { 'refresh-credentials': 'true', 'sts-endpoint': `http://sts.test:${stsPort}` },
        { env: { HTTPS_PROXY: withPassword } },
      );
      expect(main.errors).toEqual([]);
      const onDisk = [step.home, step.temp].flatMap((d) =>
        readdirSync(d, { recursive: true, encoding: 'utf8' })
          .map((f) => join(d, f))
          .filter((f) => statSync(f).isFile())
          .map((f) => readFileSync(f, 'utf8')),
      );
      expect(onDisk.some((text) => text.includes('s3cret-pr0xy'))).toBe(false);
      // Given only by the input, it has no other source for a later step: then it is stored.
      await post(main);
      const byInput = await run({
        'refresh-credentials': 'true',
        'http-proxy': withPassword,
        'sts-endpoint': `http://sts.test:${stsPort}`,
      });
      expect(byInput.errors).toEqual([]);
      const [dir] = privateDirs();
      expect(readFileSync(join(step.temp, dir ?? '', 'settings.json'), 'utf8')).toContain('s3cret-pr0xy');
      expectMode(join(step.temp, dir ?? '', 'settings.json'), 0o600);
      await post(byInput);
    } finally {
      await proxy.close();
    }
  });

  test("refresh-credentials with overwrite-aws-profile: the user's profile is replaced in the job's copy only", async () => {
    mkdirSync(join(step.home, '.aws'));
    writeFileSync(join(step.home, '.aws', 'config'), USER_CONFIG);
    const main = await run({
      'refresh-credentials': 'true',
      'aws-profile': 'deploy',
      'overwrite-aws-profile': 'true',
    });
    expect(main.errors).toEqual([]);
    const copy = readFileSync(main.env.AWS_CONFIG_FILE ?? '', 'utf8');
    expect(copy).toContain('credential_process');
    expect(copy).not.toContain('ap-south-1');
    expect(readFileSync(join(step.home, '.aws', 'config'), 'utf8')).toBe(USER_CONFIG);
    await post(main);
    expect(readFileSync(join(step.home, '.aws', 'config'), 'utf8')).toBe(USER_CONFIG);
    expect(privateDirs()).toEqual([]);
  });

  test('refresh-credentials with http-proxy given: the refresher goes through it, unless the later step has a proxy of its own', async () => {
    const [given, own] = [await startProxyServer(), await startProxyServer()];
    try {
      const endpoint = `http://sts.test:${new URL(step.sts.url).port}`;
      const main = await run({
        'refresh-credentials': 'true',
        'http-proxy': given.url,
        'sts-endpoint': endpoint,
      });
      expect(main.errors).toEqual([]);
      const settings = settingsOf(main, 'aws-oidc-refresh');
      const throughGiven = () => given.seen.filter((l) => l.includes('sts.test')).length;
      const before = throughGiven();
      expect(before).toBeGreaterThan(0);
      age(settings);
      expect((await refresher(settings)).code).toBe(0);
      expect(throughGiven()).toBe(before + 1);
      age(settings);
      expect((await refresher(settings, { HTTP_PROXY: own.url })).code).toBe(0);
      expect(throughGiven()).toBe(before + 1);
      expect(own.seen.filter((l) => l.includes('sts.test'))).toHaveLength(1);
      await post(main);
    } finally {
      await Promise.all([given.close(), own.close()]);
    }
  });
});

describe('chains of refreshing profiles', () => {
  test('two refreshing profiles that chain from each other: refused in under 2 s, naming both, no lock waited on', async () => {
    const first = await run({ 'refresh-credentials': 'true' });
    const chained = await run(
      {
        'refresh-credentials': 'true',
        'role-chaining': 'true',
        'role-to-assume': TARGET,
        'aws-profile': 'deploy-chained',
      },
      { env: first.env },
    );
    expect(chained.errors).toEqual([]);
    // Make the first one chain from the second: a loop.
    const a = settingsOf(chained, 'aws-oidc-refresh');
    const b = settingsOf(chained, 'deploy-chained');
    const settingsA = JSON.parse(readFileSync(a, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      a,
      JSON.stringify({ ...settingsA, kind: 'chain', source: b, tags: { tags: [], droppable: [] } }),
    );
    age(a);
    age(b);
    const r = await refresher(b);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(2_000 + 3 * (await stepStartMs()));
    expect(r.stderr).toMatch(
      /The refreshing profiles chain in a loop \(deploy-chained -> aws-oidc-refresh -> deploy-chained\)/,
    );
    await post(chained);
    await post(first);
  });
});
