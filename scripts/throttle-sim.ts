// `npm run sim [-- --n N --rate R] [--sweep] [--validate FILE]`: a discrete-event simulation of N
// jobs against one STS that answers Throttling above R calls a second (a token bucket, as the
// local STS and AWS STS have). Each job runs the action's own retry loop, exchange() from
// src/exchange.ts with its real policy code, on a virtual clock: a sweep of policies takes seconds,
// where real runs take minutes. --validate replays a real run's first-call times (npm run bench
// -- --concurrency N --rate R --json FILE) and compares.

import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, type Effects, exchange, type RetryPolicy } from '../src/exchange.ts';

/** Virtual time: a job's sleep() resolves when every job is blocked and its time is the earliest. */
class VirtualClock {
  now = 0;
  private readonly queue: { at: number; seq: number; wake: () => void }[] = [];
  private seq = 0;
  /** Jobs not blocked on the clock (running, or between p-retry's real-time steps). */
  private running = 0;

  sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      this.queue.push({ at: this.now + Math.max(0, ms), seq: this.seq++, wake });
      this.running--;
    });

  async job<T>(body: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await body();
    } finally {
      this.running--;
    }
  }

  /** Runs until every job is done. */
  async run(done: () => boolean): Promise<void> {
    while (!done()) {
      while (this.running > 0) await new Promise((r) => setImmediate(r));
      if (done() || this.queue.length === 0) break;
      this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.queue.shift() as (typeof this.queue)[number];
      this.now = next.at;
      this.running++;
      next.wake();
    }
  }
}

