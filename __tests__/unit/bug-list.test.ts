// The bug sweep's list (scripts/bugs.ts) follows the code: a bug whose text is no longer in its
// module exactly once could not be planted, and the weekly sweep would report it stale. Checked
// here, on every push, so that a refactor brings the list along with it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { BUGS } from '../../scripts/bugs.ts';
import { ROOT } from '../../test-support/runner.ts';

test('every bug names a module of the action, and its text is there exactly once', () => {
  const misplaced = BUGS.filter((bug) => {
    const text = readFileSync(join(ROOT, bug.module), 'utf8');
    return !bug.module.startsWith('src/') || text.split(bug.find).length !== 2 || bug.find === bug.replace;
  });
  expect(misplaced.map((bug) => bug.id)).toEqual([]);
});

test('ids are unique, and the list is at least thirty bugs long', () => {
  const ids = BUGS.map((bug) => bug.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThanOrEqual(30);
});
