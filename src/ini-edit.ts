// Edits of ~/.aws/credentials and ~/.aws/config that can be undone byte for byte, whatever else
// the file holds (CRLF, a BOM, comments, no final newline) and whatever other jobs add or remove
// in between. Pure: text in, text out.
//
// A profile this action writes sits between two comment lines that carry the writer's id:
//
//   # aws-oidc-credentials 1a2b3c4d begin (sep:n; written for one job, removed by its post step)
//   [deploy]
//   aws_access_key_id = ...
//   # aws-oidc-credentials 1a2b3c4d end
//
// "sep" records the line breaks put before the block (to end the file's last line and leave a
// blank line), so that removing the block takes exactly those too. Comment lines are ignored by
// botocore and the SDKs, and hold no "=" (the JS SDK reads any line with one as a key).
//
// Other tools edit the same files. botocore's writer (aws configure set) puts a key it adds to our
// section after our end line when the section is the file's last; a rewriter (Python's
// configparser) drops every comment line. So the lines after the end line, up to the next section,
// belong to our profile too; a marker line without its partner delimits only our own section; and
// with no marker left, a section of our name is ours only when it still has the values we wrote.

import { createHash } from 'node:crypto';

interface SectionRange {
  /** Index of the header line's first character (after a BOM at the start of the file). */
  readonly start: number;
  /** Index of the next header line, or the end of the text. */
  readonly end: number;
}

const HEADER = /^\s*\[\s*([^\]]*?)\s*\]\s*(?:[;#][^\n]*)?$/;
const BOM = '\uFEFF';

const MARKER = /^# aws-oidc-credentials [0-9a-f]+ begin \(sep:([rn]+|-)/;

/**
 * Every occurrence of the section, in order. A section ends at the next header, or where a block
 * of this action begins: before the line breaks that block put in front of itself, which belong
 * to it and go when it goes.
 */
export function findSections(text: string, section: string): SectionRange[] {
  const found: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | undefined;
  let at = text.startsWith(BOM) ? BOM.length : 0;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next === -1 ? text.length : next);
    const marker = MARKER.exec(line);
    const header = HEADER.exec(line);
    if (open && (marker || header)) {
      // Stryker disable next-line StringLiteral: the group always matches; a header's '' and any other string that no text ends with cut the same.
      const sep = marker ? decode(marker[1] ?? '-') : '';
      open.end = text.slice(0, at).endsWith(sep) ? Math.max(open.start, at - sep.length) : at;
      open = undefined;
    }
    if (header) {
      open = header[1] === section ? { start: at, end: text.length } : undefined;
      if (open) found.push(open);
    }
    at = next === -1 ? text.length : next + 1;
  }
  return found;
}

/** The file's own line break, so that a CRLF file stays CRLF. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

const encode = (sep: string) => sep.replace(/\r/g, 'r').replace(/\n/g, 'n') || '-';
// Stryker disable next-line ConditionalExpression,StringLiteral: '-' marks a block at the very start of a file, where nothing before it can end with any separator.
const decode = (code: string) => (code === '-' ? '' : code.replace(/r/g, '\r').replace(/n/g, '\n'));
/** Whose block, if any, a section range lies in: the id of the writer. */
export function ownerOf(text: string, range: SectionRange): string | undefined {
  const before = text.slice(0, range.start);
  const m = /# aws-oidc-credentials ([0-9a-f]+) begin \(sep:[rn-]+( new-file)?;[^\n]*\n$/.exec(before);
  return m?.[1];
}

function block(
  id: string,
  section: string,
  values: Readonly<Record<string, string>>,
  eol: string,
  sep: string,
  newFile = false,
) {
  const made = newFile ? ' new-file' : '';
  return [
    `# aws-oidc-credentials ${id} begin (sep:${encode(sep)}${made}; written for one job, removed by its post step)`,
    `[${section}]`,
    ...Object.entries(values).map(([k, v]) => `${k} = ${v}`),
    `# aws-oidc-credentials ${id} end`,
    '',
  ].join(eol);
}

