// The words both tools' models answer in: where a tool looks for a file, what it finds there, and
// which credentials and region it ends up with. Pure types and two small helpers.

import { isAbsolute, resolve } from 'node:path';

export type Kind = 'config' | 'credentials';
export const KINDS: readonly Kind[] = ['config', 'credentials'];

/** The variable that names each file; both tools read both. */
export const FILE_VARIABLE: Readonly<Record<Kind, string>> = {
  config: 'AWS_CONFIG_FILE',
  credentials: 'AWS_SHARED_CREDENTIALS_FILE',
};

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where a tool opens a file: a path; `none` when it opens no file at all (botocore with the
 * variable set to ""); `unknown` when the path depends on what this model does not read (the
 * password database for "~NAME").
 */
export type Where = { readonly path: string } | { readonly none: true } | { readonly unknown: string };

/** A file's text as read (undefined: no file there, or one the tool reads as empty, such as /dev/null). */
export interface Seen {
  readonly text: string | undefined;
  /** False when the bytes are not UTF-8: botocore refuses such a file, the JS SDK reads it lossily. */
  readonly utf8: boolean;
}

export type Files = Readonly<Record<Kind, Seen>>;
export const NO_FILE: Seen = { text: undefined, utf8: true };

/** Which credentials a tool ends up with, or why it fails. */
export type Source =
  | { readonly kind: 'env'; readonly accessKeyId: string }
  | { readonly kind: 'keys'; readonly file: Kind; readonly accessKeyId: string }
  | { readonly kind: 'process'; readonly command: string }
  | { readonly kind: 'assume-role'; readonly roleArn: string }
  | { readonly kind: 'web-identity'; readonly from: 'environment' | 'profile' }
  | { readonly kind: 'sso' | 'login' }
  /** Nothing in the environment or the files: a container or instance role, or no credentials. */
  | { readonly kind: 'none' };

export type Resolution =
  | {
      readonly ok: true;
      /** The profile the tool reads, undefined when none is named (botocore's implicit default). */
      readonly profile: string | undefined;
      readonly source: Source;
      readonly region: string | undefined;
    }
  | { readonly ok: false; readonly why: string };

/** The model of one tool. */
export interface ToolModel {
  /** Who the tool is, with the version its rules were read from. */
  readonly name: string;
  where(kind: Kind, env: Env, cwd: string): Where;
  /** The profiles of one file as this tool reads it; `refused` when it cannot read the file at all. */
  profiles(kind: Kind, seen: Seen): { readonly profiles: ProfileMap; readonly refused: string | undefined };
  /** Each header line of the text, in text order: its offset, and the profile name it gives (undefined: none). */
  headers(kind: Kind, text: string): readonly Header[];
  resolve(env: Env, files: Files): Resolution;
}

/** A line a tool reads as a header: where it starts in the text, and the profile it names (undefined: none). */
export type Header = readonly [offset: number, profile: string | undefined];

export type Values = Readonly<Record<string, string>>;
export type ProfileMap = ReadonlyMap<string, Values>;

/** A path as a later step opens it: relative paths from the working directory. */
export const absolute = (path: string, cwd: string): string => (isAbsolute(path) ? path : resolve(cwd, path));

/** The value a variable has, or undefined; a variable set to "" is set. */
export const variableOf = (env: Env, name: string): string | undefined =>
  Object.hasOwn(env, name) ? env[name] : undefined;

/** A profile's key, own properties only (a profile named "constructor" is a name like another). */
export const keyOf = (values: Values | undefined, key: string): string | undefined =>
  values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;

/**
 * A function of a text that remembers its last four answers: a step asks about the same file (of
 * hundreds of thousands of profiles, it may be) several times, and a map finds a string it has
 * hashed once at once.
 */
export function lastFour<T>(f: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text) as T;
    const answer = f(text);
    recent.set(text, answer);
    if (recent.size > 4) recent.delete(recent.keys().next().value as string);
    return answer;
  };
}
