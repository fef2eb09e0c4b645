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
