// The differential suite, end to end: generated jobs (test-support/tool-cases.ts: AWS files in
// every header spelling, line end and encoding, each variable unset, empty or set to a path with
// ~ or $VAR, relative, /dev/null, a link, a directory), each run through the built action in a
// mode that writes or exports, then asked of the real tools: botocore (one Python process per
// phase), the JS SDK's default chain, and the AWS CLI for a sample.
//
// The invariant: after the step every tool resolves the session STS issued, or the step failed
// before any STS call with its message; after the post step every tool resolves what it did before
// the step; and the user's files keep their bytes. Fixed seed; TOOL_E2E_CASES and TOOL_E2E_SEED
// for a longer run.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { botocoreResolve } from '../../test-support/botocore-resolve.ts';
import { Job } from '../../test-support/job.ts';
import { type Answer, jsResolve } from '../../test-support/js-resolve.ts';
import { type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { AWS_CLI, BOTOCORE, when } from '../../test-support/platform.ts';
import { type StsServer, startStsServer } from '../../test-support/sts-server.ts';
import { type ToolCase, toolCase, writeCase } from '../../test-support/tool-cases.ts';

const SEED = Number(process.env.TOOL_E2E_SEED ?? 20261207);
const RUNS = Number(process.env.TOOL_E2E_CASES ?? 300);
const botocoreTest = when(
  BOTOCORE,
  test,
  'tools-view: the built action against the tools',
  'no python3 with botocore',
);

/** Every auth mode that writes a file or exports credentials, as inputs. */
const MODES: readonly Readonly<Record<string, string>>[] = [
  {},
  { 'aws-profile': 'deploy' },
  { 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' },
  { 'aws-profile': 'default', 'overwrite-aws-profile': 'true' },
  { 'refresh-credentials': 'true' },
  { 'aws-profile': 'other', 'overwrite-aws-profile': 'true', 'output-env-credentials': 'true' },
];

let oidc: OidcServer;
let sts: StsServer;
const root = mkdtempSync(join(tmpdir(), 'tools-view-'));
beforeAll(async () => {
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks });
});
afterAll(async () => {
  await Promise.all([oidc.close(), sts.close()]);
  rmSync(root, { recursive: true, force: true });
});

interface Run {
  readonly i: number;
  readonly c: ToolCase;
  readonly mode: Readonly<Record<string, string>>;
  readonly dir: string;
  readonly job: Job;
  readonly files: string;
  stsCalls?: number;
  failed?: string[];
  issued?: string;
}

/** Each tool's answer for each run's job environment now: botocore in one Python process. */
async function answers(runs: readonly Run[]): Promise<{ botocore: Answer[]; js: Answer[] }> {
  const envs = runs.map((r) => r.job.stepEnv() as Record<string, string>);
  const real = botocoreResolve(envs.map((env, k) => ({ env, cwd: runs[k]?.dir as string })));
  const js: Answer[] = [];
  for (const [k, env] of envs.entries()) js.push(await jsResolve(env, runs[k]?.dir as string));
  return { botocore: real.answers, js };
}

/** The bytes of every file of the user's (HOME and the files/ the variables name). */
function userBytes(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const p = join(d, e.name);
      if (e.isDirectory()) return p.includes('temp') ? [] : walk(p);
      return e.isFile() ? [`${p}:${readFileSync(p, 'base64')}:${statSync(p).mtimeMs}`] : [];
    });
  return walk(dir).sort().join('\n');
}

const kindOf = (a: Answer | undefined) => (a?.ok ? a.source?.kind : 'refused');

botocoreTest(
  'every tool resolves the session, or the step failed before STS; after the post step, as before',
  async () => {
    const started = performance.now();
    const sample = fc.sample(fc.tuple(toolCase, fc.nat(MODES.length - 1)), { seed: SEED, numRuns: RUNS });
    const runs: Run[] = sample.map(([c, m], i) => {
      const dir = join(root, String(i));
      mkdirSync(join(dir, 'temp'), { recursive: true });
      const env = writeCase(c, dir);
      const base = { ...env, ...oidc.env(), RUNNER_TEMP: join(dir, 'temp'), AWS_ENDPOINT_URL_STS: sts.url };
      return { i, c, mode: MODES[m] ?? {}, dir, job: new Job(base, dir), files: userBytes(dir) };
    });
    const before = await answers(runs);
    for (const run of runs) {
      const calls = sts.calls.length;
      const main = await run.job.use({
        'aws-region': 'us-east-1',
        'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
        ...run.mode,
      });
      run.stsCalls = sts.calls.length - calls;
      if (main.code !== 0) run.failed = main.errors;
      else run.issued = sts.issued.at(-1)?.accessKeyId;
    }
    const after = await answers(runs);
    const problems: unknown[] = [];
    for (const run of runs) {
      const k = run.i;
      if (run.failed) {
        // Failed: one error, before any STS call.
        if (run.failed.length !== 1 || run.stsCalls !== 0)
          problems.push({ run: k, failed: run.failed, stsCalls: run.stsCalls });
        continue;
      }
      for (const [tool, a] of [
        ['botocore', after.botocore[k]],
        ['js', after.js[k]],
      ] as const) {
        const key = a?.source?.accessKeyId;
        const ok = a?.ok && (key === run.issued || (a.source?.kind === 'process' && key === undefined));
        if (!ok)
          problems.push({ run: k, tool, mode: run.mode, env: run.c.env, answer: a, issued: run.issued });
      }
    }
    const sampled = runs.filter((r) => !r.failed).slice(0, AWS_CLI ? 4 : 0);
    for (const run of sampled) {
      const arn = await run.job.run(AWS_CLI as string, [
        'sts',
        'get-caller-identity',
        '--region',
        'us-east-1',
        '--query',
        'Arn',
        '--output',
        'text',
      ]);
      if (arn.trim() !== 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions')
        problems.push({ run: run.i, cli: arn });
    }
    for (const run of runs) await run.job.end();
    const end = await answers(runs);
    for (const run of runs) {
      const k = run.i;
      for (const [tool, was, is] of [
        ['botocore', before.botocore[k], end.botocore[k]],
        ['js', before.js[k], end.js[k]],
      ] as const) {
        const same = kindOf(was) === kindOf(is) && was?.source?.accessKeyId === is?.source?.accessKeyId;
        if (!same) problems.push({ run: k, phase: 'post', tool, mode: run.mode, env: run.c.env, was, is });
      }
      if (userBytes(run.dir) !== run.files) problems.push({ run: k, userFilesChanged: true });
    }
    const failed = runs.filter((r) => r.failed).length;
    console.log(
      `tools-view: ${runs.length} jobs (seed ${SEED}), ${runs.length - failed} published and ${failed} refused before STS, ` +
        `botocore and the JS SDK for each, the AWS CLI for ${sampled.length}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(problems.slice(0, 3)).toEqual([]);
  },
  600_000,
);
