// `npm run bench [-- --runs N] [--concurrency N --rate R] [--no-load] [--no-refresh] [--baseline DIR]`
// 1. Start-up: wall time of dist/index.js from process start to exit, as the runner starts it,
//    against the local token endpoint and STS; bare `node -e ''` measured in the same run so that
//    the numbers are relative to this machine. Scenarios are interleaved so that a noisy neighbour
//    slows them all alike.
// 2. refresh-credentials: what a later step's call costs with the refreshing profile (cached)
//    over static keys, for the AWS SDK for JavaScript and the AWS CLI (--no-refresh skips it).
// 3. Load: N processes at once against one STS limited to R calls a second (default 50 and 10).
// --concurrency runs only the load table; --no-load only the start-up table. --baseline DIR adds
// the happy path of another build (e.g. a copy of dist/ from before a change), interleaved in the
// same run, so that a before/after comparison sees the same machine state.

import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startOidcServer } from '../test-support/oidc-server.ts';
import { MAIN, type RunResult, runAction } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';
import { refreshCost } from './bench-refresh.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = arg('--runs', 21);
const CONCURRENCY = arg('--concurrency', 0);
const RATE = arg('--rate', 10);
const baselineAt = process.argv.indexOf('--baseline');
const BASELINE = baselineAt === -1 ? undefined : process.argv[baselineAt + 1];

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const kib = (bytes: number) => (bytes / 1024).toFixed(0);
/** dist/index.js and the chunks beside it (the AWS SDK, the proxy agent) that it may load. */
const bundleBytes = () =>
  readdirSync(dirname(MAIN))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(dirname(MAIN), f)).size, 0);
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
const inputs = { 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/bench' };
if (CONCURRENCY > 0) {
  await load(CONCURRENCY, RATE);
  process.exit(0);
}
const LOAD = !process.argv.includes('--no-load');

const oidc = await startOidcServer();
const sts = await startStsServer({ jwks: oidc.jwks });
const env = { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url };

interface Scenario {
  readonly name: string;
  readonly expectCode: number;
  readonly run: () => Promise<RunResult>;
}

const scenarios: Scenario[] = [
  { name: "bare node -e ''", expectCode: 0, run: () => runAction({ args: ['-e', ''] }) },
  { name: 'happy path', expectCode: 0, run: () => runAction({ inputs, env }) },
  {
    name: 'expired in flight',
    expectCode: 0,
    run: () => {
      sts.fail({ error: 'ExpiredTokenException', message: 'Token expired' });
      return runAction({ inputs, env });
    },
  },
  {
    name: 'AccessDenied',
    expectCode: 1,
    run: () => {
      sts.fail({
        error: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        status: 403,
      });
      return runAction({ inputs, env });
    },
  },
];

if (BASELINE) {
  const script = resolve(BASELINE, 'index.js');
  scenarios.push({
    name: 'happy path [baseline]',
    expectCode: 0,
    run: () => runAction({ inputs, env, script }),
  });
}

const times = new Map<string, number[]>(scenarios.map((s) => [s.name, []]));
try {
  for (const s of scenarios) await s.run(); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    for (const s of scenarios) {
      const r = await s.run();
      if (r.code !== s.expectCode)
        throw new Error(`${s.name}: exit code ${r.code}\n${r.stdout}\n${r.stderr}`);
      times.get(s.name)?.push(r.durationMs);
    }
  }
} finally {
  await Promise.all([oidc.close(), sts.close()]);
}

const median = (name: string) => quantile(times.get(name) ?? [], 0.5);

console.log(
  `Node ${process.versions.node}; ${RUNS} runs per scenario, interleaved; ` +
    `bundle ${kib(statSync(MAIN).size)} KiB, with its lazily loaded chunks ${kib(bundleBytes())} KiB`,
);
console.log(`\n${'scenario'.padEnd(20)}${'median'.padStart(10)}${'p90'.padStart(10)}${'min'.padStart(10)}`);
for (const [name, xs] of times) {
  console.log(`${name.padEnd(20)}${ms(quantile(xs, 0.5))}${ms(quantile(xs, 0.9))}${ms(Math.min(...xs))}`);
}

