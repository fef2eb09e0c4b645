// Sections of the job's copy of an AWS file: what Python's configparser (botocore's reader) reads
// back from a copy is the user's file with exactly our section put in or taken out.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  changedSections,
  countSections,
  sectionDigests,
  sectionText,
  withoutSection,
  withSection,
} from '../../../src/job/ini.js';

const VALUES = { region: 'eu-west-1', aws_access_key_id: 'ASIANEW', aws_secret_access_key: 'new/secret+x' };

type Parsed = Record<string, Record<string, string>>[];

/** Each file as configparser reads it: {section: {key: value}}, one Python run for all of them. */
function configparserRead(texts: readonly string[]): Parsed {
  const dir = mkdtempSync(join(tmpdir(), 'ini-'));
  try {
    const paths = texts.map((text, i) => {
      const path = join(dir, String(i));
      writeFileSync(path, text);
      return path;
    });
    const script = `
import configparser, json, sys
out = []
for path in sys.argv[1:]:
    c = configparser.RawConfigParser()
    c.read(path)
    out.append({s: dict(c.items(s)) for s in c.sections()})
print(json.dumps(out))
`;
    return JSON.parse(execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A user's file: sections with keys, comments, blank lines, CRLF or LF, a final newline or not.
const NAMES = ['default', 'profile ci', 'profile other', 'profile x y', 'sso-session s', 'ci'];
const section = fc.record({
  name: fc.constantFrom(...NAMES),
  comment: fc.constantFrom('', ' ; mine', ' # note'),
  keys: fc.dictionary(
    fc.constantFrom('region', 'output', 'role_arn', 'k'),
    fc.stringMatching(/^[a-z0-9/+=-]{1,12}$/),
    {
      maxKeys: 3,
    },
  ),
  blank: fc.boolean(),
  note: fc.constantFrom('', '# a comment\n', '; another\n'),
});
const userFile = fc
  .record({
    sections: fc.uniqueArray(section, { selector: (s) => s.name, maxLength: 5 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    preamble: fc.constantFrom('', '# my file\n'),
  })
  .map(({ sections, crlf, finalNewline, preamble }) => {
    const body = sections
      .map(
        (s) =>
          `[${s.name}]${s.comment}\n${s.note}${Object.entries(s.keys)
            .map(([k, v]) => `${k} = ${v}\n`)
            .join('')}${s.blank ? '\n' : ''}`,
      )
      .join('');
    const text = preamble + (finalNewline ? body : body.replace(/\n$/, ''));
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('against configparser', () => {
  test("withSection: the user's sections as they were, ours with exactly our values; withoutSection: ours gone", () => {
    const files = fc.sample(userFile, { numRuns: 60, seed: 42 });
    const put = files.map((t) => withSection(t, 'profile ci', VALUES));
    const taken = files.map((t) => withoutSection(t, 'ci'));
    const [before, after, without] = [files, put, taken].map(configparserRead) as [Parsed, Parsed, Parsed];
    files.forEach((_, i) => {
      const { 'profile ci': _ours, ...rest } = before[i] ?? {};
      expect(after[i]).toEqual({ ...rest, 'profile ci': VALUES });
      const { ci: _gone, ...others } = before[i] ?? {};
      expect(without[i]).toEqual(others);
    });
  });

  test('a CRLF file stays CRLF; an empty file gets only the section', () => {
    expect(withSection('[a]\r\nk = 1', 'b', { k: '2' })).toBe('[a]\r\nk = 1\r\n\r\n[b]\r\nk = 2\r\n');
    expect(withSection('', 'b', { k: '2' })).toBe('[b]\nk = 2\n');
    expect(withSection('[a]\nk = 1\n\n', 'b', { k: '2' })).toBe('[a]\nk = 1\n\n[b]\nk = 2\n');
  });

  test('a BOM at the start is kept, and a header after it is found', () => {
    const text = '\uFEFF[profile ci]\nregion = a\n[other]\nk = 1\n';
    expect(countSections(text, 'profile ci')).toBe(1);
    expect(withoutSection(text, 'profile ci')).toBe('\uFEFF[other]\nk = 1\n');
  });
});

describe('section names', () => {
  test('runs of spaces inside the brackets are no other name; case is', () => {
    const text = '[ profile   ci ]\nk = 1\n[profile CI]\nk = 2\n';
    expect(countSections(text, 'profile ci')).toBe(1);
    expect(countSections(text, 'profile CI')).toBe(1);
    expect(sectionText(text, 'profile CI')).toBe('[profile CI]\nk = 2\n');
    expect(sectionText(text, 'profile none')).toBeUndefined();
  });

  test('a line that only looks like a header is not one: a key with brackets, a comment', () => {
    const text = '[a]\nk = [x]\n# [profile ci]\n;[profile ci]\n';
    expect(countSections(text, 'profile ci')).toBe(0);
    expect(countSections(text, 'a')).toBe(1);
  });
});

describe('digests', () => {
  test('unchanged text: nothing named; each kind of change named once, in file order', () => {
    fc.assert(
      fc.property(userFile, (text) => {
        expect(changedSections(sectionDigests(text), sectionDigests(text))).toEqual([]);
      }),
    );
    const before = sectionDigests('[a]\nk = 1\n[b]\nk = 2\n[c]\nk = 3\n');
    const after = sectionDigests('[a]\nk = 1\n[b]\nk = 9\n[d]\nk = 4\n');
    expect(changedSections(before, after)).toEqual(['[b] changed', '[c] removed', '[d] added']);
  });

  test('trailing blank lines and CRLF against LF are no change; a section named like an Object property is a name like any other', () => {
    expect(changedSections(sectionDigests('[a]\nk = 1\n'), sectionDigests('[a]\nk = 1\n\n\n'))).toEqual([]);
    expect(changedSections(sectionDigests('[a]\r\nk = 1\r\n'), sectionDigests('[a]\nk = 1\n'))).toEqual([]);
    const before = sectionDigests('[a]\nk = 1\n');
    expect(changedSections(before, sectionDigests('[a]\nk = 1\n[__proto__]\n[constructor]\n'))).toEqual([
      '[__proto__] added',
      '[constructor] added',
    ]);
  });
});
