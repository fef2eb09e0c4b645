// The unit tests, for `npm run test:mutation`: the end-to-end tests run the bundled dist/, which a
// mutant of src/ does not change, so they could not kill one and would only cost time.
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/__tests__/unit'],
};
