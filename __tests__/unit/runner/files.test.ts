// The files this action writes hold secrets (profiles, the refresher's settings): 0600, replaced in
// one rename, never through a symlink, only in a directory that exists; the one directory it makes
// is 0700, and one it finds is left alone.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { UnsafePathError } from '../../../src/errors.js';
import {
  isInside,
  ownDirectory,
  privateDirectoryName,
  readText,
  writeSecretFile,
} from '../../../src/runner/files.js';
import { posixTest } from '../../../test-support/platform.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const mode = (p: string) => statSync(p).mode & 0o777;

describe('writeSecretFile', () => {
  posixTest('a new file is 0600; a missing directory is not made, the write fails', () => {
    const path = join(dir, 'credentials');
    writeSecretFile(path, 'x');
    expect(mode(path)).toBe(0o600);
    expect(() => writeSecretFile(join(dir, 'new', 'credentials'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(['credentials']);
  });

  posixTest(
    'an existing 0644 file becomes 0600; an existing 0755 directory stays 0755 (not ours to chmod)',
    () => {
      mkdirSync(join(dir, 'aws'), { mode: 0o755 });
      chmodSync(join(dir, 'aws'), 0o755);
      const path = join(dir, 'aws', 'config');
      writeFileSync(path, 'old', { mode: 0o644 });
      chmodSync(path, 0o644);
      writeSecretFile(path, 'new');
      expect([mode(path), mode(join(dir, 'aws')), readFileSync(path, 'utf8')]).toEqual([0o600, 0o755, 'new']);
    },
  );

  posixTest('a shared 1777 directory keeps its mode and sticky bit', () => {
    const shared = join(dir, 'tmp');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    writeSecretFile(join(shared, 'file'), 'x');
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
  });

  test('the file is replaced in one rename: a new inode, no temp file left beside it', () => {
    const path = join(dir, 'credentials');
    writeFileSync(path, 'old');
    const before = statSync(path).ino;
    writeSecretFile(path, 'new');
    expect(statSync(path).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['credentials']);
  });

  posixTest('a symlinked file is refused and its target untouched', () => {
    const target = join(dir, 'target');
    writeFileSync(target, 'keep');
    symlinkSync(target, join(dir, 'link'));
    expect(() => writeSecretFile(join(dir, 'link'), 'x')).toThrow(UnsafePathError);
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });

  posixTest('a symlinked directory is refused', () => {
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'aws'));
    expect(() => writeSecretFile(join(dir, 'aws', 'credentials'), 'x')).toThrow(/is a symbolic link/);
    expect(() => statSync(join(dir, 'real', 'credentials'))).toThrow();
  });

  test('a directory where the file should be is refused', () => {
    mkdirSync(join(dir, 'credentials'));
    expect(() => writeSecretFile(join(dir, 'credentials'), 'x')).toThrow();
  });
});

describe('readText', () => {
  posixTest('undefined for a missing file; a symlink refused unless allowed', () => {
    expect(readText(join(dir, 'missing'))).toBeUndefined();
    writeFileSync(join(dir, 'target'), 'token');
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    expect(() => readText(join(dir, 'link'))).toThrow(UnsafePathError);
    expect(readText(join(dir, 'link'), { allowSymlink: true })).toBe('token');
  });

  posixTest('a file in a symlinked directory is refused too: a read is where a clash is found first', () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'credentials'), '[default]\n');
    symlinkSync(join(dir, 'real'), join(dir, 'aws'));
    expect(() => readText(join(dir, 'aws', 'credentials'))).toThrow(`${join(dir, 'aws')} is a symbolic link`);
  });
});

