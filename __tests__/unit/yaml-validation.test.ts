// Every piece of workflow YAML a user might copy (README.md, docs/, examples/, this repository's CI)
// is validated by GitHub's own workflow language service against this action.yml. A control case
// proves the validation can fail.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from '../../test-support/runner.ts';
import { fencedBlocks, type Kind, validateYaml } from '../../test-support/validate-yaml.ts';

const markdown = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => join('docs', f))].filter((f) =>
  f.endsWith('.md'),
);
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** A block is a workflow (has jobs:), a CloudFormation template (checked in setup-docs.test.ts), or steps. */
function kindOf(text: string): Kind | undefined {
  const doc = parse(text, {
    customTags: [
      { tag: '!Ref', resolve: String },
      { tag: '!GetAtt', resolve: String },
    ],
  });
  if (doc && typeof doc === 'object' && 'AWSTemplateFormatVersion' in doc) return undefined;
  return Array.isArray(doc) ? 'steps' : 'workflow';
}

const blocks = markdown.flatMap((file) =>
  fencedBlocks(read(file), 'yaml').map((b) => [`${file}:${b.line}`, b.text] as const),
);

describe('YAML in the documentation', () => {
  test('there is some: the quick start, the auth modes, long jobs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  test.each(blocks)('%s is a valid workflow, or valid steps, against action.yml', async (_where, text) => {
    const kind = kindOf(text);
    if (kind === undefined) return;
    expect(await validateYaml(text, kind)).toEqual([]);
  });
});

describe('examples/ and action.yml', () => {
  const examples = join(ROOT, 'examples');
  const local = {
    '.github/workflows/reusable-deploy.yml': readFileSync(
      join(examples, 'workflows', 'reusable-deploy.yml'),
      'utf8',
    ),
  };
  test.each(['workflows/deploy.yml', 'workflows/reusable-deploy.yml', 'workflows/caller.yml'])(
    'examples/%s',
    async (file) => {
      expect(await validateYaml(readFileSync(join(examples, file), 'utf8'), 'workflow', local)).toEqual([]);
    },
  );

  test('examples/composite/action.yml, as an action', async () => {
    expect(
      await validateYaml(readFileSync(join(examples, 'composite', 'action.yml'), 'utf8'), 'action'),
    ).toEqual([]);
  });

  test("this repository's own action.yml, as an action (branding, inputs, runs)", async () => {
    expect(await validateYaml(read('action.yml'), 'action')).toEqual([]);
  });
});

describe('the validation can fail', () => {
  const quickStart = fencedBlocks(read('README.md'), 'yaml')[0]?.text ?? '';

  test('a misspelled input, and so a missing required one', async () => {
    const broken = quickStart.replace('aws-region: us-east-1', 'aws-regoin: us-east-1');
    expect(broken).not.toBe(quickStart);
    const found = await validateYaml(broken, 'workflow');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Invalid action input 'aws-regoin'"),
        expect.stringContaining('Missing required input `aws-region`'),
      ]),
    );
  });

  test('the same in a composite action, and in steps shown alone', async () => {
    const composite = readFileSync(join(ROOT, 'examples', 'composite', 'action.yml'), 'utf8');
    const brokenComposite = composite.replace('role-session-name: ${{', 'role-sesion-name: ${{');
    expect(await validateYaml(brokenComposite, 'action')).toEqual([
      expect.stringContaining("Invalid action input 'role-sesion-name'"),
    ]);
    const steps =
      '- uses: OWNER/aws-oidc-credentials@v1\n  with:\n    aws-region: us-east-1\n    role-to-asume: x';
    expect(await validateYaml(steps, 'steps')).toEqual([
      expect.stringContaining("Invalid action input 'role-to-asume'"),
    ]);
  });

  test('a reusable workflow called with an input it does not declare', async () => {
    const examples = join(ROOT, 'examples', 'workflows');
    const caller = readFileSync(join(examples, 'caller.yml'), 'utf8').replace('command:', 'commandd:');
    const found = await validateYaml(caller, 'workflow', {
      '.github/workflows/reusable-deploy.yml': readFileSync(join(examples, 'reusable-deploy.yml'), 'utf8'),
    });
    expect(found.join('\n')).toMatch(/commandd/);
  });
});
