// The post step: delete the job's files (the ones with keys first), then write back every variable
// the main step exported and no later step changed since: what it held before, or, where it was
// unset, the value every AWS tool reads as unset (variables.ts). Then ask both tools' models what
// they read now against what they read before the step, and say where they differ.

import { exportVariables } from '../runner/file-commands.js';
import { privateDirectoryName } from '../runner/files.js';
import { botocore } from '../tools/botocore.js';
import { jsSdk } from '../tools/js-sdk.js';
import { type Env, FILE_VARIABLE, type Files, KINDS, type Kind, keyOf } from '../tools/resolution.js';
import { resolveEach } from '../tools/view.js';
import { digestOf, loadState } from './post-state.js';
import { defaultFile, planJobFiles, removeJobFiles, writeJobFiles } from './profile.js';
import { retire } from './refresh-profile.js';
import { filesOf } from './seen.js';
import { type AfterView, restoreFor } from './variables.js';

/** What the post step did, and what was out of the ordinary: said as notices, or warnings where something may be left. */
interface Undone {
  readonly done: string[];
  readonly notes: string[];
  readonly warnings: string[];
}

/** The environment as it was before the main step, for the variables it exported. */
function beforeEnv(
  now: Env,
  before: Readonly<Record<string, string | null>>,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...now };
  for (const [name, value] of Object.entries(before)) {
    if (value === null) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** A tool's files, or none when they cannot be read now: the post step never fails on a user's file. */
function filesOrNone(read: () => Files): Files | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The user's files as each tool reads them with the variables written back. */
function viewOf(restored: Env, cwd: string): AfterView {
  const boto = filesOrNone(() => filesOf(botocore, restored, cwd));
  const js = filesOrNone(() => filesOf(jsSdk, restored, cwd));
  const profileOf = (files: Files | undefined, tool: typeof botocore, name: string) =>
    files && KINDS.map((k) => tool.profiles(k, files[k]).profiles.get(name)).find((p) => p !== undefined);
  return {
    exists: (name) => boto !== undefined && profileOf(boto, botocore, name) !== undefined,
    region: (variable, profile) =>
      variable === 'AWS_REGION'
        ? keyOf(profileOf(js, jsSdk, profile ?? 'default'), 'region')
        : keyOf(profileOf(boto, botocore, profile ?? 'default'), 'region'),
    defaultFile: (variable) =>
      defaultFile(
        restored,
        (Object.keys(FILE_VARIABLE) as Kind[]).find((k) => FILE_VARIABLE[k] === variable) ?? 'config',
      ),
  };
}

/** Where a tool reads differently now than before the main step. */
function differences(before: Env, after: Env, cwd: string): string[] {
  const read = (env: Env) =>
    resolveEach(
      env,
      (tool) =>
        filesOrNone(() => filesOf(tool, env, cwd)) ?? {
          config: { text: undefined, utf8: true },
          credentials: { text: undefined, utf8: true },
        },
    );
  const was = read(before);
  const is = read(after);
  const found: string[] = [];
  for (const [tool, r] of is) {
    const w = was.get(tool);
    if (said(w) !== said(r)) found.push(`${tool.name} reads ${said(r)} (before the step: ${said(w)})`);
  }
  return found;
}

/** What a tool resolves, in words; the region is left out: one that was unset cannot be unset again. */
const said = (r: ReturnType<typeof botocore.resolve> | undefined) =>
  r === undefined ? 'nothing' : r.ok ? `${r.source.kind} credentials` : r.why;

/** At most ten items, each at most 100 characters, and how many more: a notice stays short. */
function bounded(items: readonly string[], width = 100): string {
  const shown = items.slice(0, 10).map((i) => (i.length > width ? `${i.slice(0, width - 1)}\u2026` : i));
  return `${shown.join(', ')}${items.length > 10 ? `, and ${items.length - 10} more` : ''}`;
}

/** What later steps changed in the job's files, which went with it: settings, and keys. */
function editNotes(edits: ReadonlyMap<string, readonly string[]>, config: string): string[] {
  return [...edits].map(([path, sections]) =>
    path === config
      ? `Later steps edited this job's AWS config file (${bounded(sections)}). ` +
        "It was the job's own copy, so those edits ended with the job; to keep a setting, write it to your own file."
      : `Later steps changed this job's AWS credentials file (${bounded(sections)}): the keys they wrote there were deleted with it. ` +
        'To keep keys after the job, write them to your own file.',
  );
}

/** Post step: delete the job's files, write the variables back, and say what could not be. */
export async function undoPublish(env: Env = process.env, cwd: string = process.cwd()): Promise<Undone> {
  const done: string[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  const state = loadState();
  if (!state) return { done, notes, warnings };
  if (state.files) {
    const refresh = state.refresh;
    const removal = await removeJobFiles(state.files, refresh ? (dir) => retire(refresh, dir) : undefined);
    if (removal.left.length === 0)
      done.push(
        `deleted this job's AWS files${state.files.profile ? ` with profile ${state.files.profile}` : ''}`,
      );
    else
      warnings.push(
        `Left in place, and why: ${bounded(removal.left, 400)}. Look there for files of this job; the runner empties RUNNER_TEMP after the job.`,
      );
    notes.push(...editNotes(removal.edits, state.files.config));
  }
  const ours = Object.keys(state.exported).filter(
    (n) => env[n] !== undefined && digestOf(env[n] as string) === state.exported[n],
  );
  const before = beforeEnv(env, state.before);
  const restored = restoreFor(ours, before, env, viewOf(before, cwd));
  if (restored.emptyDefault) {
    try {
      Object.assign(restored.env, emptyDefaultFile(before, cwd));
    } catch (error) {
      notes.push(
        `Could not write the config file with an empty [default] profile: ${(error as Error).message}`,
      );
    }
  }
  exportVariables(restored.env);
  if (ours.length > 0) done.push(`wrote back ${ours.join(', ')}`);
  const differ = differences(before, { ...env, ...restored.env }, cwd);
  if (differ.length > 0) notes.push(`After this post step, ${differ.join('; ')}.`);
  return { done, notes, warnings };
}

/**
 * botocore must find a default profile for AWS_DEFAULT_PROFILE=default to read as "unset", and the
 * user's files have none: a config file of the job's, the user's config with an empty [default]
 * added (no key of this job), which stays until the runner empties RUNNER_TEMP.
 */
function emptyDefaultFile(before: Env, cwd: string): Record<string, string> {
  const files = filesOf(botocore, before, cwd);
  const planned = planJobFiles(
    { paths: { config: undefined, credentials: undefined }, files },
    'empty-default',
    privateDirectoryName(before),
  );
  writeJobFiles(planned, false);
  return planned.variables;
}
