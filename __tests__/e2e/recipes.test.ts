// The README's recipes, run as pasted: each `uses:` step of its Recipes section is the built
// action with the step's own `with:`, each `run:` step a shell with the job's environment, and the
// AWS CLI asks the local STS who each profile is. A recipe that stops working fails here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { useStep } from '../../test-support/fixture.ts';
import { Job } from '../../test-support/job.ts';
import { AWS_CLI, when } from '../../test-support/platform.ts';
import { ROOT } from '../../test-support/runner.ts';

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, string | boolean | number>;
  readonly run?: string;
}

/** The yaml blocks of the README's Recipes section, each a list of steps. */
function recipes(): Step[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Recipes\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => parse(m[1] ?? '') as Step[]);
}

const step = useStep();

test('the README has recipes', () => {
  expect(recipes().length).toBeGreaterThan(0);
});

const cliTest = when(AWS_CLI, test, 'recipes: the README\u2019s recipes, run', 'no AWS CLI (aws) on PATH');

cliTest.each(recipes().map((steps, i) => [i + 1, steps] as const))(
  'recipe %i, as pasted: every step succeeds, each profile is its own role, nothing left after',
  async (_i, steps) => {
    const job = new Job(step.env());
    const roles: string[] = [];
    let said = '';
    for (const step of steps) {
      if (step.uses) {
        const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
        const r = await job.use(inputs);
        expect(r.errors).toEqual([]);
        roles.push(inputs['role-to-assume'] ?? '');
      } else if (step.run) {
        said += await job.run('sh', ['-e', '-c', step.run]);
      }
    }
    // Each get-caller-identity answers as a session of the role of its profile, in order.
    const arns = [...said.matchAll(/"Arn": "([^"]+)"/g)].map((m) => m[1]);
    expect(arns).toEqual(
      roles.map((role) =>
        role.replace(/^arn:aws:iam::(\d+):role\/(.+)$/, 'arn:aws:sts::$1:assumed-role/$2/GitHubActions'),
      ),
    );
    await job.end();
    expect(job.posts.flatMap((p) => p.errors)).toEqual([]);
  },
);
