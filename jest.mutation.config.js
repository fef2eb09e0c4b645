// The unit tests of src/ only, for `npm run test:mutation`: the end-to-end tests run the bundled
// dist/, which a mutant of src/ does not change, so they could not kill one and would only cost time.
import base from './jest.config.js';

export const UNIT_TESTS = [
  'classify',
  'classify-words',
  'cleartext',
  'command-line',
  'config',
  'diagnostics',
  'exchange',
  'ini-edit',
  'input-messages',
  'messages',
  'partitions',
  'profile',
  'properties',
  'tags',
];

export default {
  ...base,
  testMatch: UNIT_TESTS.map((name) => `**/__tests__/${name}.test.ts`),
};
