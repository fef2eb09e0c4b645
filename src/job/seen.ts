// The user's AWS files as the job's tools read them now: each tool's own path (tools/), opened as
// the tools open them (through links; a directory or /dev/null is no file), read-only. Where the
// tools would read different files, the step cannot copy "the" file: it says which variable to
// change, before any request.

import { existsSync } from 'node:fs';
import { ProfileFileError, UnsafePathError } from '../errors.js';
import { readLinked } from '../runner/files.js';
import {
  type Env,
  FILE_VARIABLE,
  type Files,
  KINDS,
  type Kind,
  NO_FILE,
  type Seen,
  type ToolModel,
  variableOf,
  type Where,
} from '../tools/resolution.js';
import { TOOLS, whereEach } from '../tools/view.js';

/** The user's files, as one text each that every tool reads. */
export interface UserFiles {
  /** The path every tool opens, or undefined when none opens a file. */
  readonly paths: Readonly<Record<Kind, string | undefined>>;
  readonly files: Files;
}

/** Reads a file as the tools do; `kind` says which variable names it, for the error. */
type ReadSeen = (path: string, kind: Kind) => Seen;

// ignoreBOM keeps a byte-order mark, as Python and Node's readFile do (the tools read it differently).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The job's reader: bytes through links, decoded as UTF-8 (and told when they are not). */
export function readSeen(path: string, kind: Kind): Seen {
  let bytes: Buffer | undefined;
  try {
    bytes = readLinked(path);
  } catch (error) {
    const why =
      error instanceof UnsafePathError ? error.message : `${(error as NodeJS.ErrnoException).code}.`;
    throw new ProfileFileError(
      `Could not read ${path}, the AWS ${kind} file of this job: ${why} Make it a regular file this user can read, ` +
        `or point ${FILE_VARIABLE[kind]} at one.`,
      { cause: error },
    );
  }
  if (bytes === undefined) return NO_FILE;
  try {
    return { text: strictUtf8.decode(bytes), utf8: true };
  } catch {
    return { text: bytes.toString('utf8'), utf8: false };
  }
}

const said = (where: Where) => ('path' in where ? where.path : 'none' in where ? 'no file' : where.unknown);

/** One kind of file, when every tool reads the same text; otherwise the error that names the variable. */
function agreed(kind: Kind, env: Env, cwd: string, read: ReadSeen): { path: string | undefined; seen: Seen } {
  const where = whereEach(kind, env, cwd);
  const reads = new Map<ToolModel, Seen>();
  for (const [tool, w] of where) {
    if ('unknown' in w) throw disagreement(kind, env, where);
    reads.set(tool, 'path' in w ? read(w.path, kind) : NO_FILE);
  }
  const [first, ...rest] = TOOLS.map((t) => reads.get(t) as Seen);
  if (rest.some((s) => s.text !== first?.text)) throw disagreement(kind, env, where);
  const path = [...where.values()]
    .map((w) => ('path' in w ? w.path : undefined))
    .find((p) => p !== undefined);
  return { path, seen: first ?? NO_FILE };
}

function disagreement(kind: Kind, env: Env, where: ReadonlyMap<ToolModel, Where>): ProfileFileError {
  const variable = FILE_VARIABLE[kind];
  const value = variableOf(env, variable);
  const each = [...where].map(([tool, w]) => `${tool.name} reads ${said(w)}`).join(', and ');
  return new ProfileFileError(
    `${variable} is ${value === undefined ? 'not set' : JSON.stringify(value)}: ${each}. ` +
      `Set ${variable} to an absolute path without ~ or $ (or to /dev/null for no file), so that every tool reads the same ${kind} file.`,
  );
}

/** The user's config and credentials files, as every tool reads them. */
export function userFiles(env: Env, cwd: string, read: ReadSeen = readSeen): UserFiles {
  const config = agreed('config', env, cwd, read);
  const credentials = agreed('credentials', env, cwd, read);
  return {
    paths: { config: config.path, credentials: credentials.path },
    files: { config: config.seen, credentials: credentials.seen },
  };
}

/**
 * A file variable that names a file of an earlier use of this action that its post step deleted
 * (post steps that ran out of order, as when a composite action's post step runs first): what the
 * tools read there is nothing, which is said, since it is likely not what was meant.
 */
export function deletedJobFiles(env: Env): string[] {
  return KINDS.flatMap((kind) => {
    const value = variableOf(env, FILE_VARIABLE[kind]);
    if (!value || !/[/\\]aws-oidc-credentials-[0-9a-f]{16}[/\\][^/\\]+$/.test(value) || existsSync(value))
      return [];
    return [
      `${FILE_VARIABLE[kind]} names ${value}, a file of an earlier step of this action whose post step has run ` +
        '(post steps ran out of order): the AWS tools read no file there.',
    ];
  });
}

/** The files one tool reads, whatever the others read (for what only that tool decides). */
export function filesOf(tool: ToolModel, env: Env, cwd: string, read: ReadSeen = readSeen): Files {
  const seen = (kind: Kind): Seen => {
    const w = tool.where(kind, env, cwd);
    return 'path' in w ? read(w.path, kind) : NO_FILE;
  };
  return Object.fromEntries(KINDS.map((k) => [k, seen(k)])) as unknown as Files;
}
