// Which AWS partition a region or an ARN is in, decided from the SDK's own partition data
// (partitions.ts, generated). The SDK's partition() looks a region up in each partition's list,
// then tries the patterns in order; for every region the SDK lists, the first matching pattern is
// its own partition's (partitions.test checks it against the SDK at each regeneration), so the
// patterns alone decide here. Unlike the SDK, an unknown region is not quietly taken for "aws": it
// is a typo to report before any request.

import { PARTITIONS } from './partitions.js';

/** Compiled once, on first use. */
let patterns: { id: string; regex: RegExp }[] | undefined;

/** The partition id (aws, aws-cn, aws-eusc, ...) of a region; undefined when none claims it. */
export function partitionOf(region: string): string | undefined {
  patterns ??= PARTITIONS.map((p) => ({ id: p.id, regex: new RegExp(p.regionRegex) }));
  return patterns.find((p) => p.regex.test(region))?.id;
}

/** Whether an ARN's partition field names a partition AWS has. */
export function isPartition(id: string): boolean {
  return PARTITIONS.some((p) => p.id === id);
}

/** For messages: "aws, aws-cn, ..." */
export const PARTITION_IDS = PARTITIONS.map((p) => p.id).join(', ');
