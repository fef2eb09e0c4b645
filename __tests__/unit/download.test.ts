// A `uses:` step downloads this repository's archive at the ref. .gitattributes lets into it only
// what the action runs: action.yml, dist/ without its source maps, the LICENSE and the README.
// Checked on the archive of HEAD, as git (and so GitHub) makes it.

import { execFileSync } from 'node:child_process';
import { expect, test } from '@jest/globals';
import { ROOT } from '../../test-support/runner.ts';

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' });
/** The archive's files, listed once for every test. */
let entries: string[] | undefined;
const archived = (): readonly string[] => {
  entries ??= execFileSync('tar', ['-t'], { input: git('archive', '--format=tar', 'HEAD'), encoding: 'utf8' })
    .split('\n')
    .filter((entry) => entry !== '' && !entry.endsWith('/'));
  return entries;
};

test('the archive holds action.yml, the LICENSE, the README and dist/, and nothing else', () => {
  const outside = archived().filter((entry) => !entry.startsWith('dist/'));
  expect([...outside].sort()).toEqual(['LICENSE', 'README.md', 'action.yml']);
});

test('every file of dist/ the runner may load is in it, and no source map', () => {
  const inDist = git('ls-tree', '-r', '--name-only', 'HEAD', 'dist').toString('utf8').split('\n');
  const needed = inDist.filter((f) => f !== '' && !f.endsWith('.map'));
  const entries = archived();
  expect(entries.filter((e) => e.startsWith('dist/')).sort()).toEqual([...needed].sort());
  expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
  expect(needed).toEqual(
    expect.arrayContaining(['dist/index.js', 'dist/cleanup/index.js', 'dist/refresh/index.js']),
  );
});

test('gzipped, the download is at most 0.9 MB', () => {
  const bytes = git('archive', '--format=tar.gz', 'HEAD').length;
  expect(bytes).toBeLessThanOrEqual(900_000);
});

test('the action the archive holds is the one action.yml names', () => {
  const action = git('show', 'HEAD:action.yml').toString('utf8');
  for (const path of [/^\s+main:\s*["']?([^"'\s]+)/m, /^\s+post:\s*["']?([^"'\s]+)/m].map(
    (re) => re.exec(action)?.[1],
  )) {
    expect(archived()).toContain(path);
  }
});
