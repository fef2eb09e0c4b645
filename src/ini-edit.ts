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
const decode = (code: string) => (code === '-' ? '' : code.replace(/r/g, '\r').replace(/n/g, '\n'));
// At the start of a line: after a line break, at the start of the file, or after its BOM.
const beginPattern = (id: string) =>
  new RegExp(`(?<=^|\\n|^\uFEFF)# aws-oidc-credentials ${id} begin \\(sep:([rn]+|-)( new-file)?;[^\\n]*\\n`);
const endPattern = (id: string) => new RegExp(`(?<=\\n)# aws-oidc-credentials ${id} end\\r?\\n`);

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
    rest = removeBlock(rest, m[1] ?? '').text;
  }
  return rest === undefined || rest === '';
}

interface Removed {
  /** undefined: delete the file (this action made it, and nothing else is in it). */
  readonly text: string | undefined;
  readonly found: boolean;
}

/** Another block of this action, after its own separator. */
const OUR_BLOCK_NEXT = /^(\r?\n)*# aws-oidc-credentials [0-9a-f]+ begin /;

/** The text without `id`'s block (and the line breaks it put before it), or with `replaced` back. */
export function removeBlock(text: string | undefined, id: string, replaced?: string): Removed {
  if (text === undefined) return { text, found: false };
  const begin = beginPattern(id).exec(text);
  const end = begin && endPattern(id).exec(text.slice(begin.index));
  if (!begin || !end) return { text, found: false };
  const stop = begin.index + end.index + end[0].length;
  if (replaced !== undefined)
    return { text: text.slice(0, begin.index) + replaced + text.slice(stop), found: true };
  const sep = decode(begin[1] ?? '-');
  const before = text.slice(0, begin.index);
  // The line breaks written before the block go with it, unless something not of this action was
  // added after the block since: then they keep the file's last line and that on lines of their own.
  const after = text.slice(stop);
  const keepSep =
    after !== '' &&
    !OUR_BLOCK_NEXT.test(after) &&
    !before.slice(0, before.length - sep.length).endsWith('\n');
  const start = before.endsWith(sep) && !keepSep ? begin.index - sep.length : begin.index;
  const rest = text.slice(0, start) + text.slice(stop);
  return { text: rest === '' && begin[2] !== undefined ? undefined : rest, found: true };
}
