// The README's tables and examples are checked against action.yml so that they cannot drift.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { normalizeTables, renderReadme } from '../scripts/docs.ts';
import { defaultOf, INPUT_NAMES, type InputName, withEnvFallbacks } from '../src/inputs/spec.js';
import { ROOT } from '../test-support/runner.ts';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

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

  test('the defaults action.yml declares are the ones the code applies', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined)
        expect([name, defaultOf(name as InputName)]).toEqual([name, input.default]);
    }
  });

  test('every environment fallback a description names is one the code reads', () => {
    let checked = 0;
    for (const [name, input] of Object.entries(action.inputs)) {
      const named = [...input.description.matchAll(/(?:[Ff]alls back to|then) (?:the )?([A-Z][A-Z_]+)/g)];
      for (const [, variable] of named) {
        const read = withEnvFallbacks(() => '', { [variable as string]: 'from-env' });
        expect([name, variable, read(name as InputName)]).toEqual([name, variable, 'from-env']);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  test('every input is exercised by an integration test of the bundled action', () => {
    const tests = [
      'action.test.ts',
      'parity.test.ts',
      'features.test.ts',
      'refresh.test.ts',
      'shared-files.test.ts',
      'hostile.test.ts',
    ]
      .map((f) => readFileSync(join(ROOT, '__tests__', f), 'utf8'))
      .join('\n');
    const untested = Object.keys(action.inputs).filter(
      (name) => !tests.includes(`'${name}'`) && !tests.includes(` ${name}: `),
    );
    expect(untested).toEqual([]);
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
  test('the input and output tables are the ones generated from action.yml (npm run docs)', () => {
    const rendered = renderReadme(readme, readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(normalizeTables(readme)).toBe(normalizeTables(rendered));
    // Every declared input has its row: the markers are not empty.
    for (const name of Object.keys(action.inputs)) expect(readme).toContain(`| \`${name}\``);
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
