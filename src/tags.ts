// Session tags for AssumeRole: who and what asked for the session, from the runner's environment.
// Pure: the environment comes in as an argument.

import { AUTOMATIC_TAGS, type Config, DROPPABLE_TAGS } from './config.js';
import type { SessionTags } from './sts.js';

const MAX_TAG_VALUE = 256;

/** STS tag values allow letters, spaces, digits and _ . : / = + - @; anything else becomes _. */
export function sanitizeTagValue(value: string): string {
  return [...value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_')].slice(0, MAX_TAG_VALUE).join('');
}

const SOURCES: Record<(typeof AUTOMATIC_TAGS)[number] | (typeof DROPPABLE_TAGS)[number], string> = {
  Repository: 'GITHUB_REPOSITORY',
  Workflow: 'GITHUB_WORKFLOW',
  Action: 'GITHUB_ACTION',
  Actor: 'GITHUB_ACTOR',
  Commit: 'GITHUB_SHA',
  Branch: 'GITHUB_REF',
  EventName: 'GITHUB_EVENT_NAME',
  BaseRef: 'GITHUB_BASE_REF',
  HeadRef: 'GITHUB_HEAD_REF',
  RunId: 'GITHUB_RUN_ID',
  Job: 'GITHUB_JOB',
  TriggeringActor: 'GITHUB_TRIGGERING_ACTOR',
};

export function sessionTags(config: Config, env: NodeJS.ProcessEnv): SessionTags {
  if (config.skipSessionTagging) return { tags: [], droppable: [] };
  const from = (keys: readonly (keyof typeof SOURCES)[]) =>
    keys.flatMap((Key) => {
      const value = env[SOURCES[Key]] ?? '';
      return value === '' ? [] : [{ Key, Value: sanitizeTagValue(value) }];
    });
  const droppable = from(DROPPABLE_TAGS);
  return {
    tags: [...from(AUTOMATIC_TAGS), ...droppable, ...config.customTags],
    // Only droppable tags that transitive-tag-keys does not name: STS needs those present.
    droppable: droppable.map((t) => t.Key).filter((k) => !config.transitiveTagKeys.includes(k)),
  };
}
