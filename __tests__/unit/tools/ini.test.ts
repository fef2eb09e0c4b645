// The INI readers of tools/ against the readers themselves, text by text: configparser.ts against
// botocore's raw_config_parse (CPython's RawConfigParser, then botocore's nested sub-sections), on
// generated texts made of the pieces that change a reading (indents, delimiters, comments, blank
// lines inside a value, DEFAULT, duplicates, Python's other whitespace), and on rows written by
// hand; then the profiles each model finds in the text as a config file and as a credentials file,
// against botocore's load_config and the JS SDK's loadSharedConfigFiles. The differential suite
// asks which profile a tool resolves; this asks what it read.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { loadSharedConfigFiles } from '@smithy/core/config';
import fc from 'fast-check';
import { botocore } from '../../../src/tools/botocore.js';
import { readIni } from '../../../src/tools/configparser.js';
import { jsSdk } from '../../../src/tools/js-sdk.js';
import type { Kind, ToolModel } from '../../../src/tools/resolution.js';
import { pythonJson } from '../../../test-support/botocore-resolve.ts';
import { BOTOCORE, when } from '../../../test-support/platform.ts';

/** Python reads the files as UTF-8, as on a runner. */
const UTF8 = { LANG: 'C.UTF-8', PYTHONUTF8: '1' };
const botocoreTest = when(BOTOCORE, test, 'tools/ini: against botocore', 'no python3 with botocore');

const LINES = [
  '[s]',
  '[profile a]',
  '[DEFAULT]',
  '[a]',
  '[]',
  '[x] y',
  '[ s ]',
  'k = v',
  'K = w',
  'k=v',
  'k: v',
  'k : v = w',
  'a = ',
  ' = v',
  ':v',
  'k',
  '  k = nested',
  '  sub = x',
  '\tmore',
  '    deeper',
  '  no delimiter',
  '# comment',
  '; comment',
  '  # indented comment',
  'v # not a comment',
  '',
  '   ',
  '\u00a0k = v',
  'k = v\u2028w',
  'k = v\u000b',
  '\u001ck = v',
  '__proto__ = p',
  '[__proto__]',
  's3 =',
  '[profile "a"]',
  "[profile 'b']",
  '[profile default]',
  '[default]',
  '[profile  a ]',
  '[profile.a]',
  '[sso-session s]',
  '[services x]',
  '[profile a] # c',
  '[profile a];c',
  'k = v # c',
  'k = v;c',
  'a.b = c',
  '[profile __proto__]',
];
const EOLS = ['\n', '\r\n', '\r'];

/** Texts of up to 9 lines, each line from LINES, one line ending per text. */
const texts = fc
  .record({
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 9 }),
    eol: fc.constantFrom(...EOLS),
    lastEol: fc.boolean(),
  })
  .map(({ lines, eol, lastEol }) => lines.join(eol) + (lastEol ? eol : ''));

const ROWS = [
  '[s]\nk = v\n',
  '[s]\nk =\n  a = 1\n  b = 2\n',
  '[s]\nk =\n  a = 1\n  no equals\n',
  '[s]\nk = v\n\n  continued after a blank line\n',
  '[s]\nk = first\n  second\n',
  '[DEFAULT]\nk = d\nj = d\n[s]\nk = own\n',
  '[s]\nk = 1\n[s]\nk = 2\n',
  '[s]\nk = 1\nK = 2\n',
  'k = v\n[s]\n',
  '[s]\n= v\n',
  '[s]\n  [t]\n',
  '[s]\nk = v\n  [t]\n',
  '[a]b]\nk = v\n',
  '[s]\nk = v ; not a comment\n',
  '[s]\r\nk = v\r\n',
  '[s]\rk = v\r',
  '\ufeff[s]\nk = v\n',
  '[s]\nk = v\n\n\n',
  '[profile a]\ns3 =\n  x = 1\n  y = 2\nk = v\n',
  '[profile a]\ns3 =\nx = 1\n',
  '[default]\nk = 1\n[profile default]\nk = 2\n',
  '[profile default]\nk = 2\n[default]\nk = 1\n',
  '[profile "a"]\nk = 1\n[profile a]\nj = 2\n',
  '[__proto__]\nk = v\n',
  '[a]\nk = v\n[profile __proto__]\nj = w\n',
  '[x profile a]\nk = v\n',
  '[profile a b]\nk = v\n',
  '[profile "a\']\nk = v\n',
  '[profile a]\n  k = v\n',
  '[profile a]\nk = v #c\nj = w;c\n',
  '[profile a]\n# k = v\n;j=w\nm = [v]\n',
  '[profilex]\nk = v\n[default]\nj = w\n',
];

/** botocore's reading of each text: its sections with raw values (nested values as text), or refused. */
function botocoreRead(files: readonly string[]): unknown[] {
  const script = `
import json, sys
from botocore.configloader import raw_config_parse
from botocore.exceptions import ConfigParseError
out = []
for path in json.load(sys.stdin):
    try:
        raw_config_parse(path)
        out.append({"ok": True, "sections": list(raw_config_parse(path, parse_subsections=False).items())})
    except ConfigParseError:
        out.append({"ok": False})
print(json.dumps(out))
`;
  return pythonJson(script, files, UTF8);
}

type Reading = { ok: boolean; sections?: [string, Record<string, string>][] };
const sorted = (r: unknown) => {
  const { ok, sections } = r as Reading;
  if (!ok || !sections) return { ok };
  return { ok, sections: sections.map(([name, values]) => [name, Object.entries(values).sort()]) };
};

