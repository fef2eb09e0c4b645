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
