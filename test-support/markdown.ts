// The job summary as GitHub shows it: rendered by a CommonMark parser (the `commonmark` package,
// whose HTML-block rules are those of cmark-gfm, which renders GitHub's summaries), with raw HTML
// kept, as GitHub keeps it before sanitising. Tests assert on this HTML, not on the source.

import { HtmlRenderer, Parser } from 'commonmark';

export function render(markdown: string): string {
  return new HtmlRenderer().render(new Parser().parse(markdown));
}

/** The tags the rendered HTML opens, in order: what the reader sees as structure. */
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1] ?? '');
}

/** The text of each code block, entities decoded: what a reader copies. */
export function codeBlocksOf(html: string): string[] {
  return [...html.matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/\n$/, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}
