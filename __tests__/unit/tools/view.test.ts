// tools/view.ts: the questions the step asks of both tools at once. What each model resolves is
// proven against the tools by the differential suites; these rows are about view.ts's own part:
// the words it says for each thing a tool would use instead, which sections it cuts where, which
// profiles a copy changes, and the short text that stands in for a big file.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { loadSharedConfigFiles } from '@smithy/core/config';
import { botocore } from '../../../src/tools/botocore.js';
import { jsSdk } from '../../../src/tools/js-sdk.js';
import { type Files, lastFour, NO_FILE } from '../../../src/tools/resolution.js';
import {
  changedProfiles,
  headersNaming,
  misreadings,
  sectionsOf,
  standIn,
  TOOLS,
  withoutProfile,
} from '../../../src/tools/view.js';
import { posixDescribe } from '../../../test-support/platform.ts';

const BOTOCORE = botocore.name;
const JS = jsSdk.name;
const files = (config?: string, credentials?: string) => (): Files => ({
  config: config === undefined ? NO_FILE : { text: config, utf8: true },
  credentials: credentials === undefined ? NO_FILE : { text: credentials, utf8: true },
});
const OURS = { accessKeyId: 'AKIAOURS', region: 'eu-west-1' };
const OUR_KEYS = '[p]\naws_access_key_id = AKIAOURS\naws_secret_access_key = s\n';
const REGION = '[profile p]\nregion = eu-west-1\n';

