// Outside text is data. Claims, server messages, error bodies and paths reach a log line or the
// job summary only through these functions, so that none of it can act as a workflow command or
// as markup.

// Control characters: C0 but tab and the line breaks, DEL, and C1. ESC starts a terminal escape
// sequence (colours, cursor moves, a title), BEL rings; shown as \x1b, \x07 they are only text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/**
 * Characters that change how the text around them reads without showing themselves: bidi controls
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), zero-width ones (U+200B-U+200D, U+2060),
 * the BOM (U+FEFF), and the line and paragraph separators (U+2028, U+2029).
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Control characters shown as \xNN (line breaks and tab are left to the caller), invisible ones as \u{NNNN}. */
function visible(text: string): string {
  return text
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/**
 * Outside text inside one line of a script or a log: line breaks shown as \n and \r, control and
 * invisible characters as escapes, so that the text can never start a line of its own (a command
 * of a shell script pasted from the summary, a workflow command of the log).
 */
export function oneLine(text: string): string {
  return visible(text).replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/**
 * One log line, made inert for the runner: line breaks shown as \n and \r (a new line could start
 * with ::set-output), control characters as \xNN, "##[" escaped (the runner's old command syntax,
 * found anywhere in a line), and a "::" at the start (after spaces) escaped, since the runner trims
 * before it looks.
 */
export function logSafe(line: string): string {
  const flat = oneLine(line).replace(/##\[/g, '##\\[');
  return /^\s*::/.test(flat) ? `\\${flat}` : flat;
}

/**
 * The text of an annotation (::error::, ::warning::): @actions/core escapes its line breaks and %
 * itself; control characters are shown as \xNN and the old "##[" syntax is neutralised here.
 */
export function annotationSafe(text: string): string {
  return visible(text).replace(/##\[/g, '##\\[');
}

/**
 * Text for a fenced code block of the job summary, where Markdown and HTML are not read: control
 * and invisible characters shown as for the log, and a lone CR (a line break to a Markdown parser,
 * which could start a closing fence) as \r.
 */
export function codeSafe(text: string): string {
  return visible(text.replace(/\r\n/g, '\n')).replace(/\r/g, '\\r');
}

/**
 * A value as pretty JSON that the log shows as it is: characters the log would rewrite or a reader
 * could misread (DEL and C1 controls, invisible and direction-changing ones, the "[" of "##[") as
 * JSON \u escapes, which keep it valid and equal to the value. JSON.stringify escapes C0 itself.
 */
export function jsonSafe(value: unknown): string {
  const unicode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(value, null, 2)
    .replace(CONTROL, unicode)
    .replace(INVISIBLE, unicode)
    .replace(/##\[/g, '##\\u005b');
}

/** Text for the job summary, which renders HTML: every character that markup could use, escaped. */
export function html(text: string): string {
  return visible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * mask-aws-account-id: every 12-digit number, which is what an account ID is, shown as ***. For
 * text the runner's masking does not reach (the job summary), and for failures, where an ID may
 * come from STS's own message.
 */
export function hideAccounts(text: string): string {
  return text.replace(/(?<!\d)\d{12}(?!\d)/g, '***');
}
