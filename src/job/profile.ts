// The job's own AWS files. A step that writes a profile (aws-profile, refresh-credentials) never
// touches the user's files: it writes a config file of its own into a private directory of this
// job (0700, made now), starting from a copy of the config file the job sees (AWS_CONFIG_FILE, or
// ~/.aws/config) with the profile in it, and points AWS_CONFIG_FILE at it. The AWS CLI, botocore,
// boto3 and the SDKs all read that variable, and take keys from a [profile NAME] section of the
// config file. Only where the credentials file the job sees has a section of that name (which
// would win over the config file) does the step write a copy of it too, without that section, and
// point AWS_SHARED_CREDENTIALS_FILE at it. The post step deletes the directory and points the
// variables back where they were. The user's files are opened read-only: never written, locked,
// chmod'ed or created.

import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ProfileExistsError, ProfileFileError, UnsafePathError } from '../errors.js';
import { ownDirectory, readText, writeSecretFile } from '../runner/files.js';
import { changedSections, countSections, sectionDigests, withoutSection, withSection } from './ini.js';

const KINDS = ['config', 'credentials'] as const;
type Kind = (typeof KINDS)[number];

/** The variable each file is named by; the AWS CLI and every SDK read both. */
const VARIABLE: Readonly<Record<Kind, string>> = {
  config: 'AWS_CONFIG_FILE',
  credentials: 'AWS_SHARED_CREDENTIALS_FILE',
};

/** ~/.aws/config or ~/.aws/credentials: where the tools look when the variable is unset. */
const defaultFile = (env: NodeJS.ProcessEnv, kind: Kind) => join(env.HOME || homedir(), '.aws', kind);

/** The files the job's tools read now: the variables' files, else the ones in ~/.aws. */
export function profileFiles(env: NodeJS.ProcessEnv): Readonly<Record<Kind, string>> {
  return {
    config: env[VARIABLE.config] || defaultFile(env, 'config'),
    credentials: env[VARIABLE.credentials] || defaultFile(env, 'credentials'),
  };
}

/** A variable pointed at this job's file, remembering what it held (the ~/.aws file when unset). */
const pointAt = (env: NodeJS.ProcessEnv, kind: Kind, ours: string): Pointed => ({
  ours,
  before: env[VARIABLE[kind]] ?? defaultFile(env, kind),
});

/** The config file names non-default profiles "[profile NAME]"; the credentials file "[NAME]". */
export function sectionName(file: Kind, profile: string): string {
  return file === 'config' && profile !== 'default' ? `profile ${profile}` : profile;
}

/** A file the job sees, as read (undefined: there is none). */
interface Seen {
  readonly path: string;
  readonly text: string | undefined;
}
type SeenFiles = Readonly<Record<Kind, Seen>>;

/** Reads the files the job sees, read-only; a symlink or an odd file is refused before any open. */
function readSeen(env: NodeJS.ProcessEnv): SeenFiles {
  const paths = profileFiles(env);
  const read = (kind: Kind): Seen => {
    try {
      return { path: paths[kind], text: readText(paths[kind]) };
    } catch (error) {
      if (!(error instanceof UnsafePathError)) throw error;
      throw new ProfileFileError(
        `Could not read ${paths[kind]} to copy it into this job's AWS ${kind} file: ${error.message} ` +
          `Or point ${VARIABLE[kind]} at a regular file.`,
        { cause: error },
      );
    }
  };
  return { config: read('config'), credentials: read('credentials') };
}

/** Why this profile cannot be written over what the job sees, or undefined. */
function conflict(seen: Seen, section: string, overwrite: boolean): Error | undefined {
  const count = seen.text === undefined ? 0 : countSections(seen.text, section);
  if (count > 1) {
    return new ProfileFileError(
      `${seen.path} has ${count} [${section}] sections, and AWS tools read only one of them, or refuse the file. ` +
        'Merge them into one, then run the job again.',
    );
  }
  if (count === 0 || overwrite) return undefined;
  return new ProfileExistsError(
    `Input 'aws-profile' is "${section.replace(/^profile /, '')}", but ${seen.path} already has a [${section}] section. ` +
      "Set overwrite-aws-profile: true to replace it in this job's copy (your file stays as it is), or choose another profile name.",
  );
}

/** The files the job sees, once the profile is known to fit them. */
function seenFor(env: NodeJS.ProcessEnv, name: string, overwrite: boolean): SeenFiles {
  const seen = readSeen(env);
  for (const kind of KINDS) {
    const problem = conflict(seen[kind], sectionName(kind, name), overwrite);
    if (problem) throw problem;
  }
  return seen;
}