const bare = median("bare node -e ''");
const happy = median('happy path');
const targets: [string, number, number][] = [
  ['happy path above bare node', happy - bare, 100],
  ['expired-in-flight above happy path', median('expired in flight') - happy, 50],
  ['AccessDenied answered in', median('AccessDenied'), 1000],
];
console.log(`\n${'target'.padEnd(38)}${'measured'.padStart(10)}${'limit'.padStart(10)}`);
for (const [name, value, limit] of targets) {
  console.log(`${name.padEnd(38)}${ms(value)}${ms(limit)}  ${value <= limit ? 'met' : 'MISSED'}`);
}
if (BASELINE) {
  const baseline = median('happy path [baseline]');
  console.log(
    `\nhappy path above bare node: this build ${ms(happy - bare)}, baseline ${BASELINE} ${ms(baseline - bare)}`,
  );
}

if (!process.argv.includes('--no-refresh')) await refreshCost(Math.max(5, Math.round(RUNS / 2)));

if (LOAD) {
  console.log('');
  await load(50, RATE);
}

/**
 * N action processes started at once against one STS, first without a limit (the CPU floor of
 * this machine), then with a token bucket of R calls a second that answers Throttling.
 */
async function load(n: number, rate: number): Promise<void> {
  const round = async (ratePerSecond: number | undefined) => {
    const oidc = await startOidcServer();
    const sts = await startStsServer({ jwks: oidc.jwks, ...(ratePerSecond ? { ratePerSecond } : {}) });
    const env = { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url };
    const startedAt = Date.now();
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: n }, () => runAction({ inputs, env, killAfterMs: 120_000 })),
    );
    const makespan = performance.now() - started;
    await Promise.all([oidc.close(), sts.close()]);
    const durations = results.map((r) => r.durationMs);
    return {
      ok: results.filter((r) => r.code === 0).length,
      makespan,
      calls: sts.calls.length,
      throttled: sts.calls.filter((c) => c.outcome === 'Throttling').length,
      firstCallMs: Math.min(...sts.calls.map((c) => c.at)) - startedAt,
      p50: quantile(durations, 0.5),
      p90: quantile(durations, 0.9),
    };
  };
  const free = await round(undefined);
  const limited = await round(rate);
  const floor = Math.max((n / rate) * 1000, free.makespan);
  console.log(`Node ${process.versions.node}; N=${n} processes at once, STS token bucket R=${rate}/s`);
  console.log(
    `\n${'STS'.padEnd(14)}${'ok'.padStart(6)}${'makespan'.padStart(12)}${'calls'.padStart(8)}${'throttled'.padStart(11)}${'p50'.padStart(10)}${'p90'.padStart(10)}`,
  );
  for (const [name, x] of [
    ['no limit', free],
    [`${rate}/s`, limited],
  ] as const) {
    console.log(
      `${name.padEnd(14)}${String(x.ok).padStart(6)}${ms(x.makespan).padStart(12)}${String(x.calls).padStart(8)}${String(x.throttled).padStart(11)}${ms(x.p50)}${ms(x.p90)}`,
    );
  }
  const perJob = limited.calls / n;
  // No client can do better than: the first call, then the rest at R a second after the burst.
  const bound = limited.firstCallMs + ((n - rate) / rate) * 1000;
  console.log(
    `first STS call at ${limited.firstCallMs} ms (all ${n} processes share the CPU while they start); ` +
      `best possible makespan about ${bound.toFixed(0)} ms = ${(bound / Math.max((n / rate) * 1000, free.makespan)).toFixed(2)} x floor`,
  );
  console.log(
    `\nfloor = max(N/R = ${((n / rate) * 1000).toFixed(0)} ms, no-limit makespan ${free.makespan.toFixed(0)} ms) = ${floor.toFixed(0)} ms`,
  );
  const checks: [string, boolean, string][] = [
    ['all succeed', limited.ok === n, `${limited.ok}/${n}`],
    ['STS calls per job <= 2', perJob <= 2, perJob.toFixed(2)],
    [
      'makespan <= 1.3 x floor',
      limited.makespan <= 1.3 * floor,
      `${(limited.makespan / floor).toFixed(2)} x`,
    ],
  ];
  for (const [name, ok, value] of checks)
    console.log(`${name.padEnd(28)}${value.padStart(10)}  ${ok ? 'met' : 'MISSED'}`);
}
