// The job summary as GitHub renders it: GitHub-flavoured Markdown, in which an HTML block ends at
// the first blank line and what follows is Markdown again. So every HTML element here is one line,
// with its text escaped and its line breaks as <br>, and separated from the next block by a blank
// line; and code (messages, claims, commands) goes in fenced code blocks, where nothing is read as
// Markdown or HTML, behind a fence longer than any run of backticks in it. Pure.

import { codeSafe, html } from '../runner/escape.js';

/** Outside text inside a one-line HTML element: escaped, its line breaks as <br>. */
const inline = (text: string) => html(text).replace(/\r\n|\r|\n/g, '<br>');

export const heading = (text: string): string => `<h3>${inline(text)}</h3>`;

export const paragraph = (text: string): string => `<p>${inline(text)}</p>`;

/** A table of rows, the first one its header; on one line, so no blank line can end it. */
export function table(rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
  const [header = [], ...body] = rows;
  return `<table>${row(header, 'th')}${body.map((r) => row(r, 'td')).join('')}</table>`;
}

/** A fenced code block: its text shown as it is, however many backticks or blank lines it has. */
export function codeBlock(text: string): string {
  const safe = codeSafe(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${safe}\n${fence}`;
}

/** A folded section around blocks: the tags on lines of their own, blank lines around the body. */
export const details = (summary: string, body: string): string =>
  `<details><summary>${inline(summary)}</summary>\n\n${body}\n\n</details>`;

/** The blocks of one summary, a blank line between each, and one after the last. */
export const markdown = (blocks: readonly string[]): string => `${blocks.join('\n\n')}\n\n`;
