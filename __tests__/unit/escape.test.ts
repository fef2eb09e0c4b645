// Outside text as data: log lines, annotations, the summary, hidden account IDs. The properties
// hold for any string (fast-check), not only for the payloads a person thought of.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { annotationSafe, hideAccounts, html, logSafe } from '../../src/escape.js';

/** What the runner would do with a line: a v2 command after trimming, or the v1 "##[" anywhere. */
const isCommand = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');

describe('logSafe', () => {
  test.each([
    ['a\n::set-output name=x::1', 'a\\n::set-output name=x::1'],
    ['a\r\nb', 'a\\r\\nb'],
    ['::warning::x', '\\::warning::x'],
    ['   ::error::x', '\\   ::error::x'],
    ['see ##[set-output name=x;]1', 'see ##\\[set-output name=x;]1'],
    ['arn:aws:iam::123456789012:role/x', 'arn:aws:iam::123456789012:role/x'],
    ['line\u2028sep', 'line sep'],
  ])('%j -> %j', (input, expected) => {
    expect(logSafe(input)).toBe(expected);
  });

  test('any text becomes one line that no runner reads as a command', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const line = logSafe(text);
        expect(line).not.toMatch(/[\r\n]/);
        expect(isCommand(line)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('annotationSafe', () => {
  test('only the old syntax is touched; core escapes the rest', () => {
    expect(annotationSafe('a\n##[x]b')).toBe('a\n##\\[x]b');
  });
});

describe('html', () => {
  test('any text renders as text: no tag, no attribute, no entity can be formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(html(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
      { numRuns: 2000 },
    );
    expect(html('<img src=x onerror="a">&')).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;');
  });
});

describe('hideAccounts', () => {
  test.each([
    ['arn:aws:iam::123456789012:role/x', 'arn:aws:iam::***:role/x'],
    ['account 123456789012, not 1234567890123', 'account ***, not 1234567890123'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(hideAccounts(input)).toBe(expected);
  });
});
