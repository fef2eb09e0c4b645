// Named profiles (aws-profile): the section is written into ~/.aws/credentials and ~/.aws/config
// (or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE) by editing lines, so every other profile,
// comment and blank line stays byte for byte. The post step removes what was written.

import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ProfileExistsError, ProfileFileError, UnsafePathError } from './errors.js';
import { readText, writeSecretFile } from './files.js';

interface ProfileFiles {
  readonly credentials: string;
  readonly config: string;
}

export function profileFiles(env: NodeJS.ProcessEnv): ProfileFiles {
  const home = env.HOME || homedir();
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
  };
}

/** The config file names non-default profiles "[profile NAME]"; the credentials file "[NAME]". */
export function sectionName(file: 'credentials' | 'config', profile: string): string {
  return file === 'config' && profile !== 'default' ? `profile ${profile}` : profile;
}

// A section header, with an optional comment after it. [^\n] rather than . so that the \r of a
// CRLF file is taken as part of the line.
const HEADER = /^\s*\[\s*([^\]]*?)\s*\]\s*(?:[;#][^\n]*)?$/;

/** The text without the named section (its header and every line up to the next header). */
export function removeSection(text: string, section: string): { text: string; found: boolean } {
  const out: string[] = [];
  let inside = false;
  let found = false;
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header) inside = header[1] === section;
    if (inside) found = true;
    else out.push(line);
  }
  return { text: out.join('\n'), found };
}

export function hasSection(text: string, section: string): boolean {
  return removeSection(text, section).found;
}

/** The text with the section replaced (or added at the end). */
export function putSection(text: string, section: string, values: Readonly<Record<string, string>>): string {
  const rest = removeSection(text, section).text.replace(/\n*$/, '');
  const block = [`[${section}]`, ...Object.entries(values).map(([k, v]) => `${k} = ${v}`)].join('\n');
  return `${rest === '' ? '' : `${rest}\n\n`}${block}\n`;
}

/** What the post step needs to undo a write. */
export interface WrittenProfile {
  readonly name: string;
  readonly files: ProfileFiles;
  /** Files that did not exist before: removed by the post step if nothing else is left in them. */
  readonly created: readonly string[];
}

/** A symlink or odd file where a profile file should be is a problem with the profile, said as one. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof UnsafePathError)) throw error;
    throw new ProfileFileError(`Refused to write the AWS profile: ${error.message}`, { cause: error });
  }
}

/** Checked before any network call, so that a clash fails fast. */
export function checkProfileWritable(files: ProfileFiles, name: string, overwrite: boolean): void {
  for (const kind of ['credentials', 'config'] as const) {
    const text = guarded(() => readText(files[kind]));
    if (!overwrite && text !== undefined && hasSection(text, sectionName(kind, name))) {
      throw new ProfileExistsError(
        `Input 'aws-profile' is "${name}", but ${files[kind]} already has a [${sectionName(kind, name)}] section. ` +
          'Set overwrite-aws-profile: true to replace it, or choose another profile name.',
      );
    }
  }
}

export function writeProfile(
  files: ProfileFiles,
  name: string,
  credentials: Readonly<Record<string, string>>,
  config: Readonly<Record<string, string>>,
): WrittenProfile {
  const created: string[] = [];
  for (const [kind, values] of [
    ['credentials', credentials],
    ['config', config],
  ] as const) {
    const path = files[kind];
    const text = guarded(() => readText(path));
    if (text === undefined) created.push(path);
    guarded(() => writeSecretFile(path, putSection(text ?? '', sectionName(kind, name), values)));
  }
  return { name, files, created };
}

/** Post step: remove the sections written; leave everything else. */
export function removeProfile(written: WrittenProfile): void {
  for (const kind of ['credentials', 'config'] as const) {
    const path = written.files[kind];
    const text = readText(path);
    if (text === undefined) continue;
    const rest = removeSection(text, sectionName(kind, written.name)).text;
    if (written.created.includes(path) && rest.trim() === '') rmSync(path, { force: true });
    else writeSecretFile(path, rest.replace(/\n*$/, '\n'));
  }
}
