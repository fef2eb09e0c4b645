// The refresher's cache: when it serves, when it mints, and that minters at once mint once.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { cachedCredentials, entryOf, writeCache } from '../../../src/refresh/cache.js';
import type { StsCredentials } from '../../../src/sts/sts.js';
import { expectMode } from '../../../test-support/platform.ts';

const MINUTE = 60_000;
const NOW = Date.parse('2026-11-26T12:00:00Z');
let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cache-'));
  file = join(dir, 'cache.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const session = (id: string, minutes: number): StsCredentials => ({
  accessKeyId: `ASIA${id.padEnd(16, '0')}`,
  secretAccessKey: `secret-${id}`,
  sessionToken: `token-${id}`,
  expiration: new Date(NOW + minutes * MINUTE),
  assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/r/s',
});

/** A cache written `age` minutes ago for a session of `lifetime` minutes. */
function cached(lifetime: number, age: number): void {
  const issued = NOW - age * MINUTE;
  writeCache(file, { ...entryOf(session('OLD', lifetime - age), issued) });
}

describe('serving', () => {
  test.each<[string, number, number, boolean]>([
    ['1-hour session, 44 min left: served', 60, 16, true],
    ['1-hour session, 15 min left: minted (the CLI would refresh now)', 60, 45, false],
    ['15-min session, 11 min left: served', 15, 4, true],
    ['15-min session, 10 min left: minted (the CLI requires more)', 15, 5, false],
    // Every margin on both sides of its edge, a second apart.
    ['1-hour session, 15 min + 1 s left: served', 60, 45 - 1 / 60, true],
    ['1-hour session, 15 min - 1 s left: minted', 60, 45 + 1 / 60, false],
    ['30-min session (the long margin applies), 15 min + 1 s left: served', 30, 15 - 1 / 60, true],
    ['30-min session, 14 min 59 s left: minted', 30, 15 + 1 / 60, false],
    ['29 min 59 s session (the short margin), 14 min left: served', 30 - 1 / 60, 16 - 1 / 60, true],
    ['15-min session, 10.5 min + 1 s left: served', 15, 4.5 - 1 / 60, true],
    ['15-min session, 10.5 min - 1 s left: minted', 15, 4.5 + 1 / 60, false],
  ])('%s', async (_name, lifetime, age, served) => {
    cached(lifetime, age);
    let minted = 0;
    const c = await cachedCredentials(
      file,
      async () => {
        minted++;
        return session('NEW', 60);
      },
      LIVE,
      () => NOW,
    );
    expect(minted).toBe(served ? 0 : 1);
    expect(c.AccessKeyId.startsWith(served ? 'ASIAOLD' : 'ASIANEW')).toBe(true);
  });

  test('no cache, or not ours: minted, and written 0600', async () => {
    writeFileSync(file, '{"Version": 2}');
    const c = await cachedCredentials(
      file,
      async () => session('NEW', 60),
      LIVE,
      () => NOW,
    );
    expect(c).toMatchObject({
      Version: 1,
      AccessKeyId: 'ASIANEW0000000000000',
      IssuedAt: new Date(NOW).toISOString(),
    });
    expectMode(file, 0o600);
  });
});

/** The post step has not retired the directory. */
const LIVE = () => true;

describe('retired by the post step', () => {
  test('a mint that finishes after the post step retired the settings is returned, not cached', async () => {
    cached(60, 50);
    const c = await cachedCredentials(
      file,
      async () => session('NEW', 60),
      () => false,
      () => NOW,
    );
    expect(c.AccessKeyId).toBe('ASIANEW0000000000000');
    expect(JSON.parse(readFileSync(file, 'utf8')).AccessKeyId).toMatch(/^ASIAOLD/);
  });

  test('once the post step retired the directory, nothing makes it again: a clear error, no file', async () => {
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(`${dir}.retired`, '');
    await expect(
      cachedCredentials(
        file,
        async () => session('NEW', 60),
        LIVE,
        () => NOW,
      ),
    ).rejects.toThrow(/is gone: this action's post step has run/);
    expect(existsSync(dir)).toBe(false);
    rmSync(`${dir}.retired`);
  });
});

describe('concurrency', () => {
  test('10 callers at once with a stale cache: one mint, the others read what it wrote; no lock left', async () => {
    cached(60, 50);
    let minted = 0;
    const mint = async () => {
      minted++;
      await new Promise((r) => setTimeout(r, 100));
      return session('NEW', 60);
    };
    const all = await Promise.all(
      Array.from({ length: 10 }, () => cachedCredentials(file, mint, LIVE, () => NOW)),
    );
    expect(minted).toBe(1);
    expect(new Set(all.map((c) => c.AccessKeyId))).toEqual(new Set(['ASIANEW0000000000000']));
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });

  test('a mint that fails leaves the cache as it was and the lock released', async () => {
    cached(60, 50);
    await expect(
      cachedCredentials(
        file,
        async () => Promise.reject(new Error('STS down')),
        LIVE,
        () => NOW,
      ),
    ).rejects.toThrow('STS down');
    expect(readdirSync(dir)).toEqual(['cache.json']);
    const c = await cachedCredentials(
      file,
      async () => session('NEW', 60),
      LIVE,
      () => NOW,
    );
    expect(c.AccessKeyId).toBe('ASIANEW0000000000000');
  });
});
