// Preloaded (node --require) into an action process by the fault-injection tests: it kills the
// process with SIGKILL at one file write, named by ACTION_TEST_KILL_AT as "function:n:when", e.g.
// "renameSync:2:after" (just after the second rename) or "appendFileSync:1:before". A kill, not an
// exception: nothing of the action's own error handling runs, as when a runner is cancelled hard.
const fs = require('node:fs');

const [name, nth, when] = (process.env.ACTION_TEST_KILL_AT ?? '').split(':');
if (name && typeof fs[name] === 'function') {
  const original = fs[name];
  let calls = 0;
  fs[name] = function killAt(...args) {
    calls += 1;
    const here = calls === Number(nth);
    if (here && when === 'before') process.kill(process.pid, 'SIGKILL');
    const result = original.apply(this, args);
    if (here && when === 'after') process.kill(process.pid, 'SIGKILL');
    return result;
  };
}
