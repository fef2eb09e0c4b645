// The runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE), each batch in ONE append:
// a write of a few KB to a regular file is not cut short by a signal, so a step killed at any point
// leaves the job with none of a batch or all of it, never AWS_ACCESS_KEY_ID without its secret.
// The entries are in the format @actions/core writes, one heredoc per value; without the file
// (an old runner), each goes through @actions/core instead.

import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, statSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { FileCommandError } from '../errors.js';

/** The runner's file commands this step writes: the job's variables, outputs, state and summary. */
const FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;

/**
 * Before any request: each file command the environment names is a regular file this step can
 * append to. The runner makes them before the step starts; one that is missing, not a file or not
 * writable would fail the step after STS answered, with the job's variables half written, or
 * (appended to by name) make a file of that name. Unset or empty: an old runner, or none; the
 * workflow commands of @actions/core then.
 */
export function checkFileCommands(env: NodeJS.ProcessEnv): void {
  for (const name of FILE_COMMANDS) {
    const path = env[name];
    if (!path) continue;
    let why: string | undefined;
    try {
      // stat, not open: a FIFO or a device is refused without blocking on it.
      if (!statSync(path).isFile()) why = 'it is not a regular file';
      else accessSync(path, constants.W_OK);
    } catch (error) {
      why = (error as NodeJS.ErrnoException).code ?? String(error);
    }
    if (why === undefined) continue;
    throw new FileCommandError(
      `${name} names ${path}, which this step cannot append to (${why}). The runner makes this file before each step: ` +
        `run the action as a step of a workflow, or point ${name} at a file that exists and that this user can write.`,
    );
  }
}

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
