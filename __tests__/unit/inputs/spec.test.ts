// The inputs table names, for each input, the file of src/inputs/ that parses it: that file reads
// the input by name, and every file that reads inputs is named by some row.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { INPUT_NAMES, parserOf } from '../../../src/inputs/spec.ts';
import { ROOT } from '../../../test-support/runner.ts';

const source = (file: string) => readFileSync(join(ROOT, 'src', 'inputs', `${file}.ts`), 'utf8');

test.each(INPUT_NAMES.map((name) => [name, parserOf(name)]))(
  '%s is parsed in %s.ts, by its name',
  (name, file) => {
    expect(source(file)).toContain(`'${name}'`);
  },
);

test('every parser of the folder is named by a row, and nothing else is', () => {
  const named = new Set(INPUT_NAMES.map(parserOf));
  const parsers = readdirSync(join(ROOT, 'src', 'inputs'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((f) => /\bf\.(read|given|bool|list|url)\(|\bparseRole\(/.test(source(f)) && f !== 'rules');
  expect([...named].sort()).toEqual(parsers.sort());
});