const root = mkdtempSync(join(tmpdir(), 'ini-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

botocoreTest(
  'configparser.ts reads every text as botocore does: sections, values, or the file refused',
  () => {
    const all = [...ROWS, ...fc.sample(texts, { seed: 20261207, numRuns: 1500 })];
    const files = all.map((text, i) => {
      const path = join(root, String(i));
      writeFileSync(path, text);
      return path;
    });
    // Key order is not a reading: configparser lists a section's own options before DEFAULT's.
    const real = botocoreRead(files).map(sorted);
    const ours = all.map((text) => {
      const read = readIni(text);
      return sorted(read.error === undefined ? { ok: true, sections: [...read.sections] } : { ok: false });
    });
    const differ = all.flatMap((text, i) =>
      JSON.stringify(ours[i]) === JSON.stringify(real[i]) ? [] : [{ text, botocore: real[i], ours: ours[i] }],
    );
    expect(differ.slice(0, 3)).toEqual([]);
    // The rows reach every way of reading: a refusal, a nested value, DEFAULT beneath a section.
    expect(real.slice(0, ROWS.length).map((r) => (r as { ok: boolean }).ok)).toContain(false);
  },
);

/** botocore's profiles of each file: load_config's for a config file, raw_config_parse's for credentials. */
function botocoreProfiles(files: readonly { path: string; kind: Kind }[]): unknown[] {
  const script = `
import json, sys
from botocore.configloader import load_config, raw_config_parse
from botocore.exceptions import ConfigParseError
def flat(values):
    return {k: ("<nested>" if isinstance(v, dict) else v) for k, v in values.items()}
out = []
for f in json.load(sys.stdin):
    try:
        read = load_config(f["path"])["profiles"] if f["kind"] == "config" else raw_config_parse(f["path"])
        out.append({"ok": True, "profiles": [[n, flat(v)] for n, v in read.items()]})
    except ConfigParseError:
        out.append({"ok": False})
print(json.dumps(out))
`;
  return pythonJson(script, files, UTF8);
}

/** A model's profiles of a text, in the words of the tools' answers: nested values (botocore's) as "<nested>". */
function modelProfiles(tool: ToolModel, kind: Kind, text: string) {
  const read = tool.profiles(kind, { text, utf8: true });
  if (read.refused !== undefined) return { ok: false };
  const flat = (values: Readonly<Record<string, string>>) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, tool === botocore && v.startsWith('\n') ? '<nested>' : v]),
    );
  return { ok: true, profiles: [...read.profiles].map(([n, v]) => [n, flat(v)]) };
}

/** Order is not a reading here: profiles and keys sorted. */
const canonical = (r: unknown) => {
  const { ok, profiles } = r as { ok: boolean; profiles?: [string, Record<string, string>][] };
  if (!ok || !profiles) return { ok };
  return { ok, profiles: profiles.map(([n, v]) => [n, Object.entries(v).sort()]).sort() };
};

const profileTexts = [...ROWS, ...fc.sample(texts, { seed: 7, numRuns: 800 })];
const profileFiles = profileTexts.flatMap((text, i) =>
  (['config', 'credentials'] as const).map((kind) => {
    const path = join(root, `${kind}-${i}`);
    writeFileSync(path, text);
    return { text, kind, path };
  }),
);

const differ = (tool: ToolModel, real: unknown[]) =>
  profileFiles.flatMap((f, i) => {
    const ours = canonical(modelProfiles(tool, f.kind, f.text));
    const theirs = canonical(real[i]);
    return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [{ ...f, theirs, ours }];
  });

botocoreTest('botocore.ts finds the profiles botocore finds, in a config file and a credentials file', () => {
  expect(differ(botocore, botocoreProfiles(profileFiles)).slice(0, 3)).toEqual([]);
});

test('js-sdk.ts finds the profiles the JS SDK finds, in a config file and a credentials file', async () => {
  const real: unknown[] = [];
  for (const f of profileFiles) {
    const both = await loadSharedConfigFiles({
      // The other file of the pair is one that does not exist.
      configFilepath: f.kind === 'config' ? f.path : join(root, 'none'),
      filepath: f.kind === 'credentials' ? f.path : join(root, 'none'),
      ignoreCache: true,
    });
    const read = f.kind === 'config' ? both.configFile : both.credentialsFile;
    // getConfigData keeps [sso-session NAME] and [services NAME] under their prefix: no profiles.
    const profiles = Object.entries(read).filter(
      ([name]) => f.kind === 'credentials' || !/^(sso-session|services)\./.test(name),
    );
    real.push({ ok: true, profiles });
  }
  // loadSharedConfigFiles swallows a file parseIni refuses ({}): the model says why it reads nothing.
  const ours = (f: (typeof profileFiles)[number]) => {
    const m = modelProfiles(jsSdk, f.kind, f.text);
    return m.ok ? m : { ok: true, profiles: [] };
  };
  const wrong = profileFiles.flatMap((f, i) =>
    JSON.stringify(canonical(ours(f))) === JSON.stringify(canonical(real[i]))
      ? []
      : [{ ...f, theirs: canonical(real[i]), ours: canonical(ours(f)) }],
  );
  expect(wrong.slice(0, 3)).toEqual([]);
});

test.each([
  ['[s]\nk\n', 'line 2: a line that is neither a [section] nor a key = value'],
  ['[s]\n = v\n', 'line 2: a line that is neither a [section] nor a key = value'],
  ['[s]\nk = 1\nk = 2\n[s]\n', 'line 3: a second "k" in [s]'],
  ['k = v\n[s]\n[s]\n', 'line 1: text before the first [section]'],
  ['[s]\n[s]\n', 'line 2: a second [s] section'],
  ['[s]\nk =\n  a = 1\n  b\n', 'in [s], "k" has an indented line without "="'],
])('configparser.ts says why botocore refuses %j: %s', (text, why) => {
  expect(readIni(text).error).toBe(why);
});
