// Files this action writes or reads on the runner: never through a symlink, never anything but a
// regular file (a FIFO, socket, device or directory is refused before anything can block on it),
// and replaced atomically (a temp file beside the target, fsync, rename) so that a reader sees the
// old file or the new one, never half of either. A file that existed keeps its owner and mode (the
// caller may tighten the mode while secrets are inside); a file this action makes is 0600. A
// directory is made 0700 when this action has to make it; one that exists is never chmod'ed,
// because it is someone else's (a workspace, a shared 1777 temp directory, a ~/.aws).

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UnsafePathError } from './errors.js';
import { type Wait, withLock } from './lock.js';

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

/** A regular file's text, owner and mode; undefined if it does not exist. */
interface Read {
  readonly text: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

function readFile(path: string, allowSymlink = false): Read | undefined {
  if (!allowSymlink) refuseSymlinks(path);
  const flags = constants.O_RDONLY | (allowSymlink ? 0 : constants.O_NOFOLLOW);
  return withFile(path, flags, (fd, stat) => ({
    text: readFileSync(fd, 'utf8'),
    mode: stat.mode & 0o7777,
    uid: stat.uid,
    gid: stat.gid,
  }));
}

/** The file's text, or undefined if it does not exist. */
export function readText(path: string, options: { allowSymlink?: boolean } = {}): string | undefined {
  return readFile(path, options.allowSymlink)?.text;
}

/** The permission bits of a regular file; undefined if it does not exist. */
export function modeOf(path: string): number | undefined {
  return readFile(path)?.mode;
}

/**
 * Makes the directory, and any parent missing, 0700; leaves existing ones exactly as they are.
 * Level by level rather than mkdirSync's recursive mode, which loops forever where mkdir answers
 * ENOENT under a parent that exists (/proc, some FUSE and network file systems).
 */
function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      mkdirSync(d, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * A directory only this user can enter, made now (0700), or one that is already exactly that: a
 * real directory, not a link, owned by this user, open to no one else.
 */
export function ownDirectory(dir: string): void {
  ensureDirectory(dirname(dir));
  try {
    mkdirSync(dir, { mode: 0o700 });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = lstatSync(dir);
  const mine = process.getuid === undefined || stat.uid === process.getuid();
  if (!stat.isDirectory() || !mine || (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
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

/** The temp file a write goes through; a writer that knows its tag can clean up after a kill. */
export function tempFileOf(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.${tag}.tmp`);
}

/** Whose the file is: its owner, group and mode. */
interface Ownership {
  readonly uid: number;
  readonly gid: number;
  readonly mode: number;
}

interface WriteOptions {
  /** Names the temp file, so that a writer killed half way can clean up after itself. */
  readonly tag?: string | undefined;
  /** The owner and mode the file gets; undefined: this process's, 0600. */
  readonly as?: Ownership | undefined;
  /** Make the directory when missing; false: fail instead (it was retired). */
  readonly createDirectory?: boolean;
}

/** The owner, as far as this process may give it: only root gives a file to someone else. */
function giveTo(fd: number, owner: Ownership): void {
  if (process.getuid === undefined || process.getgid === undefined) return;
  if (owner.uid === process.getuid() && owner.gid === process.getgid()) return;
  try {
    fchownSync(fd, owner.uid, owner.gid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/** Replaces the file with `text` in one rename: 0600 and this process's, or as `options.as` says. */
export function writeSecretFile(path: string, text: string, options: WriteOptions = {}): void {
  const dir = dirname(path);
  if (options.createDirectory !== false) ensureDirectory(dir);
  refuseSymlinks(path);
  refuseOddFile(path);
  const temp = tempFileOf(path, options.tag ?? randomBytes(6).toString('hex'));
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  try {
    withFile(
      temp,
      flags,
      (fd) => {
        // Owner before mode: a chown clears the setuid bits a chmod would have set.
        if (options.as) giveTo(fd, options.as);
        // The mode of open() is cut by the umask; the mode meant is set exactly.
        fchmodSync(fd, options.as?.mode ?? 0o600);
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

/** Removes the file if it is there. */
function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
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
  return join(parent, `aws-oidc-credentials-${randomBytes(8).toString('hex')}`);
}

/** How long to wait for a lock on a shared file: an edit holds one for milliseconds. */
const SHORT_WAIT: Wait = { retries: 40, minTimeout: 20, maxTimeout: 200, factor: 1.3 }; // about 5 s

interface SharedEdit<T> {
  /** undefined: delete the file. */
  readonly text: string | undefined;
  readonly result: T;
  /** The mode the file keeps, from the mode it has; undefined: the one it has (0600 when new). */
  readonly mode?: ((current: number) => number) | undefined;
}

/**
 * A read-modify-write of a file that other processes share (matrix jobs on one self-hosted runner
 * share HOME): under the lock, and atomic. `edit` gets the text (undefined: no file) and returns
 * the new text, or undefined to delete the file. The file keeps its owner, and its mode unless the
 * edit says otherwise.
 */
export async function editShared<T>(
  path: string,
  edit: (text: string | undefined) => SharedEdit<T>,
  tag?: string,
): Promise<T> {
  ensureDirectory(dirname(path));
  refuseSymlinks(path);
  return withLock(path, SHORT_WAIT, () => {
    const before = readFile(path);
    const { text, result, mode } = edit(before?.text);
    const as = before && { ...before, mode: mode ? mode(before.mode) : before.mode };
    if (text === undefined) removeFile(path);
    else if (text !== before?.text) writeSecretFile(path, text, { tag, as });
    else if (as && as.mode !== before?.mode) chmodFile(path, as.mode);
    return result;
  });
}

/** Sets a regular file's mode (never through a symlink). */
function chmodFile(path: string, mode: number): void {
  withFile(path, constants.O_RDONLY | constants.O_NOFOLLOW, (fd) => fchmodSync(fd, mode));
}
