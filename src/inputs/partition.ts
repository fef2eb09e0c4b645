// Which AWS partition a region or an ARN is in, decided from the SDK's own partition data
// (partitions.ts, generated), the way the SDK's partition() decides: a listed region first, then
// each partition's region pattern. Unlike the SDK, an unknown region is not quietly taken for
// "aws": it is a typo to report before any request.

import { PARTITIONS } from './partitions.js';

/** Compiled once, on first use. */
let patterns: { id: string; regex: RegExp }[] | undefined;

/** The partition id (aws, aws-cn, aws-eusc, ...) of a region; undefined when none claims it. */
export function partitionOf(region: string): string | undefined {
  const listed = PARTITIONS.find((p) => p.regions.includes(region));
  if (listed) return listed.id;
  patterns ??= PARTITIONS.map((p) => ({ id: p.id, regex: new RegExp(p.regionRegex) }));
  return patterns.find((p) => p.regex.test(region))?.id;
}

/** Whether an ARN's partition field names a partition AWS has. */
export function isPartition(id: string): boolean {
  return PARTITIONS.some((p) => p.id === id);
}

/** For messages: "aws, aws-cn, ..." */
export const PARTITION_IDS = PARTITIONS.map((p) => p.id).join(', ');
