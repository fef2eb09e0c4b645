// `npm run sim [-- --n N --rate R] [--sweep] [--validate FILE]`: a discrete-event simulation of N
// jobs against one STS that answers Throttling above R calls a second (a token bucket, as the
// local STS and AWS STS have). Each job runs the action's own retry loop, exchange() from
// src/sts/exchange.ts with its real policy code, on a virtual clock: a sweep of policies takes seconds,
// where real runs take minutes. --validate replays a real run's first-call times (npm run bench
// -- --concurrency N --rate R --json FILE) and compares.

import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, type Effects, exchange, type RetryPolicy } from '../src/sts/exchange.ts';

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
type Throttle = Pick<
  RetryPolicy,
  | 'throttleBaseMs'
  | 'throttleFactor'
  | 'throttleCapMs'
  | 'throttleJitter'
  | 'throttleFirstMs'
  | 'throttleFirstJitter'
>;
const policyOf = (t: Partial<Throttle>): RetryPolicy => ({ ...DEFAULT_POLICY, maxAttempts: 12, ...t });

/**
 * Storms of every length: N jobs against R calls a second, from N/R = 2 s (a short burst) to 100 s,
 * their first calls spread over 1, 5 or 10 s as a runner starts a matrix's jobs. A storm is short
 * when N/R is at most 10 s; there, the target is 1.3 times the unthrottled makespan. A long one
 * must do no worse than the policy before (ratio and calls per job).
 */
const SIZES = [10, 20, 25, 50, 60, 100, 200];
const RATES = [2, 4, 5, 10];
const SPREADS = [1_000, 5_000, 10_000];
const CELLS = SIZES.flatMap((n) => RATES.map((rate) => ({ n, rate }))).filter(({ n, rate }) => n / rate >= 2);
const isShort = (c: { n: number; rate: number }) => c.n / c.rate <= 10;

/** When each job's first call goes out: uniformly over `spreadMs`. */
function starts(n: number, spreadMs: number, random: () => number): number[] {
  return Array.from({ length: n }, () => random() * spreadMs).sort((a, b) => a - b);
}

interface CellResult {
  readonly n: number;
  readonly rate: number;
  readonly spread: number;
  readonly outcome: Outcome;
  /** The makespan over the unthrottled one: max(N/R, the last first call plus a round trip). */
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
  // Both from the first call, as the makespan is.
  const floor = Math.max((n / rate) * 1000, (s.at(-1) ?? 0) - (s[0] ?? 0) + LATENCY_MS);
  return { n, rate, spread, outcome, ratio: outcome.makespanMs / floor };
}

const LATENCY_MS = 15;
const SEEDS = [1, 2, 3];

/** Every cell at every spread, three seeds each. */
async function grid(policy: RetryPolicy, spreads: readonly number[]): Promise<CellResult[]> {
  const results: CellResult[] = [];
  for (const { n, rate } of CELLS)
    for (const spread of spreads)
      for (const seed of SEEDS) results.push(await cell(policy, n, rate, seed, spread));
  return results;
}

/** Per cell and spread, the mean over the seeds. */
function means(results: readonly CellResult[]) {
  const keyOf = (r: CellResult) => `${r.n}/${r.rate}/${r.spread}`;
  const groups = new Map<string, CellResult[]>();
  for (const r of results) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  return new Map(
    [...groups].map(([key, rs]) => {
      const mean = (f: (r: CellResult) => number) => rs.reduce((sum, r) => sum + f(r), 0) / rs.length;
      const first = rs[0] as CellResult;
      const failed = rs.reduce((sum, r) => sum + (r.n - r.outcome.ok), 0);
      return [
        key,
        { ...first, ratio: mean((r) => r.ratio), calls: mean((r) => r.outcome.callsPerJob), failed },
      ];
    }),
  );
}

/** How a policy does against the one before: short storms against 1.3, long ones against `before`. */
function score(results: readonly CellResult[], before: ReturnType<typeof means>) {
  const cells = [...means(results)];
  const failed = cells.reduce((sum, [, c]) => sum + c.failed, 0);
  const short = cells.filter(([, c]) => isShort(c));
  const long = cells.filter(([, c]) => !isShort(c));
  const worstShort = Math.max(...short.map(([, c]) => c.ratio));
  const relative = (f: (c: { ratio: number; calls: number }) => number) =>
    long.map(([key, c]) => f(c) / f(before.get(key) ?? c));
  const max = (xs: number[]) => Math.max(...xs);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [ratios, calls] = [relative((c) => c.ratio), relative((c) => c.calls)];
  return {
    failed,
    worstShort,
    longRatio: max(ratios),
    longCalls: max(calls),
    longRatioMean: mean(ratios),
    longCallsMean: mean(calls),
  };
}

