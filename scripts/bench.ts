// `npm run bench [-- --runs N] [--storm-runs K] [--previous REF] [--baseline DIR] [--no-storms] [--no-refresh] [--no-big-config]`
// `npm run bench -- --concurrency N --rate R [--json FILE]` (one storm cell, for the simulator)
//
// One table, a column per build, each run as a user's runner gets it (the download extracted, the
// inputs' defaults from its action.yml as INPUT_*), against the same local token endpoint and STS:
// - this build: the working tree's archive (export-ignore applied);
// - --previous REF: this action's archive at a git ref (e.g. HEAD~3, v1.0.0), for before/after;
// - --baseline DIR: another action's root as downloaded, e.g. configure-aws-credentials' (its
//   action.yml and dist/), so that the ratio to it is measured in the same run, not remembered.
// Rows: the happy path (median wall time from process start to exit, interleaved with bare `node`
// and with the other builds, so a noisy neighbour slows them all alike), the download (gzipped
// tar), and the storm cells (N processes at once against an STS limited to R calls a second; the
// makespan over the unthrottled one, calls per job, jobs that succeeded); aws-profile with a 15 MB
// ~/.aws/config (the copy is made in linear time). Then what refresh-credentials costs a later step.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { extractedArchive } from '../test-support/archive.ts';
import { startOidcServer } from '../test-support/oidc-server.ts';
import { type RunResult, runAction, runPost } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';
import { load, type Storm, storm } from './bench-load.ts';
import { refreshCost } from './bench-refresh.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const RUNS = Number(arg('--runs') ?? 21);
/** Runs of each storm cell per build (`--storm-runs K`): a storm's tail is luck, so K > 1 shows the spread. */
const STORM_RUNS = Number(arg('--storm-runs') ?? 1);
if (Number(arg('--concurrency') ?? 0) > 0) {
  await load(Number(arg('--concurrency')), Number(arg('--rate') ?? 10), arg('--json'));
  process.exit(0);
}
const STORMS: [n: number, rate: number][] = [
  [50, 10],
  [100, 4],
  [60, 2],
  [200, 5],
];

/** A build as a runner has it: the root it extracted, and the main step action.yml names. */
interface Build {
  readonly name: string;
  readonly root: string;
  readonly main: string;
  readonly post: string;
  /** Each input's default, as the runner passes it (INPUT_*). */
  readonly defaults: Record<string, string>;
}

function buildAt(name: string, root: string): Build {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
    runs: { main: string; post: string };
  };
  const defaults = Object.entries(action.inputs ?? {}).flatMap(([input, spec]) =>
    spec.default === undefined ? [] : [[input, String(spec.default)]],
  );
  const [main, post] = [join(root, action.runs.main), join(root, action.runs.post)];
  return { name, root, main, post, defaults: Object.fromEntries(defaults) };
}

/** What the runner downloads for it: the root, tarred and gzipped. */
const downloadBytes = (root: string) =>
  execFileSync('sh', ['-c', 'tar -c --sort=name -C "$1" . | gzip -n | wc -c', 'sh', root]).toString().trim();

const builds: Build[] = [buildAt('this build', extractedArchive())];
const previous = arg('--previous');
if (previous) builds.push(buildAt(`previous (${previous})`, extractedArchive(previous)));
const baseline = arg('--baseline');
if (baseline) builds.push(buildAt(`baseline (${baseline})`, resolve(baseline)));

