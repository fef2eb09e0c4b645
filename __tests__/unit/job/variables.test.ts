// Which variables the step exports and which the post step writes back, checked against both
// tools' models (tools/): after the main step every tool resolves the step's keys; after the post
// step every tool resolves what it resolved before the main step. Every profile variable unset,
// empty, naming a profile that exists and one that does not.

import { describe, expect, test } from '@jest/globals';
import { type AfterView, exportsFor, restoreFor, type Target } from '../../../src/job/variables.js';
import { botocore } from '../../../src/tools/botocore.js';
import type { Env, Files } from '../../../src/tools/resolution.js';
import { resolveEach } from '../../../src/tools/view.js';

const KEYS = { AWS_ACCESS_KEY_ID: 'ASIASTEP', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't' };
const keysMode: Target = { keys: KEYS, clearKeys: false, profile: undefined, region: 'us-east-1', files: {} };
const profileMode: Target = {
  keys: undefined,
  clearKeys: false,
  profile: 'ci',
  region: undefined,
  files: {},
};

/** A user's files: a [default] profile or none, and a [profile other]. */
function filesWith(defaultProfile: boolean): Files {
  const config = `${defaultProfile ? '[default]\nregion = eu-west-1\n' : ''}[profile other]\nregion = ap-south-1\n`;
  return { config: { text: config, utf8: true }, credentials: { text: undefined, utf8: true } };
}
/** The same, with the job's profile ci (its keys) appended, as the job's copy has it. */
function withJobProfile(files: Files): Files {
  const text = `${files.config.text}\n[profile ci]\naws_access_key_id = ASIASTEP\naws_secret_access_key = s\n`;
  return { ...files, config: { text, utf8: true } };
}
/** And with an empty [default] appended, where the step adds one. */
const withEmptyDefault = (files: Files): Files => ({
  ...files,
  config: { text: `${files.config.text}\n[default]\n`, utf8: true },
});
const exists = (files: Files) => (name: string) =>
  botocore.profiles('config', files.config).profiles.has(name) ||
  botocore.profiles('credentials', files.credentials).profiles.has(name);
const view = (files: Files): AfterView => ({
  exists: exists(files),
  region: () => undefined,
  defaultFile: () => '/home/u/.aws/config',
});
const sources = (env: Env, files: Files) =>
  [...resolveEach(env, () => files).values()].map((r) => (r.ok ? r.source : r.why));

// Each profile variable: unset, "", a profile that exists, one that does not.
const STATES = [undefined, '', 'default', 'other', 'missing'] as const;
const rows = STATES.flatMap((AWS_PROFILE) =>
  STATES.flatMap((AWS_DEFAULT_PROFILE) =>
    [true, false].map((hasDefault) => ({ AWS_PROFILE, AWS_DEFAULT_PROFILE, hasDefault })),
  ),
);
const envOf = (r: (typeof rows)[number]): Env =>
  Object.fromEntries(
    Object.entries({ AWS_PROFILE: r.AWS_PROFILE, AWS_DEFAULT_PROFILE: r.AWS_DEFAULT_PROFILE }).filter(
      ([, v]) => v !== undefined,
    ),
  );

describe('keys mode: every tool resolves the keys, whatever profile variables the job had', () => {
  test.each(rows)(
    'AWS_PROFILE $AWS_PROFILE, AWS_DEFAULT_PROFILE $AWS_DEFAULT_PROFILE, a [default]: $hasDefault',
    (row) => {
      const before = envOf(row);
      const user = filesWith(row.hasDefault);
      const out = exportsFor(keysMode, before, exists(user));
      const files = out.emptyDefault ? withEmptyDefault(user) : user;
      const after = { ...before, ...out.env };
      expect(sources(after, files)).toEqual([
        { kind: 'env', accessKeyId: 'ASIASTEP' },
        { kind: 'env', accessKeyId: 'ASIASTEP' },
      ]);
      // Nothing is touched that did not need to be.
      if (
        row.AWS_PROFILE === undefined &&
        (row.AWS_DEFAULT_PROFILE === undefined || row.AWS_DEFAULT_PROFILE === 'other')
      )
        expect(Object.keys(out.env).filter((n) => n.includes('PROFILE'))).toEqual([]);
      // The post step: each tool as before the step.
      const restored = restoreFor(Object.keys(out.env), before, after, view(user));
      const end = { ...after, ...restored.env };
      expect(sources(end, restored.emptyDefault ? withEmptyDefault(user) : user)).toEqual(
        sources(before, user),
      );
    },
  );
});

