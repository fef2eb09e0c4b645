// What botocore gets from Python's standard library, against Python itself: shlex.split (section
// headers), os.path.expandvars and expanduser (AWS_CONFIG_FILE), str.strip; and the roles botocore
// and the JS SDK assume from a profile, which the differential suite leaves to these rows.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { botocore } from '../../../src/tools/botocore.js';
import { jsSdk } from '../../../src/tools/js-sdk.js';
import {
  expandUser,
  expandVars,
  firstNonSpace,
  lastNonSpace,
  pyStrip,
  shlexSplit,
} from '../../../src/tools/python.js';
import { botocoreResolve, pythonJson } from '../../../test-support/botocore-resolve.ts';
import { type Answer, jsResolve } from '../../../test-support/js-resolve.ts';
import { BOTOCORE, when } from '../../../test-support/platform.ts';
import { modelAnswer, writeCases } from '../../../test-support/tool-cases.ts';

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

/** Python's answers for every string, in one run, with this HOME (null: HOME unset). */
function python(
  texts: readonly string[],
  home: string | null = '/home/u',
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
  return pythonJson(script, texts, home === null ? {} : { HOME: home });
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

test('str.isspace: every character of the Basic Multilingual Plane, as CPython classes it', () => {
  const python = pythonJson<number[]>(
    'import json; print(json.dumps([c for c in range(0x10000) if chr(c).isspace()]))',
    null,
  );
  const ours = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => {
    const ch = String.fromCharCode(c);
    return firstNonSpace(ch) === 1 && lastNonSpace(ch, 0) === 0 && pyStrip(`${ch}x${ch}`) === 'x';
  });
  expect(ours).toEqual(python);
});

test('shlex.split of quotes and backslashes, row by row', () => {
  const rows = [
    'a "b\\\\c"',
    'a "b\\"c"',
    'a "b\\xc"',
    'a "b\\',
    'a \\',
    "a 'b\\c'",
    'a\\ b',
    '"" x',
    "''",
    'a"b"c',
    '\'a\' "b"',
    'profile "de ploy"',
    ' \t\r\na ',
  ];
  const answers = python(rows).map((a) => a.shlex);
  expect(rows.map((r) => shlexSplit(r) ?? null)).toEqual(answers);
});

test.each([['/home/u'], ['/home/u/'], ['/'], ['']])('expanduser with HOME=%j, as CPython does it', (home) => {
  const paths = ['~', '~/', '~/x', '~//x', 'x/~', '/~'];
  expect(paths.map((p) => expandUser(p, { HOME: home }))).toEqual(python(paths, home).map((a) => a.user));
  // "~NAME" needs the password database: the model says it does not know, and the step refuses.
  expect(expandUser('~user/x', { HOME: home })).toBeUndefined();
});

test('expanduser without HOME: unknown to the model (Python asks the password database)', () => {
  expect(expandUser('~/x', {})).toBeUndefined();
  expect(expandUser('~', {})).toBeUndefined();
  expect(expandUser('x', {})).toBe('x');
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
  const cases = writeCases(
    'roles-',
    ROWS.map((body) => ({ config: `[profile p]\n${body}`, credentials: SOURCE, env: { AWS_PROFILE: 'p' } })),
  );
  const kind = (a: { ok: boolean; source?: { kind: string } }) => (a.ok ? a.source?.kind : 'refused');

  botocoreTest('botocore', () => {
    const real = botocoreResolve(cases.map((c) => ({ env: c.env, cwd: c.dir }))).answers.map(kind);
    expect(cases.map((c) => kind(modelAnswer(botocore, c)))).toEqual(real);
    expect(real).toEqual(['assume-role', 'web-identity', 'assume-role', 'refused', 'refused']);
  });

  test('the JS SDK', async () => {
    const real: (string | undefined)[] = [];
    for (const c of cases) real.push(kind(await jsResolve(c.env, c.dir)));
    expect(cases.map((c) => kind(modelAnswer(jsSdk, c)))).toEqual(real);
  });
});

