import { run } from './main.js';

// No process.exit(): it would cut off stdout still in a pipe (the ::error:: line among it). Every
// request is destroyed when it ends or is abandoned, so nothing holds the step open; the exit code
// is 1 when run() called setFailed.
await run();