/** The policy before short storms were in the grid: the first window like every other, 1.5-3 s. */
const BEFORE: Partial<Throttle> = { throttleFirstMs: 3_000, throttleFirstJitter: 0.5 };

// A first window drawn from zero, then growing: the shape that serves short storms (a job throttled
// once retries within the storm) and long ones (the windows after the first grow as before). Wider
// sweeps (first windows of 0.75-2.5 s, bases of 3-5 s, factors of 1.2-1.6, jitter of 0.3-1) narrowed
// it to this neighbourhood; docs/retries.md says what they showed.
const CANDIDATES: [string, Partial<Throttle>][] = [
  ['before: 1.5-3 s, then 3 s x1.3 j0.5', BEFORE],
  ['current (src/sts/exchange.ts)', {}],
  ...[1750, 2000, 2250, 2500].flatMap((first) =>
    [3000, 3500, 4000].flatMap((base) =>
      [1.25, 1.3, 1.35, 1.4].flatMap((factor) =>
        [0.5, 0.6].map(
          (jitter) =>
            [
              `first 0-${first / 1000} s, then ${base / 1000} s x${factor} j${jitter}`,
              {
                throttleFirstMs: first,
                throttleFirstJitter: 1,
                throttleBaseMs: base,
                throttleFactor: factor,
                throttleCapMs: 60_000,
                throttleJitter: jitter,
              },
            ] as [string, Partial<Throttle>],
        ),
      ),
    ),
  ),
];

async function sweep(spreads: readonly number[]): Promise<void> {
  const before = means(await grid(policyOf(BEFORE), spreads));
  console.log(
    `grid: ${CELLS.length} cells (N/R from 2 s to 100 s) x first calls spread over ${spreads.map((s) => s / 1000).join(', ')} s x ${SEEDS.length} seeds`,
  );
  console.log(
    `${'policy'.padEnd(44)}${'failed'.padStart(7)}${'short: worst x'.padStart(16)}${'long x/before: worst, mean'.padStart(28)}${'calls/before: worst, mean'.padStart(27)}`,
  );
  const rows: ({ name: string } & ReturnType<typeof score>)[] = [];
  for (const [name, t] of CANDIDATES) rows.push({ name, ...score(await grid(policyOf(t), spreads), before) });
  // Short storms against 1.3; long ones against the policy before, on average over the cells.
  const miss = (r: (typeof rows)[number]) => Math.max(r.worstShort / 1.3, r.longRatioMean, r.longCallsMean);
  rows.sort((a, b) => a.failed - b.failed || miss(a) - miss(b));
  for (const r of rows.slice(0, 25)) {
    console.log(
      `${r.name.padEnd(44)}${String(r.failed).padStart(7)}${r.worstShort.toFixed(2).padStart(16)}` +
        `${`${r.longRatio.toFixed(2)}, ${r.longRatioMean.toFixed(2)}`.padStart(28)}` +
        `${`${r.longCalls.toFixed(2)}, ${r.longCallsMean.toFixed(2)}`.padStart(27)}`,
    );
  }
}

/** A policy (the default, or --policy BASE_MS,FACTOR,CAP_MS,JITTER,FIRST_MS,FIRST_JITTER), cell by cell. */
async function cells(spreads: readonly number[], t: Partial<Throttle>): Promise<void> {
  const rows = means(await grid(policyOf(t), spreads));
  console.log('N     R   spread   storm  failed  x unthrottled  calls/job');
  for (const c of rows.values()) {
    console.log(
      `${String(c.n).padEnd(6)}${String(c.rate).padEnd(4)}${`${c.spread / 1000} s`.padEnd(9)}${(isShort(c) ? 'short' : 'long').padEnd(7)}${String(c.failed).padStart(6)}${c.ratio.toFixed(2).padStart(15)}${c.calls.toFixed(2).padStart(11)}`,
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
  const spreads = argAfter('--spread') === undefined ? SPREADS : [Number(argAfter('--spread'))];
  const files = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--validate' ? [a] : []));
  if (files.length > 0) for (const f of files) await validate(f);
  else if (process.argv.includes('--sweep')) await sweep(spreads);
  else {
    const [base, factor, cap, jitter, firstMs, firstJitter] = (argAfter('--policy') ?? '')
      .split(',')
      .map(Number);
    const t = base
      ? {
          throttleBaseMs: base,
          throttleFactor: factor,
          throttleCapMs: cap,
          throttleJitter: jitter,
          throttleFirstMs: firstMs ?? base,
          throttleFirstJitter: firstJitter ?? jitter,
        }
      : {};
    await cells(spreads, t);
  }
}
