// The summary's building blocks, rendered as GitHub renders them (test-support/markdown.ts): outside
// text never ends a block, starts a heading, an image or a link, or leaves its code block.

import { describe, expect, test } from '@jest/globals';
import { codeBlock, details, heading, markdown, paragraph, table } from '../../../src/report/markdown.ts';
import { codeBlocksOf, render, tagsOf } from '../../../test-support/markdown.ts';

/** Text that would be markup if it were read as Markdown or HTML, blank lines first. */
const HOSTILE = [
  'first\n\n# a heading\n\n![an image](https://example.com/x.png)\n[a link](https://example.com)',
  '```\n# after a fence\n```',
  '````\n~~~\n</code></pre><img src=x>',
  'line\r\rafter two CRs\r# heading after CR',
  '<script>alert(1)</script>\n\n<a href="https://example.com">x</a>',
  '    indented\n\n* a list\n> a quote\n---',
  '&amp; &lt;b&gt; &#x3c;i&#x3e;',
];

describe('codeBlock', () => {
  test.each(HOSTILE)('keeps %j whole inside one code block', (text) => {
    const html = render(markdown([codeBlock(text)]));
    expect(tagsOf(html)).toEqual(['pre', 'code']);
    expect(codeBlocksOf(html)).toEqual([text.replace(/\r/g, '\\r')]);
  });

  test('a fence longer than any run of backticks in the text', () => {
    expect(codeBlock('a ````` b').split('\n')[0]).toBe('``````text');
    expect(codeBlock('plain').split('\n')[0]).toBe('```text');
  });

  test('control and invisible characters shown, not passed on', () => {
    const [code] = codeBlocksOf(render(markdown([codeBlock('a\u001b[31mb\u202ec')])));
    expect(code).toBe('a\\x1b[31mb\\u{202e}c');
  });
});

describe('one-line HTML blocks', () => {
  test.each(HOSTILE)('heading, paragraph and table cells keep %j as text', (text) => {
    const html = render(
      markdown([
        heading(text),
        paragraph(text),
        table([
          ['What', 'Value'],
          [text, text],
        ]),
      ]),
    );
    expect(tagsOf(html).filter((t) => t !== 'br')).toEqual([
      'h3',
      'p',
      'table',
      'tr',
      'th',
      'th',
      'tr',
      'td',
      'td',
    ]);
  });

  test('a table row per row, the first as the header', () => {
    const html = render(
      markdown([
        table([
          ['What', 'Value'],
          ['Role', 'arn:aws:iam::1:role/x'],
          ['Account', '1'],
        ]),
      ]),
    );
    expect(html).toContain(
      '<tr><th>What</th><th>Value</th></tr><tr><td>Role</td><td>arn:aws:iam::1:role/x</td></tr>',
    );
    expect(html).toContain('<tr><td>Account</td><td>1</td></tr>');
  });
});

describe('details', () => {
  test.each(HOSTILE)('folds a code block of %j, and ends where it should', (text) => {
    const html = render(markdown([details(text, codeBlock(text)), paragraph('after')]));
    expect(tagsOf(html).filter((t) => t !== 'br')).toEqual(['details', 'summary', 'pre', 'code', 'p']);
    expect(html.trimEnd().endsWith('</details>\n<p>after</p>')).toBe(true);
    expect(codeBlocksOf(html)).toEqual([text.replace(/\r/g, '\\r')]);
  });
});

test('blocks are separated by a blank line, and the document ends with one', () => {
  expect(markdown(['<h3>a</h3>', '<p>b</p>'])).toBe('<h3>a</h3>\n\n<p>b</p>\n\n');
});
