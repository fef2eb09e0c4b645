// What STS sends back, checked before use: the assumed-role ARN must be a session of the role asked for.

import { describe, expect, test } from '@jest/globals';
import { ExpiredCredentialsError, MalformedResponseError, UnexpectedRoleError } from '../../../src/errors.js';
import { checkAssumedRole, checked, refuseExpired } from '../../../src/sts/sts-values.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';

describe('checkAssumedRole', () => {
  test.each([
    ['a session of the role', 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions', ROLE],
    [
      'a role with a path',
      'arn:aws:sts::123456789012:assumed-role/deploy/s',
      'arn:aws:iam::123456789012:role/ci/cd/deploy',
    ],
    [
      'another partition, consistent',
      'arn:aws-cn:sts::123456789012:assumed-role/deploy/s',
      'arn:aws-cn:iam::123456789012:role/deploy',
    ],
  ])('%s: accepted', (_name, assumed, role) => {
    expect(checkAssumedRole(assumed, role)).toBe(assumed);
  });

  test.each([
    [
      'another account',
      'arn:aws:sts::999999999999:assumed-role/deploy/s',
      'the account (999999999999, not 123456789012) differs',
    ],
    [
      'another role',
      'arn:aws:sts::123456789012:assumed-role/admin/s',
      'the role name (admin, not deploy) differs',
    ],
    [
      'another partition',
      'arn:aws-us-gov:sts::123456789012:assumed-role/deploy/s',
      'the partition (aws-us-gov, not aws) differs',
    ],
    [
      'all three',
      'arn:aws-cn:sts::999999999999:assumed-role/x/s',
      'the partition (aws-cn, not aws), the account (999999999999, not 123456789012), the role name (x, not deploy) differs',
    ],
    ['not an assumed-role ARN', 'arn:aws:iam::123456789012:user/deploy', 'it is not an assumed-role ARN'],
  ])('%s: refused, naming what differs', (_name, assumed, said) => {
    expect(() => checkAssumedRole(assumed, ROLE)).toThrow(UnexpectedRoleError);
    expect(() => checkAssumedRole(assumed, ROLE)).toThrow(
      `STS answered with credentials for ${assumed}, which is not a session of ${ROLE}: ${said}; they were not used`,
    );
  });
});

describe('refuseExpired: at least 60 s of validity, by this runner\u2019s clock', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  test.each([
    ['60 s left', 60_000, true],
    ['60.001 s left', 60_001, true],
    ['59.999 s left', 59_999, false],
    ['expired', -1_000, false],
  ])('%s', (_name, left, ok) => {
    const check = () => refuseExpired(new Date(now + left), now);
    if (ok) expect(check).not.toThrow();
    else expect(check).toThrow(ExpiredCredentialsError);
  });

  test('an Expiration that is not a time is refused too', () => {
    expect(() => refuseExpired(new Date('nonsense'), now)).toThrow(/is not a time by this runner's clock/);
  });
});

describe('checked: the shapes STS documents, at their limits', () => {
  test.each([
    ['AccessKeyId', 'A'.repeat(16), true],
    ['AccessKeyId', 'A'.repeat(15), false],
    ['AccessKeyId', 'A'.repeat(128), true],
    ['AccessKeyId', 'A'.repeat(129), false],
    ['SecretAccessKey', 'x'.repeat(1024), true],
    ['SecretAccessKey', 'x'.repeat(1025), false],
    ['SecretAccessKey', 'a b', false],
    ['SessionToken', 'x'.repeat(16384), true],
    ['SessionToken', 'x'.repeat(16385), false],
    ['Account', '123456789012', true],
    ['Account', '12345678901', false],
  ] as const)('%s of %#: %s', (field, value, ok) => {
    if (ok) expect(checked(field, value)).toBe(value);
    else expect(() => checked(field, value)).toThrow(MalformedResponseError);
  });
});

describe('the words of each refusal', () => {
  test('a value of the wrong shape: named, described, never shown', () => {
    expect(() => checked('AccessKeyId', 'ASIA\nEVIL')).toThrow(
      'STS returned a AccessKeyId that is not 16 to 128 upper-case letters and digits (no spaces or line breaks); it was not used',
    );
  });

  test('expired credentials: how far off, both times, and what is needed', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    expect(() => refuseExpired(new Date(now + 30_000), now)).toThrow(
      "STS issued credentials whose Expiration (2026-01-01T00:00:30.000Z) is 30 s from this runner's clock (2026-01-01T00:00:00.000Z); they need at least 60 s",
    );
    expect(() => refuseExpired(new Date(Number.NaN), now)).toThrow(
      "STS issued credentials whose Expiration (invalid) is not a time by this runner's clock (2026-01-01T00:00:00.000Z); they need at least 60 s",
    );
    expect(() => refuseExpired(new Date(now + 60_000), now)).not.toThrow();
  });

  test.each([
    [`x${ROLE}`, 'arn:aws:sts::123456789012:assumed-role/deploy/s'],
    [`${ROLE}/`, 'arn:aws:sts::123456789012:assumed-role/deploy/s'],
    [ROLE, 'xarn:aws:sts::123456789012:assumed-role/deploy/s'],
    [ROLE, 'arn:aws:sts::123456789012:assumed-role/deploy/s/extra'],
  ])('an ARN with something before or after it is no ARN: %s, %s', (role, assumed) => {
    expect(() => checkAssumedRole(assumed, role)).toThrow(UnexpectedRoleError);
  });

  test('a role ARN that does not parse: each part said with what was asked as undefined', () => {
    expect(() => checkAssumedRole('arn:aws:sts::123456789012:assumed-role/deploy/s', 'not-an-arn')).toThrow(
      'the partition (aws, not undefined), the account (123456789012, not undefined), the role name (deploy, not undefined) differs',
    );
  });
});
