// What a `uses:` step downloads: git's archive of the repository, with .gitattributes' export-ignore
// applied. Made here from the working tree (a temporary index over HEAD, every change added), so
// that the end-to-end tests run the dist/ just built exactly as a user's runner would receive it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './runner.ts';

/**
 * Extracts an archive into a new directory and returns it: the working tree's (a temporary index
 * over HEAD, every change added), or, given a ref, the archive at that ref.
 */
export function extractedArchive(ref?: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'archive-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
  const git = (args: string[], input?: Buffer) =>
    execFileSync('git', args, { cwd: ROOT, env, input, maxBuffer: 256 * 1024 * 1024 });
  try {
    const tree = ref ?? workingTree(git);
    const dir = mkdtempSync(join(tmpdir(), 'downloaded-action-'));
    execFileSync('tar', ['-x', '-C', dir], { input: git(['archive', '--format=tar', tree]) });
    return dir;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The working tree as a tree object, written through the temporary index. */
function workingTree(git: (args: string[]) => Buffer): string {
  git(['read-tree', 'HEAD']);
  git(['add', '-A']);
  return git(['write-tree']).toString('utf8').trim();
}
