// Advisory locks between processes (proper-lockfile: a `<path>.lock` directory made with mkdir, its
// mtime refreshed every 1.5 s while held). A lock whose holder is gone is stale, however its mtime
// lies: one that nobody refreshes for STALE_MS, whether its mtime is that far in the past or sits
// unchanged in the future (the clock stepped back after its holder was killed), is taken over.

import { existsSync, type Stats, stat } from 'node:fs';
import { dirname } from 'node:path';
import { UnsafePathError } from '../errors.js';

// A writer that was killed leaves its lock behind; after this long without a refresh of the lock's
// mtime (proper-lockfile refreshes it every 1.5 s while held; an edit holds it for milliseconds) it
// is taken as stale.
const STALE_MS = 3_000;

/** How long to wait for a lock, in bounded retries. */
interface Wait {
  readonly retries: number;
  readonly minTimeout: number;
  readonly maxTimeout: number;
  readonly factor: number;
}

/** Locks this process holds: their mtime is its own to refresh, and never second-guessed. */
const held = new Set<string>();
/** A future mtime of someone else's lock, and when this process first saw it (monotonic ms). */
const futureSeen = new Map<string, { mtimeMs: number; since: number }>();

/**
 * fs.stat for proper-lockfile: a lock of another process whose mtime stays in the future, unchanged,
 * for STALE_MS is reported as old, so that proper-lockfile's own stale check takes it over.
 */
function lockStat(
  path: string,
  callback: (error: NodeJS.ErrnoException | null, stats?: Stats) => void,
): void {
  stat(path, (error, stats) => {
    if (error || held.has(path) || stats.mtimeMs <= Date.now() + 1_000) {
      futureSeen.delete(path);
      return callback(error, stats);
    }
    const seen = futureSeen.get(path);
    if (!seen || seen.mtimeMs !== stats.mtimeMs)
      futureSeen.set(path, { mtimeMs: stats.mtimeMs, since: performance.now() });
    else if (performance.now() - seen.since >= STALE_MS) {
      futureSeen.delete(path);
      return callback(
        null,
        Object.assign(Object.create(Object.getPrototypeOf(stats)), stats, { mtime: new Date(0), mtimeMs: 0 }),
      );
    }
    callback(null, stats);
  });
}

/**
 * `work` under an advisory lock on `path` (`<path>.lock`). Bounded: `wait` says how many tries, how
 * far apart. The directory must exist (the caller makes it, or refuses to when it is gone).
 */
export async function withLock<T>(path: string, wait: Wait, work: () => T | Promise<T>): Promise<T> {
  if (!existsSync(dirname(path))) throw new UnsafePathError(`${dirname(path)} does not exist`);
  // Loaded when first needed: a refresher serving from its cache takes no lock.
  // CommonJS: its functions hang off the default export once bundled.
  const lockfile = await import('proper-lockfile');
  const lock = lockfile.lock ?? lockfile.default.lock;
  const fs = await import('node:fs');
  const lockPath = `${path}.lock`;
  const release = await lock(path, {
    realpath: false,
    stale: STALE_MS,
    retries: wait,
    // The functions it calls, named: spreading node:fs reads its deprecated F_OK and friends, and
    // Node prints a deprecation warning (DEP0176) in every step that takes the lock.
    fs: { mkdir: fs.mkdir, rmdir: fs.rmdir, rmdirSync: fs.rmdirSync, utimes: fs.utimes, stat: lockStat },
    // Compromised (another process took it as stale): this work is already done or will fail on
    // its own; throwing from a timer would only crash the process.
    onCompromised: () => undefined,
  });
  held.add(lockPath);
  try {
    return await work();
  } finally {
    held.delete(lockPath);
    await release().catch(() => undefined);
  }
}
