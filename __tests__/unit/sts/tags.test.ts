// Session tags from the run's facts: what is sent, what is sanitised, what may be dropped.

import { describe, expect, test } from '@jest/globals';
import type { RunFacts } from '../../../src/github/run-facts.js';
import { sanitizeTagValue, sessionTags } from '../../../src/sts/tags.js';

const FACTS: RunFacts = {
  repository: 'octo-org/octo-repo',
  workflow: 'Deploy (prod)',
  action: '__self',
  actor: 'octocat',
  sha: 'ffac537e6cbbf934b08745a378932722df287a53',
  ref: 'refs/heads/main',
  eventName: 'push',
  runId: '1658821493',
  job: 'deploy',
  repositoryId: '456789',
  repositoryOwnerId: '123456',
  baseRef: undefined,
  headRef: undefined,
  triggeringActor: 'octocat',
};
const NONE = { skipSessionTagging: false, customTags: [], transitiveTagKeys: [] };

describe('sessionTags', () => {
  test('the six automatic tags, then the droppable ones that have a value, then custom-tags', () => {
    const { tags, droppable } = sessionTags(
      { ...NONE, customTags: [{ Key: 'Team', Value: 'platform' }] },
      FACTS,
    );
    expect(tags.map((t) => t.Key)).toEqual([
      'Repository',
      'Workflow',
      'Action',
      'Actor',
      'Commit',
      'Branch',
      'EventName',
      'RunId',
      'Job',
      'TriggeringActor',
      'Team',
    ]);
    expect(droppable).toEqual(['EventName', 'RunId', 'Job', 'TriggeringActor']);
    // The parentheses are not in STS's tag alphabet.
    expect(tags.find((t) => t.Key === 'Workflow')?.Value).toBe('Deploy _prod_');
  });

  test('a droppable tag named in transitive-tag-keys is never dropped', () => {
    const { droppable } = sessionTags({ ...NONE, transitiveTagKeys: ['RunId'] }, FACTS);
    expect(droppable).toEqual(['EventName', 'Job', 'TriggeringActor']);
  });

  test('role-skip-session-tagging sends none', () => {
    expect(sessionTags({ ...NONE, skipSessionTagging: true }, FACTS)).toEqual({ tags: [], droppable: [] });
  });

  test('a run without facts (not on a runner) sends no empty tags', () => {
    const empty = Object.fromEntries(Object.keys(FACTS).map((k) => [k, undefined])) as unknown as RunFacts;
    expect(sessionTags(NONE, empty)).toEqual({ tags: [], droppable: [] });
  });
});

describe('sanitizeTagValue', () => {
  test('keeps letters of any script, digits, spaces and _ . : / = + - @; replaces the rest with _', () => {
    expect(sanitizeTagValue('refs/heads/feat/ü-1+2=3@x:y.z')).toBe('refs/heads/feat/ü-1+2=3@x:y.z');
    expect(sanitizeTagValue('a"b<c>\n#$%')).toBe('a_b_c_____');
  });

  test('at most 256 characters, counted in code points, not UTF-16 units', () => {
    expect(sanitizeTagValue('x'.repeat(300))).toHaveLength(256);
    expect([...sanitizeTagValue('é'.repeat(300))]).toHaveLength(256);
    // An astral character is two UTF-16 units: only this data can tell the two counts apart.
    const astral = sanitizeTagValue('\u{1D400}'.repeat(300));
    expect([...astral]).toHaveLength(256);
    expect(astral).toHaveLength(512);
  });
});
