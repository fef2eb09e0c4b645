// The job's own copy of an AWS file, as text: a section put at the end, and a digest of each
// section to tell later which ones a later step changed. Where a section starts and ends is the
// tools' reading of it (tools/). Pure: text in, text out; the user's file is only ever read.

import { hash } from 'node:crypto';
import type { Kind } from '../tools/resolution.js';
import { sectionsOf } from '../tools/view.js';

const BOM = '\uFEFF';
/** The line break that ends a text, as Python reads line breaks ("\r\n" is one). */
const LAST_BREAK = /(\r\n|\n|\r)$/;

/** The file's own line break, so that a CRLF file stays CRLF. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The text with a section `[header]` of `values` (key = value lines) at the end, a blank line before it. */
export function appendSection(
  text: string,
  header: string,
  values: Readonly<Record<string, string>>,
): string {
  const eol = eolOf(text);
  const lines = [`[${header}]`, ...Object.entries(values).map(([key, value]) => `${key} = ${value}`)];
  const body = lines.join(eol) + eol;
  if (text === '' || text === BOM) return text + body;
  // A lone CR ends a line for botocore only: the JS SDK needs a "\n" before our header.
  const ended = text.endsWith('\n') ? text : text + eol;
  return LAST_BREAK.test(ended.replace(LAST_BREAK, '')) ? ended + body : ended + eol + body;
}

/** A section's digest (hex, crypto.hash's default): line endings and blank lines at the end do not count. */
const digestOf = (section: string) => hash('sha256', section.replace(/\r\n?/g, '\n').trimEnd()).slice(0, 16);

/**
 * A short digest of each section's text, by its header line, to tell later which sections were
 * changed. Line endings and blank lines at the end do not count: botocore's writer turns CRLF into LF.
 * A Map, saved as its entries: a file of 500,000 sections is no object of 500,000 properties.
 */
export function sectionDigests(kind: Kind, text: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const s of sectionsOf(kind, text)) {
    digests.set(s.header, (digests.get(s.header) ?? '') + digestOf(s.text));
  }
  return digests;
}

/**
 * The digests of `base + section` without reading base again: base's (known from the plan), and the
 * section's, which is one section whose header no section of base has. The line breaks before its
 * header are in no section: they end base's last one, where blank lines at the end do not count.
 */
export function appendedDigests(kind: Kind, base: string, section: string): Map<string, string> {
  const digests = sectionDigests(kind, base);
  for (const [header, digest] of sectionDigests(kind, section)) {
    digests.set(header, (digests.get(header) ?? '') + digest);
  }
  return digests;
}

/** The sections changed between two sets of digests, each said as changed, added or removed. */
export function changedSections(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names.flatMap((name) => {
    const was = before.get(name);
    const is = after.get(name);
    if (was === is) return [];
    const how = was === undefined ? 'added' : is === undefined ? 'removed' : 'changed';
    return [`${name} ${how}`];
  });
}
