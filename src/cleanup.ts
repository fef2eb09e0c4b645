// Post step: blank what the main step exported. It never fails the job.

import * as core from '@actions/core';
import { blankExported } from './job.js';

try {
  const names = blankExported();
  if (names.length > 0) core.info(`Cleared ${names.join(', ')}.`);
} catch (error) {
  core.warning(
    `Could not clear the exported AWS variables: ${error instanceof Error ? error.message : String(error)}`,
  );
}
