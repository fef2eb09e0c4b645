// The refresher's cache lock, on both sides of its one edge: a lock whose holder is gone, with its
// mtime stuck in the future (the clock stepped back after the holder was killed), is taken over
// once nobody has refreshed it for 3 s, and not before.

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { withLock } from '../../../src/runner/lock.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lock-'));
  file = join(dir, 'cache.json');
  writeFileSync(file, '{}');
  const lock = `${file}.lock`;
  mkdirSync(lock);
  const future = new Date(Date.now() + 3_600_000);
  utimesSync(lock, future, future);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Waits of 100 ms, `retries` of them. */
const waits = (retries: number) => ({ retries, minTimeout: 100, maxTimeout: 100, factor: 1 });

test('just before the edge (about 2 s of waiting): still held, the work does not run', async () => {
  let ran = false;
  await expect(withLock(file, waits(20), () => (ran = true))).rejects.toThrow(
    /Lock file is already being held/,
  );
  expect(ran).toBe(false);
});

test('just after the edge (up to 4.5 s of waiting): taken over after 3 s unchanged, not at once', async () => {
  const started = performance.now();
  await expect(withLock(file, waits(45), () => performance.now() - started)).resolves.toBeGreaterThanOrEqual(
    3_000,
  );
});
