// The file commands as the runner reads them (test-support's parser follows its heredoc rule: a
// value runs to the first line that is exactly the delimiter). A value that holds delimiter-like
// lines, or the delimiter a naive writer would pick, still reads back whole.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { exportVariables, setOutputs } from '../../../src/runner/file-commands.js';
import { parseFileCommands } from '../../../test-support/runner.ts';

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-commands-'));
  for (const name of ['GITHUB_ENV', 'GITHUB_OUTPUT']) {
    process.env[name] = join(dir, name);
    writeFileSync(join(dir, name), '');
  }
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(dir, { recursive: true, force: true });
});

const hostile = [
  'plain',
  '',
  'ghadelimiter_0',
  'a\nghadelimiter_0\nAWS_EVIL=1',
  'ghadelimiter_0\nghadelimiter_1\nghadelimiter_2',
  'x\nEVIL<<EOF\n1\nEOF',
];

test('every value reads back whole, each in one heredoc of its own delimiter', () => {
  const values = Object.fromEntries(hostile.map((v, i) => [`AWS_V${i}`, v]));
  exportVariables(values);
  const written = readFileSync(join(dir, 'GITHUB_ENV'), 'utf8');
  expect(parseFileCommands(written)).toEqual(values);
  for (const value of hostile) {
    const heredoc = new RegExp(`^AWS_V${hostile.indexOf(value)}<<(.+)$`, 'm').exec(written)?.[1] ?? '';
    expect(value.includes(heredoc)).toBe(false);
  }
  expect(process.env.AWS_V3).toBe(hostile[3]);
});

test('outputs too, in one append', () => {
  setOutputs({ a: 'ghadelimiter_0', b: '1' });
  expect(parseFileCommands(readFileSync(join(dir, 'GITHUB_OUTPUT'), 'utf8'))).toEqual({
    a: 'ghadelimiter_0',
    b: '1',
  });
});
