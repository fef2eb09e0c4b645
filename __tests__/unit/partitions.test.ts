// Regions and partitions from the SDK's own data: the generated table is the SDK's, every region
// the SDK lists maps to its partition, any string maps where the SDK's partition() maps it (or is
// refused where the SDK would only fall back to "aws"), and ARNs of every partition are accepted.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partition as sdkPartition } from '@aws-sdk/core/client';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { partitionRows } from '../../scripts/partitions.ts';
import { isPartition, partitionOf } from '../../src/aws/partition.js';
import { PARTITIONS } from '../../src/aws/partitions.js';
import { parseInputs } from '../../src/inputs/parse.js';
import type { InputName } from '../../src/inputs/spec.js';
import { ROOT } from '../../test-support/runner.ts';
import { sdkStsOrigin } from '../../test-support/sdk-endpoint.ts';

const parse = (inputs: Partial<Record<InputName, string>>) => () => parseInputs((n) => inputs[n] ?? '');

test('src/aws/partitions.ts is what npm run partitions writes from the installed SDK', async () => {
  expect(PARTITIONS).toEqual(await partitionRows());
});

test('the table has the partitions docs/partitions.md names, each with regions', () => {
  const ids = PARTITIONS.map((p) => p.id);
  expect(ids).toEqual(
    expect.arrayContaining(['aws', 'aws-cn', 'aws-us-gov', 'aws-eusc', 'aws-iso', 'aws-iso-b']),
  );
  for (const p of PARTITIONS) expect(p.regions.length).toBeGreaterThan(0);
});

test('every region the SDK lists maps to its partition, as the SDK maps it', () => {
  let checked = 0;
  for (const p of PARTITIONS) {
    for (const region of p.regions) {
      expect([region, partitionOf(region)]).toEqual([region, p.id]);
      expect(sdkPartition(region).name).toBe(p.id);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(40);
});

describe('any string', () => {
  const regionLike = fc.stringMatching(/^[a-z]{2,5}(-[a-z]{2,9}){1,2}-\d{1,2}$/);
  test('maps where the SDK maps it; undefined only where no partition claims it', () => {
    fc.assert(
      fc.property(fc.oneof(regionLike, fc.string()), (s) => {
        const ours = partitionOf(s);
        const claimed = PARTITIONS.some((p) => p.regions.includes(s) || new RegExp(p.regionRegex).test(s));
        expect(ours === undefined).toBe(!claimed);
        if (ours !== undefined) expect(ours).toBe(sdkPartition(s).name);
      }),
      { numRuns: 2000 },
    );
  });

  test('a region of a partition newer than the hand-written checks had, and the same without a digit', () => {
    expect(partitionOf('eusc-de-east-1')).toBe('aws-eusc');
    expect(partitionOf('us-isof-south-1')).toBe('aws-iso-f');
    expect(partitionOf('eu-isoe-west-1')).toBe('aws-iso-e');
    expect(partitionOf('us-east')).toBeUndefined();
    expect(partitionOf('xx-east-1')).toBeUndefined();
    expect(partitionOf('aws-global')).toBeUndefined();
  });
});

describe('inputs', () => {
  test.each([
    ['eusc-de-east-1', 'arn:aws-eusc:iam::123456789012:role/deploy'],
    ['us-iso-east-1', 'arn:aws-iso:iam::123456789012:role/deploy'],
    ['us-isob-east-1', 'arn:aws-iso-b:iam::123456789012:role/deploy'],
    ['cn-northwest-1', 'arn:aws-cn:iam::123456789012:role/deploy'],
  ])('%s with %s is accepted', (region, role) => {
    const config = parse({ 'aws-region': region, 'role-to-assume': role })();
    expect(config.region).toBe(region);
    expect(config.role?.partition).toBe(role.split(':')[1]);
  });

  test('a bare role name takes the region\u2019s partition', () => {
    expect(
      parse({
        'aws-region': 'eusc-de-east-1',
        'role-to-assume': 'deploy',
        'aws-access-key-id': 'AKIAEXAMPLE000000001',
        'aws-secret-access-key': 'example/secret/key/00000000000000000000',
      })().role?.partition,
    ).toBe('aws-eusc');
  });

  test('a region no partition claims: the input, what is wrong, the fix', () => {
    expect(parse({ 'aws-region': 'eu-wst-1x' })).toThrow(
      /^Input 'aws-region' is "eu-wst-1x": not a region of any AWS partition this action knows \(aws, aws-cn, .*\)\. Use a region code such as us-east-1/,
    );
  });

  test('an ARN partition that does not exist is named in the error', () => {
    expect(
      parse({ 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws-moon:iam::123456789012:role/x' }),
    ).toThrow(/not an IAM role ARN: aws-moon is not an AWS partition/);
    expect(
      parse({
        'aws-region': 'us-east-1',
        'managed-session-policies': 'arn:aws-moon:iam::aws:policy/ReadOnlyAccess',
      }),
    ).toThrow(/managed-session-policies/);
    expect(isPartition('aws-eusc')).toBe(true);
  });

  test('a role of another partition than the region\u2019s is refused before any request', () => {
    expect(
      parse({ 'aws-region': 'eusc-de-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy' }),
    ).toThrow(/the role is in partition aws but aws-region eusc-de-east-1 is in aws-eusc/);
  });
});

describe('docs/partitions.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'partitions.md'), 'utf8');
  // The matrix's rows: | `partition` | `region` | `host` | `host` | `host` | `host` |
  const rows = doc
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    )
    .map(([partition = '', region = '', ...hosts]) => ({ partition, region, hosts }));

  test('has one row for each partition of the SDK', () => {
    expect(rows.map((r) => r.partition).sort()).toEqual(PARTITIONS.map((p) => p.id).sort());
  });

  test.each(rows.map((r) => [r.partition, r] as const))(
    '%s: the region is in it, and each host is the one the SDK resolves (plain, FIPS, dual-stack, both)',
    async (_name, row) => {
      expect(partitionOf(row.region)).toBe(row.partition);
      const variants = [{}, { fips: true }, { dualstack: true }, { fips: true, dualstack: true }];
      const resolved = await Promise.all(
        variants.map(async (v) => new URL(await sdkStsOrigin(row.region, v)).hostname),
      );
      expect(row.hosts).toEqual(resolved);
    },
  );
});
