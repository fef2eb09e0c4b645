// The runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), each batch in ONE append:
// a write of a few KB to a regular file is not cut short by a signal, so a step killed at any point
// leaves the job with none of a batch or all of it, never AWS_ACCESS_KEY_ID without its secret.
// The entries are in the format @actions/core writes, one heredoc per value; without the file
// (an old runner), each goes through @actions/core instead.

import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from '@actions/core';

function entry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  // Values are checked before they get here (sts.ts); this is the last line of defence.
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`${name}: the value holds its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function append(
  file: string | undefined,
  values: Readonly<Record<string, string>>,
  each: (n: string, v: string) => void,
) {
  const entries = Object.entries(values);
  if (entries.length === 0) return;
  if (!file) {
    for (const [name, value] of entries) each(name, value);
    return;
  }
  appendFileSync(file, entries.map(([name, value]) => entry(name, value)).join(''), 'utf8');
}

/** Exported to the job's later steps, and to this process. */
export function exportVariables(values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) process.env[name] = value;
  append(process.env.GITHUB_ENV, values, (n, v) => core.exportVariable(n, v));
}

export function setOutputs(values: Readonly<Record<string, string>>): void {
  append(process.env.GITHUB_OUTPUT, values, (n, v) => core.setOutput(n, v));
}

/** For the post step, which reads them back with core.getState. */
export function saveStates(values: Readonly<Record<string, string>>): void {
  append(process.env.GITHUB_STATE, values, (n, v) => core.saveState(n, v));
}
