// Where and who: aws-region and role-to-assume.

import { isRoleName, parseRoleArn } from '../aws/arn.js';
import { isPartition, PARTITION_IDS, partitionOf } from '../aws/partition.js';
import type { Partition, Role } from './config.js';
import type { Fields } from './fields.js';

export interface Target {
  readonly region: string;
  /** undefined when role-to-assume is empty, or failed to parse. */
  readonly role: Role | undefined;
}

export function parseTarget(f: Fields): Target {
  const region = f.read('aws-region');
  if (region === '') {
    f.say(
      'aws-region',
      `Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.`,
    );
  } else if (partitionOf(region) === undefined) {
    f.bad(
      'aws-region',
      region,
      `not a region of any AWS partition this action knows (${PARTITION_IDS})`,
      'Use a region code such as us-east-1, eu-west-2 or cn-north-1. A region of a partition newer than this release needs a newer release of the action.',
    );
  }
  return { region, role: parseRole(f, partitionOf(region) ?? 'aws') };
}

function parseRole(f: Fields, regionsPartition: Partition): Role | undefined {
  const input = f.read('role-to-assume');
  if (input === '') return undefined;
  const parts = parseRoleArn(input);
  if (parts && isPartition(parts.partition)) return { ...parts, arn: input };
  if (isRoleName(input)) {
    return { partition: regionsPartition, accountId: undefined, path: '/', roleName: input, arn: undefined };
  }
  f.bad(
    'role-to-assume',
    input,
    parts
      ? `not an IAM role ARN: ${parts.partition} is not an AWS partition (${PARTITION_IDS})`
      : 'not an IAM role ARN',
    'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>, with the partition of your account in place of aws (e.g. aws-cn, aws-us-gov).',
  );
  return undefined;
}
