// Where and who: aws-region and role-to-assume.

import type { Partition, Role } from './config.js';
import type { Fields } from './fields.js';

// IAM role path and name rules (IAM API reference, CreateRole): the path is printable ASCII between
// slashes, the name 1-64 of [\w+=,.@-]. Partitions limited to those STS serves.
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-isob-east-1 ...
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

export interface Target {
  readonly region: string;
  /** undefined when role-to-assume is empty, or failed to parse. */
  readonly role: Role | undefined;
}

export function regionPartition(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function parseTarget(f: Fields): Target {
  const region = f.read('aws-region');
  if (region === '') {
    f.say(
      'aws-region',
      `Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.`,
    );
  } else if (!REGION.test(region)) {
    f.bad(
      'aws-region',
      region,
      'not an AWS region name',
      'Use a region code such as us-east-1 or eu-west-2.',
    );
  }
  return { region, role: parseRole(f, regionPartition(region)) };
}

function parseRole(f: Fields, regionsPartition: Partition): Role | undefined {
  const input = f.read('role-to-assume');
  if (input === '') return undefined;
  const m = ROLE_ARN.exec(input);
  if (m) {
    const [, partition, accountId, roleName] = m as unknown as [string, Partition, string, string];
    return { partition, accountId, roleName, arn: input };
  }
  if (ROLE_NAME.test(input)) {
    return { partition: regionsPartition, accountId: undefined, roleName: input, arn: undefined };
  }
  f.bad(
    'role-to-assume',
    input,
    'not an IAM role ARN',
    'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name> (aws-cn and aws-us-gov partitions work too).',
  );
  return undefined;
}