describe('misreadings: what each tool would use instead, in words', () => {
  test('the session meant: nothing to say', () => {
    expect(misreadings({ AWS_PROFILE: 'p' }, files(REGION, OUR_KEYS), OURS)).toEqual([]);
    const ourEnv = { AWS_ACCESS_KEY_ID: 'AKIAOURS', AWS_SECRET_ACCESS_KEY: 's' };
    const regions = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' };
    expect(misreadings({ ...ourEnv, ...regions }, files(), OURS)).toEqual([]);
    // No region meant: whatever region a tool reads is not said.
    expect(misreadings({ AWS_PROFILE: 'p' }, files(REGION, OUR_KEYS), { accessKeyId: 'AKIAOURS' })).toEqual(
      [],
    );
    const process = '[profile p]\ncredential_process = /bin/ours\nregion = eu-west-1\n';
    expect(
      misreadings({ AWS_PROFILE: 'p' }, files(process), { command: '/bin/ours', region: 'eu-west-1' }),
    ).toEqual([]);
  });

  test.each([
    [
      'keys in the environment',
      { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 's', AWS_REGION: 'eu-west-1' },
      files(),
      OURS,
      [
        `${BOTOCORE} would use the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`,
        `${JS} would use the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`,
      ],
    ],
    [
      "other keys in the credentials file's section",
      { AWS_PROFILE: 'p' },
      files(REGION, OUR_KEYS.replace('AKIAOURS', 'AKIAOTHER')),
      OURS,
      [
        `${BOTOCORE} would use other keys, from the credentials file's section of profile p`,
        `${JS} would use other keys, from the credentials file's section of profile p`,
      ],
    ],
    [
      "other keys in the config file's default profile",
      {},
      files('[default]\nregion = eu-west-1\naws_access_key_id = AKIAOTHER\naws_secret_access_key = s\n'),
      OURS,
      [
        `${BOTOCORE} would use other keys, from the config file's section of the default profile`,
        `${JS} would use other keys, from the config file's section of the default profile`,
      ],
    ],
    [
      'another credential_process',
      { AWS_PROFILE: 'p' },
      files('[profile p]\ncredential_process = /bin/theirs\nregion = eu-west-1\n'),
      { command: '/bin/ours' },
      [
        `${BOTOCORE} would use another credential_process, of profile p`,
        `${JS} would use another credential_process, of profile p`,
      ],
    ],
    [
      'keys where a credential_process is meant',
      { AWS_PROFILE: 'p' },
      files(REGION, OUR_KEYS),
      { command: '/bin/ours' },
      [
        `${BOTOCORE} would use other keys, from the credentials file's section of profile p`,
        `${JS} would use other keys, from the credentials file's section of profile p`,
      ],
    ],
    [
      'a role',
      { AWS_PROFILE: 'p' },
      files(
        '[profile p]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = q\n',
        '[q]\naws_access_key_id = A\naws_secret_access_key = s\n',
      ),
      OURS,
      [
        `${BOTOCORE} would use role_arn arn:aws:iam::1:role/r, which profile p has (a [DEFAULT] section gives its keys to every section)`,
        `${JS} would use role_arn arn:aws:iam::1:role/r, which profile p has (a [DEFAULT] section gives its keys to every section)`,
      ],
    ],
    [
      'a web identity token file in the environment (botocore reads it before a profile)',
      { AWS_PROFILE: 'p', AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::1:role/irsa' },
      files(REGION, OUR_KEYS),
      OURS,
      [`${BOTOCORE} would use AWS_WEB_IDENTITY_TOKEN_FILE`],
    ],
    [
      "a profile's web identity token file",
      { AWS_PROFILE: 'p' },
      files('[profile p]\nweb_identity_token_file = /t\nrole_arn = arn:aws:iam::1:role/r\n'),
      OURS,
      [
        `${BOTOCORE} would use web_identity_token_file of profile p`,
        `${JS} would use web_identity_token_file of profile p`,
      ],
    ],
    [
      'SSO settings',
      { AWS_PROFILE: 'p' },
      files(
        '[profile p]\nsso_account_id = 1\nsso_role_name = r\nsso_start_url = https://x\nsso_region = us-east-1\n',
      ),
      OURS,
      [
        `${BOTOCORE} would use the sso settings of profile p`,
        `${JS} would use the sso settings of profile p`,
      ],
    ],
    [
      'login settings',
      { AWS_PROFILE: 'p' },
      files('[profile p]\nlogin_session = x\n'),
      OURS,
      [
        `${BOTOCORE} would use the login settings of profile p`,
        `${JS} would use the login settings of profile p`,
      ],
    ],
    [
      'nothing at all',
      {},
      files(),
      OURS,
      [
        `${BOTOCORE} would use no credentials of the default profile (a container or instance role, or none)`,
        `${JS} would use no credentials of the default profile (a container or instance role, or none)`,
      ],
    ],
    [
      'a profile that no file has',
      { AWS_PROFILE: 'gone' },
      files(REGION, OUR_KEYS),
      OURS,
      [
        `${BOTOCORE}: the config profile (gone) could not be found`,
        expect.stringMatching(new RegExp(`^${JS}`)),
      ],
    ],
    [
      'the keys meant, another region in AWS_REGION (the JS SDK reads it)',
      { AWS_PROFILE: 'p', AWS_REGION: 'us-east-2' },
      files(REGION, OUR_KEYS),
      OURS,
      [`${JS} would use the region "us-east-2"`],
    ],
    [
      'the keys meant, another region in AWS_DEFAULT_REGION (botocore reads it)',
      { AWS_PROFILE: 'p', AWS_DEFAULT_REGION: 'us-east-2' },
      files(REGION, OUR_KEYS),
      OURS,
      [`${BOTOCORE} would use the region "us-east-2"`],
    ],
    [
      'the keys meant, no region',
      { AWS_PROFILE: 'p' },
      files(undefined, OUR_KEYS),
      OURS,
      [`${BOTOCORE} would use the region ""`, `${JS} would use the region ""`],
    ],
  ] as const)('%s', (_name, env, f, expected, said) => {
    expect(misreadings(env, f, expected)).toEqual(said);
  });
});

describe('the sections any tool reads as a profile', () => {
  // botocore alone reads [profiles p] as p; the JS SDK alone reads [profile.p] as p.
  const config =
    '[profile q]\nregion = a\n[profiles p]\nregion = b\n[profile.p]\nregion = c\n[profile p]\r\nregion = d\n';

  test('headersNaming: every header some tool reads as the profile, as written', () => {
    expect(headersNaming('config', config, 'p')).toEqual(['[profiles p]', '[profile.p]', '[profile p]']);
    expect(headersNaming('config', config, 'q')).toEqual(['[profile q]']);
    expect(headersNaming('config', config, 'none')).toEqual([]);
    expect(headersNaming('config', '[default]\nk = v\n[profile default]\n', 'default')).toEqual([
      '[default]',
      '[profile default]',
    ]);
  });

  test('withoutProfile: each such section cut to the next header of any tool; the rest byte for byte', () => {
    expect(withoutProfile('config', config, 'p')).toBe('[profile q]\nregion = a\n');
    expect(withoutProfile('config', config, 'q')).toBe(config.slice(config.indexOf('[profiles p]')));
    expect(withoutProfile('config', config, 'none')).toBe(config);
  });

  test('in a credentials file, [profile p] is the profile "profile p"; a header line is said trimmed', () => {
    expect(headersNaming('credentials', '[profile p]\nk = v\n', 'p')).toEqual([]);
    expect(headersNaming('credentials', ' [profile p] \nk = v\n', 'profile p')).toEqual(['[profile p]']);
  });

  test('a header only the JS SDK sees (botocore reads the indented line as a value): cuts in text order', () => {
    const text = '[profile a]\nk = v\n  [profile b]\nj = 1\n[profile c]\nm = 2\n';
    expect(sectionsOf('config', text).map((s) => s.header)).toEqual([
      '[profile a]',
      '[profile b]',
      '[profile c]',
    ]);
    expect(withoutProfile('config', text, 'b')).toBe('[profile a]\nk = v\n[profile c]\nm = 2\n');
  });

  test('headers of one tool between headers of the other: every cut, in text order', () => {
    // botocore alone reads "[profile b] x" and "[profile e] y" as headers (SECTCRE matches from a
    // line's start); the JS SDK alone reads the indented "[profile c]" (a value line to botocore).
    const text =
      '[profile a]\nk = v\n[profile b] x\nj = 1\n  [profile c]\nm = 2\n[profile d]\n[profile e] y\n';
    const cut = sectionsOf('config', text);
    expect(cut.map((s) => s.header)).toEqual([
      '[profile a]',
      '[profile b] x',
      '[profile c]',
      '[profile d]',
      '[profile e] y',
    ]);
    expect(cut.map((s) => s.text).join('')).toBe(text);
    expect(headersNaming('config', text, 'c')).toEqual(['[profile c]']);
    expect(headersNaming('config', text, 'e')).toEqual(['[profile e] y']);
  });

  test('sectionsOf: the text cut at every header, each with its header line', () => {
    expect(sectionsOf('config', `  \n${config}`).map((s) => s.header)).toEqual([
      '[profile q]',
      '[profiles p]',
      '[profile.p]',
      '[profile p]',
    ]);
    expect(
      sectionsOf('config', config)
        .map((s) => s.text)
        .join(''),
    ).toBe(config);
  });
});

describe('changedProfiles', () => {
  const before = '[a]\nk = 1\n[b]\nk = 1\nj = 2\n[c]\nk = 1\n';

  test('the same text: none', () => {
    expect(changedProfiles('credentials', before, before, 'x')).toEqual([]);
  });

  test('a value changed, a key added or removed, a profile added or removed; the one excepted is not said', () => {
    expect(changedProfiles('credentials', before, before.replace('[c]\nk = 1', '[c]\nk = 2'), 'x')).toEqual([
      'c',
    ]);
    expect(changedProfiles('credentials', before, before.replace('j = 2\n', ''), 'x')).toEqual(['b']);
    expect(
      changedProfiles('credentials', before, before.replace('[a]\nk = 1', '[a]\nk = 1\nm = 3'), 'x'),
    ).toEqual(['a']);
    expect(changedProfiles('credentials', before, before.replace('[a]\nk = 1', '[a]\nm = 1'), 'x')).toEqual([
      'a',
    ]);
    expect(changedProfiles('credentials', before, `${before}[d]\nk = 1\n`, 'x')).toEqual(['d']);
    expect(changedProfiles('credentials', before, before.replace('[c]\nk = 1\n', ''), 'x')).toEqual(['c']);
    expect(changedProfiles('credentials', before, before.replace('[c]\nk = 1', '[c]\nk = 2'), 'c')).toEqual(
      [],
    );
    expect(changedProfiles('credentials', before, `${before}\n`, 'x')).toEqual([]);
    expect(changedProfiles('credentials', before, before.replace('j = 2', 'j = 3'), 'x')).toEqual(['b']);
    // [profiles p] is profile p to botocore alone: its change is said all the same.
    expect(changedProfiles('config', '[profiles p]\nk = 1\n', '[profiles p]\nk = 2\n', 'x')).toEqual(['p']);
  });

  test('a file a tool refuses whole cannot be read worse by a copy: no change said for that tool', () => {
    const twice = '[a]\nk = 1\n[a]\nk = 2\n';
    // botocore refuses the duplicate; the JS SDK merges it, and sees k change from 2 to 1.
    expect(changedProfiles('credentials', twice, '[a]\nk = 1\n', 'x')).toEqual(['a']);
    expect(changedProfiles('credentials', '[a]\nk = 1\n[a]\nk = 1\n', '[a]\nk = 1\n', 'x')).toEqual([]);
  });
});

describe('standIn', () => {
  const ours = '[profile ours]\nregion = eu-west-1\n';

  test('a base without [DEFAULT]: our section alone; with one: each [DEFAULT] section, then ours', () => {
    expect(standIn('config', '[profile a]\nregion = x\n', ours)).toBe(ours);
    expect(standIn('config', '[DEFAULT]\nregion = d\n[profile a]\nk = 1\n[DEFAULT]\nk = 2', ours)).toBe(
      `[DEFAULT]\nregion = d\n[DEFAULT]\nk = 2\n${ours}`,
    );
    expect(standIn('config', '[profile a]\nk = 1\n[DEFAULT]\r\nk = 2\r\n', ours)).toBe(
      `[DEFAULT]\r\nk = 2\r\n${ours}`,
    );
  });

  test('a base some tool refuses whole: the whole base, then ours', () => {
    const refused = '[a]\nk = 1\n[a]\nk = 2\n';
    expect(standIn('credentials', refused, '[ours]\nk = 1\n')).toBe(`${refused}[ours]\nk = 1\n`);
  });

  test('TOOLS: both models, botocore first', () => {
    expect(TOOLS).toEqual([botocore, jsSdk]);
  });
});

describe('lastFour', () => {
  test('the same text is answered once; the fifth new text forgets the oldest', () => {
    const f = jest.fn((text: string) => text.length);
    const remembered = lastFour(f);
    for (const t of ['a', 'bb', 'a', 'bb']) remembered(t);
    expect(f).toHaveBeenCalledTimes(2);
    for (const t of ['ccc', 'dddd']) remembered(t);
    expect(f).toHaveBeenCalledTimes(4);
    remembered('a');
    expect(f).toHaveBeenCalledTimes(4);
    remembered('eeeee');
    expect(f).toHaveBeenCalledTimes(5);
    remembered('bb');
    expect(f).toHaveBeenCalledTimes(5);
    remembered('a');
    expect(f).toHaveBeenCalledTimes(6);
    expect(remembered('eeeee')).toBe(5);
  });
});

// POSIX paths throughout: on Windows HOMEDRIVE's default and the paths read otherwise.
posixDescribe('where each tool opens its config file', () => {
  const root = mkdtempSync(join(tmpdir(), 'where-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const at = (...parts: string[]) => join(root, ...parts);

  // Each row's environment, and the file the JS SDK opens: a config file is written there, and the
  // SDK itself (loadSharedConfigFiles, in this process) must read it.
  test.each([
    ['HOME', { HOME: at('h') }, at('h', '.aws', 'config')],
    ['USERPROFILE without HOME', { USERPROFILE: at('u') }, at('u', '.aws', 'config')],
    ['USERPROFILE with HOME ""', { HOME: '', USERPROFILE: at('u') }, at('u', '.aws', 'config')],
    ['HOMEDRIVE and HOMEPATH', { HOMEDRIVE: root, HOMEPATH: '/p' }, `${root}/p/.aws/config`],
    // Without HOMEDRIVE the SDK puts C: and the separator before HOMEPATH: a relative path here.
    ['HOMEPATH without HOMEDRIVE', { HOMEPATH: '/p' }, at('cwd', 'C:', 'p', '.aws', 'config')],
    ['HOMEPATH with HOMEDRIVE ""', { HOMEDRIVE: '', HOMEPATH: at('hp') }, at('hp', '.aws', 'config')],
    // A HOMEPATH without its leading separator is joined to HOMEDRIVE as it is, not as a folder of it.
    ['HOMEPATH without a leading separator', { HOMEDRIVE: root, HOMEPATH: 'hp' }, `${root}hp/.aws/config`],
    [
      'HOME, USERPROFILE and HOMEPATH all "", then USERPROFILE',
      { HOME: '', HOMEPATH: '', USERPROFILE: at('u') },
      at('u', '.aws', 'config'),
    ],
    [
      'AWS_CONFIG_FILE with a leading ~/',
      { HOME: at('h'), AWS_CONFIG_FILE: '~/x/config' },
      at('h', 'x', 'config'),
    ],
    ['AWS_CONFIG_FILE ""', { HOME: at('h'), AWS_CONFIG_FILE: '' }, at('h', '.aws', 'config')],
    [
      'AWS_CONFIG_FILE relative',
      { HOME: at('h'), AWS_CONFIG_FILE: 'rel/config' },
      at('cwd', 'rel', 'config'),
    ],
  ] as const)('the JS SDK: %s', async (_name, env, path) => {
    mkdirSync(dirname(path), { recursive: true });
    mkdirSync(at('cwd'), { recursive: true });
    writeFileSync(path, '[profile where]\nregion = here\n');
    expect(jsSdk.where('config', env, at('cwd'))).toEqual({ path });
    const saved = { env: process.env, cwd: process.cwd() };
    process.env = { ...env };
    process.chdir(at('cwd'));
    try {
      const read = await loadSharedConfigFiles({ ignoreCache: true });
      expect(read.configFile.where).toEqual({ region: 'here' });
    } finally {
      process.env = saved.env;
      process.chdir(saved.cwd);
      rmSync(path);
    }
  });

  test('the JS SDK: no home it can name', () => {
    expect(jsSdk.where('config', {}, root)).toEqual({ unknown: 'HOME is not set' });
    expect(jsSdk.where('config', { HOME: '', USERPROFILE: '', HOMEPATH: '', HOMEDRIVE: 'D:' }, root)).toEqual(
      {
        unknown: 'HOME is not set',
      },
    );
    expect(jsSdk.where('config', { AWS_CONFIG_FILE: '~/x' }, root)).toEqual({ unknown: 'HOME is not set' });
    expect(jsSdk.where('config', { AWS_CONFIG_FILE: '/x/config' }, root)).toEqual({ path: '/x/config' });
    expect(jsSdk.where('credentials', { HOME: '/h' }, root)).toEqual({ path: '/h/.aws/credentials' });
  });

  test('botocore: "" opens nothing; $VAR and ~ are expanded; ~NAME is not known here', () => {
    expect(botocore.where('config', { HOME: '/h', AWS_CONFIG_FILE: '' }, root)).toEqual({ none: true });
    expect(botocore.where('config', { HOME: '/h' }, root)).toEqual({ path: '/h/.aws/config' });
    expect(botocore.where('credentials', { HOME: '/h' }, root)).toEqual({ path: '/h/.aws/credentials' });
    expect(botocore.where('config', { HOME: '/h', D: '/d', AWS_CONFIG_FILE: '$D/c' }, root)).toEqual({
      path: '/d/c',
    });
    expect(botocore.where('config', { HOME: '/h', AWS_CONFIG_FILE: 'rel' }, root)).toEqual({
      path: join(root, 'rel'),
    });
    expect(botocore.where('config', { HOME: '/h', AWS_CONFIG_FILE: '~user/c' }, root)).toEqual({
      unknown: '~user/c names a home directory this step cannot look up',
    });
  });
});

describe('why botocore would fail: the words a refusal of the step quotes', () => {
  const KEYS = 'aws_access_key_id = AKIAP\naws_secret_access_key = s\n';
  test.each([
    [
      'keys without a secret',
      { AWS_ACCESS_KEY_ID: 'AKIAE' },
      files(),
      'AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY',
    ],
    [
      'a role without a source',
      { AWS_PROFILE: 'p' },
      files('[profile p]\nrole_arn = arn:aws:iam::1:role/r\n'),
      'role_arn without a source_profile that exists',
    ],
    [
      'a role with a source that is not there',
      { AWS_PROFILE: 'p' },
      files('[profile p]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = gone\n'),
      'role_arn without a source_profile that exists',
    ],
    [
      'a role with both sources',
      { AWS_PROFILE: 'p' },
      files(
        `[profile p]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = p\ncredential_source = EcsContainer\n${KEYS}`,
      ),
      'role_arn with both source_profile and credential_source',
    ],
    [
      'a role whose credential_source is the environment, which has no keys',
      { AWS_PROFILE: 'p' },
      files('[profile p]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n'),
      'credential_source Environment gives the role no credentials here',
    ],
    [
      'web identity without a role',
      { AWS_WEB_IDENTITY_TOKEN_FILE: '/t' },
      files(),
      'web identity is set up without a role ARN',
    ],
    [
      'half the keys in the credentials file',
      {},
      files(undefined, '[default]\naws_access_key_id = A\n'),
      'aws_access_key_id without aws_secret_access_key in the credentials file',
    ],
    [
      'half the keys in the config file',
      {},
      files('[default]\naws_access_key_id = A\n'),
      'aws_access_key_id without aws_secret_access_key in the config file',
    ],
    [
      'SSO settings without all four',
      { AWS_PROFILE: 'p' },
      files('[profile p]\nsso_account_id = 1\nsso_region = r\n'),
      'the profile is configured to use SSO but is missing sso_role_name, sso_start_url',
    ],
    [
      'a profile no file has',
      { AWS_DEFAULT_PROFILE: 'gone', AWS_PROFILE: 'p' },
      files(REGION, OUR_KEYS),
      'the config profile (gone) could not be found',
    ],
    [
      'a file it refuses',
      {},
      files('[a]\nk = 1\n[a]\nk = 2\n'),
      'it cannot read its config file (line 3: a second [a] section)',
    ],
    [
      'a credentials file it refuses',
      {},
      files(undefined, 'k = 1\n'),
      'it cannot read its credentials file (line 1: text before the first [section])',
    ],
  ] as const)('%s', (_name, env, f, why) => {
    expect(botocore.resolve(env, f())).toEqual({ ok: false, why });
  });

  test('a credential_source it can use: the role, as the AWS CLI assumes it', () => {
    const f = files(
      '[profile p]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Ec2InstanceMetadata\n',
    );
    expect(botocore.resolve({ AWS_PROFILE: 'p' }, f())).toEqual({
      ok: true,
      profile: 'p',
      source: { kind: 'assume-role', roleArn: 'arn:aws:iam::1:role/r' },
      region: undefined,
    });
  });

  test('a file that is not UTF-8: refused whole, as UnicodeDecodeError stops botocore', () => {
    expect(botocore.profiles('config', { text: '[default]\n', utf8: false }).refused).toBe('it is not UTF-8');
    expect(
      botocore.resolve({}, { config: { text: '[default]\n', utf8: false }, credentials: NO_FILE }),
    ).toEqual({
      ok: false,
      why: 'it cannot read its config file (it is not UTF-8)',
    });
  });
});
