// The models of tools/ against the tools themselves: generated HOMEs and environments (see
// test-support/tool-cases.ts), each resolved by botocore in one Python process and by the JS SDK's
// default chain in this one, and by the models; the answers must be the same. A fixed seed, so that
// a failure is a case to read; a longer run is `TOOL_CASES=5000 TOOL_SEED=... npm run test:unit -- tools`.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { botocore } from '../../../src/tools/botocore.js';
import { jsSdk } from '../../../src/tools/js-sdk.js';
import type { ToolModel } from '../../../src/tools/resolution.js';
import { botocoreResolve } from '../../../test-support/botocore-resolve.ts';
import { type Answer, jsResolve } from '../../../test-support/js-resolve.ts';
import { BOTOCORE, when } from '../../../test-support/platform.ts';
import { modelAnswer, toolCase, writeCases } from '../../../test-support/tool-cases.ts';

const SEED = Number(process.env.TOOL_SEED ?? 20261207);
const RUNS = Number(process.env.TOOL_CASES ?? 400);
const botocoreTest = when(
  BOTOCORE,
  test,
  'tools/differential: the botocore side',
  'no python3 with botocore',
);

const cases = writeCases('tool-cases-', fc.sample(toolCase, { seed: SEED, numRuns: RUNS }));
console.log(`tools/differential: ${cases.length} cases, seed ${SEED}`);

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
      const { botocore: version, answers } = botocoreResolve(cases.map((w) => ({ env: w.env, cwd: w.dir })));
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