// The job's private directory holds the job's own AWS files and the refresher's settings and cache:
// one found already there is used only if nobody else can enter it.
describe('ownDirectory', () => {
  posixTest('made 0700, never its parents; made again, it is the same directory', () => {
    expect(() => ownDirectory(join(dir, 'a', 'private'))).toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'a'))).toBe(false);
    const path = join(dir, 'private');
    ownDirectory(path);
    expect(mode(path)).toBe(0o700);
    writeFileSync(join(path, 'kept'), 'x');
    ownDirectory(path);
    expect(readdirSync(path)).toEqual(['kept']);
  });

  posixTest.each([
    ['0750', 0o750],
    ['0705', 0o705],
    ['0770', 0o770],
    ['0777', 0o777],
    ['1777', 0o1777],
  ])('an existing directory of mode %s is refused', (_, m) => {
    const path = join(dir, 'planted');
    mkdirSync(path);
    chmodSync(path, m);
    expect(() => ownDirectory(path)).toThrow(UnsafePathError);
    expect(() => ownDirectory(path)).toThrow(`${path} exists and is not a private directory of this user`);
    // Windows has no mode bits: the same directory is taken there, and a symbolic link never is.
    expect(() => ownDirectory(path, 'win32')).not.toThrow();
  });

  posixTest('under win32 as under POSIX: a symbolic link where the directory should be is refused', () => {
    const target = join(dir, 'target');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, join(dir, 'link'));
    expect(() => ownDirectory(join(dir, 'link'), 'win32')).toThrow(UnsafePathError);
  });

  posixTest('a symlink to a private directory, or a file, is refused', () => {
    const real = join(dir, 'real');
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, join(dir, 'link'));
    expect(() => ownDirectory(join(dir, 'link'))).toThrow(UnsafePathError);
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => ownDirectory(join(dir, 'file'))).toThrow(UnsafePathError);
  });
});

describe('privateDirectoryName', () => {
  const env = {
    RUNNER_TEMP: '/home/runner/work/_temp',
    LOCALAPPDATA: 'C:\\Users\\runneradmin\\AppData\\Local',
  };
  test('in RUNNER_TEMP on Linux and macOS (made 0700 there)', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(privateDirectoryName(env, platform)).toMatch(
        /^\/home\/runner\/work\/_temp[/\\]aws-oidc-credentials-[0-9a-f]{16}$/,
      );
    }
  });
  test('in the user\u2019s own %LOCALAPPDATA% on Windows, where a mode means nothing', () => {
    expect(privateDirectoryName(env, 'win32').startsWith(`${env.LOCALAPPDATA}`)).toBe(true);
    expect(privateDirectoryName({ RUNNER_TEMP: env.RUNNER_TEMP }, 'win32').startsWith(env.RUNNER_TEMP)).toBe(
      true,
    );
  });
  test('a new name each time; the system temp directory without RUNNER_TEMP', () => {
    expect(privateDirectoryName(env, 'linux')).not.toBe(privateDirectoryName(env, 'linux'));
    expect(privateDirectoryName({}, 'linux').startsWith(tmpdir())).toBe(true);
  });
  test('a relative RUNNER_TEMP is made absolute: a later step in another directory finds the same files', () => {
    expect(privateDirectoryName({ RUNNER_TEMP: 'rel/temp' }, 'linux')).toMatch(
      new RegExp(`^${process.cwd()}/rel/temp/aws-oidc-credentials-[0-9a-f]{16}$`),
    );
  });
});

describe('isInside, and the paths that look like it', () => {
  test.each([
    ['the directory itself', '/var/run/secrets/kubernetes.io/', '/var/run/secrets/kubernetes.io', true],
    [
      'a file in it',
      '/var/run/secrets/kubernetes.io/',
      '/var/run/secrets/kubernetes.io/serviceaccount/token',
      true,
    ],
    ['a name that starts with two dots', '/tmp/a', '/tmp/a/..x/token', true],
    ['"." segments', '/tmp/a', '/tmp/a/./b/./token', true],
    [
      'a sibling that starts with the same letters',
      '/var/run/secrets/kubernetes.io',
      '/var/run/secrets/kubernetes.io.evil/token',
      false,
    ],
    [
      '".." that climbs out',
      '/var/run/secrets/kubernetes.io/',
      '/var/run/secrets/kubernetes.io/../../../tmp/token',
      false,
    ],
    ['the parent', '/tmp/a', '/tmp', false],
    ['a relative path (from the working directory)', '/nowhere/at/all', 'token', false],
  ])('POSIX: %s', (_name, dir, path, inside) => {
    expect(isInside(dir, path, posix)).toBe(inside);
  });

  test.each([
    ['a file in it, either separator', 'C:\\runner\\_temp', 'C:/runner/_temp/event.json', true],
    ['another case of the same name', 'C:\\runner\\_temp', 'c:\\RUNNER\\_TEMP\\event.json', true],
    ['another drive', 'C:\\runner\\_temp', 'D:\\runner\\_temp\\event.json', false],
    [
      'a sibling that starts with the same letters',
      'C:\\runner\\_temp',
      'C:\\runner\\_temp2\\event.json',
      false,
    ],
  ])('Windows: %s', (_name, dir, path, inside) => {
    expect(isInside(dir, path, win32)).toBe(inside);
  });
});
