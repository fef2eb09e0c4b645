// `npm run bench [-- --runs N]`: wall time of dist/index.js from process start to exit, as the
// runner starts it, against the local token endpoint and STS; bare `node -e ''` measured in the
// same run so that the numbers are relative to this machine. Scenarios are interleaved so that
// a noisy neighbour slows them all alike.

import { statSync } from 'node:fs';
import { startOidcServer } from '../test-support/oidc-server.ts';
import { MAIN, type RunResult, runAction } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg === -1 ? 21 : Number(process.argv[runsArg + 1]);

const oidc = await startOidcServer();
const sts = await startStsServer({ jwks: oidc.jwks });
const inputs = { 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/bench' };
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

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const median = (name: string) => quantile(times.get(name) ?? [], 0.5);
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

console.log(
  `Node ${process.versions.node}; ${RUNS} runs per scenario, interleaved; bundle ${(statSync(MAIN).size / 1024).toFixed(0)} KiB`,
);
console.log(`\n${'scenario'.padEnd(20)}${'median'.padStart(10)}${'p90'.padStart(10)}${'min'.padStart(10)}`);
for (const [name, xs] of times) {
  console.log(`${name.padEnd(20)}${ms(quantile(xs, 0.5))}${ms(quantile(xs, 0.9))}${ms(Math.min(...xs))}`);
}

const bare = median("bare node -e ''");
const happy = median('happy path');
const targets: [string, number, number][] = [
  ['happy path above bare node', happy - bare, 150],
  ['expired-in-flight above happy path', median('expired in flight') - happy, 50],
  ['AccessDenied answered in', median('AccessDenied'), 1000],
];
console.log(`\n${'target'.padEnd(38)}${'measured'.padStart(10)}${'limit'.padStart(10)}`);
for (const [name, value, limit] of targets) {
  console.log(`${name.padEnd(38)}${ms(value)}${ms(limit)}  ${value <= limit ? 'met' : 'MISSED'}`);
}
