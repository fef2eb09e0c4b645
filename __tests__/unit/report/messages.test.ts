// The step's one error line, for each kind of failure.

import { describe, expect, test } from '@jest/globals';
import {
  AccountNotAllowedError,
  ActionTimeoutError,
  type Classified,
  ExchangeError,
  type GaveUp,
  InputError,
  MissingIdTokenPermissionError,
  ProfileExistsError,
  ProfileFileError,
  SourceCredentialsError,
  UnsafePathError,
} from '../../../src/errors.js';
import type { Config } from '../../../src/inputs/config.js';
import { parseInputs } from '../../../src/inputs/parse.js';
import type { InputName } from '../../../src/inputs/spec.js';
import { failureMessage, troubleshootingLink } from '../../../src/report/messages.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const config = (inputs: Partial<Record<InputName, string>>): Config =>
  parseInputs((name) => ({ 'aws-region': 'us-east-1', ...inputs })[name] ?? '');

const classified = (over: Partial<Classified> = {}): Classified => ({
  action: 'fatal',
  code: 'AccessDenied',
  message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  stage: 'sts',
  hint: 'Check the trust policy.',
  ...over,
});
const exchangeError = (reason: GaveUp, attempts: number, over: Partial<Classified> = {}) =>
  new ExchangeError(classified(over), attempts, reason);

describe('complete errors are shown as they are, with where the guide says more', () => {
  test('input problems each carry their own fix: no link', () => {
    const error = new InputError(["Input 'aws-region' is required."]);
    expect(failureMessage(error, undefined, {})).toBe(error.message);
  });

  test.each([
    new MissingIdTokenPermissionError('Add permissions: id-token: write.'),
    new SourceCredentialsError('role-chaining is true, but ...'),
    new AccountNotAllowedError('111111111111', ['123456789012']),
    new ProfileExistsError('aws-profile exists.'),
    new ProfileFileError('Refused to write the AWS profile: x is a symbolic link.'),
  ])('%p', (error) => {
    expect(failureMessage(error, config({ 'role-to-assume': ROLE }), {})).toBe(
      `${error.message} Details: docs/troubleshooting.md#${error.code.toLowerCase()}`,
    );
  });
});

describe('the troubleshooting link', () => {
  test('the action as it ran: its repository and ref on its server; else the path in this repository', () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/aws-oidc-credentials', GITHUB_ACTION_REF: 'v1.2.0' };
    expect(troubleshootingLink('AccessDenied', env)).toBe(
      'https://github.com/acme/aws-oidc-credentials/blob/v1.2.0/docs/troubleshooting.md#accessdenied',
    );
    expect(troubleshootingLink('HTTP 503', { ...env, GITHUB_SERVER_URL: 'https://ghe.example.com' })).toBe(
      'https://ghe.example.com/acme/aws-oidc-credentials/blob/v1.2.0/docs/troubleshooting.md#http-5xx',
    );
    expect(troubleshootingLink('InvalidIdentityTokenException', {})).toBe(
      'docs/troubleshooting.md#invalididentitytoken',
    );
    expect(troubleshootingLink('ECONNRESET', {})).toBe('docs/troubleshooting.md#network-errors');
    expect(troubleshootingLink('ENOTFOUND', {})).toBe('docs/troubleshooting.md#enotfound');
  });
});

describe('the retry loop gave up', () => {
  test('fatal: what failed, how, the attempts, the code, the message and the next step', () => {
    expect(failureMessage(exchangeError('fatal', 1), config({ 'role-to-assume': ROLE }), {})).toBe(
      `Failed to assume role ${ROLE} with a GitHub OIDC token (1 attempt): AccessDenied: ` +
        'Not authorized to perform sts:AssumeRoleWithWebIdentity. Next: Check the trust policy. ' +
        'Details: docs/troubleshooting.md#accessdenied',
    );
  });

  test.each<[GaveUp, string]>([
    ['attempts', '(gave up after 12 attempts: retry-max-attempts)'],
    ['time', '(gave up after 12 attempts: retry time limit reached)'],
  ])('%s: says which bound ended it', (reason, said) => {
    expect(failureMessage(exchangeError(reason, 12), config({ 'role-to-assume': ROLE }))).toContain(said);
  });

  test('throttled past the budget: says it was throttling, and names the budget', () => {
    const error = new ExchangeError(
      classified({
        action: 'throttle',
        code: 'Throttling',
        message: 'Rate exceeded',
        hint: 'Spread out jobs.',
      }),
      15,
      'throttled',
      { throttleBudgetMs: 180_000 },
    );
    expect(failureMessage(error, config({ 'role-to-assume': ROLE }))).toContain(
      '(gave up after 15 attempts: STS kept throttling past the throttle budget of 180 s): Throttling: Rate exceeded.',
    );
  });

  test.each<[Partial<Record<InputName, string>>, Partial<Classified>, RegExp]>([
    [{ 'role-to-assume': ROLE }, { stage: 'token' }, /^Failed to get a GitHub OIDC token \(/],
    [
      { 'role-to-assume': ROLE, 'web-identity-token-file': '/t' },
      { stage: 'token' },
      /^Failed to read the web identity token from \/t \(/,
    ],
    [
      { 'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE', 'aws-secret-access-key': 's' },
      {},
      /^Failed to check the credentials with the access keys \(GetCallerIdentity\) \(/,
    ],
    [
      { 'role-to-assume': ROLE, 'role-chaining': 'true' },
      {},
      /with the credentials in the environment \(role-chaining\)/,
    ],
    [{ 'role-to-assume': ROLE, 'force-skip-oidc': 'true' }, {}, /with the runner's own credentials/],
  ])('%o: names the stage and the mode', (inputs, over, expected) => {
    expect(failureMessage(exchangeError('fatal', 1, over), config(inputs))).toMatch(expected);
  });

  test('a message without a full stop gets one before the hint', () => {
    const message = failureMessage(exchangeError('fatal', 1, { message: 'Rate exceeded' }), undefined, {});
    expect(message).toBe(
      'Failed to assume the role (1 attempt): AccessDenied: Rate exceeded. Next: Check the trust policy. Details: docs/troubleshooting.md#accessdenied',
    );
  });
});

describe('other failures', () => {
  test('action-timeout-s: the limit, the role, and that nothing was exported', () => {
    expect(failureMessage(new ActionTimeoutError(30), config({ 'role-to-assume': ROLE }))).toMatch(
      new RegExp(
        `^Timed out after 30 s \\(action-timeout-s\\) while assuming role ${ROLE}; nothing was exported\\.`,
      ),
    );
  });

  test('an error worded from inside is prefixed with what was being done', () => {
    expect(
      failureMessage(
        new UnsafePathError('x is a symbolic link'),
        config({ 'role-to-assume': 'deploy', 'force-skip-oidc': 'true' }),
      ),
    ).toBe('Failed to assume role deploy: x is a symbolic link');
    expect(failureMessage('a string', undefined)).toBe('Failed to assume the role: a string');
  });
});
