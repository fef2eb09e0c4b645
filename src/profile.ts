// Named profiles (aws-profile) in ~/.aws/credentials and ~/.aws/config (or the files that
// AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name). Each file is edited under a lock and
// replaced atomically; the profile is written as a marked block (ini-edit.ts), so that the post step
// takes out exactly what this job put in, byte for byte, whatever other jobs did meanwhile. With
// overwrite-aws-profile, the section it replaces is saved first (0600, in a private directory of
// this job) and put back by the post step.

import { existsSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ProfileExistsError, ProfileFileError, UnsafePathError } from './errors.js';
import { editShared, modeOf, ownDirectory, readText, tempFileOf, writeSecretFile } from './files.js';
import { findSections, fingerprintOf, insertBlock, ownerOf, removeBlock } from './ini-edit.js';

interface ProfileFiles {
  readonly credentials: string;
  readonly config: string;
}

const KINDS = ['credentials', 'config'] as const;
type Kind = (typeof KINDS)[number];

export function profileFiles(env: NodeJS.ProcessEnv): ProfileFiles {
  const home = env.HOME || homedir();
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
  };
}

/** The config file names non-default profiles "[profile NAME]"; the credentials file "[NAME]". */
export function sectionName(file: Kind, profile: string): string {
  return file === 'config' && profile !== 'default' ? `profile ${profile}` : profile;
}

/** A symlink or odd file where a profile file should be is a problem with the profile, said as one. */
async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UnsafePathError)) throw error;
    throw new ProfileFileError(`Refused to write the AWS profile: ${error.message}`, { cause: error });
  }
}

/** Why the section cannot be written into this text, or undefined. Checked again under the lock. */
function conflict(
  path: string,
  text: string | undefined,
  section: string,
  overwrite: boolean,
): Error | undefined {
  if (text === undefined) return undefined;
  const found = findSections(text, section);
  if (found.length > 1) {
    return new ProfileFileError(
      `${path} has ${found.length} [${section}] sections, and AWS tools read only one of them (botocore refuses the file). ` +
        'Merge them into one, then run the job again.',
    );
  }
  const [range] = found;
  if (!range) return undefined;
  const owner = ownerOf(text, range);
  if (owner) {
    return new ProfileExistsError(
      `${path} has a [${section}] section that another job of this action wrote (${owner}) and has not removed yet. ` +
        `Give each job its own aws-profile; if no such job is running, delete the lines from "# aws-oidc-credentials ${owner} begin" to "... ${owner} end".`,
    );
  }
  if (overwrite) return undefined;
  return new ProfileExistsError(
    `Input 'aws-profile' is "${section.replace(/^profile /, '')}", but ${path} already has a [${section}] section. ` +
      'Set overwrite-aws-profile: true to replace it, or choose another profile name.',
  );
}

/** Checked before any network call, so that a clash fails fast. */
export async function checkProfileWritable(
  files: ProfileFiles,
  name: string,
  overwrite: boolean,
): Promise<void> {
  for (const kind of KINDS) {
    const text = await guarded(() => readText(files[kind]));
    const problem = conflict(files[kind], text, sectionName(kind, name), overwrite);
    if (problem) throw problem;
  }
}

/** What goes into each file: key = value lines of the profile's section. */
export type ProfileValues = Readonly<Partial<Record<Kind, Readonly<Record<string, string>>>>>;

/** Where a profile goes and who writes it, before the files are looked at. */
interface ProfilePlan {
  /** The writer's id, in the block's marker lines. */
  readonly id: string;
  readonly name: string;
  readonly files: ProfileFiles;
  readonly overwrite: boolean;
  /** 0700, this job's, made when first needed: the sections overwrite-aws-profile replaced, one file per kind. */
  readonly backupDir: string;
}

/** What the post step needs to undo a write; saved before the files are touched. */
export interface WrittenProfile extends ProfilePlan {
  /** Per file, hashes of the values that tell this profile from any other, if its markers are lost. */
  readonly fingerprint: Partial<Record<Kind, Readonly<Record<string, string>>>>;
  /** Per file that existed, its mode before the write: given back if this job tightened it. */
  readonly modes: Partial<Record<Kind, number>>;
}

/** The values that identify the profile: its access key ID, its refresher; else all of them. */
const IDENTIFYING = ['aws_access_key_id', 'credential_process'];

/** The plan, with what the post step needs to find the profile and put each file's mode back. */
export function planProfile(plan: ProfilePlan, values: ProfileValues): WrittenProfile {
  const fingerprint: WrittenProfile['fingerprint'] = {};
  const modes: WrittenProfile['modes'] = {};
  for (const kind of KINDS) {
    const mode = modeOf(plan.files[kind]);
    if (mode !== undefined) modes[kind] = mode;
    const all = values[kind];
    if (!all) continue;
    const keys = IDENTIFYING.filter((k) => k in all);
    fingerprint[kind] = fingerprintOf(all, keys.length > 0 ? keys : Object.keys(all));
  }
  return { ...plan, fingerprint, modes };
}

/** Secrets in a file open to the group or others: only the owner may read it while they are in. */
const tightened = (mode: number) => mode & ~0o077;

/** Writes the profile into both files; on a failure, takes back what it wrote, then throws. */
export async function writeProfile(written: WrittenProfile, values: ProfileValues): Promise<void> {
  try {
    for (const kind of KINDS.filter((k) => values[k] !== undefined)) {
      const path = written.files[kind];
      const section = sectionName(kind, written.name);
      await guarded(() =>
        editShared(
          path,
          (text) => {
            const problem = conflict(path, text, section, written.overwrite);
            if (problem) throw problem;
            const inserted = insertBlock(text, written.id, section, values[kind] ?? {});
            // Saved before the file changes: whenever the edit exists, so does the way back.
            if (inserted.replaced !== undefined) {
              ownDirectory(written.backupDir);
              writeSecretFile(join(written.backupDir, kind), inserted.replaced);
            }
            return {
              text: inserted.text,
              result: undefined,
              mode: kind === 'credentials' ? tightened : undefined,
            };
          },
          written.id,
        ),
      );
    }
  } catch (error) {
    await removeProfile(written).catch(() => undefined);
    throw error;
  }
}

export interface Removal {
  /** Something of this profile was there and is gone. */
  readonly found: boolean;
  /** What was out of the ordinary, each with its file, for the post step to say. */
  readonly notes: readonly string[];
}

/**
 * Post step (and rollback): take out this job's blocks and whatever tools added to them, putting
 * back what they replaced, and give each file back the mode it had if this job tightened it.
 */
export async function removeProfile(written: WrittenProfile): Promise<Removal> {
  let found = false;
  const notes: string[] = [];
  for (const kind of KINDS) {
    const path = written.files[kind];
    // A write this job's main step was killed in the middle of.
    rmSync(tempFileOf(path, written.id), { force: true });
    if (!existsSync(path)) continue;
    const original = written.modes?.[kind];
    const ours = {
      section: sectionName(kind, written.name),
      fingerprint: written.fingerprint?.[kind],
      replaced: readText(join(written.backupDir, kind)),
    };
    const removed = await editShared(path, (text) => {
      const edit = removeBlock(text, written.id, ours);
      const mode = (current: number) =>
        original !== undefined && current === tightened(original) ? original : current;
      return { text: edit.text, result: edit, mode };
    });
    found = removed.found || found;
    notes.push(...removed.notes.map((note) => `${path}: ${note}`));
  }
  rmSync(written.backupDir, { recursive: true, force: true });
  return { found, notes };
}
