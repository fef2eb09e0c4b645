// Assertions every end-to-end test shares.

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
