// `npm run bug-sweep [-- --only ID,ID] [--list]`: plants each bug of scripts/bugs.ts, one at a
// time, in a scratch copy of the repository (the tracked files as they are in the working tree,
// node_modules linked), rebuilds dist/, and runs the tests: the bug's hinted test files first (to be
// quick), and the whole suite if they pass. A bug no test catches survives, and the sweep fails; so
// does a bug whose text is no longer in its module (the list must follow the code). Stryker mutates
// the pure modules; this covers the effectful ones it does not reach.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../test-support/runner.ts';
import { BUGS, type Bug } from './bugs.ts';

const JEST = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const NODE_OPTIONS = '--experimental-vm-modules --disable-warning=ExperimentalWarning';

/** The tracked files, as the working tree has them, in a scratch directory; node_modules linked. */
function scratchCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bug-sweep-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  for (const file of files.filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file), { dereference: false });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // A repository of its own, for the tests that read git's archive of HEAD.
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  git('add', '-A');
  git('-c', 'user.name=bug-sweep', '-c', 'user.email=bug-sweep@localhost', 'commit', '-q', '-m', 'scratch');
  return dir;
}

interface Outcome {
  readonly bug: Bug;
  readonly verdict: 'caught' | 'survived' | 'stale' | 'does not build';
  readonly by: string;
  readonly seconds: number;
}

/** Jest on these paths; the first failing test file, or undefined when all pass. */
function jest(dir: string, paths: readonly string[]): string | undefined {
  // bug-list.test.ts fails on any planted bug (its text is gone from the module): it cannot judge.
  const args = [JEST, ...paths, '--bail', '--maxWorkers=3', '--silent', '--testPathIgnorePatterns=bug-list'];
  const r = spawnSync(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status === 0) return undefined;
  const out = `${r.stdout}\n${r.stderr}`;
  const failed = /^FAIL (\S+)/m.exec(out)?.[1];
  return failed ?? `jest exited ${r.status}: ${out.trim().split('\n').slice(0, 3).join(' / ')}`;
}

function build(dir: string): boolean {
  const r = spawnSync(process.execPath, [join(dir, 'scripts', 'build.ts')], { cwd: dir, encoding: 'utf8' });
  return r.status === 0;
}

function sweep(dir: string, bug: Bug): Outcome {
  const started = performance.now();
  const path = join(dir, bug.module);
  const pristine = readFileSync(path, 'utf8');
  const done = (verdict: Outcome['verdict'], by = '') => ({
    bug,
    verdict,
    by,
    seconds: (performance.now() - started) / 1000,
  });
  if (pristine.split(bug.find).length !== 2)
    return done('stale', 'its text is not in the module exactly once');
  writeFileSync(path, pristine.replace(bug.find, bug.replace));
  try {
    if (!build(dir)) return done('does not build');
    const hinted = bug.tests ?? [];
    const first = hinted.length > 0 ? jest(dir, hinted) : undefined;
    if (first) return done('caught', first);
    const any = jest(dir, ['__tests__']);
    return any ? done('caught', any) : done('survived');
  } finally {
    writeFileSync(path, pristine);
  }
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const only = arg('--only')?.split(',');
const bugs = only ? BUGS.filter((b) => only.includes(b.id)) : BUGS;

if (process.argv.includes('--list')) {
  for (const b of bugs) console.log(`${b.id.padEnd(28)} ${b.module.padEnd(26)} ${b.why}`);
  process.exit(0);
}

const dir = scratchCopy();
const started = performance.now();
const outcomes: Outcome[] = [];
try {
  for (const bug of bugs) {
    const o = sweep(dir, bug);
    outcomes.push(o);
    console.log(
      `${o.verdict.padEnd(14)} ${bug.id.padEnd(28)} ${o.seconds.toFixed(1).padStart(6)} s  ${o.by}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const caught = outcomes.filter((o) => o.verdict === 'caught').length;
const minutes = (performance.now() - started) / 60_000;
console.log(`\n${caught}/${outcomes.length} bugs caught in ${minutes.toFixed(1)} min.`);
for (const o of outcomes.filter((x) => x.verdict !== 'caught')) {
  console.log(`  ${o.verdict}: ${o.bug.id} (${o.bug.module}): ${o.bug.why}`);
}
process.exitCode = caught === outcomes.length ? 0 : 1;
