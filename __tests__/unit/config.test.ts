import { resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import type { Config } from '../../src/inputs/config.js';
import { parseInputs } from '../../src/inputs/parse.js';
import {
  type InputName,
  SECRET_INPUTS,
  STANDARD_FALLBACKS,
  withEnvFallbacks,
} from '../../src/inputs/spec.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const BASE: Partial<Record<InputName, string>> = { 'aws-region': 'us-east-1', 'role-to-assume': ROLE };

function parse(inputs: Partial<Record<InputName, string>>): Config {
  return parseInputs((name) => inputs[name] ?? '');
}

function problemsOf(inputs: Partial<Record<InputName, string>>): string[] {
  try {
    parse(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return [...(error as InputError).problems];
  }
  throw new Error('expected an InputError');
}

describe('retry-max-attempts and throttling', () => {
  test('left unset: 12 attempts, throttled ones not counted', () => {
    expect(parse(BASE)).toMatchObject({ maxAttempts: 12, throttlesCount: false });
  });
  test.each([
    [{ 'retry-max-attempts': '12' }, 12],
    [{ 'retry-max-attempts': '3' }, 3],
    [{ 'disable-retry': 'true' }, 1],
  ])('given (%j): every attempt counts', (inputs, attempts) => {
    expect(parse({ ...BASE, ...inputs })).toMatchObject({ maxAttempts: attempts, throttlesCount: true });
  });
});

describe('defaults', () => {
  test('the two required inputs give the documented defaults', () => {
    expect(parse(BASE)).toEqual({
      region: 'us-east-1',
      mode: 'oidc',
      role: { arn: ROLE, partition: 'aws', accountId: '123456789012', path: '/', roleName: 'deploy' },
      accessKeys: undefined,
      webIdentityTokenFile: undefined,
      audience: 'sts.amazonaws.com',
      roleSessionName: 'GitHubActions',
      roleDurationSeconds: 3600,
      roleExternalId: undefined,
      skipSessionTagging: false,
      customTags: [],
      transitiveTagKeys: [],
      inlineSessionPolicy: undefined,
      managedSessionPolicies: [],
      profile: undefined,
      proxy: { url: undefined, noProxy: '', fromEnvironment: false },
      maskAccountId: false,
      outputCredentials: false,
      outputEnvCredentials: true,
      unsetCurrentCredentials: false,
      useExistingCredentials: false,
      specialCharactersWorkaround: false,
      allowedAccountIds: [],
      maxAttempts: 12,
      throttlesCount: false,
      actionTimeoutMs: undefined,
      stsEndpoint: undefined,
      httpTimeoutMs: 10_000,
      refreshCredentials: false,
      printTrustPolicy: false,
      trustPolicySub: 'token',
      githubToken: '',
      warnings: [],
    });
  });

  test('the result is frozen', () => {
    expect(Object.isFrozen(parse(BASE))).toBe(true);
  });
});

describe('good inputs', () => {
  test.each<[string, Partial<Record<InputName, string>>, Partial<Config>]>([
    ['role with a path', { 'role-to-assume': 'arn:aws:iam::123456789012:role/ci/github/deploy' }, {}],
    [
      'China partition',
      { 'aws-region': 'cn-north-1', 'role-to-assume': 'arn:aws-cn:iam::123456789012:role/r' },
      {},
    ],
    [
      'GovCloud',
      { 'aws-region': 'us-gov-west-1', 'role-to-assume': 'arn:aws-us-gov:iam::123456789012:role/r' },
      {},
    ],
    ['minimum duration', { 'role-duration-seconds': '900' }, { roleDurationSeconds: 900 }],
    ['maximum duration', { 'role-duration-seconds': '43200' }, { roleDurationSeconds: 43200 }],
    [
      'booleans True/TRUE',
      { 'mask-aws-account-id': 'True', 'output-credentials': 'TRUE' },
      { maskAccountId: true, outputCredentials: true },
    ],
    ['output-env-credentials FALSE', { 'output-env-credentials': 'FALSE' }, { outputEnvCredentials: false }],
    [
      'disable-retry wins over retry-max-attempts',
      { 'disable-retry': 'true', 'retry-max-attempts': '5' },
      { maxAttempts: 1 },
    ],
    ['retry-max-attempts 1', { 'retry-max-attempts': '1' }, { maxAttempts: 1 }],
    ['action-timeout-s', { 'action-timeout-s': '90' }, { actionTimeoutMs: 90_000 }],
    ['action-timeout-s 0 is no limit', { 'action-timeout-s': '0' }, { actionTimeoutMs: undefined }],
    [
      'sts-endpoint',
      { 'sts-endpoint': 'https://sts.eu-west-1.amazonaws.com' },
      { stsEndpoint: 'https://sts.eu-west-1.amazonaws.com' },
    ],
    [
      'http sts-endpoint',
      { 'sts-endpoint': 'http://127.0.0.1:4566' },
      { stsEndpoint: 'http://127.0.0.1:4566' },
    ],
    ['session name of 64', { 'role-session-name': 'a'.repeat(64) }, { roleSessionName: 'a'.repeat(64) }],
    [
      'session name symbols',
      { 'role-session-name': 'run+1=a,b.c@d_e-f' },
      { roleSessionName: 'run+1=a,b.c@d_e-f' },
    ],
    [
      'custom audience',
      { audience: 'https://github.com/octo-org' },
      { audience: 'https://github.com/octo-org' },
    ],
    ['http-timeout-s', { 'http-timeout-s': '3' }, { httpTimeoutMs: 3000 }],
  ])('%s', (_name, inputs, expected) => {
    expect(parse({ ...BASE, ...inputs })).toMatchObject(expected);
  });
});

describe('bad inputs: one message per problem, naming the input, showing the value, giving the fix', () => {
  test.each<[string, Partial<Record<InputName, string>>, RegExp]>([
    ['missing region', { 'aws-region': '' }, /^Input 'aws-region' is required\. Set it to .*us-east-1/],
    [
      'region with a newline',
      { 'aws-region': 'us-east-1\n' },
      /^Input 'aws-region' is "us-east-1\\n": not a region of any AWS partition this action knows \(aws, .*\)\. Use /,
    ],
    [
      'region in capitals',
      { 'aws-region': 'US-EAST-1' },
      /^Input 'aws-region' is "US-EAST-1": not a region of any AWS partition/,
    ],
    [
      'role name only',
      { 'role-to-assume': 'deploy' },
      /^Input 'role-to-assume' is "deploy": a role name alone works only with source credentials .* Use the full ARN/,
    ],
    [
      'role with a space',
      { 'role-to-assume': `${ROLE} ` },
      /^Input 'role-to-assume' is ".* ": not an IAM role ARN/,
    ],
    ['role with 11 digits', { 'role-to-assume': 'arn:aws:iam::12345678901:role/r' }, /not an IAM role ARN/],
    ['user ARN', { 'role-to-assume': 'arn:aws:iam::123456789012:user/u' }, /not an IAM role ARN/],
    [
      'role name of 65',
      { 'role-to-assume': `arn:aws:iam::123456789012:role/${'r'.repeat(65)}` },
      /not an IAM role ARN/,
    ],
    [
      'partition mismatch',
      { 'aws-region': 'cn-north-1' },
      /^Input 'role-to-assume' .*partition aws but aws-region cn-north-1 is in aws-cn/,
    ],
    [
      'duration 1e9',
      { 'role-duration-seconds': '1e9' },
      /^Input 'role-duration-seconds' is "1e9": it must be a whole number from 900 to 43200\. Use seconds/,
    ],
    [
      'duration too short',
      { 'role-duration-seconds': '899' },
      /"899": it must be a whole number from 900 to 43200/,
    ],
    ['duration too long', { 'role-duration-seconds': '43201' }, /"43201": it must be a whole number/],
    ['duration with unit', { 'role-duration-seconds': '1h' }, /"1h": it must be a whole number/],
    ['duration negative', { 'role-duration-seconds': '-900' }, /"-900": it must be a whole number/],
    [
      'session name of 65',
      { 'role-session-name': 'a'.repeat(65) },
      /^Input 'role-session-name' is "a{65}": it is 65 characters long, and STS needs 2 to 64\. Use e\.g\. GitHubActions/,
    ],
    [
      'session name of 1',
      { 'role-session-name': 'a' },
      /^Input 'role-session-name' is "a": it is 1 character long/,
    ],
    [
      'session name with a space',
      { 'role-session-name': 'my session' },
      /"my session": it contains " ", and STS allows only letters/,
    ],
    ['session name with a slash', { 'role-session-name': 'feature/x' }, /"feature\/x": it contains "\/"/],
    [
      'boolean yes',
      { 'mask-aws-account-id': 'yes' },
      /^Input 'mask-aws-account-id' is "yes": not a boolean\. Use true or false/,
    ],
    ['boolean 1', { 'disable-retry': '1' }, /^Input 'disable-retry' is "1": not a boolean/],
    [
      'boolean tRUE',
      { 'output-credentials': 'tRUE' },
      /^Input 'output-credentials' is "tRUE": not a boolean/,
    ],
    [
      'boolean output-env',
      { 'output-env-credentials': 'no' },
      /^Input 'output-env-credentials' is "no": not a boolean/,
    ],
    [
      'retry 0',
      { 'retry-max-attempts': '0' },
      /^Input 'retry-max-attempts' is "0": it must be a whole number at least 1\. Use 1/,
    ],
    [
      'retry 2.5',
      { 'retry-max-attempts': '2.5' },
      /^Input 'retry-max-attempts' is "2.5": it must be a whole number/,
    ],
    [
      'timeout negative',
      { 'action-timeout-s': '-1' },
      /^Input 'action-timeout-s' is "-1": it must be a whole number from 0 to 432000\. Use seconds/,
    ],
    ['timeout huge', { 'action-timeout-s': '99999999' }, /^Input 'action-timeout-s' is "99999999"/],
    [
      'http timeout 0',
      { 'http-timeout-s': '0' },
      /^Input 'http-timeout-s' is "0": it must be a whole number from 1 to 300/,
    ],
    [
      'endpoint not a URL',
      { 'sts-endpoint': 'sts.amazonaws.com' },
      /^Input 'sts-endpoint' is "sts.amazonaws.com": not an http\(s\) URL\. Use a URL such as/,
    ],
    [
      'endpoint ftp',
      { 'sts-endpoint': 'ftp://sts.amazonaws.com' },
      /^Input 'sts-endpoint' is "ftp:\/\/sts.amazonaws.com": not an http\(s\) URL/,
    ],
    [
      'audience with a space',
      { audience: 'sts amazonaws com' },
      /^Input 'audience' is "sts amazonaws com": it contains whitespace/,
    ],
  ])('%s', (_name, inputs, expected) => {
    const problems = problemsOf({ ...BASE, ...inputs });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  test('a password in sts-endpoint is refused and never echoed', () => {
    const [problem] = problemsOf({ ...BASE, 'sts-endpoint': 'https://user:hunter2@sts.amazonaws.com' });
    expect(problem).toMatch(/^Input 'sts-endpoint' contains a user name or password/);
    expect(problem).not.toContain('hunter2');
  });

  test('every problem is reported at once, in one error', () => {
    const error = (() => {
      try {
        parse({ 'aws-region': 'nowhere', 'role-to-assume': 'x', 'role-duration-seconds': '5' });
      } catch (e) {
        return e as InputError;
      }
      throw new Error('expected an InputError');
    })();
    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(
      /^3 inputs are invalid:\nInput 'aws-region'.*\nInput 'role-to-assume'.*\nInput 'role-duration-seconds'/,
    );
  });
});

describe('auth mode: chosen by the inputs given', () => {
  test.each<[string, Partial<Record<InputName, string>>, Config['mode']]>([
    ['role only: GitHub OIDC', { 'role-to-assume': ROLE }, 'oidc'],
    [
      'keys',
      { 'role-to-assume': '', 'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE', 'aws-secret-access-key': 's' },
      'access-keys',
    ],
    [
      'keys and role',
      { 'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE', 'aws-secret-access-key': 's' },
      'access-keys',
    ],
    ['token file', { 'web-identity-token-file': 'token' }, 'token-file'],
    ['role chaining', { 'role-chaining': 'true' }, 'role-chaining'],
    ['force-skip-oidc', { 'force-skip-oidc': 'true' }, 'ambient'],
    ['region only', { 'role-to-assume': '' }, 'ambient'],
  ])('%s', (_name, inputs, mode) => {
    expect(parse({ ...BASE, ...inputs }).mode).toBe(mode);
  });

  test('a relative web-identity-token-file is resolved against the workspace', () => {
    const config = parseInputs(
      (n) => ({ ...BASE, 'web-identity-token-file': 'sub/token' })[n as 'aws-region'] ?? '',
      '/ws',
    );
    expect(config).toMatchObject({ mode: 'token-file', webIdentityTokenFile: '/ws/sub/token' });
  });

  test('profile mode does not export keys unless output-env-credentials says so', () => {
    expect(parse({ ...BASE, 'aws-profile': 'p' }).outputEnvCredentials).toBe(false);
    expect(
      parse({ ...BASE, 'aws-profile': 'p', 'output-env-credentials': 'true' }).outputEnvCredentials,
    ).toBe(true);
  });

  test('secret inputs are never echoed', () => {
    const problems = problemsOf({
      ...BASE,
      'aws-access-key-id': 'not a key id',
      'aws-secret-access-key': 'hunter2',
    });
    expect(problems.join('\n')).not.toMatch(/not a key id|hunter2/);
  });
});

describe('environment fallbacks', () => {
  const read = (inputs: Record<string, string>, env: Record<string, string>) =>
    withEnvFallbacks((n) => inputs[n] ?? '', env);

  test('the input wins; else the upper-case variable', () => {
    expect(read({ 'role-to-assume': 'a' }, { ROLE_TO_ASSUME: 'b' })('role-to-assume')).toBe('a');
    expect(read({}, { ROLE_TO_ASSUME: 'b' })('role-to-assume')).toBe('b');
    expect(read({}, { ROLE_SESSION_NAME: 's' })('role-session-name')).toBe('s');
  });

  test('http-proxy: HTTPS_PROXY before HTTP_PROXY, either case', () => {
    expect(read({}, { HTTP_PROXY: 'http://h', HTTPS_PROXY: 'http://s' })('http-proxy')).toBe('http://s');
    expect(read({}, { http_proxy: 'http://h' })('http-proxy')).toBe('http://h');
    expect(read({}, { https_proxy: 'http://s', HTTP_PROXY: 'http://h' })('http-proxy')).toBe('http://s');
    expect(read({}, { no_proxy: '.internal' })('no-proxy')).toBe('.internal');
  });

  test('translate-env-variables: false: no input falls back but the standard proxy ones', () => {
    const env = {
      AWS_REGION: 'eu-west-1',
      ROLE_TO_ASSUME: 'b',
      ROLE_SESSION_NAME: 's',
      HTTPS_PROXY: 'http://p',
      NO_PROXY: '.internal',
    };
    for (const off of ['false', 'False', 'FALSE']) {
      const r = read({ 'translate-env-variables': off }, env);
      expect([r('aws-region'), r('role-to-assume'), r('role-session-name')]).toEqual(['', '', '']);
      expect([r('http-proxy'), r('no-proxy')]).toEqual(['http://p', '.internal']);
    }
    expect(STANDARD_FALLBACKS).toEqual(['http-proxy', 'no-proxy']);
    // Anything else keeps the fallbacks (a bad value is reported by parseInputs).
    expect(read({ 'translate-env-variables': 'true' }, env)('role-to-assume')).toBe('b');
    expect(read({ 'translate-env-variables': 'no' }, env)('role-to-assume')).toBe('b');
  });

  test('where a value came from: the environment, or with: (which the refresher may store)', () => {
    const fromEnv = read({}, { HTTPS_PROXY: 'http://p' });
    expect(fromEnv.fromEnvironment?.('http-proxy')).toBe(true);
    const fromInput = read({ 'http-proxy': 'http://p' }, { HTTPS_PROXY: 'http://p' });
    expect(fromInput.fromEnvironment?.('http-proxy')).toBe(false);
    expect(read({}, {}).fromEnvironment?.('http-proxy')).toBe(false);
    const parsed = (inputs: Record<string, string>, env: Record<string, string>) =>
      parseInputs(read({ 'aws-region': 'us-east-1', ...inputs }, env)).proxy;
    expect(parsed({}, { HTTPS_PROXY: 'http://u:pw@p:3128' })).toEqual({
      url: 'http://u:pw@p:3128',
      noProxy: '',
      fromEnvironment: true,
    });
    expect(parsed({ 'http-proxy': 'http://p:3128' }, {}).fromEnvironment).toBe(false);
  });

  test('secrets have no fallback: the SDK reads AWS_ACCESS_KEY_ID itself where that is meant', () => {
    expect(read({}, { AWS_ACCESS_KEY_ID: 'AKIA' })('aws-access-key-id')).toBe('');
  });

  test('a blank variable is passed over for the next one; values are trimmed; none set: empty', () => {
    expect(read({}, { HTTPS_PROXY: '  ', https_proxy: ' http://s ' })('http-proxy')).toBe('http://s');
    expect(read({}, { AWS_REGION: ' eu-west-1\n' })('aws-region')).toBe('eu-west-1');
    expect(read({}, {})('aws-region')).toBe('');
    expect(read({}, { NO_PROXY: '' })('no-proxy')).toBe('');
  });
});

describe('the Config is frozen all the way down', () => {
  test('nested objects and lists cannot be changed either', () => {
    const config = parse({
      ...BASE,
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'secret',
      'custom-tags': '{"Team":"a"}',
      'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'aws-profile': 'ci',
    });
    for (const part of [
      config,
      config.role,
      config.proxy,
      config.customTags,
      config.customTags[0],
      config.managedSessionPolicies,
      config.profile,
      config.warnings,
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(config.mode === 'access-keys' && Object.isFrozen(config.accessKeys)).toBe(true);
  });

  test('role-chaining keeps the role ARN; a token file keeps its absolute path', () => {
    expect(parse({ ...BASE, 'role-chaining': 'true' })).toMatchObject({
      mode: 'role-chaining',
      role: { arn: ROLE },
    });
    expect(parse({ ...BASE, 'web-identity-token-file': '/run/tok' })).toMatchObject({
      mode: 'token-file',
      webIdentityTokenFile: '/run/tok',
    });
  });

  test('a relative token file is resolved against the workspace given, else against the current directory', () => {
    const inputs = { ...BASE, 'web-identity-token-file': 'tok' };
    expect(parseInputs((n) => inputs[n] ?? '', '/workspace')).toMatchObject({
      webIdentityTokenFile: '/workspace/tok',
    });
    expect(parse(inputs)).toMatchObject({ webIdentityTokenFile: resolve('tok') });
  });
});

describe('the inputs table', () => {
  // main.ts masks these before anything else: a name missing here is a secret printed in clear.
  test('the secret inputs are the keys, the session token and the GitHub token, by name', () => {
    expect(SECRET_INPUTS).toEqual([
      'aws-access-key-id',
      'aws-secret-access-key',
      'aws-session-token',
      'github-token',
    ]);
  });
});
