// What STS sends back, checked before use: the assumed-role ARN must be a session of the role asked for.

import { describe, expect, test } from '@jest/globals';
import { UnexpectedRoleError } from '../../src/errors.js';
import { checkAssumedRole } from '../../src/sts-values.js';

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
