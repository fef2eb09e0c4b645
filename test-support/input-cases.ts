// Input messages word for word: a case is the inputs given and every problem (or warning) that
// parseInputs says of them, in order.

import { expect, test } from '@jest/globals';
import { InputError } from '../src/errors.js';
import { parseInputs } from '../src/inputs/parse.js';
import type { InputName } from '../src/inputs/spec.js';

type Said = { problems: string[] } | { warnings: string[] };

export type InputCase = [name: string, inputs: Partial<Record<InputName, string>>, expected: Said];

/** One test per case: parseInputs says exactly the expected problems, or the expected warnings. */
export function saysWordForWord(cases: InputCase[]): void {
  test.each(cases)('%s', (_name, inputs, expected) => {
    let said: Said;
    try {
      said = { warnings: [...parseInputs((n) => inputs[n] ?? '', '/workspace').warnings] };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      said = { problems: [...error.problems] };
    }
    expect(said).toEqual(expected);
  });
}

/** What parseInputs says of these inputs: its problems, or [] when it says none. */
function problemsOf(inputs: InputCase[1]): string[] {
  try {
    parseInputs((n) => inputs[n] ?? '', '/workspace');
    return [];
  } catch (error) {
    return error instanceof InputError ? [...error.problems] : [String(error)];
  }
}

/**
 * Each problem is said of its input, and problems are listed in action.yml's order: with a bad
 * audience (the third input) as well, the problems of aws-region and role-to-assume come before
 * its problem, and every other problem after it.
 */
export function saysEachOfItsInput(cases: InputCase[]): void {
  const audience = problemsOf({ 'aws-region': 'us-east-1', audience: 'a b' });
  const above = (p: string) => /^Inputs? '?(aws-region|role-to-assume)\b/.test(p);
  const withProblems = cases.filter(([, i, e]) => 'problems' in e && i.audience === undefined);
  test.each(withProblems)('%s, with a bad audience too', (_name, inputs, expected) => {
    const problems = 'problems' in expected ? expected.problems : [];
    const order = [...problems.filter(above), ...audience, ...problems.filter((p) => !above(p))];
    expect(problemsOf({ ...inputs, audience: 'a b' })).toEqual(order);
  });
}
