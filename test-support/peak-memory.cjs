// Preloaded (node --require) into an action process by the test harness: as the process exits, it
// writes its peak resident set size in KiB to the file ACTION_TEST_PEAK_FILE names.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.ACTION_TEST_PEAK_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
