// The job's own AWS files. A step that writes a profile (aws-profile, refresh-credentials) never
// touches the user's files: it writes a config file of its own into a private directory of this
// job (0700, made now), starting from a copy of the config file every tool reads now (seen.ts)
// without any section that a tool reads as the profile, with the profile at the end, and points
// AWS_CONFIG_FILE at it. Only where the credentials file has a section that a tool reads as the
// profile (which would win over the config file) does the step write a copy of it too, without
// those sections, and point AWS_SHARED_CREDENTIALS_FILE at it. Which section names which profile
// is each tool's own reading (tools/). The post step deletes the directory. The user's files are
// opened read-only: never written, locked, chmod'ed or created.

import { lstatSync, readFileSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ProfileExistsError, ProfileFileError, UnsafePathError } from '../errors.js';
import { ownDirectory, readText, writeSecretFile } from '../runner/files.js';
import { type Env, FILE_VARIABLE, KINDS, type Kind } from '../tools/resolution.js';
import { changedProfiles, headersNaming, withoutProfile } from '../tools/view.js';
import { appendedDigests, appendSection, changedSections, sectionDigests } from './ini.js';
import type { UserFiles } from './seen.js';

/** ~/.aws/config or ~/.aws/credentials: what every tool reads when the variable is unset. */
export const defaultFile = (env: Env, kind: Kind): string => join(env.HOME || homedir(), '.aws', kind);

/** The config file's header of a profile: "profile NAME", and "default" for the default profile. */
const configHeader = (profile: string): string => (profile === 'default' ? 'default' : `profile ${profile}`);

/** Fails when a tool already reads a section of either file as this profile, and overwrite is off. */
function checkFree(user: UserFiles, section: Section): void {
  const { name, overwrite } = section;
  if (overwrite) return;
  // refresh-credentials without aws-profile writes a profile of its own name: say so, not the input.
  const whose = section.named
    ? `Input 'aws-profile' is "${name}"`
    : `refresh-credentials writes the profile "${name}" when aws-profile is not set`;
  const other = section.named
    ? 'choose another profile name'
    : 'set aws-profile to a name of its own for this step';
  for (const kind of KINDS) {
    const text = user.files[kind].text;
    const headers = text === undefined ? [] : headersNaming(kind, text, name);
    if (headers.length === 0) continue;
    throw new ProfileExistsError(
      `${whose}, but ${user.paths[kind]} already has ${headers.map((h) => JSON.stringify(h)).join(' and ')}, ` +
        'which the AWS tools read as that profile. ' +
        `Set overwrite-aws-profile: true to replace it in this job's copy (your file stays as it is), or ${other}.`,
    );
  }
}

/** The text without the profile's sections; fails when taking them out changes how a tool reads another profile. */
function hidden(user: UserFiles, kind: Kind, name: string): string {
  if (!user.files[kind].utf8) {
    throw new ProfileFileError(
      `${user.paths[kind]} is not UTF-8: the AWS CLI (botocore) refuses such a file whole, and would refuse this job's copy of it too. ` +
        `Save it as UTF-8, or point ${FILE_VARIABLE[kind]} at a file that is.`,
    );
  }
  const text = user.files[kind].text ?? '';
  const out = withoutProfile(kind, text, name);
  const changed = changedProfiles(kind, text, out, name);
  if (changed.length > 0) {
    throw new ProfileFileError(
      `${user.paths[kind]} has lines that the AWS CLI and the AWS SDK for JavaScript read as different sections, ` +
        `so taking out profile ${name} would change profile ${changed.join(', ')}. ` +
        'Start each section with a [header] line that has nothing after the "]", at the start of its line.',
    );
  }
  return out;
}

/**
 * The job's files are named in AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, where botocore
 * expands $NAME and ${NAME} (posixpath.expandvars; ntpath's also %NAME%) and a leading ~, and the
 * JS SDK does not: such a path would name two files. "$(" or a lone "$" is no variable to either.
 * The directory is RUNNER_TEMP's, so that is what to change.
 */
const EXPANDED = {
  win32: /\$(\w+|\{[^}]*\})|%[^%]*%|^~/,
  posix: /\$([A-Za-z0-9_]+|\{[^}]*\})|^~/,
};

