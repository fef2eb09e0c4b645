// The unit tests, for `npm run test:mutation`: the end-to-end tests run the bundled dist/, which a
// mutant of src/ does not change, so they could not kill one and would only cost time.
// src/ and test-support/ are roots too, though no test lives there: Stryker asks Jest for the tests
// related to a mutated file, and Jest follows imports only through files under its roots. Without
// them a test that reaches src/inputs/rules.ts through test-support/input-cases.ts never runs.
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/__tests__/unit', '<rootDir>/src', '<rootDir>/test-support'],
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
};
