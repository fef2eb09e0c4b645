// Files this action reads or writes on the runner: never through a symlink, never anything but a
// regular file (a FIFO, socket, device or directory is refused before anything can block on it).
// The action writes only inside a private directory of this job (0700, made by it) and replaces a
// file there atomically (a temp file beside it, fsync, rename), so that a reader sees the old file
// or the new one, never half of either. Anyone else's file, a user's ~/.aws included, is only read.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath, { basename, dirname, join, type PlatformPath, posix, resolve, win32 } from 'node:path';
import { UnsafePathError } from '../errors.js';

/** What a path is, when it is not a regular file: said in the error that refuses it. */
function kindOf(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function notRegular(path: string, kind: string): UnsafePathError {
  return new UnsafePathError(`${path} is ${kind}, not a regular file; refusing to open it.`);
}

/** Refuses a path that exists and is not a regular file, before any open could block on it. */
function refuseOddFile(path: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  const kind = stat.isSymbolicLink() ? undefined : kindOf(stat);
  if (kind) throw notRegular(path, kind);
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Refuses a path that is a symlink, or whose directory is. */
function refuseSymlinks(path: string): void {
  for (const p of [dirname(path), path]) {
    if (isSymlink(p)) {
      throw new UnsafePathError(
        `${p} is a symbolic link; refusing to follow it. Replace it with a real ${p === path ? 'file' : 'directory'}.`,
      );
    }
  }
}

// Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open return at once
// (it changes nothing for a regular file), and fstat then refuses it. Windows has no FIFOs.
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Opens a regular file and hands its descriptor and stat to `use`; undefined if it does not exist.
 * O_NOFOLLOW closes the gap between the lstat check and the open.
 */
function withFile<T>(
  path: string,
  flags: number,
  use: (fd: number, stat: Stats) => T,
  mode?: number,
): T | undefined {
  refuseOddFile(path);
  let fd: number;
  try {
    fd = openSync(path, flags | NONBLOCK, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !(flags & constants.O_CREAT)) return undefined;
    if (code === 'ELOOP') throw new UnsafePathError(`${path} is a symbolic link; refusing to follow it.`);
    if (code === 'ENXIO') throw notRegular(path, 'a socket');
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind) throw notRegular(path, kind);
    return use(fd, stat);
  } finally {
    closeSync(fd);
  }
}

/** The file's text, or undefined if it does not exist. Opened read-only; nothing about it changes. */
/**
 * Whether `path` is `dir` or inside it, by the platform's rules. Both are resolved first, so ".."
 * cannot pass for inside, a sibling that starts with the same letters ("/tmp/a2" beside "/tmp/a")
 * is outside, and a name that starts with two dots ("/tmp/a/..x") is inside; on Windows another
 * drive is outside.
 */
export function isInside(dir: string, path: string, p: PlatformPath = nodePath): boolean {
  const rel = p.relative(p.resolve(dir), p.resolve(path));
  return rel === '' || (!p.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${p.sep}`));
}

export function readText(path: string, options: { allowSymlink?: boolean } = {}): string | undefined {
  const allowSymlink = options.allowSymlink ?? false;
  if (!allowSymlink) refuseSymlinks(path);
  const flags = constants.O_RDONLY | (allowSymlink ? 0 : constants.O_NOFOLLOW);
  return withFile(path, flags, (fd) => readFileSync(fd, 'utf8'));
}

/** /dev/null, which every tool reads as an empty file. */
function isDevNull(stat: Stats): boolean {
  try {
    const devNull = statSync('/dev/null');
    return stat.isCharacterDevice() && stat.rdev === devNull.rdev && stat.ino === devNull.ino;
  } catch {
    return false;
  }
}

/**
 * Someone else's file, read as the tools that use it read it: through symbolic links. Undefined
 * when there is nothing to read: no file, a directory, or /dev/null. A FIFO, socket or other device
 * is refused before any open could block on it; the open itself cannot block (O_NONBLOCK).
 */
export function readLinked(path: string): Buffer | undefined {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    if (['ENOENT', 'ENOTDIR', 'ELOOP'].includes((error as NodeJS.ErrnoException).code ?? ''))
      return undefined;
    throw error;
  }
  if (stat.isDirectory() || isDevNull(stat)) return undefined;
  const kind = kindOf(stat);
  if (kind) throw notRegular(path, kind);
  return withFile(path, constants.O_RDONLY, (fd) => readFileSync(fd));
}

/**
 * A directory only this user can enter, made now (0700), or one that is already exactly that: a
 * real directory, not a link, owned by this user, open to no one else.
 */
export function ownDirectory(dir: string, platform: NodeJS.Platform = process.platform): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = lstatSync(dir);
  const mine = process.getuid === undefined || stat.uid === process.getuid();
  // Windows has ACLs, not mode bits: the directory under LOCALAPPDATA is the user's own.
  if (!stat.isDirectory() || !mine || (platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
    throw new UnsafePathError(
      `${dir} exists and is not a private directory of this user; refusing to use it.`,
    );
  }
}

/** Makes the directory durable after a rename in it (POSIX; Windows cannot open a directory). */
function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces the file with `text` in one rename, 0600 and this process's. Its directory must exist. */
export function writeSecretFile(path: string, text: string): void {
  const dir = dirname(path);
  refuseSymlinks(path);
  refuseOddFile(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  try {
    withFile(
      temp,
      flags,
      (fd) => {
        // The mode of open() is cut by the umask; the mode meant is set exactly.
        fchmodSync(fd, 0o600);
        writeFileSync(fd, text);
        fsyncSync(fd);
      },
      0o600,
    );
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dir);
}

/**
 * A name for a private directory of this job; made when first needed (ownDirectory). Its parent is
 * RUNNER_TEMP, where the directory is made 0700 and the runner empties it after the job. On
 * Windows a mode means nothing and RUNNER_TEMP inherits its drive's ACL (which lets every local
 * user read), so the parent is the user's own %LOCALAPPDATA%: Windows gives a profile directory
 * an ACL for that user, SYSTEM and Administrators only.
 */
export function privateDirectoryName(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string {
  const parent = (platform === 'win32' && env.LOCALAPPDATA) || env.RUNNER_TEMP || tmpdir();
  const name = `aws-oidc-credentials-${randomBytes(8).toString('hex')}`;
  // Absolute: a later step in another working directory must find the same files.
  const absolute = (platform === 'win32' ? win32 : posix).isAbsolute(parent);
  return absolute ? join(parent, name) : resolve(parent, name);
}
