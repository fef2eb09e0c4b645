// Files this action writes or reads on the runner: never through a symlink, secrets at 0600, and
// replaced atomically (a temp file beside the target, fsync, rename) so that a reader sees the old
// file or the new one, never half of either. A directory is made 0700 when this action has to make
// it; one that exists is never chmod'ed, because it is someone else's (a workspace, a shared 1777
// temp directory, a ~/.aws another tool made).

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UnsafePathError } from './errors.js';

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

/**
 * Opens a regular file and hands its descriptor to `use`; undefined if it does not exist.
 * O_NOFOLLOW closes the gap between the lstat check and the open.
 */
function withFile<T>(path: string, flags: number, use: (fd: number) => T, mode?: number): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, flags, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !(flags & constants.O_CREAT)) return undefined;
    if (code === 'ELOOP') throw new UnsafePathError(`${path} is a symbolic link; refusing to follow it.`);
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UnsafePathError(`${path} is not a regular file.`);
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/** The file's text, or undefined if it does not exist. */
export function readText(path: string, options: { allowSymlink?: boolean } = {}): string | undefined {
  if (!options.allowSymlink) refuseSymlinks(path);
  const flags = constants.O_RDONLY | (options.allowSymlink ? 0 : constants.O_NOFOLLOW);
  return withFile(path, flags, (fd) => readFileSync(fd, 'utf8'));
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

/** Replaces the file with `text`, readable by its owner only (0600), in one rename. */
export function writeSecretFile(path: string, text: string, tag = randomBytes(6).toString('hex')): void {
  const dir = dirname(path);
  ensureDirectory(dir);
  refuseSymlinks(path);
  if (isDirectory(path)) throw new UnsafePathError(`${path} is not a regular file.`);
  const temp = tempFileOf(path, tag);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  try {
    withFile(
      temp,
      flags,
      (fd) => {
        // The mode of open() is cut by the umask; owner read-write is what is meant, exactly.
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

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
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

// A writer that was killed leaves its lock behind; after this long without a refresh of the lock's
// mtime (proper-lockfile refreshes it every 1.5 s while held; an edit holds it for milliseconds) it
// is taken as stale.
const STALE_MS = 3_000;
/** How long to wait for a lock, in bounded retries: an edit holds one for milliseconds. */
const SHORT_WAIT = { retries: 40, minTimeout: 20, maxTimeout: 200, factor: 1.3 }; // about 5 s

/**
 * `work` under an advisory lock on `path` (`<path>.lock`; a stale one, whose holder died, is
 * recovered). Bounded: `wait` says how many tries, how far apart.
 */
export async function withLock<T>(
  path: string,
  wait: typeof SHORT_WAIT,
  work: () => T | Promise<T>,
): Promise<T> {
  ensureDirectory(dirname(path));
  refuseSymlinks(path);
  // Loaded when first needed: a refresher serving from its cache takes no lock.
  // CommonJS: its functions hang off the default export once bundled.
  const lockfile = await import('proper-lockfile');
  const lock = lockfile.lock ?? lockfile.default.lock;
  const release = await lock(path, {
    realpath: false,
    stale: STALE_MS,
    retries: wait,
    // Compromised (another process took it as stale): this work is already done or will fail on
    // its own; throwing from a timer would only crash the process.
    onCompromised: () => undefined,
  });
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * A read-modify-write of a file that other processes share (matrix jobs on one self-hosted runner
 * share HOME): under the lock, and atomic. `edit` gets the text (undefined: no file) and returns
 * the new text, or undefined to delete the file.
 */
export function editShared<T>(
  path: string,
  edit: (text: string | undefined) => { text: string | undefined; result: T },
  tag?: string,
): Promise<T> {
  return withLock(path, SHORT_WAIT, () => {
    const before = readText(path);
    const { text, result } = edit(before);
    if (text === undefined) removeFile(path);
    else if (text !== before) writeSecretFile(path, text, tag);
    return result;
  });
}