/** A seeded PRNG (mulberry32), so that a sweep is repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The local STS's token bucket (test-support/sts-server.ts), on the virtual clock. */
function tokenBucket(rate: number, clock: VirtualClock): () => boolean {
  let tokens = rate;
  let filledAt = 0;
  return () => {
    tokens = Math.min(rate, tokens + ((clock.now - filledAt) / 1000) * rate);
    filledAt = clock.now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export interface Scenario {
  readonly n: number;
  readonly rate: number;
  /** Each job's first STS call, ms from the first job's; length n. */
  readonly starts: readonly number[];
  /** One STS round trip. */
  readonly latencyMs: number;
  readonly seed: number;
}

export interface Outcome {
  readonly ok: number;
  /** From the first STS call to the last success, ms. */
  readonly makespanMs: number;
  readonly callsPerJob: number;
  readonly maxCalls: number;
}

const THROTTLED = Object.assign(new Error('Rate exceeded'), {
  name: 'Throttling',
  $metadata: { httpStatusCode: 400 },
});

export async function simulate(policy: RetryPolicy, s: Scenario): Promise<Outcome> {
  const clock = new VirtualClock();
  const take = tokenBucket(s.rate, clock);
  const random = seeded(s.seed);
  const signal = new AbortController().signal;
  let calls = 0;
  let finished = 0;
  const perJob: number[] = [];
  const successes: number[] = [];
  const effects: Effects = {
    sleep: (ms) => clock.sleep(ms),
    now: () => clock.now,
    random,
    log: () => undefined,
  };
  const one = async (i: number) => {
    await clock.sleep(s.starts[i] ?? 0);
    let mine = 0;
    const call = async () => {
      calls++;
      mine++;
      await clock.sleep(s.latencyMs / 2);
      const ok = take();
      await clock.sleep(s.latencyMs / 2);
      if (!ok) throw THROTTLED;
      return 'credentials';
    };
    try {
      await exchange(policy, { ...effects, fetchToken: async () => 'token', call }, signal);
      successes.push(clock.now);
    } catch {
      // counted by ok below
    } finally {
      perJob.push(mine);
      finished++;
    }
  };
  const jobs = Array.from({ length: s.n }, (_, i) => clock.job(() => one(i)));
  await clock.run(() => finished === s.n);
  await Promise.all(jobs);
  const first = Math.min(...s.starts);
  return {
    ok: successes.length,
    makespanMs: Math.max(...successes, first) - first,
    callsPerJob: calls / s.n,
    maxCalls: Math.max(...perJob),
  };
}

/** The action's policy with the throttle fields replaced. */
type Throttle = Pick<RetryPolicy, 'throttleBaseMs' | 'throttleFactor' | 'throttleCapMs' | 'throttleJitter'>;
const policyOf = (t: Partial<Throttle>): RetryPolicy => ({ ...DEFAULT_POLICY, maxAttempts: 12, ...t });

const CELLS = [25, 50, 100, 200].flatMap((n) => [2, 5, 10].map((rate) => ({ n, rate })));

/**
 * When each job's first call goes out: uniformly over `spreadMs`. Real runs of 50 to 100
 * processes on this machine spread their first calls over 0.8-1.1 s (npm run bench --json).
 */
function starts(n: number, spreadMs: number, random: () => number): number[] {
  return Array.from({ length: n }, () => random() * spreadMs).sort((a, b) => a - b);
}

interface CellResult {
  readonly n: number;
  readonly rate: number;
  readonly outcome: Outcome;
  readonly ratio: number;
}

async function cell(
  policy: RetryPolicy,
  n: number,
  rate: number,
  seed: number,
  spread: number,
): Promise<CellResult> {
  const s = starts(n, spread, seeded(seed * 7919 + n));
  const outcome = await simulate(policy, { n, rate, starts: s, latencyMs: LATENCY_MS, seed });
  const floor = Math.max((n / rate) * 1000, (s.at(-1) ?? 0) + LATENCY_MS);
  return { n, rate, outcome, ratio: outcome.makespanMs / floor };
}

const LATENCY_MS = 15;
const SEEDS = [1, 2, 3];

/** Every cell of the grid, three seeds each: the worst ratio, the mean and worst calls per job. */
async function grid(policy: RetryPolicy, spread: number) {
  const results: CellResult[] = [];
  for (const { n, rate } of CELLS)
    for (const seed of SEEDS) results.push(await cell(policy, n, rate, seed, spread));
  const failed = results.reduce((sum, r) => sum + (r.n - r.outcome.ok), 0);
  const worstRatio = Math.max(...results.map((r) => r.ratio));
  const meanCalls = results.reduce((sum, r) => sum + r.outcome.callsPerJob, 0) / results.length;
  const worstCalls = Math.max(...results.map((r) => r.outcome.callsPerJob));
  const cellsMet = CELLS.filter(({ n, rate }) =>
    results
      .filter((r) => r.n === n && r.rate === rate)
      .every((r) => r.ratio <= 1.3 && r.outcome.callsPerJob <= 3 && r.outcome.ok === n),
  ).length;
  // How far the worst cell is from both targets at once: 1 or less meets them.
  const worstMiss = Math.max(...results.map((r) => Math.max(r.ratio / 1.3, r.outcome.callsPerJob / 3)));
  return { failed, worstRatio, meanCalls, worstCalls, cellsMet, worstMiss, results };
}

const CANDIDATES: [string, Partial<Throttle>][] = [
  [
    'constant 3 s (before)',
    { throttleBaseMs: 3000, throttleFactor: 1, throttleCapMs: 3000, throttleJitter: 1 },
  ],
  ['constant 6 s', { throttleBaseMs: 6000, throttleFactor: 1, throttleCapMs: 6000, throttleJitter: 1 }],
  ...[1000, 1500, 2000, 3000, 4000, 5000].flatMap((base) =>
    [1.3, 1.5, 1.75, 2, 3].flatMap((factor) =>
      [60_000].flatMap((cap) =>
        [1, 0.5, 0.25].map(
          (jitter) =>
            [
              `exp ${base / 1000} s x${factor} cap ${cap / 1000} s jitter ${jitter}`,
              { throttleBaseMs: base, throttleFactor: factor, throttleCapMs: cap, throttleJitter: jitter },
            ] as [string, Partial<Throttle>],
        ),
      ),
    ),
  ),
];

async function sweep(spread: number): Promise<void> {
  console.log(
    `grid: N in {25,50,100,200} x R in {2,5,10}, ${SEEDS.length} seeds; first calls spread over ${spread} ms`,
  );
  console.log(
    `${'policy'.padEnd(38)}${'failed'.padStart(7)}${'worst x floor'.padStart(15)}${'calls/job mean'.padStart(16)}${'worst'.padStart(7)}${'cells met'.padStart(11)}${'worst miss'.padStart(12)}`,
  );
  const rows = [];
  for (const [name, t] of CANDIDATES) rows.push({ name, ...(await grid(policyOf(t), spread)) });
  rows.sort((a, b) => a.failed - b.failed || a.worstMiss - b.worstMiss);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(38)}${String(r.failed).padStart(7)}${r.worstRatio.toFixed(2).padStart(15)}${r.meanCalls.toFixed(2).padStart(16)}${r.worstCalls.toFixed(2).padStart(7)}${`${r.cellsMet}/${CELLS.length}`.padStart(11)}${r.worstMiss.toFixed(2).padStart(12)}`,
    );
  }
}

/** A policy (the default, or --policy BASE_MS,FACTOR,CAP_MS,JITTER), cell by cell. */
async function cells(spread: number, t: Partial<Throttle>): Promise<void> {
  const { results } = await grid(policyOf(t), spread);
  console.log('N     R   ok       x floor   calls/job');
  for (const { n, rate } of CELLS) {
    const rs = results.filter((r) => r.n === n && r.rate === rate);
    const mean = (f: (r: CellResult) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
    console.log(
      `${String(n).padEnd(6)}${String(rate).padEnd(4)}${`${Math.min(...rs.map((r) => r.outcome.ok))}/${n}`.padEnd(9)}${mean(
        (r) => r.ratio,
      )
        .toFixed(2)
        .padStart(8)}${mean((r) => r.outcome.callsPerJob)
        .toFixed(2)
        .padStart(12)}`,
    );
  }
}

/** A real run (npm run bench -- --concurrency N --rate R --json FILE) against the simulation of it. */
async function validate(file: string): Promise<void> {
  const real = JSON.parse(readFileSync(file, 'utf8')) as {
    n: number;
    rate: number;
    ok: number;
    starts: number[];
    makespanFromFirstCallMs: number;
    callsPerJob: number;
  };
  const sims = await Promise.all(
    SEEDS.map((seed) =>
      simulate(policyOf({}), {
        n: real.n,
        rate: real.rate,
        starts: real.starts,
        latencyMs: LATENCY_MS,
        seed,
      }),
    ),
  );
  const mean = (f: (o: Outcome) => number) => sims.reduce((s, o) => s + f(o), 0) / sims.length;
  const makespan = mean((o) => o.makespanMs);
  const calls = mean((o) => o.callsPerJob);
  const off = (sim: number, r: number) => `${(((sim - r) / r) * 100).toFixed(0)}%`;
  console.log(
    `${file}: N=${real.n} R=${real.rate}  real ${real.ok}/${real.n}, ${(real.makespanFromFirstCallMs / 1000).toFixed(1)} s, ${real.callsPerJob.toFixed(2)} calls/job; ` +
      `simulated ${mean((o) => o.ok).toFixed(0)}/${real.n}, ${(makespan / 1000).toFixed(1)} s (${off(makespan, real.makespanFromFirstCallMs)}), ${calls.toFixed(2)} calls/job (${off(calls, real.callsPerJob)})`,
  );
}

const argAfter = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
if (import.meta.url === `file://${process.argv[1]}`) {
  const spread = Number(argAfter('--spread') ?? 1000);
  const files = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--validate' ? [a] : []));
  if (files.length > 0) for (const f of files) await validate(f);
  else if (process.argv.includes('--sweep')) await sweep(spread);
  else {
    const [base, factor, cap, jitter] = (argAfter('--policy') ?? '').split(',').map(Number);
    const t = base
      ? { throttleBaseMs: base, throttleFactor: factor, throttleCapMs: cap, throttleJitter: jitter }
      : {};
    await cells(spread, t);
  }
}
