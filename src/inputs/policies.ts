// Session policies: inline-session-policy (a JSON policy document) and managed-session-policies (ARNs).

import { policyArnPartition } from '../aws/arn.js';
import { isPartition } from '../aws/partition.js';
import type { Fields } from './fields.js';

const MAX_MANAGED_POLICIES = 10;

function isPolicyArn(arn: string): boolean {
  const partition = policyArnPartition(arn);
  return partition !== undefined && isPartition(partition);
}
const MAX_INLINE_POLICY = 2048;

/** The policy minified, as STS counts its size; undefined when empty or bad. */
export function parseInlinePolicy(f: Fields): string | undefined {
  const raw = f.read('inline-session-policy');
  if (raw === '') return undefined;
  const fix = 'Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    f.bad('inline-session-policy', raw, `not JSON (${(error as Error).message})`, fix);
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('Statement' in parsed)) {
    f.bad('inline-session-policy', raw, 'not a policy document (a JSON object with a Statement)', fix);
    return undefined;
  }
  const minified = JSON.stringify(parsed);
  if (minified.length > MAX_INLINE_POLICY) {
    f.bad(
      'inline-session-policy',
      raw,
      `it is ${minified.length} characters without whitespace; STS takes at most ${MAX_INLINE_POLICY}`,
      'Shorten it, or use managed-session-policies.',
    );
    return undefined;
  }
  return minified;
}

export function parseManagedPolicies(f: Fields): string[] {
  const arns = f.list('managed-session-policies');
  for (const arn of arns.filter((a) => !isPolicyArn(a))) {
    f.bad(
      'managed-session-policies',
      arn,
      'not an IAM policy ARN',
      'Use one ARN a line, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess.',
    );
  }
  if (arns.length > MAX_MANAGED_POLICIES) {
    f.say(
      'managed-session-policies',
      `Input 'managed-session-policies' lists ${arns.length} policies; STS takes at most ${MAX_MANAGED_POLICIES}. Merge some of them.`,
    );
  }
  return arns;
}