describe('profile mode: every tool resolves the profile; after the post step, what it did before', () => {
  test.each(rows)(
    'AWS_PROFILE $AWS_PROFILE, AWS_DEFAULT_PROFILE $AWS_DEFAULT_PROFILE, a [default]: $hasDefault',
    (row) => {
      const before = envOf(row);
      const user = filesWith(row.hasDefault);
      const out = exportsFor(profileMode, before, exists(user));
      const after = { ...before, ...out.env };
      expect(sources(after, withJobProfile(user))).toEqual([
        { kind: 'keys', file: 'config', accessKeyId: 'ASIASTEP' },
        { kind: 'keys', file: 'config', accessKeyId: 'ASIASTEP' },
      ]);
      const restored = restoreFor(Object.keys(out.env), before, after, view(user));
      const end = { ...after, ...restored.env };
      expect(sources(end, restored.emptyDefault ? withEmptyDefault(user) : user)).toEqual(
        sources(before, user),
      );
    },
  );

  test('IRSA: AWS_WEB_IDENTITY_TOKEN_FILE would come before the profile in botocore: it is made "", then written back', () => {
    const before = {
      AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/token',
      AWS_ROLE_ARN: 'arn:aws:iam::1:role/pod',
    };
    const out = exportsFor(profileMode, before, () => false);
    expect(out.env).toEqual({ AWS_PROFILE: 'ci', AWS_WEB_IDENTITY_TOKEN_FILE: '' });
    const after = { ...before, ...out.env };
    expect(sources(after, withJobProfile(filesWith(false)))[0]).toEqual({
      kind: 'keys',
      file: 'config',
      accessKeyId: 'ASIASTEP',
    });
    expect(sources(before, withJobProfile(filesWith(false)))[0]).toEqual({
      kind: 'web-identity',
      from: 'environment',
    });
    expect(restoreFor(Object.keys(out.env), before, after, view(filesWith(false))).env).toMatchObject({
      AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/token',
    });
  });

  test('with the keys exported too, botocore takes the keys first: the token file is left as it is', () => {
    const before = { AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::1:role/pod' };
    expect(exportsFor({ ...profileMode, keys: KEYS }, before, () => false).env).not.toHaveProperty(
      'AWS_WEB_IDENTITY_TOKEN_FILE',
    );
  });
});

describe('the post step writes back', () => {
  const v: AfterView = {
    exists: (n) => n === 'default',
    region: (variable, profile) =>
      variable === 'AWS_REGION' && profile === undefined ? 'eu-west-1' : undefined,
    defaultFile: (name) => `/home/u/.aws/${name === 'AWS_CONFIG_FILE' ? 'config' : 'credentials'}`,
  };
  test.each([
    ['a key that was unset: "" (both tools read it as unset)', 'AWS_ACCESS_KEY_ID', {}, ''],
    [
      'a key an earlier step exported: its value',
      'AWS_ACCESS_KEY_ID',
      { AWS_ACCESS_KEY_ID: 'AKIAOLD' },
      'AKIAOLD',
    ],
    ['a variable that was "": ""', 'AWS_CONFIG_FILE', { AWS_CONFIG_FILE: '' }, ''],
    ['a file variable that was unset: the default path', 'AWS_CONFIG_FILE', {}, '/home/u/.aws/config'],
    ['a region that was unset: the profile’s, for the tool that reads it', 'AWS_REGION', {}, 'eu-west-1'],
    [
      'a region that was unset and no profile gives: left as the step set it',
      'AWS_DEFAULT_REGION',
      {},
      undefined,
    ],
  ])('%s', (_, name, before, value) => {
    expect(restoreFor([name], before, { [name]: 'x' }, v).env[name]).toBe(value);
  });

  test('a variable a later step changed is not in `ours`, and is not written', () => {
    expect(restoreFor([], {}, { AWS_PROFILE: 'theirs' }, v).env).toEqual({});
  });
});

// What each branch exports and says, word for word: the tools' view above shows that the values
// work; these show which values, and the line that tells the user why.
describe('exportsFor, word for word', () => {
  const none = () => false;
  const EARLIER = { AWS_ACCESS_KEY_ID: 'AKIAEARLIER', AWS_SECRET_ACCESS_KEY: 'e', AWS_SESSION_TOKEN: '' };
  test.each([
    [
      'profile mode, an earlier step left two keys: all three cleared, said by name',
      profileMode,
      EARLIER,
      {
        env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '', AWS_PROFILE: 'ci' },
        said: [
          'Cleared AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY left by an earlier step: the AWS CLI would use them instead of the profile.',
        ],
      },
    ],
    [
      'profile mode with keys exported beside it: nothing cleared',
      { ...profileMode, keys: KEYS },
      EARLIER,
      { env: { AWS_PROFILE: 'ci', ...KEYS }, said: [] },
    ],
    [
      'profile mode, IRSA in the job: its token file made "", said',
      profileMode,
      { AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token', AWS_DEFAULT_PROFILE: 'x' },
      {
        env: { AWS_PROFILE: 'ci', AWS_DEFAULT_PROFILE: 'ci', AWS_WEB_IDENTITY_TOKEN_FILE: '' },
        said: ['Cleared AWS_WEB_IDENTITY_TOKEN_FILE: the AWS CLI would use it instead of the profile.'],
      },
    ],
    [
      'profile mode, IRSA in the job, keys beside the profile: the token file left, nothing said',
      { ...profileMode, keys: KEYS },
      { AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token' },
      { env: { AWS_PROFILE: 'ci', ...KEYS }, said: [] },
    ],
    [
      'keys mode, AWS_PROFILE naming a missing profile: "" and a default that has to be added, said',
      keysMode,
      { AWS_PROFILE: 'missing' },
      {
        env: {
          AWS_PROFILE: '',
          AWS_DEFAULT_PROFILE: 'default',
          AWS_REGION: 'us-east-1',
          AWS_DEFAULT_REGION: 'us-east-1',
          ...KEYS,
        },
        said: [
          'Set AWS_PROFILE="", AWS_DEFAULT_PROFILE="default": with the profile an earlier step named, the AWS SDK for JavaScript would not use these keys, and the AWS CLI needs a profile that exists.',
        ],
        emptyDefault: true,
      },
    ],
    [
      'keys mode, AWS_DEFAULT_PROFILE="" set: a profile that exists chosen, no file added',
      keysMode,
      { AWS_DEFAULT_PROFILE: '', AWS_PROFILE: 'other' },
      {
        env: {
          AWS_PROFILE: '',
          AWS_DEFAULT_PROFILE: 'other',
          AWS_REGION: 'us-east-1',
          AWS_DEFAULT_REGION: 'us-east-1',
          ...KEYS,
        },
        emptyDefault: false,
      },
    ],
    [
      'keys mode, nothing named: only the keys and the region, nothing said',
      keysMode,
      {},
      {
        env: { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1', ...KEYS },
        said: [],
        emptyDefault: false,
      },
    ],
    [
      'unset-current-credentials without keys or a profile: the three blanked, nothing said',
      {
        keys: undefined,
        clearKeys: true,
        profile: undefined,
        region: undefined,
        files: { AWS_CONFIG_FILE: '/j/config' },
      },
      EARLIER,
      {
        env: {
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_SESSION_TOKEN: '',
          AWS_CONFIG_FILE: '/j/config',
        },
        said: [],
        emptyDefault: false,
      },
    ],
  ] as const)('%s', (_name, target, env, expected) => {
    const out = exportsFor(target as Target, env, (n) => n === 'other');
    expect(out).toMatchObject(expected);
    expect(Object.keys(out.env).sort()).toEqual(Object.keys(expected.env).sort());
    expect(exportsFor(target as Target, env, none).said.length).toBeLessThanOrEqual(1);
  });
});

describe('restoreFor, word for word', () => {
  const at = (exists: boolean, region?: string): AfterView => ({
    exists: () => exists,
    region: (variable, profile) => (region ? `${region}:${variable}:${profile}` : undefined),
    defaultFile: (variable) => `/home/u/.aws/${variable === 'AWS_CONFIG_FILE' ? 'config' : 'credentials'}`,
  });
  test.each([
    [
      'a value that was set: back to it',
      ['AWS_PROFILE'],
      { AWS_PROFILE: 'p' },
      {},
      at(true),
      { AWS_PROFILE: 'p' },
      false,
    ],
    ['a key that was unset: ""', ['AWS_ACCESS_KEY_ID'], {}, {}, at(true), { AWS_ACCESS_KEY_ID: '' }, false],
    [
      'the files: their ~/.aws paths',
      ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'],
      {},
      {},
      at(true),
      { AWS_CONFIG_FILE: '/home/u/.aws/config', AWS_SHARED_CREDENTIALS_FILE: '/home/u/.aws/credentials' },
      false,
    ],
    [
      'regions: what each tool reads from the profile it then reads',
      ['AWS_REGION', 'AWS_DEFAULT_REGION'],
      { AWS_PROFILE: 'p' },
      {},
      at(true, 'r'),
      { AWS_REGION: 'r:AWS_REGION:p', AWS_DEFAULT_REGION: 'r:AWS_DEFAULT_REGION:p' },
      false,
    ],
    ['a region no profile gives: left', ['AWS_REGION'], {}, {}, at(true), {}, false],
    [
      'AWS_DEFAULT_PROFILE that was unset, AWS_PROFILE set: the profile it named',
      ['AWS_DEFAULT_PROFILE'],
      { AWS_PROFILE: 'p' },
      {},
      at(true),
      { AWS_DEFAULT_PROFILE: 'p' },
      false,
    ],
    [
      'both profile variables unset, a default profile there: "" and default',
      ['AWS_PROFILE'],
      {},
      {},
      at(true),
      { AWS_PROFILE: '', AWS_DEFAULT_PROFILE: 'default' },
      false,
    ],
    [
      'the same without a default profile: an empty one added',
      ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'],
      {},
      {},
      at(false),
      { AWS_PROFILE: '', AWS_DEFAULT_PROFILE: 'default' },
      true,
    ],
    [
      'a later step set AWS_DEFAULT_PROFILE: left to it',
      ['AWS_PROFILE'],
      {},
      { AWS_DEFAULT_PROFILE: 'later' },
      at(false),
      { AWS_PROFILE: '' },
      false,
    ],
    [
      'AWS_DEFAULT_PROFILE=default that was the job\u2019s own: no stand-in needed',
      ['AWS_DEFAULT_PROFILE'],
      { AWS_DEFAULT_PROFILE: 'default' },
      {},
      at(false),
      { AWS_DEFAULT_PROFILE: 'default' },
      false,
    ],
  ] as const)('%s', (_name, ours, before, now, afterView, env, emptyDefault) => {
    expect(restoreFor(ours, before, now, afterView)).toEqual({ env, emptyDefault });
  });
});
