// Assertions every end-to-end test shares.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { leaks, type RunResult } from './runner.ts';

/** Failed with exactly this one error, in time, leaking nothing and leaving no half state. */
export function expectFailedCleanly(r: RunResult, message: RegExp, secrets: readonly string[]): void {
  expect(r.timedOut).toBe(false);
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(message);
  // No half state: nothing for the next step, nothing for the post step to undo.
  expect(r.env).toEqual({});
  expect(r.outputs).toEqual({});
  expect(r.state).toEqual({});
  expect(leaks(r, secrets)).toEqual([]);
}

/** Every regular file under a directory (none if it is gone), with its text. */
function filesUnder(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => existsSync(f) && statSync(f).isFile())
    .map((f) => [f, readFileSync(f, 'utf8')]);
}

/** No file under these directories holds any of these keys. */
export function expectNoKeyOnDisk(keys: readonly string[], dirs: readonly string[]): void {
  const found = dirs
    .flatMap(filesUnder)
    .filter(([, text]) => keys.some((k) => k !== '' && text.includes(k)))
    .map(([f]) => f);
  expect(found).toEqual([]);
}

/**
 * What is in a RUNNER_TEMP after a post step, but the empty mark it leaves beside a refreshing
 * profile's directory it retired (`aws-oidc-credentials-<hex>.retired`), which tells a refresher
 * that the post step ran: it holds nothing, and the runner empties RUNNER_TEMP after the job.
 */
export function leftIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => {
    const mark = /^aws-oidc-credentials-[0-9a-f]{16}\.retired$/.test(name);
    return !(mark && statSync(join(dir, name)).size === 0);
  });
}
