// What the runner OS running the tests offers. CI runs the suite on Linux, Windows and macOS: a test
// of POSIX behaviour (sh, mode bits, symbolic links a normal user may make) runs where it means
// something, and a Windows test (cmd.exe) runs on the Windows job.

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
/** A test that runs the real AWS CLI: skipped, and said so, where there is none. */
export const awsCliTest = AWS_CLI ? test : test.skip;
