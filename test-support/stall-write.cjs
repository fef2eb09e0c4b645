// Preloaded (node --require) into an action process by the concurrency tests: a writeFileSync
// whose text contains ACTION_TEST_STALL_MATCH blocks the whole process for ACTION_TEST_STALL_MS
// before it writes, as a busy disk or a starved runner would (Atomics.wait: no timer, no event
// loop, nothing of the process runs meanwhile).
const fs = require('node:fs');

const match = process.env.ACTION_TEST_STALL_MATCH;
const ms = Number(process.env.ACTION_TEST_STALL_MS ?? '0');
if (match && ms > 0) {
  const original = fs.writeFileSync;
  fs.writeFileSync = function stalled(target, data, ...rest) {
    if (String(data).includes(match)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return original.call(this, target, data, ...rest);
  };
}
