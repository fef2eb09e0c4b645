import { expect, test } from '@jest/globals';

// action.yml says node24. `npm ci --ignore-scripts` skips the `node` package's install script and
// silently leaves the machine's older node in charge; this test is what notices.
test('tests run on Node 24 or later, as the runner runs the action', () => {
  const major = Number(process.versions.node.split('.')[0]);
  expect(major).toBeGreaterThanOrEqual(24);
});
