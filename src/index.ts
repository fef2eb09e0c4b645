import { run } from './main.js';

await run();
// A token request abandoned at its deadline may still hold a socket open; the step is done,
// so end now rather than wait for it. Exit code: 1 when run() called setFailed.
process.exit();
