// Our profile against the other tools that edit the same files between the main and the post step:
// the models of those tools checked against the real ones, then properties over any interleaving
// of our write, their edits and our removal.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fingerprintOf, insertBlock, removeBlock } from '../../src/ini-edit.js';
import { botocoreSet, configparserRewrite } from '../../test-support/ini-tools.ts';
import { AWS_CLI, awsCliTest } from '../../test-support/platform.ts';

const VALUES = { region: 'us-east-1', credential_process: "'/node' '/refresh/index.js' '/tmp/s.json'" };
const ours = (id: string) =>
  insertBlock('[default]\nregion = eu-west-1\n', id, 'profile deploy', VALUES).text;

/** Runs a real tool on a file holding `text`; returns what it left. */
function withFile(text: string, run: (path: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ini-tools-'));
  try {
    const path = join(dir, 'config');
    writeFileSync(path, text);
    run(path);
    return readFileSync(path, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FIXTURES: [string, string, string, string][] = [
  ['our block last in the file', ours('a1b2c3d4'), 'profile deploy', 'output'],
  [
    'our block before a user section',
    `${ours('a1b2c3d4')}[profile x]\nregion = a\n`,
    'profile deploy',
    'output',
  ],
  [
    'our block, then a comment with a colon',
    `${ours('a1b2c3d4')}# see: https://x\n`,
    'profile deploy',
    'output',
  ],
  ['a key that is there already', ours('a1b2c3d4'), 'profile deploy', 'region'],
  ['a new section, no final newline', '[default]\nregion = a', 'profile new', 'output'],
  [
    'a section the header of which has spaces',
    '[default]\n  [profile deploy]\nk = 1\n',
    'profile deploy',
    'k',
  ],
];

describe('the models are what the real tools do', () => {
  awsCliTest.each(FIXTURES)('aws configure set: %s', (_name, text, section, key) => {
    const profile = section === 'default' ? [] : ['--profile', section.replace(/^profile /, '')];
    const real = withFile(text, (path) =>
      execFileSync(AWS_CLI as string, ['configure', 'set', key, 'text', ...profile], {
        env: { PATH: process.env.PATH, AWS_CONFIG_FILE: path, HOME: tmpdir() },
      }),
    );
    expect(botocoreSet(text, section, key, 'text')).toBe(real);
  });

  const pythonTest = existsSync('/usr/bin/python3') || process.platform !== 'win32' ? test : test.skip;
  pythonTest.each([
    ['our block', ours('a1b2c3d4')],
    ['comments, spaces, no final newline', '# c\n[a]\nk=1\n; x\n\n\n[b]\n  k2  =  v2  '],
    ['a canonical file', '[a]\nk = 1\n\n[b]\nk = 2\n\n'],
  ])("Python's configparser: %s", (_name, text) => {
    const rewrite =
      'import configparser, sys\nc = configparser.ConfigParser(interpolation=None)\nc.read(sys.argv[1])\nc.write(open(sys.argv[1], "w"))';
    const real = withFile(text, (path) => execFileSync('python3', ['-c', rewrite, path]));
    expect(configparserRewrite(text)).toBe(real);
  });
});

// A file as configparser writes it (so that a rewrite gives its bytes back): sections of plain keys.
const NAMES = ['default', 'profile ci', 'profile deploy', 'other'];
const userFile = fc
  .uniqueArray(
    fc.record({
      name: fc.constantFrom(...NAMES),
      keys: fc.uniqueArray(
        fc.tuple(fc.constantFrom('region', 'output', 'k'), fc.stringMatching(/^[a-z0-9-]{1,8}$/)),
        { minLength: 1, maxLength: 3, selector: ([k]) => k },
      ),
    }),
    { maxLength: 4, selector: (s) => s.name },
  )
  .map((sections) =>
    sections.map((s) => `[${s.name}]\n${s.keys.map(([k, v]) => `${k} = ${v}\n`).join('')}\n`).join(''),
  );

type Edit = { kind: 'set'; key: string } | { kind: 'rewrite' } | { kind: 'hand' };
const edits = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom('output', 'cli_pager', 'region') }),
    fc.constant({ kind: 'rewrite' as const }),
    fc.constant({ kind: 'hand' as const }),
  ),
  { maxLength: 4 },
);

function apply(text: string, section: string, edit: Edit): string {
  if (edit.kind === 'set') return botocoreSet(text, section, edit.key, 'set-by-a-tool');
  if (edit.kind === 'rewrite') return configparserRewrite(text);
  return text.replace(new RegExp(`^\\[${section}\\]\\n`, 'm'), `[${section}]\nhand = edit\n`);
}

describe('properties', () => {
  test("our write, any edits of other tools to our profile, our removal: the user's file byte for byte, nothing of ours left", () => {
    fc.assert(
      fc.property(
        userFile,
        fc.constantFrom(...NAMES),
        fc.boolean(),
        edits,
        (original, section, overwrite, outside) => {
          const exists = original.includes(`[${section}]\n`);
          fc.pre(!exists || overwrite);
          const id = 'abcdef01';
          const values = { region: `r-${id}`, credential_process: `cp-${id}` };
          const inserted = insertBlock(original, id, section, values);
          let text = inserted.text;
          for (const edit of outside) text = apply(text, section, edit);
          const removed = removeBlock(text, id, {
            section,
            fingerprint: fingerprintOf(values, ['credential_process']),
            replaced: inserted.replaced,
          });
          expect(removed.found).toBe(true);
          expect(removed.text).toBe(original);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('without our values, a section of our name is never taken, whatever the tools did', () => {
    fc.assert(
      fc.property(userFile, fc.constantFrom(...NAMES), (original, section) => {
        const rewritten = configparserRewrite(original);
        const removed = removeBlock(rewritten, 'abcdef01', {
          section,
          fingerprint: fingerprintOf({ credential_process: 'cp-abcdef01' }, ['credential_process']),
        });
        expect(removed.text).toBe(rewritten);
        expect(removed.found).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
