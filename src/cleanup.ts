// Post step: undo what the main step exported or wrote. It never fails the job.

import * as core from '@actions/core';
import { undoPublish } from './job.js';

try {
  const done = undoPublish();
  if (done.length > 0) core.info(`Cleaned up: ${done.join('; ')}.`);
} catch (error) {
  core.warning(
    `Could not clean up the AWS credentials: ${error instanceof Error ? error.message : String(error)}`,
  );
}
