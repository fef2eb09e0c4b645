// What botocore gets from Python's standard library, against Python itself: shlex.split (section
// headers), os.path.expandvars and expanduser (AWS_CONFIG_FILE), str.strip; and the roles botocore
// and the JS SDK assume from a profile, which the differential suite leaves to these rows.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { filesOf } from '../../../src/job/seen.js';
import { botocore } from '../../../src/tools/botocore.js';
import { jsSdk } from '../../../src/tools/js-sdk.js';
import { expandUser, expandVars, pyStrip, shlexSplit } from '../../../src/tools/python.js';
import { type Answer, jsResolve } from '../../../test-support/js-resolve.ts';
import { BOTOCORE, when } from '../../../test-support/platform.ts';
import { ROOT } from '../../../test-support/runner.ts';
import { writeCase } from '../../../test-support/tool-cases.ts';

const botocoreTest = when(BOTOCORE, test, 'tools/python: against botocore', 'no python3 with botocore');
const PIECES = [
  'profile',
  ' ',
  '  ',
  '\t',
  '"',
  "'",
  '\\',
  'a',
  'b c',
  '$HOME',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's ${NAME}, which expandvars reads.
  '${HOME}',
  '$NOPE',
  '~',
  '~/',
  '/x',
  '\u00a0',
  '\x1c',
  '\ufeff',
  '\u2028',
];
const strings = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));

/** Python's answers for every string, in one run. */
function python(
  texts: readonly string[],
): { shlex: string[] | null; vars: string; user: string; strip: string }[] {
  const script = `
import json, os, shlex, sys
out = []
for t in json.load(sys.stdin):
    try:
        words = shlex.split(t)
    except ValueError:
        words = None
    out.append({"shlex": words, "vars": os.path.expandvars(t), "user": os.path.expanduser(t), "strip": t.strip()})
print(json.dumps(out))
`;
  const env = { PATH: process.env.PATH ?? '', HOME: '/home/u' };
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8', env }),
  );
}

test('shlex.split, expandvars, expanduser and strip, as CPython does them', () => {
  const texts = fc.sample(strings, { seed: 11, numRuns: 500 });
  const answers = python(texts);
  const env = { HOME: '/home/u' };
  const ours = texts.map((t) => ({
    shlex: shlexSplit(t) ?? null,
    vars: expandVars(t, env),
    // "~NAME" needs the password database: the model says it does not know, and the step refuses.
    user: expandUser(t, env) ?? python([t])[0]?.user,
    strip: pyStrip(t),
  }));
  expect(ours).toEqual(answers);
});

describe('a profile with role_arn: the models and the tools', () => {
  const ROWS = [
    'role_arn = arn:aws:iam::1:role/r\nsource_profile = src\n',
    'role_arn = arn:aws:iam::1:role/r\nweb_identity_token_file = @DIR@/token\n',
    'role_arn = arn:aws:iam::1:role/r\nsource_profile = src\naws_access_key_id = AKIAX\naws_secret_access_key = s\n',
    'role_arn = arn:aws:iam::1:role/r\naws_access_key_id = AKIAX\naws_secret_access_key = s\n',
    'role_arn = arn:aws:iam::1:role/r\nsource_profile = nope\n',
  ];
  const SOURCE = '[src]\naws_access_key_id = AKIASOURCE\naws_secret_access_key = s\n';
  const root = mkdtempSync(join(tmpdir(), 'roles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const cases = ROWS.map((body, i) => {
    const dir = join(root, String(i));
    mkdirSync(dir);
    const env = writeCase(
      { config: `[profile p]\n${body}`, credentials: SOURCE, env: { AWS_PROFILE: 'p' } },
      dir,
    );
    return { env, dir };
  });
  const kind = (a: { ok: boolean; source?: { kind: string } }) => (a.ok ? a.source?.kind : 'refused');

  botocoreTest('botocore', () => {
    const out = execFileSync('python3', [join(ROOT, 'test-support', 'botocore-resolve.py')], {
      input: JSON.stringify(cases.map((c) => ({ env: c.env, cwd: c.dir }))),
      encoding: 'utf8',
    });
    const real = (JSON.parse(out).answers as Answer[]).map(kind);
    expect(cases.map((c) => kind(botocore.resolve(c.env, filesOf(botocore, c.env, c.dir))))).toEqual(real);
    expect(real).toEqual(['assume-role', 'web-identity', 'assume-role', 'refused', 'refused']);
  });

  test('the JS SDK', async () => {
    const real: (string | undefined)[] = [];
    for (const c of cases) real.push(kind(await jsResolve(c.env, c.dir)));
    expect(cases.map((c) => kind(jsSdk.resolve(c.env, filesOf(jsSdk, c.env, c.dir))))).toEqual(real);
  });
});
