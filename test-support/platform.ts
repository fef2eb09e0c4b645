// What the runner OS running the tests offers. CI runs the suite on Linux, Windows and macOS: a test
// of POSIX behaviour (sh, mode bits, symbolic links a normal user may make) runs where it means
// something, and a Windows test (cmd.exe) runs on the Windows job.

import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';

export const POSIX = process.platform !== 'win32';
export const posixTest = POSIX ? test : test.skip;
export const posixDescribe = POSIX ? describe : describe.skip;
export const linuxTest = process.platform === 'linux' ? test : test.skip;
export const windowsTest = process.platform === 'win32' ? test : test.skip;

/** The permission bits of a path, checked where files have them (not on Windows: ACLs instead). */
export function expectMode(path: string, mode: number): void {
  if (POSIX) expect(statSync(path).mode & 0o777).toBe(mode);
}

/** The AWS CLI a later step would run: Debian's when there, else the first `aws` on PATH; undefined if none. */
export const AWS_CLI: string | undefined = [
  '/usr/bin/aws',
  ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, POSIX ? 'aws' : 'aws.exe')),
].find((path) => existsSync(path));

/** python3 with botocore (the AWS CLI's library), for the suites that ask it what it reads. */
export const BOTOCORE = spawnSync('python3', ['-c', 'import botocore']).status === 0;

/**
 * `run` (describe or test) where what a suite needs is here, else its skip, with one line on
 * stderr that names the suite and what is missing: a skipped suite is said, never silent.
 */
export function when<T extends typeof describe | typeof test>(
  present: unknown,
  run: T,
  suite: string,
  missing: string,
): T {
  if (present) return run;
  process.stderr.write(`SKIPPED ${suite}: ${missing}\n`);
  return run.skip as T;
}