export function checkNameable(dir: string, platform: NodeJS.Platform = process.platform): void {
  const found = EXPANDED[platform === 'win32' ? 'win32' : 'posix'].exec(dir)?.[0];
  if (found === undefined) return;
  throw new ProfileFileError(
    `This job's AWS files would be in ${dir}, where the AWS CLI expands ${JSON.stringify(found)} in AWS_CONFIG_FILE and the AWS SDK for JavaScript does not, ` +
      'so they would read different files. Set RUNNER_TEMP (on Windows, LOCALAPPDATA) to a directory without a variable ($NAME, %NAME%) or a leading ~ in its path.',
  );
}

/** What the post step needs: what to delete, and where the config file's digests are. */
export interface JobFiles {
  /** The profile written, or undefined for a config file that only adds an empty [default]. */
  readonly profile: string | undefined;
  /** The private directory; everything else here is inside it. */
  readonly dir: string;
  /** Files holding keys, deleted before anything else, the one with this job's keys first. */
  readonly secrets: readonly string[];
  readonly config: string;
  /** Per file of the job's, per section as written, a digest (a file in `dir`): later edits are named. */
  readonly digests: string;
  /** The directory as made (lstat): the post step deletes in it only while it is still that one. */
  readonly made?: { readonly dev: number; readonly ino: number } | undefined;
}

/** The job's files, planned, with the text each gets, and the variables pointed at them. Nothing is written yet. */
export interface PlannedFiles {
  readonly files: JobFiles;
  readonly texts: Readonly<Record<string, string>>;
  readonly variables: Readonly<Record<string, string>>;
  /** How the config copy is made: a base (the user's text) and the section put after it. */
  readonly appended: { readonly path: string; readonly base: string; readonly section: string } | undefined;
}

/** What goes into the job's config file: a profile and its values, or only an empty [default]. */
type Section = {
  readonly name: string;
  /** The name came from aws-profile (not refresh-credentials' own). */
  readonly named: boolean;
  readonly overwrite: boolean;
  readonly values: Record<string, string>;
};

/**
 * The job's files in `dir`: the config file with the profile's section (or an empty [default]),
 * and, where it has the profile, the credentials file without it. `secrets` names other files of
 * `dir` that hold keys.
 */
export function planJobFiles(
  user: UserFiles,
  section: Section | 'empty-default',
  dir: string,
  secrets: readonly string[] = [],
): PlannedFiles {
  checkNameable(dir);
  if (section === 'empty-default') return emptyDefault(user, dir);
  checkFree(user, section);
  const config = join(dir, 'config');
  const base = hidden(user, 'config', section.name);
  const copy = appendSection(base, configHeader(section.name), section.values);
  const texts: Record<string, string> = { [config]: copy };
  const variables: Record<string, string> = { [FILE_VARIABLE.config]: config };
  const credentials = user.files.credentials.text;
  if (credentials !== undefined && headersNaming('credentials', credentials, section.name).length > 0) {
    const path = join(dir, 'credentials');
    texts[path] = hidden(user, 'credentials', section.name);
    variables[FILE_VARIABLE.credentials] = path;
  }
  const digests = join(dir, 'digests.json');
  const files: JobFiles = {
    profile: section.name,
    dir,
    // The refresher's cache first: in refresh mode it is the one file with keys of this job.
    secrets: [...secrets, ...Object.keys(texts)],
    config,
    digests,
  };
  return { files, texts, variables, appended: { path: config, base, section: copy.slice(base.length) } };
}

/**
 * A file of the job's with an empty [default] profile and no key, for botocore to find a default
 * profile: a credentials file where the user has none (so the user's config file stays the one the
 * tools read), else a config file where the user has none, else a copy of the user's config file.
 */
function emptyDefault(user: UserFiles, dir: string): PlannedFiles {
  const chosen: Kind = user.files.credentials.text === undefined ? 'credentials' : 'config';
  const path = join(dir, chosen);
  const text = appendSection(user.files[chosen].text ?? '', 'default', {});
  const files: JobFiles = {
    profile: undefined,
    dir,
    secrets: [path],
    config: path,
    digests: join(dir, 'digests.json'),
  };
  const base = user.files[chosen].text ?? '';
  const appended = { path, base, section: text.slice(base.length) };
  return { files, texts: { [path]: text }, variables: { [FILE_VARIABLE[chosen]]: path }, appended };
}

/** What an errno means for a directory a file is written to, in words. */
const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'it is not a directory',
  EACCES: 'this user may not write there',
  EPERM: 'this user may not write there',
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'its file system is full',
  EDQUOT: "this user's disk quota is used up",
};

