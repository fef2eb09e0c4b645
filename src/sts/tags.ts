// Session tags for AssumeRole: who and what asked for the session, from the run's facts. Pure.

import type { RunFacts } from '../github/run-facts.js';
import type { SessionSettings } from '../inputs/config.js';
import { AUTOMATIC_TAGS, DROPPABLE_TAGS } from '../inputs/custom-tags.js';

type TagKey = (typeof AUTOMATIC_TAGS)[number] | (typeof DROPPABLE_TAGS)[number];

export interface SessionTags {
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  /** Keys that may go when STS says the packed policy is too large. */
  readonly droppable: readonly string[];
}

/** No tags: a web identity session, or role-skip-session-tagging. */
export const NO_TAGS: SessionTags = { tags: [], droppable: [] };

const MAX_TAG_VALUE = 256;

/** STS tag values allow letters, spaces, digits and _ . : / = + - @; anything else becomes _. */
export function sanitizeTagValue(value: string): string {
  return [...value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_')].slice(0, MAX_TAG_VALUE).join('');
}

const SOURCES: Record<TagKey, keyof RunFacts> = {
  Repository: 'repository',
  Workflow: 'workflow',
  Action: 'action',
  Actor: 'actor',
  Commit: 'sha',
  Branch: 'ref',
  EventName: 'eventName',
  BaseRef: 'baseRef',
  HeadRef: 'headRef',
  RunId: 'runId',
  Job: 'job',
  TriggeringActor: 'triggeringActor',
};

export function sessionTags(
  config: Pick<SessionSettings, 'skipSessionTagging' | 'customTags' | 'transitiveTagKeys'>,
  facts: RunFacts,
): SessionTags {
  if (config.skipSessionTagging) return NO_TAGS;
  const from = (keys: readonly TagKey[]) =>
    keys.flatMap((Key) => {
      const value = facts[SOURCES[Key]] ?? '';
      return value === '' ? [] : [{ Key, Value: sanitizeTagValue(value) }];
    });
  const droppable = from(DROPPABLE_TAGS);
  return {
    tags: [...from(AUTOMATIC_TAGS), ...droppable, ...config.customTags],
    // Only droppable tags that transitive-tag-keys does not name: STS needs those present.
    droppable: droppable.map((t) => t.Key).filter((k) => !config.transitiveTagKeys.includes(k)),
  };
}