// What every runner sets, and some actions require (configure-aws-credentials refuses to run
// without GITHUB_WORKFLOW, GITHUB_ACTION, GITHUB_ACTOR and GITHUB_SHA).
const RUNNER_ENV = {
  GITHUB_WORKFLOW: 'deploy',
  GITHUB_ACTION: '__run',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_RUN_ID: '1234567890',
};
const INPUTS = { 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/bench' };

/** A run of one build, and the exit code it must end with. */
type Scenario = [name: string, expectCode: number, run: () => Promise<RunResult>];

async function happyPaths(): Promise<Map<string, number[]>> {
  const oidc = await startOidcServer();
  const sts = await startStsServer({ jwks: oidc.jwks });
  const env = { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url, ...RUNNER_ENV };
  const runOf = (b: Build) => () => runAction({ script: b.main, inputs: { ...b.defaults, ...INPUTS }, env });
  const ours = runOf(builds[0] as Build);
  const scenarios: Scenario[] = [
    ["bare node -e ''", 0, () => runAction({ args: ['-e', ''] })],
    ...builds.map((b): Scenario => [b.name, 0, runOf(b)]),
    // The post step after a main step of its own (not timed).
    ...builds.map(
      (b): Scenario => [`${b.name} post`, 0, async () => runPost(await runOf(b)(), { script: b.post })],
    ),
    [
      'expired in flight',
      0,
      () => {
        sts.fail({ error: 'ExpiredTokenException', message: 'Token expired' });
        return ours();
      },
    ],
    [
      'AccessDenied',
      1,
      () => {
        sts.fail({
          error: 'AccessDenied',
          message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
          status: 403,
        });
        return ours();
      },
    ],
  ];
  const times = new Map<string, number[]>(scenarios.map(([name]) => [name, []]));
  try {
    for (const [, , run] of scenarios) await run(); // the file cache, warm
    for (let i = 0; i < RUNS; i++) {
      for (const [name, code, run] of scenarios) {
        const r = await run();
        if (r.code !== code) throw new Error(`${name}: exit code ${r.code}\n${r.stdout}\n${r.stderr}`);
        times.get(name)?.push(r.durationMs);
      }
    }
  } finally {
    await Promise.all([oidc.close(), sts.close()]);
  }
  return times;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const cell = (text: string) => text.padStart(26);

const times = await happyPaths();
const bare = median(times.get("bare node -e ''") ?? []);
const happy = builds.map((b) => median(times.get(b.name) ?? []));
const post = builds.map((b) => median(times.get(`${b.name} post`) ?? []));
const rows: [string, string[]][] = [
  ['happy path, median', happy.map((t) => `${t.toFixed(0)} ms`)],
  ['  above bare node', happy.map((t) => `${(t - bare).toFixed(0)} ms`)],
];
if (baseline) {
  const base = happy.at(-1) ?? NaN;
  rows.push(['  x the baseline', happy.map((t) => `${(t / base).toFixed(2)} x`)]);
}
const only = (text: string) => [text, ...builds.slice(1).map(() => '-')];
rows.push([
  '  expired in flight, more',
  only(`${(median(times.get('expired in flight') ?? []) - (happy[0] ?? NaN)).toFixed(0)} ms`),
]);
rows.push(['  AccessDenied, answered in', only(`${median(times.get('AccessDenied') ?? []).toFixed(0)} ms`)]);
rows.push(['post step, above bare node', post.map((t) => `${(t - bare).toFixed(0)} ms`)]);
rows.push(['download (tar.gz)', builds.map((b) => `${(Number(downloadBytes(b.root)) / 1e6).toFixed(2)} MB`)]);

/**
 * A user config of about 15 MB (500,000 profiles): median of 3 runs per build, with the keys in the
 * environment (what the AWS SDK's own client costs, reading that file for its settings) and with
 * aws-profile (the job's copy of it as well).
 */
async function bigConfig(more: Record<string, string>): Promise<string[]> {
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  mkdirSync(join(home, '.aws'));
  const line = (i: number) => `[profile p${i}]\nregion = us-east-1\n`;
  writeFileSync(join(home, '.aws', 'config'), Array.from({ length: 500_000 }, (_, i) => line(i)).join(''));
  const oidc = await startOidcServer();
  const sts = await startStsServer({ jwks: oidc.jwks });
  const env = { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url, ...RUNNER_ENV, HOME: home, RUNNER_TEMP: home };
  try {
    const cells: string[] = [];
    for (const b of builds) {
      const ms: number[] = [];
      for (let i = 0; i < 3; i++) {
        const inputs = { ...b.defaults, ...INPUTS, ...more };
        const r = await runAction({ script: b.main, inputs, env, killAfterMs: 120_000 });
        if (r.code !== 0) throw new Error(`${b.name}, 15 MB config: exit code ${r.code}\n${r.stdout}`);
        ms.push(r.durationMs);
        // Builds before 2026-12 saved a digest of every section in the state: their post step
        // cannot even be started with this config (E2BIG). Its files go with HOME below.
        await runPost(r, { script: b.post, env: { ...env, ...r.env } }).catch(() => undefined);
      }
      cells.push(`${(median(ms) / 1000).toFixed(2)} s`);
    }
    return cells;
  } finally {
    await Promise.all([oidc.close(), sts.close()]);
    rmSync(home, { recursive: true, force: true });
  }
}
if (!process.argv.includes('--no-big-config')) {
  rows.push(['15 MB config, keys', await bigConfig({})]);
  rows.push(['15 MB config, aws-profile', await bigConfig({ 'aws-profile': 'bench' })]);
}

if (!process.argv.includes('--no-storms')) {
  // Storms run this action's builds only: the baseline's retries are its own business.
  const ours = builds.filter((b) => !b.name.startsWith('baseline'));
  for (const [n, rate] of STORMS) {
    // Each build STORM_RUNS times, interleaved; a cell shows the medians and every job's outcome.
    const results: Storm[][] = ours.map(() => []);
    for (let k = 0; k < STORM_RUNS; k++)
      for (const [i, b] of ours.entries()) results[i]?.push(await storm(n, rate, b.main));
    const shown = (f: (runs: Storm[]) => string) => [...results.map(f), ...(baseline ? ['-'] : [])];
    const mid = (runs: Storm[], f: (s: Storm) => number) => median(runs.map(f));
    const ok = (runs: Storm[]) => `${runs.reduce((sum, s) => sum + s.limited.ok, 0)}/${n * runs.length} ok`;
    rows.push([
      `storm ${n} at ${rate}/s`,
      shown((runs) => `${mid(runs, (s) => s.ratio).toFixed(2)} x, ${ok(runs)}`),
    ]);
    rows.push([
      '  makespan / unthrottled',
      shown(
        (runs) =>
          `${(mid(runs, (s) => s.limited.makespanFromFirstCallMs) / 1000).toFixed(1)} s / ${(mid(runs, (s) => s.floorMs) / 1000).toFixed(1)} s`,
      ),
    ]);
    rows.push(['  STS calls per job', shown((runs) => mid(runs, (s) => s.limited.callsPerJob).toFixed(2))]);
    if (STORM_RUNS > 1)
      rows.push(['  x, each run', shown((runs) => runs.map((s) => s.ratio.toFixed(2)).join(' '))]);
  }
}

console.log(
  `Node ${process.versions.node}; ${RUNS} happy-path runs per build, interleaved; bare node ${bare.toFixed(0)} ms`,
);
console.log(`\n${''.padEnd(28)}${builds.map((b) => cell(b.name)).join('')}`);
for (const [name, values] of rows) console.log(`${name.padEnd(28)}${values.map(cell).join('')}`);

if (!process.argv.includes('--no-refresh')) await refreshCost(Math.max(5, Math.round(RUNS / 2)));
for (const b of builds.filter((x) => x.root.startsWith(tmpdir())))
  rmSync(b.root, { recursive: true, force: true });