/** The errno of a failed write, as a ProfileFileError that names RUNNER_TEMP and the fix. */
export function unwritable(dir: string, error: unknown): ProfileFileError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why = WHY[code] ?? (error instanceof Error ? error.message : String(error));
  return new ProfileFileError(
    `Could not write this job's AWS files in ${dirname(dir)} (${code || 'error'}: ${why}). ` +
      'Set RUNNER_TEMP (on Windows, LOCALAPPDATA) to a directory this user can write, with room for a few files.',
    { cause: error },
  );
}

/**
 * Before any request: the private directory can be made and the planned files (with placeholder
 * keys) written in it, at their size. Written plainly, no rename, and the directory removed again.
 */
export function probeJobFiles(planned: PlannedFiles): void {
  const { dir } = planned.files;
  try {
    ownDirectory(dir);
    try {
      for (const [path, text] of Object.entries(planned.texts))
        writeFileSync(`${path}.probe`, text, { mode: 0o600, flag: 'wx' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } catch (error) {
    if (error instanceof ProfileFileError || error instanceof UnsafePathError) throw error;
    throw unwritable(dir, error);
  }
}

/** Makes the private directory; what it is (device and inode) goes into the post step's state. */
export function makeJobDirectory(files: JobFiles): JobFiles {
  ownDirectory(files.dir);
  const made = lstatSync(files.dir);
  return { ...files, made: { dev: made.dev, ino: made.ino } };
}

/** Writes the planned files into the private directory (made already), with each one's digests. */
export function writeJobFiles(planned: PlannedFiles, digests = true): void {
  ownDirectory(planned.files.dir);
  for (const [path, text] of Object.entries(planned.texts)) writeSecretFile(path, text);
  if (!digests) return;
  const { appended } = planned;
  const each = Object.entries(planned.texts).map(([path, text]) => [
    path,
    [
      ...(appended?.path === path
        ? appendedDigests('config', appended.base, appended.section)
        : sectionDigests('config', text)),
    ],
  ]);
  writeSecretFile(planned.files.digests, JSON.stringify(Object.fromEntries(each)));
}

/** The sections later steps changed in each file of the job's, by path; read before they go. */
function editsOf(files: JobFiles): Map<string, string[]> {
  const edits = new Map<string, string[]>();
  try {
    const before = JSON.parse(readFileSync(join(files.dir, basename(files.digests)), 'utf8')) as Record<
      string,
      [string, string][]
    >;
    for (const [path, entries] of Object.entries(before)) {
      const digests = new Map(entries);
      const now = readText(path);
      const changed = now === undefined ? [] : changedSections(digests, sectionDigests('config', now));
      if (changed.length > 0) edits.set(path, changed);
    }
  } catch {
    // No digests (a kill before they were written, or a file replaced): nothing to name.
  }
  return edits;
}

/** Why the private directory is not the one the main step made, or undefined (it is, or it is gone). */
function replacedBy(files: JobFiles): string | undefined {
  let now: Stats;
  try {
    now = lstatSync(files.dir);
  } catch {
    return undefined;
  }
  if (now.isSymbolicLink()) return 'it is a symbolic link now';
  if (!now.isDirectory()) return 'it is not a directory now';
  if (files.made && (now.dev !== files.made.dev || now.ino !== files.made.ino))
    return 'it is another directory now';
  return undefined;
}

/** What the post step did to the job's files: what later steps changed in them, and what it left. */
interface Removal {
  /** By path of a file of the job's, the sections later steps changed in it. */
  readonly edits: ReadonlyMap<string, readonly string[]>;
  /** What was not deleted, and why. */
  readonly left: readonly string[];
}

/**
 * Post step: the files with keys first, then the directory (`removeDirectory`: the refresher's
 * retirement, when a refresher may be writing into it). Nothing is deleted through a directory that
 * is no longer the one the main step made (a link, another directory): that is said instead.
 */
export async function removeJobFiles(
  files: JobFiles,
  removeDirectory: (dir: string) => Promise<void> = async (dir) =>
    rmSync(dir, { recursive: true, force: true }),
): Promise<Removal> {
  const replaced = replacedBy(files);
  if (replaced)
    return { edits: new Map(), left: [`${files.dir}: ${replaced}, so nothing was deleted through it`] };
  const edits = editsOf(files);
  const left: string[] = [];
  for (const path of files.secrets) {
    try {
      // Inside the job's own directory: whatever a later step put in its place goes too.
      rmSync(path, { force: true, recursive: true });
    } catch (error) {
      left.push(`${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  try {
    await removeDirectory(files.dir);
  } catch (error) {
    left.push(`${files.dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { edits, left };
}
