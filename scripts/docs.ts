// Writes the input and output tables of docs/inputs.md from action.yml, between the
// <!-- inputs --> / <!-- outputs --> markers. `npm run docs` rewrites; `--check` exits 1 on drift.
// The docs test runs the same function, so a table that differs from action.yml fails CI.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultOf, type InputName } from '../src/inputs/spec.ts';
import { ROOT } from '../test-support/runner.ts';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * action.yml's default, or the inputs table's marked with an asterisk: an input with an
 * environment fallback declares none in action.yml, where the runner would always pass it.
 */
function defaultCell(name: string, declared: string | undefined): string {
  if (declared !== undefined) return `\`${declared}\``;
  const own = defaultOf(name as InputName);
  return own === '' ? '' : `\`${own}\`*`;
}

export function tables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYml;
  const inputs = [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${defaultCell(name, i.default)} | ${cell(i.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

/** Table padding is the formatter's business, not a difference. */
export function normalizeTables(markdown: string): string {
  return markdown.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
}

export function renderReadme(readme: string, actionYml: string): string {
  const t = tables(actionYml);
  let out = readme;
  for (const name of ['inputs', 'outputs'] as const) {
    const re = new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(<!-- /${name} -->)`);
    if (!re.test(out))
      throw new Error(`docs/inputs.md has no <!-- ${name} --> ... <!-- /${name} --> markers`);
    out = out.replace(re, `$1${t[name]}\n$2`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(ROOT, 'docs', 'inputs.md');
  const readme = readFileSync(path, 'utf8');
  const rendered = renderReadme(readme, readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (normalizeTables(rendered) !== normalizeTables(readme)) {
      console.error('docs/inputs.md tables differ from action.yml: run npm run docs');
      process.exit(1);
    }
  } else {
    writeFileSync(path, rendered);
  }
}
