// How botocore's configparser reads an INI text: configparser.RawConfigParser() with its defaults
// (strict, "=" and ":" as delimiters, "#" and ";" only as whole-line comments, blank lines kept in
// values, a DEFAULT section whose options every section inherits, option names lower-cased), as
// Lib/configparser.py's _read does it in CPython 3.11; then botocore 1.43.11's raw_config_parse
// (botocore/configloader.py), which reads an indented value after an empty first line as a
// sub-section of `key = value` lines. The text is what Python's text mode gives: "\r\n" and a lone
// "\r" end a line as "\n" does.

import { PY_SPACE, pyStrip } from './python.js';

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

const SECTION = /^\[(.+)\]/s;
const OPTION = new RegExp(`^(.*?)[${PY_SPACE}]*([=:])[${PY_SPACE}]*(.*)$`, 's');
const NON_SPACE = new RegExp(`[^${PY_SPACE}]`);
const DEFAULT_SECTION = 'DEFAULT';
/** Where str.splitlines() cuts (it takes more than universal newlines: \v, \f, \x1c-\x1e, \x85, U+2028, U+2029). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's line breaks are control characters.
const PY_LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/;

/** Lines as Python's universal newlines make them, each with the offset where it starts. */
function pythonLines(text: string): { line: string; offset: number }[] {
  const lines: { line: string; offset: number }[] = [];
  const ends = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    lines.push({ line: text.slice(start, m.index), offset: start });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ line: text.slice(start), offset: start });
  return lines;
}

/** A value of several lines, as _join_multiline_values and botocore's _parse_nested leave it. */
type Pending = { section: Record<string, string[]>; name: string };

class Reader {
  readonly headers: IniHeader[] = [];
  readonly sections = new Map<string, Record<string, string[]>>();
  readonly defaults: Record<string, string[]> = {};
  readonly added = new Set<string>();
  error: string | undefined;
  current: Record<string, string[]> | undefined;
  sectionName = '';
  option: Pending | undefined;
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
      this.current = {};
      this.sections.set(name, this.current);
    }
    this.sectionName = name;
    this.option = undefined;
    return true;
  }

  optionLine(value: string, lineNumber: number): boolean {
    const m = OPTION.exec(value);
    if (!m || m[1] === '') {
      this.fail(lineNumber, 'a line that is neither a [section] nor a key = value');
      if (!m) return true;
    }
    const name = (m[1] as string).replace(new RegExp(`[${PY_SPACE}]+$`), '').toLowerCase();
    const key = `${this.sectionName}\u0000${name}`;
    if (this.added.has(key)) {
      this.error = `line ${lineNumber}: a second "${name}" in [${this.sectionName}]`;
      return false;
    }
    this.added.add(key);
    const section = this.current as Record<string, string[]>;
    section[name] = [pyStrip(m[3] as string)];
    this.option = { section, name };
    return true;
  }
}

/** One line of _read; false when configparser stops at it (a duplicate, or no header yet). */
function readLine(r: Reader, line: string, offset: number, lineNumber: number): boolean {
  const stripped = pyStrip(line);
  const comment = stripped.startsWith('#') || stripped.startsWith(';');
  const value = comment ? '' : stripped;
  if (value === '') {
    // A blank line (not a comment) inside a value is kept as an empty line of it.
    if (!comment && r.option) r.option.section[r.option.name]?.push('');
    return true;
  }
  const indent = NON_SPACE.exec(line)?.index ?? 0;
  if (r.current !== undefined && r.option && indent > r.indent) {
    r.option.section[r.option.name]?.push(value);
    return true;
  }
  r.indent = indent;
  const header = SECTION.exec(value);
  if (header) return r.header(header[1] as string, offset, lineNumber);
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
function joined(r: Reader, own: Record<string, string[]>): { values: IniValues; bad: string | undefined } {
  const values: Record<string, string> = {};
  let bad: string | undefined;
  for (const [name, lines] of Object.entries({ ...r.defaults, ...own })) {
    const value = lines.join('\n').replace(new RegExp(`[${PY_SPACE}]+$`), '');
    if (value.startsWith('\n') && nested(value) === undefined) bad ??= name;
    Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return { values, bad };
}

/** The text as botocore's configparser reads it. */
export function readIni(text: string): IniRead {
  const r = new Reader();
  const lines = pythonLines(text);
  for (const [i, { line, offset }] of lines.entries()) {
    if (!readLine(r, line, offset, i + 1)) break;
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