// Rows the generated cases do not reach: each credential source a profile can name, alone and
// against its neighbours in each tool's order, and the environment variables that change the chain.
// No login_session row: both tools need the cache `aws login` leaves (botocore also botocore[crt]),
// so here both fail, and in a job the models' "login" is another identity either way.
describe('each credential source, in each tool order: the models and the tools', () => {
  const KEYS = 'aws_access_key_id = AKIAPROFILE\naws_secret_access_key = s\n';
  const ROLE = 'role_arn = arn:aws:iam::1:role/r\n';
  const ROWS: { config?: string; credentials?: string; env?: Record<string, string> }[] = [
    { config: `[profile p]\n${ROLE}credential_source = Environment\n` },
    { config: `[profile p]\n${ROLE}credential_source = Environment\nsource_profile = src\n` },
    { config: `[profile p]\n${ROLE}` },
    { config: `[profile p]\n${ROLE}credential_source = Ec2InstanceMetadata\nsource_profile = src\n` },
    { config: `[profile p]\n${ROLE}credential_source = Nowhere\n` },
    { config: `[profile p]\n${ROLE}source_profile = src\n${KEYS}` },
    { config: `[profile p]\n${ROLE}${KEYS}region = eu-west-2\n` },
    { config: `[profile p]\n${KEYS}credential_process = @DIR@/process.sh\n` },
    { config: `[profile p]\naws_access_key_id = AKIAONLY\n` },
    {
      config: '[profile p]\naws_access_key_id = AKIAC\naws_secret_access_key = s\n',
      credentials: `[p]\n${KEYS}`,
    },
    { config: '[profile p]\nregion = eu-west-2\n', credentials: '[p]\naws_access_key_id = AKIAHALF\n' },
    { config: '[profile p]\nweb_identity_token_file = @DIR@/token\n' },
    {
      config: `[profile p]\nweb_identity_token_file = @DIR@/token\n${ROLE}credential_process = @DIR@/process.sh\n`,
    },
    { config: '[profile p]\ncredential_process = @DIR@/process.sh\nsso_session = s\n' },
    { config: '[profile p]\nsso_session = s\n' },
    { config: '[profile p]\nsso_start_url = https://x\n' },
    { config: '[profile p]\nsso_region = us-east-1\n' },
    { config: '[profile p]\nsso_account_id = 1\n' },
    { config: '[profile p]\nsso_role_name = r\n' },
    {
      config: '[profile p]\nweb_identity_token_file = @DIR@/token\n',
      env: { AWS_ROLE_ARN: 'arn:aws:iam::1:role/x' },
    },
    { config: `[profile p]\nweb_identity_token_file = @DIR@/token\n${KEYS}` },
    { config: '[profile p]\nregion = eu-west-2\n', env: { AWS_WEB_IDENTITY_TOKEN_FILE: '@DIR@/token' } },
    {
      config: '[profile p]\nregion = eu-west-2\n',
      env: { AWS_WEB_IDENTITY_TOKEN_FILE: '', AWS_ROLE_ARN: 'arn:aws:iam::1:role/x' },
    },
    {
      config: `[profile p]\n${KEYS}`,
      env: { AWS_WEB_IDENTITY_TOKEN_FILE: '@DIR@/token', AWS_ROLE_ARN: 'arn:aws:iam::1:role/x' },
    },
    { config: `[profile p]\n${KEYS}`, env: { AWS_ACCESS_KEY_ID: 'AKIAENV' } },
    {
      config: `[profile p]\n${KEYS}`,
      env: { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 's', AWS_PROFILE: '' },
    },
    {
      config: `[profile p]\n${KEYS}region = eu-west-2\n`,
      env: {
        AWS_ACCESS_KEY_ID: 'AKIAENV',
        AWS_SECRET_ACCESS_KEY: 's',
        AWS_PROFILE: '',
        AWS_REGION: 'eu-west-3',
      },
    },
    {
      config: `[default]\n${KEYS}region = eu-west-2\n`,
      env: { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 's', AWS_PROFILE: '', AWS_REGION: '' },
    },
    { config: `[profile p]\n${KEYS}`, env: { AWS_DEFAULT_PROFILE: 'p', AWS_PROFILE: '' } },
  ];
  const cases = writeCases(
    'sources-',
    ROWS.map((row) => ({
      config: row.config,
      credentials: `${row.credentials ?? ''}[src]\naws_access_key_id = AKIASOURCE\naws_secret_access_key = s\n`,
      env: { AWS_PROFILE: 'p', ...row.env },
    })),
  );
  /** What both sides can say: the kind of source, the key where it is static, the region. */
  const said = (a: Answer) =>
    a.ok
      ? `${a.source?.kind} ${(a.source?.kind !== 'process' && a.source?.accessKeyId) || '-'} ${a.region ?? '-'}`
      : 'refused';
  botocoreTest('botocore', () => {
    const real = botocoreResolve(cases.map((c) => ({ env: c.env, cwd: c.dir }))).answers.map(said);
    expect(cases.map((c, i) => `${i} ${said(modelAnswer(botocore, c))}`)).toEqual(
      real.map((r, i) => `${i} ${r}`),
    );
  });

  test('the JS SDK', async () => {
    const real: string[] = [];
    for (const c of cases) real.push(said(await jsResolve(c.env, c.dir)));
    expect(cases.map((c, i) => `${i} ${said(modelAnswer(jsSdk, c))}`)).toEqual(
      real.map((r, i) => `${i} ${r}`),
    );
  });
});
