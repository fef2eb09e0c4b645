// `npm run bench [-- --runs N] [--concurrency N --rate R [--json FILE]] [--no-load] [--no-refresh] [--baseline DIR]`
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
import { load } from './bench-load.ts';
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
const jsonAt = process.argv.indexOf('--json');
if (CONCURRENCY > 0) {
  await load(CONCURRENCY, RATE, jsonAt === -1 ? undefined : process.argv[jsonAt + 1]);
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
