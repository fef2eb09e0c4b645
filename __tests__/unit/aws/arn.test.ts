// The one grammar of ARNs: what is a role ARN and what its path and name are, what STS's session
// ARN says, which policy ARNs are taken, and that building an ARN from its parts gives it back.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  accountOfArn,
  arnOfRole,
  IDENTITY_ARN,
  iamArn,
  isRoleName,
  parseAssumedRoleArn,
  parseRoleArn,
  policyArnPartition,
  type RoleArnParts,
} from '../../../src/aws/arn.ts';

describe('parseRoleArn', () => {
  test.each([
    ['arn:aws:iam::123456789012:role/deploy', 'aws', '/', 'deploy'],
    ['arn:aws:iam::123456789012:role/team/deploy', 'aws', '/team/', 'deploy'],
    ['arn:aws-cn:iam::123456789012:role/a/b/deploy', 'aws-cn', '/a/b/', 'deploy'],
    [
      'arn:aws-us-gov:iam::123456789012:role/x+=,.@-_/Name.With@Chars',
      'aws-us-gov',
      '/x+=,.@-_/',
      'Name.With@Chars',
    ],
    ['arn:nopartition:iam::123456789012:role/deploy', 'nopartition', '/', 'deploy'],
  ])('%s: partition %s, path %s, name %s', (arn, partition, path, roleName) => {
    expect(parseRoleArn(arn)).toEqual({ partition, accountId: '123456789012', path, roleName });
  });

  test.each([
    ['a name alone', 'deploy'],
    ['an account of 11 digits', 'arn:aws:iam::12345678901:role/deploy'],
    ['a user', 'arn:aws:iam::123456789012:user/deploy'],
    ['a session', 'arn:aws:sts::123456789012:assumed-role/deploy/s'],
    ['a name of 65 characters', `arn:aws:iam::123456789012:role/${'a'.repeat(65)}`],
    ['a name with a character IAM refuses', 'arn:aws:iam::123456789012:role/de ploy'],
    ['a path with a space', 'arn:aws:iam::123456789012:role/te am/deploy'],
    ['no name', 'arn:aws:iam::123456789012:role/team/'],
    ['an upper-case partition', 'arn:AWS:iam::123456789012:role/deploy'],
  ])('%s: not a role ARN', (_name, text) => {
    expect(parseRoleArn(text)).toBeUndefined();
  });

  test('a role ARN built from its parts reads back as those parts', () => {
    const segment = fc.stringMatching(/^[\x21-\x2e\x30-\x7e]{1,8}$/);
    const parts = fc.record({
      partition: fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b'),
      accountId: fc.stringMatching(/^\d{12}$/),
      path: fc.array(segment, { maxLength: 3 }).map((s) => (s.length ? `/${s.join('/')}/` : '/')),
      roleName: fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
    });
    fc.assert(fc.property(parts, (p: RoleArnParts) => expect(parseRoleArn(arnOfRole(p))).toEqual(p)));
  });
});

test.each([
  ['deploy', true],
  ['a'.repeat(64), true],
  ['a'.repeat(65), false],
  ['team/deploy', false],
  ['', false],
])('isRoleName(%s): %s', (text, is) => {
  expect(isRoleName(text)).toBe(is);
});

test.each([
  [
    'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions',
    { partition: 'aws', accountId: '123456789012', roleName: 'deploy' },
  ],
  ['arn:aws:sts::123456789012:assumed-role/deploy', undefined],
  ['arn:aws:iam::123456789012:role/deploy', undefined],
])('parseAssumedRoleArn(%s)', (arn, parts) => {
  expect(parseAssumedRoleArn(arn)).toEqual(parts);
});

test.each([
  ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'aws'],
  ['arn:aws-cn:iam::123456789012:policy/team/mine', 'aws-cn'],
  ['arn:aws:iam::123456789012:role/deploy', undefined],
  [`arn:aws:iam::aws:policy/${'p'.repeat(513)}`, undefined],
])('policyArnPartition(%s): %s', (arn, partition) => {
  expect(policyArnPartition(arn)).toBe(partition);
});

test('iamArn names a resource of an account', () => {
  expect(iamArn('aws-cn', '123456789012', 'oidc-provider/token.actions.githubusercontent.com')).toBe(
    'arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
  );
});

describe('IDENTITY_ARN: an ARN STS may answer with', () => {
  test.each([
    ['arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions', true],
    ['arn:aws-us-gov:iam::123456789012:user/ci', true],
    ['arn:aws-iso-b:sts::123456789012:federated-user/x', true],
    [`arn:aws:sts::123456789012:${'r'.repeat(2048)}`, true],
    [`arn:aws:sts::123456789012:${'r'.repeat(2049)}`, false],
    ['xarn:aws:sts::123456789012:assumed-role/deploy/s', false],
    ['arn:aws:sts::123456789012:assumed-role/deploy/s x', false],
    ['arn:aws:sts::123456789012:assumed-role/deploy/s\n', false],
    ['arn::sts::123456789012:assumed-role/deploy/s', false],
    ['arn:AWS:sts::123456789012:assumed-role/deploy/s', false],
    ['arn:aws:s3::123456789012:bucket', false],
    ['arn:aws:sts::12345678901:assumed-role/deploy/s', false],
    ['arn:aws:sts::12345678901x:assumed-role/deploy/s', false],
    ['arn:aws:sts::123456789012:', false],
  ])('%s: %s', (arn, taken) => {
    expect(IDENTITY_ARN.test(arn)).toBe(taken);
  });
});

test.each([
  ['arn:aws:sts::123456789012:assumed-role/deploy/s', '123456789012'],
  ['arn:aws:iam::210987654321:root', '210987654321'],
  ['not-an-arn', ''],
])('accountOfArn(%s): %s', (arn, account) => {
  expect(accountOfArn(arn)).toBe(account);
});

test('a policy ARN is read from its start', () => {
  expect(policyArnPartition('xarn:aws:iam::aws:policy/ReadOnlyAccess')).toBeUndefined();
});
