// Post step: undo what the main step exported or wrote. It never fails the job.

import { undoPublish } from './job/post.js';
import { info, notice, warning } from './runner/log.js';

try {
  const { done, notes, warnings } = await undoPublish();
  for (const said of warnings) warning(said);
  for (const note of notes) notice(note);
  if (done.length > 0) info(`Cleaned up: ${done.join('; ')}.`);
} catch (error) {
  warning(
    `Could not clean up the AWS credentials: ${error instanceof Error ? error.message : String(error)}`,
  );
}