interface Inserted {
  readonly text: string;
  /** The bytes of the section it replaced (overwrite), to put back on removal. */
  readonly replaced: string | undefined;
}

/**
 * The text with the section written as `id`'s block: in place of the existing section (there may
 * be at most one; the caller checks), or at the end. `text` undefined: the file does not exist yet.
 */
export function insertBlock(
  text: string | undefined,
  id: string,
  section: string,
  values: Readonly<Record<string, string>>,
): Inserted {
  if (text === undefined) return { text: block(id, section, values, '\n', '', true), replaced: undefined };
  const eol = eolOf(text);
  const [existing] = findSections(text, section);
  if (existing) {
    const replaced = text.slice(existing.start, existing.end);
    const inserted = block(id, section, values, eol, '');
    return { text: text.slice(0, existing.start) + inserted + text.slice(existing.end), replaced };
  }
  // Stryker disable next-line MethodExpression: a BOM is only ever first; slicing one off the end leaves the same separator.
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const sep = body === '' ? '' : body.endsWith('\n') ? eol : eol + eol;
  // A file only this action's blocks are in is still one it made: whichever block goes last deletes it.
  const made = text !== '' && onlyMadeBlocks(text);
  return { text: text + sep + block(id, section, values, eol, sep, made), replaced: undefined };
}

