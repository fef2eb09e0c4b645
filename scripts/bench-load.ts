// The load part of `npm run bench`: N action processes started at once against one local STS,
// first without a limit (what this machine's CPU allows), then with a token bucket of R calls a
// second that answers Throttling. Per job (its calls share one OIDC token): the first call, the
// calls made, the success. --json FILE saves the run for `npm run sim -- --validate FILE`.

import { writeFileSync } from 'node:fs';
import { startOidcServer } from '../test-support/oidc-server.ts';
import { runAction } from '../test-support/runner.ts';
import { type StsCall, startStsServer } from '../test-support/sts-server.ts';

export interface LoadRun {
  readonly n: number;
  readonly rate: number | undefined;
  readonly ok: number;
  /** Each job's first STS call, ms after the first job's first call (sorted). */
  readonly starts: number[];
  /** The first STS call, ms after the processes were started. */
  readonly firstCallMs: number;
  /** The last success, from the first STS call and from the start of the processes. */
  readonly makespanFromFirstCallMs: number;
  readonly makespanFromStartMs: number;
  readonly callsPerJob: number;
  readonly maxCalls: number;
}

const inputs = { 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/bench' };

function byJob(calls: readonly StsCall[]): StsCall[][] {
  const jobs = new Map<string, StsCall[]>();
  for (const c of calls) jobs.set(c.token ?? '', [...(jobs.get(c.token ?? '') ?? []), c]);
  return [...jobs.values()];
}

export async function loadRun(n: number, rate: number | undefined, script?: string): Promise<LoadRun> {
  const oidc = await startOidcServer();
  const sts = await startStsServer({ jwks: oidc.jwks, ...(rate ? { ratePerSecond: rate } : {}) });
  const env = { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url };
  const startedAt = Date.now();
  const results = await Promise.all(
    Array.from({ length: n }, () =>
      runAction({ inputs, env, killAfterMs: 300_000, ...(script ? { script } : {}) }),
    ),
  );
  await Promise.all([oidc.close(), sts.close()]);
  const jobs = byJob(sts.calls);
  const first = Math.min(...sts.calls.map((c) => c.at));
  const lastOk = Math.max(first, ...sts.calls.filter((c) => c.outcome === 'ok').map((c) => c.at));
  return {
    n,
    rate,
    ok: results.filter((r) => r.code === 0).length,
    starts: jobs.map((calls) => Math.min(...calls.map((c) => c.at)) - first).sort((a, b) => a - b),
    firstCallMs: first - startedAt,
    makespanFromFirstCallMs: lastOk - first,
    makespanFromStartMs: lastOk - startedAt,
    callsPerJob: sts.calls.length / n,
    maxCalls: Math.max(...jobs.map((calls) => calls.length)),
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One storm cell: the same N processes with no limit, then at R calls a second. */
export interface Storm {
  readonly free: LoadRun;
  readonly limited: LoadRun;
  /** The unthrottled makespan: the no-limit run's, or N/R if that is longer. */
  readonly floorMs: number;
  /** The limited makespan over floorMs. */
  readonly ratio: number;
}

export async function storm(n: number, rate: number, script?: string): Promise<Storm> {
  const free = await loadRun(n, undefined, script);
  const limited = await loadRun(n, rate, script);
  const floorMs = Math.max((n / rate) * 1000, free.makespanFromFirstCallMs);
  return { free, limited, floorMs, ratio: limited.makespanFromFirstCallMs / floorMs };
}

/** Runs both rounds (no limit, then R calls a second), prints the table, and saves JSON if asked. */
export async function load(n: number, rate: number, json?: string): Promise<LoadRun> {
  const { free, limited, floorMs: floor } = await storm(n, rate);
  console.log(`Node ${process.versions.node}; N=${n} processes at once, STS token bucket R=${rate}/s`);
  console.log('STS        ok     first call  makespan (from first call / from start)  calls/job  max');
  for (const [name, x] of [
    ['no limit', free],
    [`${rate}/s`, limited],
  ] as const) {
    console.log(
      `${name.padEnd(9)}${`${x.ok}/${n}`.padStart(7)}${s(x.firstCallMs).padStart(13)}` +
        `${s(x.makespanFromFirstCallMs).padStart(12)} / ${s(x.makespanFromStartMs).padEnd(26)}` +
        `${x.callsPerJob.toFixed(2).padStart(9)}${String(x.maxCalls).padStart(5)}`,
    );
  }
  console.log(
    `floor = max(N/R = ${s((n / rate) * 1000)}, no-limit makespan ${s(free.makespanFromFirstCallMs)})`,
  );
  const checks: [string, boolean, string][] = [
    ['all succeed', limited.ok === n, `${limited.ok}/${n}`],
    ['STS calls per job <= 3', limited.callsPerJob <= 3, limited.callsPerJob.toFixed(2)],
    [
      'makespan (first call) <= 1.3 x floor',
      limited.makespanFromFirstCallMs <= 1.3 * floor,
      `${(limited.makespanFromFirstCallMs / floor).toFixed(2)} x`,
    ],
  ];
  for (const [name, ok, value] of checks)
    console.log(`${name.padEnd(38)}${value.padStart(10)}  ${ok ? 'met' : 'MISSED'}`);
  if (json) writeFileSync(json, `${JSON.stringify({ ...limited, floorMs: floor }, null, 2)}\n`);
  return limited;
}
