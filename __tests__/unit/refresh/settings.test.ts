// The chain of refreshing profiles, read before any lock: its length limit on both sides, loops of
// any length, and the profiles named in the message.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

  test('a source that is gone: retired by its post step, or removed by a step while the job runs', () => {
    const paths = chain(2);
    rmSync(paths[0] as string);
    expect(() => chainOf(paths[1] as string)).toThrow(/is gone: a step removed it while the job runs/);
    const mark = `${dirname(paths[0] as string)}.retired`;
    writeFileSync(mark, '');
    try {
      expect(() => chainOf(paths[1] as string)).toThrow(/is gone: this action's post step has run/);
    } finally {
      rmSync(mark);
    }
  });
});

describe('whyGone', () => {
  const DIR = '/home/runner/work/_temp/aws-oidc-credentials-0123456789abcdef';
  const EVENT = '/home/runner/work/_temp/_github_workflow/event.json';
  const RUNNER = { RUNNER_TEMP: '/home/runner/work/_temp', GITHUB_EVENT_PATH: EVENT };
  const ENDED =
    "this action's post step has run: it removes the profile and its credentials when the job's steps are done";
  const EMPTIED = `RUNNER_TEMP was emptied (the runner's ${EVENT} is gone too), and this profile and its credentials with it. Empty RUNNER_TEMP before this action's step, or run the action again after that step`;
  const REMOVED =
    "a step removed it while the job runs (this action's post step has not run): it deleted the directory, or emptied RUNNER_TEMP. Remove it after the steps that use the profile, or run the action again after that step";
  test.each([
    ['marked retired by the post step: ended, whatever else', RUNNER, [`${DIR}.retired`], ENDED],
    ['the event file gone from RUNNER_TEMP: emptied', RUNNER, [], EMPTIED],
    [
      'RUNNER_TEMP with a trailing slash',
      { ...RUNNER, RUNNER_TEMP: '/home/runner/work/_temp/' },
      [],
      EMPTIED,
    ],
    [
      'only the directory gone, the event file there: removed while the job runs, not ended',
      RUNNER,
      [EVENT],
      REMOVED,
    ],
    [
      'a container job: the event file is not in RUNNER_TEMP, so emptied or removed, not ended',
      { RUNNER_TEMP: '/__w/_temp', GITHUB_EVENT_PATH: '/github/workflow/event.json' },
      ['/github/workflow/event.json'],
      REMOVED,
    ],
    ['no event path', { RUNNER_TEMP: '/home/runner/work/_temp' }, [], REMOVED],
    ['an empty event path', { ...RUNNER, GITHUB_EVENT_PATH: '' }, [], REMOVED],
    ['no RUNNER_TEMP', { GITHUB_EVENT_PATH: EVENT }, [EVENT], REMOVED],
    [
      'an event file under a folder of RUNNER_TEMP whose name starts with two dots: inside',
      { ...RUNNER, GITHUB_EVENT_PATH: '/home/runner/work/_temp/..workflow/event.json' },
      [],
      EMPTIED.replace(EVENT, '/home/runner/work/_temp/..workflow/event.json'),
    ],
    [
      'an event file in a sibling whose name starts like RUNNER_TEMP: outside',
      { ...RUNNER, GITHUB_EVENT_PATH: '/home/runner/work/_temp2/event.json' },
      [],
      REMOVED,
    ],
    [
      'an event path that climbs out of RUNNER_TEMP with "..": outside',
      { ...RUNNER, GITHUB_EVENT_PATH: '/home/runner/work/_temp/../event.json' },
      [],
      REMOVED,
    ],
  ] as const)('%s', (_name, env, present, said) => {
    expect(whyGone(DIR, env, (p) => (present as readonly string[]).includes(p))).toBe(said);
  });
});
