// The log's wrappers, each through itself: what reaches stdout when this action says a line, a
// warning, a notice, a debug line, a group or its one error. Outside text must not act as a
// workflow command, nor show a control character, whichever wrapper carries it.

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { debug, fail, group, info, notice, warning } from '../../../src/runner/log.js';

let out: string[];
let write: typeof process.stdout.write;
beforeEach(() => {
  out = [];
  write = process.stdout.write;
  process.stdout.write = ((chunk: string) => {
    out.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
});
afterEach(() => {
  process.stdout.write = write;
  process.exitCode = undefined;
});

const HOSTILE = 'x\n::set-output name=a::b ##[error]y \u001b[31mred\u0007';
const lines = () =>
  out
    .join('')
    .split(/\r?\n/)
    .filter((l) => l !== '');

describe('every wrapper escapes what it carries', () => {
  test.each([
    ['info', info, ''],
    ['warning', warning, '::warning::'],
    ['notice', notice, '::notice::'],
    ['debug', debug, '::debug::'],
    ['fail', fail, '::error::'],
  ] as const)('%s', (_name, say, prefix) => {
    say(HOSTILE);
    const [line, ...more] = lines();
    expect(more).toEqual([]);
    expect(line?.startsWith(prefix)).toBe(true);
    const body = (line ?? '').slice(prefix.length);
    expect(body).not.toContain('##[');
    expect(body).not.toMatch(/^\s*::/);
    expect(body).toContain('\\x1b[31mred\\x07');
    expect(line?.includes('\u001b') || line?.includes('\u0007')).toBe(false);
  });

  test('fail sets the exit code; the others do not', () => {
    warning('w');
    notice('n');
    expect(process.exitCode).toBeUndefined();
    fail('f');
    expect(process.exitCode).toBe(1);
  });

  test('group: a title and each line made safe, between ::group:: and ::endgroup::; none when empty', () => {
    group('t\n::error::x', ['a', '::warning::b', 'c\u001bd']);
    expect(lines()).toEqual(['::group::t\\n::error::x', 'a', '\\::warning::b', 'c\\x1bd', '::endgroup::']);
    out = [];
    group('nothing', []);
    expect(out).toEqual([]);
  });
});
