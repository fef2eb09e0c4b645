// The credential_process of a refresh-credentials profile: the AWS CLI and the SDKs run it when
// they need credentials. It prints them as credential_process JSON (Version 1) from the cache, or
// minted anew. Nothing else may reach stdout.

import { ExchangeError } from '../errors.js';
import { logSafe } from '../runner/escape.js';
import { refreshedCredentials } from './credentials.js';

const print = process.stdout.write.bind(process.stdout);
// The token fetch announces ::add-mask:: (and, with RUNNER_DEBUG, ::debug::) lines on stdout; here
// they would corrupt the JSON. Nothing printed here is secret-bearing, and none of it is needed.
process.stdout.write = (() => true) as typeof process.stdout.write;

// A later step's log: the runner reads commands there too.
const log = (line: string) => process.stderr.write(`${logSafe(line)}\n`);

// No process.exit(): on macOS a pipe is written asynchronously, and exiting could cut the JSON off.
try {
  const { IssuedAt: _, ...answer } = await refreshedCredentials(process.argv[2] ?? '', log);
  print(`${JSON.stringify(answer)}\n`);
} catch (error) {
  const why =
    error instanceof ExchangeError
      ? `${error.classified.code}: ${error.classified.message} Next: ${error.classified.hint}`
      : error instanceof Error
        ? error.message
        : String(error);
  log(`aws-oidc-credentials refresh failed: ${why}`);
  process.exitCode = 1;
}
