// The shell steps of release.yml, run for real on a scratch repository with a bare remote: the
// major tag moves only to the highest release of its major, and the notes are the version's
// CHANGELOG.md section.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect } from '@jest/globals';
import { posixTest } from '../../test-support/platform.ts';
import { ROOT } from '../../test-support/runner.ts';

let dir: string;
let clone: string;
let remote: string;
// stderr is kept with the error, not printed: a tag that is rightly absent is no failure to read.
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();
const script = (name: string) => join(ROOT, 'scripts', 'release', name);
const moveMajor = (tag: string) =>
  execFileSync('bash', [script('move-major-tag.sh'), tag], {
    cwd: clone,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();
const remoteTag = (tag: string) => git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`);

/** A commit on main, tagged and pushed as a release would be. */
function release(tag: string, from?: string): string {
  if (from) git(clone, 'checkout', '-q', from);
  writeFileSync(join(clone, 'file'), tag);
  git(clone, 'commit', '-qam', tag);
  git(clone, 'tag', tag);
  git(clone, 'push', '-q', 'origin', `refs/tags/${tag}`);
  return git(clone, 'rev-parse', 'HEAD');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-'));
  remote = join(dir, 'remote.git');
  clone = join(dir, 'clone');
  execFileSync('git', ['init', '-q', '--bare', remote]);
  execFileSync('git', ['init', '-q', '-b', 'main', clone]);
  writeFileSync(join(clone, 'file'), 'start');
  git(clone, 'add', 'file');
  git(clone, 'commit', '-qm', 'start');
  git(clone, 'remote', 'add', 'origin', remote);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('move-major-tag.sh', () => {
  posixTest('v1.2.0, then a hotfix v1.1.5 on the older line: v1 stays on v1.2.0; v1.3.0 moves it', () => {
    const base = git(clone, 'rev-parse', 'HEAD');
    const v110 = release('v1.1.0');
    const v120 = release('v1.2.0');
    expect(moveMajor('v1.2.0')).toMatch(/^v1 now points at v1\.2\.0/);
    expect(remoteTag('v1')).toBe(v120);
    release('v1.1.5', v110);
    expect(moveMajor('v1.1.5')).toBe(
      'v1.1.5 is not the highest release of v1 (v1.2.0 is): v1 stays on v1.2.0.',
    );
    expect(remoteTag('v1')).toBe(v120);
    const v130 = release('v1.3.0', v120);
    expect(moveMajor('v1.3.0')).toMatch(/^v1 now points at v1\.3\.0/);
    expect(remoteTag('v1')).toBe(v130);
    // Another major has its own tag; v1 is not touched by it.
    release('v2.0.0', base);
    moveMajor('v2.0.0');
    expect(remoteTag('v1')).toBe(v130);
    expect(remoteTag('v2')).toBe(git(clone, 'rev-parse', 'v2.0.0^{commit}'));
  });

  posixTest('versions compare as numbers: v1.10.0 is higher than v1.9.0', () => {
    release('v1.9.0');
    const v1100 = release('v1.10.0');
    moveMajor('v1.10.0');
    expect(() => moveMajor('v1.9.0')).not.toThrow();
    expect(remoteTag('v1')).toBe(v1100);
  });

  posixTest('a tag that is not vX.Y.Z is refused, and no tag moves', () => {
    release('v1.0.0');
    expect(() => moveMajor('v1.0.0-rc1')).toThrow();
    expect(() => remoteTag('v1')).toThrow();
  });
});

describe('tag-on-main.sh', () => {
  const onMain = (tag: string) =>
    execFileSync('bash', [script('tag-on-main.sh'), tag], {
      cwd: clone,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  posixTest('a tag on main passes; one on a branch, or one that does not exist, is refused', () => {
    release('v1.0.0');
    git(clone, 'push', '-q', 'origin', 'main');
    git(clone, 'fetch', '-q', 'origin');
    expect(onMain('v1.0.0')).toMatch(/^v1\.0\.0 \([0-9a-f]+\) is on origin\/main\.$/);
    git(clone, 'checkout', '-q', '-b', 'side');
    release('v1.0.1');
    expect(() => onMain('v1.0.1')).toThrow(/v1\.0\.1 \([0-9a-f]+\) is not on origin\/main/);
    expect(() => onMain('v9.9.9')).toThrow(/v9\.9\.9 is not a tag of this repository/);
  });
});

describe('notes.sh', () => {
  const changelog = '# Changelog\n\n## 1.2.0 (2026-12-01)\n\n### Fixed\n- a\n\n## 1.1.0\n\n- b\n';
  const notes = (version: string) => {
    const file = join(dir, 'CHANGELOG.md');
    writeFileSync(file, changelog);
    return execFileSync('bash', [script('notes.sh'), version, file], { encoding: 'utf8', stdio: 'pipe' });
  };

  posixTest("the version's section, up to the next one, with or without the v", () => {
    expect(notes('v1.2.0')).toBe('\n### Fixed\n- a\n\n');
    expect(notes('1.1.0')).toBe('\n- b\n');
  });

  posixTest('no section: it fails, so no release goes out without notes', () => {
    expect(() => notes('v9.9.9')).toThrow();
  });

  posixTest("this repository's CHANGELOG.md has the first release's section", () => {
    const out = execFileSync('bash', [script('notes.sh'), 'v1.0.0', join(ROOT, 'CHANGELOG.md')], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/The first release/);
  });
});
