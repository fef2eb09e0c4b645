// The README's tables and examples are checked against action.yml so that they cannot drift.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../src/config.js';
import { ROOT } from '../test-support/runner.ts';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Rows of the first table after a heading, as arrays of trimmed cells. */
function table(heading: string): string[][] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

describe('action.yml', () => {
  test('runs on node24 with a post step that can be skipped', () => {
    expect(action.runs).toMatchObject({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/cleanup/index.js',
    });
    expect(action.runs['post-if']).toContain("env.AWS_SKIP_CLEANUP_STEP != 'true'");
  });

  test('declares exactly the inputs the code reads, each with a description', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, input.description.length > 20]).toEqual([name, true]);
    }
  });

  test('declares the outputs of configure-aws-credentials, each with a description', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'aws-access-key-id',
        'aws-account-id',
        'aws-expiration',
        'aws-secret-access-key',
        'aws-session-token',
        'authenticated-arn',
      ].sort(),
    );
  });
});

describe('README', () => {
  test('the inputs table matches action.yml: names, required, defaults', () => {
    const rows = table('Inputs').map(([name = '', required = '', def = '']) => ({
      name: unquote(name),
      required: required === 'yes',
      default: unquote(def),
    }));
    const declared = Object.entries(action.inputs).map(([name, input]) => ({
      name,
      required: input.required === true,
      default: input.default ?? '',
    }));
    expect(rows).toEqual(declared);
  });

  test('the outputs table matches action.yml', () => {
    expect(table('Outputs').map(([name = '']) => unquote(name))).toEqual(Object.keys(action.outputs));
  });

  test('every `with:` key in the README and the CI workflow is a declared input', () => {
    const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const steps: { uses?: string; with?: Record<string, unknown> }[] = [];
    for (const doc of [...blocks, workflow]) {
      const parsed = parse(doc) as { jobs?: Record<string, { steps?: typeof steps }> };
      for (const job of Object.values(parsed.jobs ?? {})) steps.push(...(job.steps ?? []));
    }
    const ours = steps.filter((s) => s.uses === './' || s.uses?.includes('aws-oidc-credentials'));
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const step of ours) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
      expect(step.with).toHaveProperty('aws-region');
    }
  });

  test('documents the two commands a newcomer runs', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
