// Sections of an AWS config or credentials file, as botocore and the SDKs read them: a header line
// `[name]` opens a section that runs to the next header. Pure: text in, text out. These functions
// build the job's own copy of a file; the user's file is only ever read.

import { createHash } from 'node:crypto';

const HEADER = /^\s*\[([^\]]*)\]\s*(?:[;#][^\n]*)?$/;
const BOM = '\uFEFF';

/** A section's place in the text: its header line's first character to the next header. */
interface Section {
  /** The header's name, spaces trimmed and runs of them made one: a duplicate is found however spaced. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const normalName = (header: string) => header.trim().split(/\s+/).join(' ');

/** Every section of the text, in order; the lines before the first header belong to none. */
function sectionsOf(text: string): Section[] {
  const found: { name: string; start: number; end: number }[] = [];
  let at = text.startsWith(BOM) ? BOM.length : 0;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const header = HEADER.exec(text.slice(at, next === -1 ? text.length : next).replace(/\r$/, ''));
    if (header) {
      const last = found.at(-1);
      if (last) last.end = at;
      found.push({ name: normalName(header[1] ?? ''), start: at, end: text.length });
    }
    at = next === -1 ? text.length : next + 1;
  }
  return found;
}

/** How many sections of this name the text has (botocore refuses a file with two). */
export function countSections(text: string, name: string): number {
  return sectionsOf(text).filter((s) => s.name === name).length;
}

/** The text of the first section of this name, header included; undefined when there is none. */
export function sectionText(text: string, name: string): string | undefined {
  const found = sectionsOf(text).find((s) => s.name === name);
  return found && text.slice(found.start, found.end);
}

/** The file's own line break, so that a CRLF file stays CRLF. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The text without any section of this name. */
export function withoutSection(text: string, name: string): string {
  let out = text;
  for (const s of sectionsOf(text).reverse()) {
    if (s.name === name) out = out.slice(0, s.start) + out.slice(s.end);
  }
  return out;
}

/**
 * The text with one section of this name, holding exactly `values` (key = value lines), at the
 * end; any section of that name the text had is gone. A blank line keeps it apart from the rest.
 */
export function withSection(text: string, name: string, values: Readonly<Record<string, string>>): string {
  const eol = eolOf(text);
  const rest = withoutSection(text, name);
  const lines = [`[${name}]`, ...Object.entries(values).map(([key, value]) => `${key} = ${value}`)];
  const body = lines.join(eol) + eol;
  if (rest === '' || rest === BOM) return rest + body;
  const ended = rest.endsWith('\n') ? rest : rest + eol;
  return ended.endsWith(`${eol}${eol}`) ? ended + body : ended + eol + body;
}

/**
 * A short digest of each section's text, by name, to tell later which sections were changed. Line
 * endings and blank lines at the end do not count: botocore's writer turns CRLF into LF.
 */
export function sectionDigests(text: string): Record<string, string> {
  const digests = new Map<string, string>();
  for (const s of sectionsOf(text)) {
    const hash = createHash('sha256')
      .update(text.slice(s.start, s.end).replace(/\r\n/g, '\n').trimEnd())
      .digest('hex');
    digests.set(s.name, (digests.get(s.name) ?? '') + hash.slice(0, 16));
  }
  // fromEntries defines own properties: a section named __proto__ is a name like any other.
  return Object.fromEntries(digests);
}

const own = (digests: Readonly<Record<string, string>>, name: string) =>
  Object.hasOwn(digests, name) ? digests[name] : undefined;

/** The sections changed between two sets of digests, each said as changed, added or removed. */
export function changedSections(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.flatMap((name) => {
    const was = own(before, name);
    const is = own(after, name);
    if (was === is) return [];
    const how = was === undefined ? 'added' : is === undefined ? 'removed' : 'changed';
    return [`[${name}] ${how}`];
  });
}
