// Files this action writes or reads on the runner: never through a symlink, secrets at 0600.

import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
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

/** Writes a file readable by its owner only (0600), its directory 0700 if it has to be made. */
export function writeSecretFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  refuseSymlinks(path);
  // Credentials live here: owner only, whatever the directory was before.
  chmodSync(dirname(path), 0o700);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
  withFile(
    path,
    flags,
    (fd) => {
      // The mode of open() applies only to a new file; an existing one may have been 0644.
      fchmodSync(fd, 0o600);
      writeFileSync(fd, text);
    },
    0o600,
  );
}
