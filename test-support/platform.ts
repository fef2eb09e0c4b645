// What the runner OS running the tests offers. CI runs the suite on Linux, Windows and macOS: a test
// of POSIX behaviour (sh, mode bits, symbolic links a normal user may make) runs where it means
// something, and a Windows test (cmd.exe) runs on the Windows job.

import { statSync } from 'node:fs';
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
