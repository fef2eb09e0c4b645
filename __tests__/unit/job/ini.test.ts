// The job's copy of an AWS file as text: a section put at the end, read back by Python's
// configparser (botocore's reader) as the user's file with exactly our section added; and the
// digests that name the sections a later step changed.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { appendedDigests, appendSection, changedSections, sectionDigests } from '../../../src/job/ini.js';
import { standIn, TOOLS } from '../../../src/tools/view.js';

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

// A user's file: sections with keys, comments, blank lines, CRLF, CR or LF, a final newline or not.
const NAMES = ['default', 'profile other', 'profile x y', 'sso-session s', 'ci'];
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
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    finalNewline: fc.boolean(),
    preamble: fc.constantFrom('', '# my file\n'),
  })
  .map(({ sections, eol, finalNewline, preamble }) => {
    const body = sections
      .map(
        (s) =>
          `[${s.name}]${s.comment}\n${s.note}${Object.entries(s.keys)
            .map(([k, v]) => `${k} = ${v}\n`)
            .join('')}${s.blank ? '\n' : ''}`,
      )
      .join('');
    const text = preamble + (finalNewline ? body : body.replace(/\n$/, ''));
    return text.replace(/\n/g, eol);
  });

describe('appendSection against configparser', () => {
  test("the user's sections as they were, ours with exactly our values", () => {
    const files = fc.sample(userFile, { numRuns: 60, seed: 42 });
    const put = files.map((t) => appendSection(t, 'profile ci', VALUES));
    const [before, after] = [files, put].map(configparserRead) as [Parsed, Parsed];
    files.forEach((_, i) => {
      expect(after[i]).toEqual({ ...before[i], 'profile ci': VALUES });
    });
  });

  test('a CRLF file stays CRLF; an empty file gets only the section; a blank line before it', () => {
    expect(appendSection('[a]\r\nk = 1', 'b', { k: '2' })).toBe('[a]\r\nk = 1\r\n\r\n[b]\r\nk = 2\r\n');
    expect(appendSection('', 'b', { k: '2' })).toBe('[b]\nk = 2\n');
    expect(appendSection('[a]\nk = 1\n\n', 'b', { k: '2' })).toBe('[a]\nk = 1\n\n[b]\nk = 2\n');
    expect(appendSection('[a]\rk = 1\r', 'b', {})).toBe('[a]\rk = 1\r\n\n[b]\n');
  });

  test('a file of a byte order mark alone: the section right after the mark, as in an empty file', () => {
    expect(appendSection('\uFEFF', 'b', { k: '2' })).toBe('\uFEFF[b]\nk = 2\n');
  });
});

describe('digests', () => {
  test('unchanged text: nothing named; each kind of change named once, in file order', () => {
    fc.assert(
      fc.property(userFile, (text) => {
        expect(changedSections(sectionDigests('config', text), sectionDigests('config', text))).toEqual([]);
      }),
    );
    const before = sectionDigests('config', '[a]\nk = 1\n[b]\nk = 2\n[c]\nk = 3\n');
    const after = sectionDigests('config', '[a]\nk = 1\n[b]\nk = 9\n[d]\nk = 4\n');
    expect(changedSections(before, after)).toEqual(['[b] changed', '[c] removed', '[d] added']);
  });

  test('trailing blank lines and CRLF against LF are no change; a section named like an Object property is a name like any other', () => {
    const digests = (text: string) => sectionDigests('config', text);
    expect(changedSections(digests('[a]\nk = 1\n'), digests('[a]\nk = 1\n\n\n'))).toEqual([]);
    expect(changedSections(digests('[a]\r\nk = 1\r\n'), digests('[a]\nk = 1\n'))).toEqual([]);
    // Python's text mode reads a lone CR as a line break too: botocore's writer saves it as LF.
    expect(changedSections(digests('[a]\rk = 1\r'), digests('[a]\nk = 1\n'))).toEqual([]);
    const before = digests('[a]\nk = 1\n');
    expect(changedSections(before, digests('[a]\nk = 1\n[__proto__]\n[constructor]\n'))).toEqual([
      '[__proto__] added',
      '[constructor] added',
    ]);
  });
});

describe('the copy read in parts', () => {
  test('appendedDigests of a base and our section: the digests of the whole copy', () => {
    fc.assert(
      fc.property(userFile, (base) => {
        const copy = appendSection(base, 'profile ci', VALUES);
        expect(appendedDigests('config', base, copy.slice(base.length))).toEqual(
          sectionDigests('config', copy),
        );
      }),
    );
  });

  test('standIn: every tool resolves our profile from it as from the whole copy', () => {
    const env = { AWS_PROFILE: 'ci' };
    fc.assert(
      fc.property(
        userFile,
        fc.constantFrom('', '[DEFAULT]\nrole_arn = arn:aws:iam::1:role/x\n', '[DEFAULT]\nregion = x\n'),
        (base, def) => {
          const full = def + base;
          const copy = appendSection(full, 'profile ci', VALUES);
          const section = copy.slice(full.length);
          const seen = (text: string) => ({
            config: { text, utf8: true },
            credentials: { text: undefined, utf8: true },
          });
          for (const tool of TOOLS)
            expect(tool.resolve(env, seen(standIn('config', full, section)))).toEqual(
              tool.resolve(env, seen(copy)),
            );
        },
      ),
    );
  });
});
