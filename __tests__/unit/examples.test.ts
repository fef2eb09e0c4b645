// The examples are parsed as YAML, and every `with:` key passed to this action must be an input
// action.yml declares; composite and reusable-workflow plumbing is checked too.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from '../../test-support/runner.ts';

interface Step {
  uses?: string;
  id?: string;
  with?: Record<string, unknown>;
}
type Doc = {
  on?: Record<
    string,
    { inputs?: Record<string, { required?: boolean }>; outputs?: Record<string, { value?: string }> }
  >;
  permissions?: Record<string, string>;
  jobs?: Record<
    string,
    {
      steps?: Step[];
      uses?: string;
      with?: Record<string, unknown>;
      permissions?: Record<string, string>;
      outputs?: Record<string, string>;
    }
  >;
  runs?: { using: string; steps: Step[] };
  inputs?: Record<string, unknown>;
  outputs?: Record<string, { value?: string }>;
};

const declared = Object.keys(
  (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
);
const dir = join(ROOT, 'examples');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yml'));
const load = (f: string) => parse(readFileSync(join(dir, f), 'utf8')) as Doc;
const ours = (doc: Doc): Step[] =>
  [...(doc.runs?.steps ?? []), ...Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? [])].filter((s) =>
    s.uses?.includes('aws-oidc-credentials'),
  );

describe('examples/', () => {
  test('has a plain workflow, a composite action, a reusable workflow and its caller', () => {
    expect(files.sort()).toEqual(
      [
        'composite/action.yml',
        'workflows/caller.yml',
        'workflows/deploy.yml',
        'workflows/reusable-deploy.yml',
      ].sort(),
    );
  });

  test.each(files)('%s: valid YAML, and every with: key is a declared input', (file) => {
    const doc = load(file);
    for (const step of ours(doc)) {
      for (const key of Object.keys(step.with ?? {})) expect(declared).toContain(key);
      expect(step.with).toHaveProperty('aws-region');
    }
  });

  test('the composite action passes its inputs through and re-exports the outputs', () => {
    const doc = load('composite/action.yml');
    expect(doc.runs?.using).toBe('composite');
    const step = ours(doc)[0];
    const passed = JSON.stringify(step?.with);
    for (const input of Object.keys(doc.inputs ?? {})) expect(passed).toContain(`inputs.${input}`);
    for (const [name, output] of Object.entries(doc.outputs ?? {})) {
      expect(output.value).toBe(`\${{ steps.${step?.id}.outputs.${name} }}`);
    }
  });

  test('nothing masked is re-exported: GitHub drops an output that holds a secret', () => {
    for (const file of files) {
      const doc = load(file);
      const masked = ours(doc).some((s) => String(s.with?.['mask-aws-account-id']) === 'true');
      const exported = Object.values(doc.outputs ?? {}).map((o) => o.value ?? '');
      if (masked) {
        expect(exported.filter((v) => /aws-account-id|authenticated-arn/.test(v))).toEqual([]);
      }
    }
  });

  test('the caller calls the reusable workflow with every input it requires and no other, and grants id-token: write', () => {
    const reusable = load('workflows/reusable-deploy.yml').on?.workflow_call;
    const caller = load('workflows/caller.yml');
    const call = Object.values(caller.jobs ?? {}).find((j) => j.uses?.endsWith('reusable-deploy.yml'));
    if (!call?.with) throw new Error('caller.yml does not call reusable-deploy.yml with inputs');
    const declaredInputs = Object.entries(reusable?.inputs ?? {});
    const required = declaredInputs.filter(([, i]) => i.required).map(([name]) => name);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(Object.keys(call.with)).toContain(name);
    for (const key of Object.keys(call.with)) expect(declaredInputs.map(([name]) => name)).toContain(key);
    expect(caller.permissions?.['id-token']).toBe('write');
    expect(load('workflows/deploy.yml').permissions?.['id-token']).toBe('write');
  });

  test("the caller reads only outputs the reusable workflow declares, and those come from this action's outputs", () => {
    const reusable = load('workflows/reusable-deploy.yml');
    const text = readFileSync(join(dir, 'workflows/caller.yml'), 'utf8');
    const used = [...text.matchAll(/needs\.deploy\.outputs\.([\w-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    const outputs = reusable.on?.workflow_call?.outputs ?? {};
    const ownOutputs = Object.keys(
      (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { outputs: object }).outputs,
    );
    for (const name of used) {
      expect(Object.keys(outputs)).toContain(name);
      // workflow output <- job output <- the step's (this action's) output of the same name
      const job = /jobs\.(\w+)\.outputs\.([\w-]+)/.exec(outputs[name as string]?.value ?? '');
      const step = reusable.jobs?.[job?.[1] ?? '']?.outputs?.[job?.[2] ?? ''];
      expect(String(step)).toMatch(/steps\.aws\.outputs\.([\w-]+)/);
      expect(ownOutputs).toContain(/steps\.aws\.outputs\.([\w-]+)/.exec(String(step))?.[1]);
    }
  });
});
