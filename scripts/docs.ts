// Writes the input and output tables of docs/inputs.md from action.yml, between the
// <!-- inputs --> / <!-- outputs --> markers, and the README's usage block (every input, the first
// sentence of its description, its default) between <!-- usage --> markers and its list of
// outputs between <!-- output-list --> markers. `npm run docs`
// rewrites; `--check` exits 1 on drift. The docs test runs the same functions, so a table or a
// usage block that differs from action.yml fails CI.

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

/** A description's first sentence, without the note that the input is new. */
function firstSentence(description: string): string {
  const text = description.replace(/\s*\(Not in configure-aws-credentials\.\)/, '');
  const end = /\.\s+(?=[A-Z])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** Words as comment lines of at most `width` characters. */
function commentLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines.map((l) => `    # ${l}`);
}

/** The README's usage block, in the style of actions/checkout's: every input with its default. */
export function usage(actionYml: string, uses: string): string {
  const action = parse(actionYml) as ActionYml;
  const inputs = Object.entries(action.inputs).map(([name, i]) => {
    const fallback = defaultOf(name as InputName);
    const declared = i.default ?? (fallback === '' ? undefined : fallback);
    return [
      ...commentLines(firstSentence(i.description), 92),
      ...(i.required ? ['    # Required.'] : []),
      ...(declared !== undefined ? [`    # Default: ${declared}`] : []),
      `    ${name}: ""`,
    ].join('\n');
  });
  return ['```yaml', `- uses: ${uses}`, '  with:', inputs.join('\n\n'), '```'].join('\n');
}

/** The README's list of outputs: each name, with its description as action.yml has it. */
export function outputList(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  return Object.entries(action.outputs)
    .map(([name, o]) => `- \`${name}\`: ${o.description}`)
    .join('\n');
}

/** The README with its usage block and its list of outputs made from action.yml. */
export function renderUsage(readme: string, actionYml: string): string {
  const blocks = { usage: usage(actionYml, USES), 'output-list': outputList(actionYml) };
  let out = readme;
  for (const [name, text] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(<!-- /${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- ${name} --> ... <!-- /${name} --> markers`);
    out = out.replace(re, (_all, open: string, close: string) => `${open}${text}\n${close}`);
  }
  return out;
}

/** What the usage block pins: a commit, until there is a release. */
export const USES = 'OWNER/aws-oidc-credentials@COMMIT_SHA';

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
  const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const path = join(ROOT, 'docs', 'inputs.md');
  const readme = readFileSync(path, 'utf8');
  const rendered = renderReadme(readme, actionYml);
  const readmePath = join(ROOT, 'README.md');
  const entry = readFileSync(readmePath, 'utf8');
  const withUsage = renderUsage(entry, actionYml);
  if (process.argv.includes('--check')) {
    if (normalizeTables(rendered) !== normalizeTables(readme) || withUsage !== entry) {
      console.error(
        'docs/inputs.md tables or the README usage block differ from action.yml: run npm run docs',
      );
      process.exit(1);
    }
  } else {
    writeFileSync(path, rendered);
    writeFileSync(readmePath, withUsage);
  }
}
