// custom-tags: a JSON object of session tags, checked against STS's tag rules and this action's own keys.

import type { Tag } from './config.js';
import type { Fields } from './fields.js';

/** The tags this action sends with every AssumeRole (sts/tags.ts); custom-tags may not reuse them. */
export const AUTOMATIC_TAGS = ['Repository', 'Workflow', 'Action', 'Actor', 'Commit', 'Branch'] as const;
/** Sent too, but dropped first when STS answers PackedPolicyTooLarge. */
export const DROPPABLE_TAGS = ['EventName', 'BaseRef', 'HeadRef', 'RunId', 'Job', 'TriggeringActor'] as const;

// STS Tag: keys 1-128, values 0-256, of letters, spaces, digits and _ . : / = + - @.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_SESSION_TAGS = 50;
const OWN_TAGS = [...AUTOMATIC_TAGS, ...DROPPABLE_TAGS];
const FIX = 'Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.';

export function parseCustomTags(f: Fields): Tag[] {
  const raw = f.read('custom-tags');
  if (raw === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    f.bad('custom-tags', raw, `not JSON (${(error as Error).message})`, FIX);
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    f.bad('custom-tags', raw, 'not a JSON object', FIX);
    return [];
  }
  const tags = Object.entries(parsed).flatMap(([Key, Value]) => {
    const problem = tagProblem(Key, Value);
    if (problem === undefined) return [Object.freeze({ Key, Value: Value as string })];
    f.bad('custom-tags', raw, ...problem);
    return [];
  });
  const room = MAX_SESSION_TAGS - OWN_TAGS.length;
  if (tags.length > room) {
    f.bad(
      'custom-tags',
      raw,
      `it has ${tags.length} tags; with this action's own ${OWN_TAGS.length}, STS takes at most ${room}`,
      'Remove some tags.',
    );
  }
  return tags;
}

/** What is wrong with one tag and the fix, or undefined. */
function tagProblem(key: string, value: unknown): [what: string, fix: string] | undefined {
  const shown = JSON.stringify(key);
  if (typeof value !== 'string') return [`the value of ${shown} is not a string`, FIX];
  if (OWN_TAGS.some((k) => k.toLowerCase() === key.toLowerCase())) {
    return [
      `the key ${shown} is one this action sets itself`,
      `Rename it; ${OWN_TAGS.join(', ')} are reserved.`,
    ];
  }
  if (key.length < 1 || key.length > 128 || !TAG_TEXT.test(key) || /^aws:/i.test(key)) {
    return [
      `the key ${shown} is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:)`,
      FIX,
    ];
  }
  if (value.length > 256 || !TAG_TEXT.test(value)) {
    return [
      `the value of ${shown} is not a valid tag value (at most 256 letters, digits, spaces and _ . : / = + - @)`,
      FIX,
    ];
  }
  return undefined;
}
