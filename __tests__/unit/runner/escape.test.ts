// Outside text as data: log lines, annotations, the summary, hidden account IDs. The properties
// hold for any string (fast-check), not only for the payloads a person thought of.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { annotationSafe, hideAccounts, html, logSafe } from '../../../src/runner/escape.js';

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
    ['line\u2028sep', 'line\\u{2028}sep'],
    ['admin\u202e\u2066txt.exe', 'admin\\u{202e}\\u{2066}txt.exe'],
    ['zero\u200bwidth\ufeff bom', 'zero\\u{200b}width\\u{feff} bom'],
    ['red \u001b[31mx\u001b[0m', 'red \\x1b[31mx\\x1b[0m'],
    ['bell\u0007 nul\u0000 del\u007f c1\u0085\u009b', 'bell\\x07 nul\\x00 del\\x7f c1\\x85\\x9b'],
    ['tab\tkept', 'tab\tkept'],
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

describe('invisible and direction-changing characters', () => {
  test('shown as \\u{...} in log lines, annotations and the summary alike', () => {
    const text = 'repo:o/r\u202e:ref\u200d\u061c';
    const shown = 'repo:o/r\\u{202e}:ref\\u{200d}\\u{61c}';
    expect([logSafe(text), annotationSafe(text), html(text)]).toEqual([shown, shown, shown]);
  });
});

describe('annotationSafe', () => {
  test('the old syntax and control characters are touched; core escapes line breaks and %', () => {
    expect(annotationSafe('a\n##[x]b')).toBe('a\n##\\[x]b');
    expect(annotationSafe('a\u001b]0;title\u0007\tb')).toBe('a\\x1b]0;title\\x07\tb');
  });

  test('no control character but tab and line breaks survives, in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        for (const out of [annotationSafe(text), logSafe(text), html(text)]) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there.
          expect(out).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
        }
      }),
      { numRuns: 2000 },
    );
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
