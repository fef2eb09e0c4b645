// How botocore's configparser reads an INI text: configparser.RawConfigParser() with its defaults
// (strict, "=" and ":" as delimiters, "#" and ";" only as whole-line comments, blank lines kept in
// values, a DEFAULT section whose options every section inherits, option names lower-cased), as
// Lib/configparser.py's _read does it in CPython 3.11; then botocore 1.43.11's raw_config_parse
// (botocore/configloader.py), which reads an indented value after an empty first line as a
// sub-section of `key = value` lines. The text is what Python's text mode gives: "\r\n" and a lone
// "\r" end a line as "\n" does. One pass over the text, without a regular expression per line: a
// user's config can hold hundreds of thousands of profiles.

import { firstNonSpace, lastNonSpace, pyStrip } from './python.js';
import { lastFour } from './resolution.js';

/** A header line: where its line starts in the text, and the section name configparser gives it. */
interface IniHeader {
  readonly offset: number;
  readonly name: string;
}

/** A section: its options, the DEFAULT section's included (a section's own value wins). */
type IniValues = Readonly<Record<string, string>>;

interface IniRead {
  readonly headers: readonly IniHeader[];
  /** Sections by name, in the order of the text; DEFAULT is not one of them. */
  readonly sections: ReadonlyMap<string, IniValues>;
  /** Why botocore refuses the whole file (ConfigParseError), with its line; undefined: it reads it. */
  readonly error: string | undefined;
}

const DEFAULT_SECTION = 'DEFAULT';
/** Where str.splitlines() cuts (it takes more than universal newlines: \v, \f, \x1c-\x1e, \x85, U+2028, U+2029). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's line breaks are control characters.
const PY_LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/;

/** The end of the line that starts at `start` (its break not included), and where the next one starts. */
function lineEnd(text: string, start: number): { end: number; next: number } {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
    i++;
  }
  return { end: i, next: i };
}

class Reader {
  readonly headers: IniHeader[] = [];
  readonly sections = new Map<string, Map<string, string[]>>();
  readonly defaults = new Map<string, string[]>();
  error: string | undefined;
  /** The section lines go to; strict, a section (DEFAULT aside) is met once, so its options are its own. */
  current: Map<string, string[]> | undefined;
  sectionName = '';
  /** The option a continuation line adds to. */
  option: string[] | undefined;
  indent = 0;

  fail(lineNumber: number, why: string): void {
    this.error ??= `line ${lineNumber}: ${why}`;
  }

  header(name: string, offset: number, lineNumber: number): boolean {
    this.headers.push({ offset, name });
    if (name === DEFAULT_SECTION) this.current = this.defaults;
    else if (this.sections.has(name)) {
      this.error = `line ${lineNumber}: a second [${name}] section`;
      return false;
    } else {
      this.current = new Map();
      this.sections.set(name, this.current);
    }
    this.sectionName = name;
    this.option = undefined;
    return true;
  }

  /** `OPTCRE`: the name before the first "=" or ":", spaces around it dropped; the rest, the value. */
  optionLine(value: string, lineNumber: number): boolean {
    let k = 0;
    while (k < value.length && value[k] !== '=' && value[k] !== ':') k++;
    if (k === value.length) {
      this.fail(lineNumber, 'a line that is neither a [section] nor a key = value');
      return true;
    }
    if (lastNonSpace(value, 0, k) === 0)
      this.fail(lineNumber, 'a line that is neither a [section] nor a key = value');
    const name = value.slice(0, lastNonSpace(value, 0, k)).toLowerCase();
    const section = this.current as Map<string, string[]>;
    if (section.has(name)) {
      this.error = `line ${lineNumber}: a second "${name}" in [${this.sectionName}]`;
      return false;
    }
    this.option = [value.slice(firstNonSpace(value, k + 1))];
    section.set(name, this.option);
    return true;
  }
}

/** One line of _read; false when configparser stops at it (a duplicate, or no header yet). */
function readLine(r: Reader, text: string, start: number, end: number, lineNumber: number): boolean {
  const first = firstNonSpace(text, start);
  const last = lastNonSpace(text, first, end);
  const value = first >= end ? '' : text.slice(first, last);
  const comment = value.startsWith('#') || value.startsWith(';');
  if (value === '' || comment) {
    // A blank line (not a comment) inside a value is kept as an empty line of it.
    if (!comment && r.option) r.option.push('');
    return true;
  }
  const indent = first - start;
  if (r.current !== undefined && r.option && indent > r.indent) {
    r.option.push(value);
    return true;
  }
  r.indent = indent;
  // SECTCRE, "\[(?P<header>.+)\]", matched at the start: the name runs to the last "]".
  const close = value.startsWith('[') ? value.lastIndexOf(']') : -1;
  if (close > 1) return r.header(value.slice(1, close), start, lineNumber);
  if (r.current === undefined) {
    r.error = `line ${lineNumber}: text before the first [section]`;
    return false;
  }
  return r.optionLine(value, lineNumber);
}

/** botocore's _parse_nested: an indented block of `key = value` lines; undefined when one has no "=". */
function nested(value: string): string | undefined {
  for (const line of value.split(PY_LINE_BREAK)) {
    const t = pyStrip(line);
    if (t !== '' && !t.includes('=')) return undefined;
  }
  return value;
}

/** The values of a section, joined as configparser and botocore join them, DEFAULT's beneath. */
function joined(r: Reader, own: Map<string, string[]>): { values: IniValues; bad: string | undefined } {
  const values: Record<string, string> = {};
  let bad: string | undefined;
  const add = (name: string, lines: string[]) => {
    const all = lines.length === 1 ? (lines[0] as string) : lines.join('\n');
    const value = all.slice(0, lastNonSpace(all, 0));
    if (value.startsWith('\n') && nested(value) === undefined) bad ??= name;
    // defineProperty: a key named __proto__ is a key like another.
    if (name === '__proto__')
      Object.defineProperty(values, name, { value, enumerable: true, writable: true });
    else values[name] = value;
  };
  for (const [name, lines] of r.defaults) if (!own.has(name)) add(name, lines);
  for (const [name, lines] of own) add(name, lines);
  return { values, bad };
}

/** The text as botocore's configparser reads it. */
function read(text: string): IniRead {
  const r = new Reader();
  for (let start = 0, n = 1; start < text.length; n++) {
    const { end, next } = lineEnd(text, start);
    if (!readLine(r, text, start, end, n)) break;
    start = next;
  }
  const sections = new Map<string, IniValues>();
  let error = r.error;
  for (const [name, own] of r.sections) {
    const { values, bad } = joined(r, own);
    if (bad !== undefined) error ??= `in [${name}], "${bad}" has an indented line without "="`;
    sections.set(name, values);
  }
  return { headers: r.headers, sections, error };
}

/** The text as botocore's configparser reads it (the last four texts are remembered). */
export const readIni = lastFour(read);
