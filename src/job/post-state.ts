// What the main step hands the post step, typed: written once by the main step (before any file),
// read once by the post step. Exported values are kept only as digests, which tell whether a later
// step changed a variable since; what a variable held before the step is kept to be written back.
// Big things (the digests of the config file's sections) stay in the private directory: the state
// is an environment variable of the post step, and stays a few KiB.

import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { saveStates } from '../runner/file-commands.js';
import type { JobFiles } from './profile.js';
import type { RefreshFiles } from './refresh-profile.js';

const STATE = 'aws-oidc-credentials';

export interface PostState {
  /** The variables exported, with their values (only digests are saved). */
  readonly exported: Readonly<Record<string, string>>;
  /** What each exported variable held before the step; null: unset. */
  readonly before: Readonly<Record<string, string | null>>;
  readonly files: JobFiles | undefined;
  readonly refresh: RefreshFiles | undefined;
}

/** As saved: digests instead of the exported values. */
interface Saved extends Omit<PostState, 'exported'> {
  readonly exported: Readonly<Record<string, string>>;
}

/** A short digest of an exported value: enough to tell it from another, nothing to recover it from. */
export const digestOf = (value: string): string =>
  createHash('sha256').update(value).digest('hex').slice(0, 16);

export function saveState(state: PostState): void {
  const exported = Object.fromEntries(Object.entries(state.exported).map(([n, v]) => [n, digestOf(v)]));
  const saved: Saved = { ...state, exported };
  saveStates({ [STATE]: JSON.stringify(saved) });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Only AWS_ variables with string (or, before the step, null) values: a state never names PATH or HOME. */
function awsOnly(v: unknown): Record<string, string | null> {
  if (!isRecord(v)) return {};
  const kept = Object.entries(v).filter(
    ([n, x]) => /^AWS_\w+$/.test(n) && (typeof x === 'string' || x === null),
  );
  return Object.fromEntries(kept) as Record<string, string | null>;
}

/** The main step's state, or undefined when there is none (it failed before publishing) or it is not ours. */
export function loadState(): Saved | undefined {
  try {
    const raw = core.getState(STATE);
    const state = raw ? (JSON.parse(raw) as unknown) : undefined;
    if (!isRecord(state)) return undefined;
    const exported = Object.entries(awsOnly(state.exported)).filter(
      (e): e is [string, string] => e[1] !== null,
    );
    return {
      ...(state as unknown as Saved),
      exported: Object.fromEntries(exported),
      before: awsOnly(state.before),
    };
  } catch {
    return undefined;
  }
}