/** Checked before any network call, so that a clash or an odd file fails fast. */
export function checkProfileWritable(env: NodeJS.ProcessEnv, name: string, overwrite: boolean): void {
  seenFor(env, name, overwrite);
}

/** A variable this job points at its own file, and what it held before. */
interface Pointed {
  readonly ours: string;
  readonly before: string;
}

/** What the post step needs: what to delete, what to point back, how the files were written. */
export interface JobFiles {
  readonly profile: string;
  /** The private directory; everything else here is inside it. */
  readonly dir: string;
  /** Files holding keys, deleted before anything else, the one with this job's keys first. */
  readonly secrets: readonly string[];
  readonly config: string;
  /** The variables set to this job's files, by name. */
  readonly pointed: Readonly<Record<string, Pointed>>;
  /** Per section of this job's config file as written, a digest: later edits are named. */
  readonly digests: Readonly<Record<string, string>>;
}

/** The job's files, planned, with the text each gets. Nothing is written yet. */
export interface PlannedFiles {
  readonly files: JobFiles;
  readonly texts: Readonly<Record<string, string>>;
}

/** The profile's lines go into the config file; secrets names other files of `dir` that hold keys. */
export function planJobFiles(
  env: NodeJS.ProcessEnv,
  profile: { readonly name: string; readonly overwrite: boolean; readonly dir: string },
  values: Readonly<Record<string, string>>,
  secrets: readonly string[] = [],
): PlannedFiles {
  const seen = seenFor(env, profile.name, profile.overwrite);
  const config = join(profile.dir, 'config');
  const texts: Record<string, string> = {
    [config]: withSection(seen.config.text ?? '', sectionName('config', profile.name), values),
  };
  const pointed: Record<string, Pointed> = {
    [VARIABLE.config]: pointAt(env, 'config', config),
  };
  const hidden = seen.credentials.text;
  if (hidden !== undefined && countSections(hidden, profile.name) > 0) {
    const credentials = join(profile.dir, 'credentials');
    texts[credentials] = withoutSection(hidden, profile.name);
    pointed[VARIABLE.credentials] = pointAt(env, 'credentials', credentials);
  }
  const files: JobFiles = {
    profile: profile.name,
    dir: profile.dir,
    // The refresher's cache first: in refresh mode it is the one file with keys of this job.
    secrets: [...secrets, ...Object.keys(texts)],
    config,
    pointed,
    digests: sectionDigests(texts[config] ?? ''),
  };
  return { files, texts };
}

/** The variables that point tools at the job's files. */
export function variablesOf(files: JobFiles): Record<string, string> {
  return Object.fromEntries(Object.entries(files.pointed).map(([name, p]) => [name, p.ours]));
}

/** Makes the private directory and writes the planned files into it. */
export function writeJobFiles(planned: PlannedFiles): void {
  ownDirectory(planned.files.dir);
  for (const [path, text] of Object.entries(planned.texts)) writeSecretFile(path, text);
}

/** The sections later steps changed in this job's config file; read before it goes. */
function editsOf(files: JobFiles): string[] {
  try {
    const now = readText(files.config);
    return now === undefined ? [] : changedSections(files.digests, sectionDigests(now));
  } catch {
    return [];
  }
}

/** What the post step did to the job's files, and what it has to say. */
interface Removal {
  /** The variables pointed back where they were (only those that still point at this job's files). */
  readonly variables: Record<string, string>;
  /** Sections later steps changed in the job's copy: those edits end with it. */
  readonly edits: readonly string[];
}

/**
 * Post step: the files with keys first, then the directory (`removeDirectory`: the refresher's
 * retirement, when a refresher may be writing into it). Variables that another step has pointed
 * elsewhere since are left as they are.
 */
export async function removeJobFiles(
  files: JobFiles,
  env: NodeJS.ProcessEnv,
  removeDirectory: (dir: string) => Promise<void> = async (dir) =>
    rmSync(dir, { recursive: true, force: true }),
): Promise<Removal> {
  const edits = editsOf(files);
  for (const path of files.secrets) rmSync(path, { force: true });
  await removeDirectory(files.dir);
  const variables: Record<string, string> = {};
  for (const [name, p] of Object.entries(files.pointed)) {
    if (env[name] === p.ours) variables[name] = p.before;
  }
  return { variables, edits };
}
