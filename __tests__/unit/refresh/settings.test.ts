// The chain of refreshing profiles, read before any lock: its length limit on both sides, loops of
// any length, and the profiles named in the message.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { RefreshSettingsError } from '../../../src/errors.js';
import { chainOf, whyGone } from '../../../src/refresh/settings.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chain-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Settings files p0 <- p1 <- ... : p0 mints through OIDC, each next one chains from the one before. */
function chain(length: number, loopTo?: number): string[] {
  const paths = Array.from({ length }, (_, i) => join(dir, `p${i}.json`));
  paths.forEach((path, i) => {
    const common = { profile: `p${i}`, cacheFile: join(dir, `c${i}.json`), roleArn: 'arn:aws:iam::1:role/r' };
    const source = i === 0 ? (loopTo === undefined ? undefined : paths[loopTo]) : paths[i - 1];
    writeFileSync(
      path,
      JSON.stringify(
        source
          ? { ...common, kind: 'chain', source, tags: { tags: [], droppable: [] } }
          : { ...common, kind: 'oidc' },
      ),
    );
  });
  return paths;
}

describe('chainOf', () => {
  test('six profiles: read in order, the OIDC one last', () => {
    const paths = chain(6);
    expect(chainOf(paths[5] as string).map((l) => l.settings.profile)).toEqual([
      'p5',
      'p4',
      'p3',
      'p2',
      'p1',
      'p0',
    ]);
  });

  test('seven: refused, naming the chain', () => {
    const paths = chain(7);
    expect(() => chainOf(paths[6] as string)).toThrow(RefreshSettingsError);
    expect(() => chainOf(paths[6] as string)).toThrow(
      'More than 6 refreshing profiles chained (p6 -> p5 -> p4 -> p3 -> p2 -> p1 -> p0).',
    );
  });

  test.each([
    [1, 0, 'p0 -> p0'],
    [2, 1, 'p1 -> p0 -> p1'],
    [3, 2, 'p2 -> p1 -> p0 -> p2'],
    [4, 1, 'p3 -> p2 -> p1 -> p0 -> p1'],
  ])('a loop through %i profiles (back to p%i): refused at once, naming them', (length, loopTo, names) => {
    const paths = chain(length, loopTo);
    expect(() => chainOf(paths[length - 1] as string)).toThrow(
      `The refreshing profiles chain in a loop (${names})`,
    );
  });

  test('a source that is gone: the job that wrote it has ended', () => {
    const paths = chain(2);
    rmSync(paths[0] as string);
    expect(() => chainOf(paths[1] as string)).toThrow(/is gone: the job that wrote this profile has ended/);
  });
});

describe('whyGone', () => {
  const ENDED =
    'the job that wrote this profile has ended (its post step removes the profile and its credentials)';
  const EVENT = '/home/runner/work/_temp/_github_workflow/event.json';
  test.each([
    [
      'the event file gone from RUNNER_TEMP: emptied',
      { RUNNER_TEMP: '/home/runner/work/_temp', GITHUB_EVENT_PATH: EVENT },
      false,
      'emptied',
    ],
    [
      'RUNNER_TEMP with a trailing slash',
      { RUNNER_TEMP: '/home/runner/work/_temp/', GITHUB_EVENT_PATH: EVENT },
      false,
      'emptied',
    ],
    [
      'the event file still there: ended',
      { RUNNER_TEMP: '/home/runner/work/_temp', GITHUB_EVENT_PATH: EVENT },
      true,
      'ended',
    ],
    [
      'an event file outside RUNNER_TEMP: ended',
      { RUNNER_TEMP: '/home/runner/work/_temp2', GITHUB_EVENT_PATH: EVENT },
      false,
      'ended',
    ],
    ['no event path: ended', { RUNNER_TEMP: '/home/runner/work/_temp' }, false, 'ended'],
    [
      'an empty event path: ended',
      { RUNNER_TEMP: '/home/runner/work/_temp', GITHUB_EVENT_PATH: '' },
      false,
      'ended',
    ],
    ['no RUNNER_TEMP: ended', { GITHUB_EVENT_PATH: EVENT }, false, 'ended'],
  ] as const)('%s', (_name, env, exists, said) => {
    const text = whyGone(env, () => exists);
    if (said === 'ended') expect(text).toBe(ENDED);
    else
      expect(text).toBe(
        `RUNNER_TEMP was emptied (the runner's ${EVENT} is gone too), and this profile and its credentials with it. Empty RUNNER_TEMP before this action's step, or run the action again after that step`,
      );
  });
});
