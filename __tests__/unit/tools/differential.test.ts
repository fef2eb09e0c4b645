// The models of tools/ against the tools themselves: generated HOMEs and environments (see
// test-support/tool-cases.ts), each resolved by botocore in one Python process and by the JS SDK's
// default chain in this one, and by the models; the answers must be the same. A fixed seed, so that
// a failure is a case to read; a longer run is `TOOL_CASES=5000 TOOL_SEED=... npm run test:unit -- tools`.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { filesOf } from '../../../src/job/seen.js';
import { botocore } from '../../../src/tools/botocore.js';
import { jsSdk } from '../../../src/tools/js-sdk.js';
import type { Resolution, ToolModel } from '../../../src/tools/resolution.js';
import { type Answer, jsResolve } from '../../../test-support/js-resolve.ts';
import { BOTOCORE, when } from '../../../test-support/platform.ts';
import { ROOT } from '../../../test-support/runner.ts';
import { type ToolCase, toolCase, writeCase } from '../../../test-support/tool-cases.ts';

const SEED = Number(process.env.TOOL_SEED ?? 20261207);
const RUNS = Number(process.env.TOOL_CASES ?? 400);
const botocoreTest = when(
  BOTOCORE,
  test,
  'tools/differential: the botocore side',
  'no python3 with botocore',
);

const root = mkdtempSync(join(tmpdir(), 'tool-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Written {
  readonly c: ToolCase;
  readonly env: Record<string, string>;
  readonly dir: string;
}

const cases: Written[] = fc.sample(toolCase, { seed: SEED, numRuns: RUNS }).map((c, i) => {
  const dir = join(root, String(i));
  mkdirSync(dir);
  return { c, env: writeCase(c, dir), dir };
});
console.log(`tools/differential: ${cases.length} cases, seed ${SEED}`);

/** The model's answer in the words of the tool's own. */
function modelAnswer(tool: ToolModel, w: Written): Answer {
  const r: Resolution = tool.resolve(w.env, filesOf(tool, w.env, w.dir));
  if (!r.ok) return { ok: false };
  const s = r.source;
  const source = 'accessKeyId' in s ? { kind: s.kind, accessKeyId: s.accessKeyId } : { kind: s.kind };
  // The JS SDK refuses a region "" where it is used; botocore keeps it.
  const region = tool === jsSdk && r.region === '' ? null : (r.region ?? null);
  return { ok: true, profile: r.profile ?? null, source, region };
}

/** The tool's answer with only what the model says: no error name, no key for a process. */
function comparable(a: Answer): Answer {
  if (!a.ok) return { ok: false };
  const source = a.source?.kind === 'process' ? { kind: 'process' } : a.source;
  return { ok: true, profile: a.profile ?? null, source, region: a.region ?? null };
}

function mismatches(tool: ToolModel, answers: readonly Answer[]) {
  return cases.flatMap((w, i) => {
    const real = comparable(answers[i] as Answer);
    const model = modelAnswer(tool, w);
    const modelComparable =
      model.ok && model.source?.kind === 'process' ? { ...model, source: { kind: 'process' } } : model;
    return JSON.stringify(real) === JSON.stringify(modelComparable)
      ? []
      : [{ i, case: w.c, real: answers[i], model }];
  });
}

describe('the models answer as the tools do', () => {
  botocoreTest(
    'botocore',
    () => {
      const input = JSON.stringify(cases.map((w) => ({ env: w.env, cwd: w.dir })));
      const out = execFileSync('python3', [join(ROOT, 'test-support', 'botocore-resolve.py')], {
        input,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const { botocore: version, answers } = JSON.parse(out) as { botocore: string; answers: Answer[] };
      console.log(`tools/differential: botocore ${version}`);
      expect(mismatches(botocore, answers).slice(0, 3)).toEqual([]);
    },
    120_000,
  );

  test('the AWS SDK for JavaScript', async () => {
    const answers: Answer[] = [];
    for (const w of cases) answers.push(await jsResolve(w.env, w.dir));
    expect(mismatches(jsSdk, answers).slice(0, 3)).toEqual([]);
  }, 120_000);
});