/** Whether the text is nothing but blocks of this action that went into a file it made. */
function onlyMadeBlocks(text: string): boolean {
  let rest: string | undefined = text;
  for (const m of text.matchAll(/# aws-oidc-credentials ([0-9a-f]+) begin \(sep:[rn-]+ new-file;/g)) {
    // Stryker disable next-line StringLiteral: the group always matches.
    rest = removeBlock(rest, m[1] ?? '').text;
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: '' only when a made block lost all but its begin line; either answer is safe.
  return rest === undefined || rest === '';
}

/**
 * Hashes of some of a section's values: enough to recognise it, nothing to read a secret from
 * (the post step's state holds these, not the values).
 */
export function fingerprintOf(values: Readonly<Record<string, string>>, keys: readonly string[]) {
  // Stryker disable next-line StringLiteral: the keys are the values' own (profile.ts planProfile).
  return Object.fromEntries(keys.map((k) => [k, hashOf(values[k] ?? '')]));
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/** What removeBlock needs to know of the profile beyond its id; all optional. */
interface Ours {
  /** The section name, e.g. "profile deploy": a marker line left alone delimits only this section. */
  readonly section?: string | undefined;
  /**
   * fingerprintOf the values the profile was written with that no one else's section has (the
   * access key ID; the refresher's command line). Without any marker, a section of this name is
   * ours only if it has them all.
   */
  readonly fingerprint?: Readonly<Record<string, string>> | undefined;
  /** The bytes of the section it replaced (overwrite-aws-profile), to put back. */
  readonly replaced?: string | undefined;
}

interface Removed {
  /** undefined: delete the file (this action made it, and nothing else is in it). */
  readonly text: string | undefined;
  readonly found: boolean;
  /** What was out of the ordinary (markers gone, a lone marker line), for the post step to say. */
  readonly notes: readonly string[];
}

interface Line {
  /** Where the line starts, after a BOM at the start of the file. */
  readonly start: number;
  /** Where the next line starts. */
  readonly end: number;
  /** Without the BOM and the line break. */
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next + 1;
    const start = at === 0 && text.startsWith(BOM) ? BOM.length : at;
    // Stryker disable next-line Regex: a line holds one line break, at its end.
    lines.push({ start, end, text: text.slice(start, end).replace(/\r?\n$/, '') });
    at = end;
  }
  return lines;
}

/** Another block of this action, after its own separator. */
const OUR_BLOCK_NEXT = /^(\r?\n)*# aws-oidc-credentials [0-9a-f]+ begin /;
const ANY_BEGIN = /^# aws-oidc-credentials [0-9a-f]+ begin \(sep:([rn]+|-)( new-file)?;/;
const beginOf = (id: string) =>
  new RegExp(`^# aws-oidc-credentials ${id} begin \\(sep:([rn]+|-)( new-file)?;`);
const endOf = (id: string) => new RegExp(`^# aws-oidc-credentials ${id} end$`);
// Stryker disable next-line ConditionalExpression: callers pass lines[j] with j < lines.length; undefined is for the type checker.
const isHeader = (l: Line | undefined) => l !== undefined && HEADER.test(l.text);
const isContent = (l: Line) => !/^\s*([#;].*)?$/.test(l.text);

/** A cut out of the text: [from, to), and what goes in its place. */
interface Cut {
  readonly from: number;
  readonly to: number;
  readonly put: string;
  /** A section of the profile goes (not only a marker line). */
  readonly section: boolean;
}

/**
 * The text without `id`'s profile: every block with its id, and the lines that tools added to it
 * (after its end marker, up to the next section). A marker line without its partner delimits only
 * the section it belongs to. Without any marker, a section of this name goes only if it has every
 * value of the fingerprint. `replaced` comes back where the first block was.
 */
export function removeBlock(text: string | undefined, id: string, ours: Ours = {}): Removed {
  if (text === undefined) return { text, found: false, notes: [] };
  const lines = linesOf(text);
  const { pairs, lone } = markersOf(lines, id);
  const notes: string[] = [];
  const cuts = pairs.map(([b, e]) => blockCut(text, lines, b, e));
  for (const at of lone) cuts.push(loneMarkerCut(lines, at, ours, notes));
  if (cuts.length === 0) cuts.push(...markerlessCuts(text, ours, notes));
  const sorted = cuts.sort((x, y) => x.from - y.from);
  if (ours.replaced !== undefined && sorted[0]) sorted[0] = { ...sorted[0], put: ours.replaced };
  let rest = text;
  for (const cut of [...sorted].reverse()) rest = rest.slice(0, cut.from) + cut.put + rest.slice(cut.to);
  // Stryker disable next-line OptionalChaining,StringLiteral: b is a begin line of lines, so it exists and matches.
  const madeFile = pairs.some(([b]) => beginOf(id).exec(lines[b]?.text ?? '')?.[2] !== undefined);
  const found = cuts.some((cut) => cut.section);
  return { text: rest === '' && madeFile ? undefined : rest, found, notes };
}

/** Begin and end lines of `id`, paired when they enclose one section and nothing else; the rest alone. */
function markersOf(lines: readonly Line[], id: string): { pairs: [number, number][]; lone: number[] } {
  const [begin, end] = [beginOf(id), endOf(id)];
  const pairs: [number, number][] = [];
  const lone: number[] = [];
  let open: number | undefined;
  let headers = 0;
  lines.forEach((line, i) => {
    if (begin.test(line.text)) {
      if (open !== undefined) lone.push(open);
      [open, headers] = [i, 0];
    } else if (end.test(line.text)) {
      if (open !== undefined && headers === 1) pairs.push([open, i]);
      else lone.push(...(open === undefined ? [] : [open]), i);
      open = undefined;
    } else if (isHeader(line)) headers++;
  });
  if (open !== undefined) lone.push(open);
  // In the order of the lines: each is pushed after every line before it.
  return { pairs, lone };
}

/** Where the lines that tools added after a section's last line end: before the next section. */
function tailEnd(lines: readonly Line[], after: number): number {
  // Stryker disable next-line OptionalChaining: after is an index of lines.
  let end = lines[after]?.end ?? 0;
  for (
    let j = after + 1;
    // Stryker disable next-line OptionalChaining,StringLiteral: j < lines.length, checked first.
    j < lines.length && !isHeader(lines[j]) && !ANY_BEGIN.test(lines[j]?.text ?? '');
    j++
  ) {
    const line = lines[j] as Line;
    if (isContent(line)) end = line.end;
  }
  return end;
}

/** A whole block: its line breaks before it (unless they now keep another tool's text apart), to its tail. */
function blockCut(text: string, lines: readonly Line[], b: number, e: number): Cut {
  const from = (lines[b] as Line).start;
  const to = tailEnd(lines, e);
  // Stryker disable next-line OptionalChaining,StringLiteral: lines[b] is a begin line, so ANY_BEGIN matches it.
  const sep = decode(ANY_BEGIN.exec((lines[b] as Line).text)?.[1] ?? '-');
  const before = text.slice(0, from);
  // The line breaks written before the block go with it, unless something not of this action was
  // added after the block since: then they keep the file's last line and that on lines of their own.
  const after = text.slice(to);
  const keepSep =
    after !== '' &&
    !OUR_BLOCK_NEXT.test(after) &&
    !before.slice(0, before.length - sep.length).endsWith('\n');
  return { from: before.endsWith(sep) && !keepSep ? from - sep.length : from, to, put: '', section: true };
}

/** A marker line without its partner: it and, when it is in or before our section, that section. */
function loneMarkerCut(lines: readonly Line[], at: number, ours: Ours, notes: string[]): Cut {
  const line = lines[at] as Line;
  const kind = ANY_BEGIN.test(line.text) ? 'begin' : 'end';
  const header = kind === 'begin' ? nextHeader(lines, at) : previousHeader(lines, at);
  // Stryker disable next-line OptionalChaining: lines[header] passed isHeader, so HEADER matches it.
  const named = header !== undefined && HEADER.exec((lines[header] as Line).text)?.[1] === ours.section;
  notes.push(
    `line ${at + 1} is a "${kind}" marker of this job without its "${kind === 'begin' ? 'end' : 'begin'}" line; ` +
      `removed ${named ? `it and the [${ours.section}] section it belongs to` : 'that line only'}`,
  );
  if (!named) return { from: line.start, to: line.end, put: '', section: false };
  const from = Math.min(line.start, (lines[header] as Line).start);
  return { from, to: tailEnd(lines, Math.max(at, header)), put: '', section: true };
}

/** The header right after a begin line (blank and comment lines between allowed). */
function nextHeader(lines: readonly Line[], at: number): number | undefined {
  for (let j = at + 1; j < lines.length; j++) {
    if (isHeader(lines[j])) return j;
    if (isContent(lines[j] as Line)) return undefined;
  }
  return undefined;
}

/** The header of the section a line is in. */
function previousHeader(lines: readonly Line[], at: number): number | undefined {
  for (let j = at - 1; j >= 0; j--) if (isHeader(lines[j])) return j;
  return undefined;
}

/** No marker at all (a tool rewrote the file and dropped comments): the sections of our name and values. */
function markerlessCuts(text: string, ours: Ours, notes: string[]): Cut[] {
  const { section, fingerprint } = ours;
  if (fingerprint === undefined || Object.keys(fingerprint).length === 0) return [];
  // Stryker disable next-line ConditionalExpression: without it, findSections finds no section named undefined anyway.
  if (section === undefined) return [];
  const cuts: Cut[] = [];
  for (const range of findSections(text, section)) {
    const values = valuesOf(text.slice(range.start, range.end));
    const ok = Object.entries(fingerprint).every(
      // Stryker disable next-line StringLiteral: has(k) is checked first.
      ([k, v]) => values.has(k) && hashOf(values.get(k) ?? '') === v,
    );
    const which = Object.keys(fingerprint).join(' and ');
    notes.push(
      ok
        ? `its marker lines were gone (a tool rewrote the file); removed the [${section}] section by its name and ${which}`
        : `left the [${section}] section in place: its ${which} ${Object.keys(fingerprint).length > 1 ? 'are' : 'is'} not what this job wrote`,
    );
    if (ok) cuts.push({ from: range.start, to: range.end, put: '', section: true });
  }
  return cuts;
}

/** key = value lines of a section, as botocore reads them (the last one of a key wins). */
function valuesOf(section: string): Map<string, string> {
  const values = new Map<string, string>();
  // Stryker disable next-line MethodExpression: the header line never parses as key = value (a key cannot start with [).
  for (const line of section.split('\n').slice(1)) {
    // Stryker disable next-line Regex: only a CRLF line's last character is ever \r (botocore reads a lone \r as a line break).
    const m = /^\s*([^\s=#;[][^=]*?)\s*=\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
    if (m) values.set(m[1] as string, m[2] as string);
  }
  return values;
}
