// How the AWS SDK for JavaScript v3 reads the job: @smithy/core 3.41.1's config submodule
// (shared-ini-file-loader: getConfigFilepath, loadSharedConfigFiles, parseIni, getConfigData,
// mergeConfigFiles, getProfileName), @aws-sdk/credential-provider-node 3.972.98 (defaultProvider)
// and @aws-sdk/credential-provider-ini 3.973.31 (resolveProfileData). Pure.

import { join, sep } from 'node:path';
import {
  absolute,
  type Env,
  FILE_VARIABLE,
  type Files,
  type Header,
  type Kind,
  keyOf,
  lastFour,
  type ProfileMap,
  type Resolution,
  type Seen,
  type Source,
  type ToolModel,
  type Values,
  type Where,
} from './resolution.js';

const NAME = 'the AWS SDK for JavaScript';
const PREFIXED = /^([\w-]+)\s(["'])?([\w\-@+.%:/]+)\2$/;
const SECTION_TYPES = ['profile', 'sso-session', 'services'];
const BLOCKED = ['__proto__', 'profile __proto__'];

/** getHomeDir: HOME, USERPROFILE, HOMEDRIVE + HOMEPATH; os.homedir() after that, which this model does not read. */
function homeOf(env: Env): string | undefined {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? `C:${sep}`}${env.HOMEPATH}`;
  return undefined;
}

/** getConfigFilepath: the variable unless it is unset or ""; loadSharedConfigFiles expands a leading "~/" only. */
function where(kind: Kind, env: Env, cwd: string): Where {
  const home = homeOf(env);
  const raw = env[FILE_VARIABLE[kind]] || (home === undefined ? undefined : join(home, '.aws', kind));
  if (raw === undefined || (raw.startsWith('~/') && home === undefined))
    return { unknown: 'HOME is not set' };
  return { path: absolute(raw.startsWith('~/') ? join(home as string, raw.slice(2)) : raw, cwd) };
}

/** A line as parseIni sees it: comments cut at "#" or ";" after a space or at the start, then trimmed. */
const COMMENT = /(^|\s)[;#]/;
const trimmedOf = (line: string) => {
  const at = COMMENT.exec(line)?.index;
  return (at === undefined ? line : line.slice(0, at)).trim();
};

/**
 * parseIni's name for a header line's section (null: a section whose lines it drops), with the
 * text between the brackets; undefined when the line is no header.
 */
function sectionOf(line: string): { section: string | null; inner: string } | undefined {
  const trimmed = trimmedOf(line);
  if (!(trimmed.startsWith('[') && trimmed.endsWith(']'))) return undefined;
  const inner = trimmed.slice(1, -1);
  const m = PREFIXED.exec(inner);
  if (!m) return { section: inner === '' ? null : inner, inner };
  return { section: SECTION_TYPES.includes(m[1] as string) ? `${m[1]}.${m[3]}` : null, inner };
}

/** getConfigData: "profile.NAME" is NAME, "default" is default; the credentials file's names are as written. */
function profileOfSection(kind: Kind, section: string | null): string | undefined {
  if (section === null || kind === 'credentials') return section ?? undefined;
  if (section === 'default') return 'default';
  const dot = section.indexOf('.');
  return dot !== -1 && section.slice(0, dot) === 'profile' ? section.slice(dot + 1) : undefined;
}

interface Parsed {
  /** The sections, key by key; a section met twice is merged, the later key winning. */
  readonly sections: Map<string, Record<string, string>>;
  /** Each header line's offset and section, in text order. */
  readonly headers: readonly (readonly [number, string | null])[];
  readonly refused: string | undefined;
}

/** parseIni: lines split at "\n" or "\r\n"; a key line is "name = value" with a name; an empty value opens a sub-section. */
function parse(text: string): Parsed {
  const sections = new Map<string, Record<string, string>>();
  const headers: [number, string | null][] = [];
  let current: string | null = null;
  let sub: string | undefined;
  for (let offset = 0, next = 0; offset < text.length; offset = next) {
    const nl = text.indexOf('\n', offset);
    next = nl === -1 ? text.length : nl + 1;
    const end = nl > offset && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl === -1 ? text.length : nl;
    const bare = text.slice(offset, end);
    const header = sectionOf(bare);
    if (header !== undefined) {
      if (BLOCKED.includes(header.inner))
        return { sections: new Map(), headers, refused: `a [${header.inner}] section` };
      headers.push([offset, header.section]);
      current = header.section;
      sub = undefined;
    } else if (current !== null) sub = keyLine(sections, current, sub, bare);
  }
  return { sections, headers, refused: undefined };
}

/** One key line of the current section; returns the sub-section it leaves open. */
function keyLine(
  sections: Map<string, Record<string, string>>,
  current: string,
  sub: string | undefined,
  line: string,
): string | undefined {
  const trimmed = trimmedOf(line);
  const eq = trimmed.indexOf('=');
  if (eq <= 0) return sub;
  const [name, value] = [trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim()];
  if (value === '') return name;
  const open = sub !== undefined && line.trimStart() !== line ? sub : undefined;
  const values = sections.get(current) ?? {};
  sections.set(current, values);
  values[open === undefined ? name : `${open}.${name}`] = value;
  return open;
}

const parsed = lastFour(parse);

/** The profiles of a file of this kind, the last four texts of each kind remembered. */
const profilesOf: Record<Kind, (text: string) => { profiles: ProfileMap; refused: string | undefined }> = {
  config: lastFour((text) => profilesIn('config', text)),
  credentials: lastFour((text) => profilesIn('credentials', text)),
};

function profiles(kind: Kind, seen: Seen): { profiles: ProfileMap; refused: string | undefined } {
  return seen.text === undefined ? { profiles: new Map(), refused: undefined } : profilesOf[kind](seen.text);
}

function profilesIn(kind: Kind, text: string): { profiles: ProfileMap; refused: string | undefined } {
  const read = parsed(text);
  const found = new Map<string, Values>();
  // getConfigData sets the [default] section first, then every "profile.NAME": [profile default] replaces it.
  const first = read.sections.get('default');
  if (first !== undefined) found.set(profileOfSection(kind, 'default') ?? 'default', first);
  for (const [section, values] of read.sections) {
    const name = section === 'default' ? undefined : profileOfSection(kind, section);
    if (name !== undefined) found.set(name, values);
  }
  return { profiles: found, refused: read.refused };
}

function headers(kind: Kind, text: string): Header[] {
  return parsed(text).headers.map(([offset, section]) => [offset, profileOfSection(kind, section)]);
}

/** resolveProfileData's order: a role, static keys, web identity, credential_process, SSO, login. */
function profileSource(data: Values | undefined, credentials: Values | undefined): Source | undefined {
  const roleArn = keyOf(data, 'role_arn');
  const sourceProfile = keyOf(data, 'source_profile');
  const credentialSource = keyOf(data, 'credential_source');
  if (roleArn !== undefined && (sourceProfile === undefined) !== (credentialSource === undefined))
    return { kind: 'assume-role', roleArn };
  const accessKeyId = keyOf(data, 'aws_access_key_id');
  if (accessKeyId !== undefined && keyOf(data, 'aws_secret_access_key') !== undefined) {
    const file = keyOf(credentials, 'aws_access_key_id') === undefined ? 'config' : 'credentials';
    return { kind: 'keys', file, accessKeyId };
  }
  if (keyOf(data, 'web_identity_token_file') !== undefined && roleArn !== undefined)
    return { kind: 'web-identity', from: 'profile' };
  const command = keyOf(data, 'credential_process');
  if (command !== undefined) return { kind: 'process', command };
  if (
    ['sso_start_url', 'sso_account_id', 'sso_session', 'sso_region', 'sso_role_name'].some(
      (k) => keyOf(data, k) !== undefined,
    )
  )
    return { kind: 'sso' };
  return keyOf(data, 'login_session') ? { kind: 'login' } : undefined;
}

/**
 * defaultProvider: the environment's keys unless AWS_PROFILE is set and not ""; then fromIni with
 * AWS_PROFILE (or "default"); then AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN. A file it cannot
 * parse is read as empty (loadSharedConfigFiles swallows the error); the credentials file wins key
 * by key (mergeConfigFiles). The region: AWS_REGION (even ""), else the profile's.
 */
function resolve(env: Env, files: Files): Resolution {
  const profile = env.AWS_PROFILE || undefined;
  const name = profile ?? 'default';
  // The files only when the answer needs them: a big file is not read for nothing.
  const envKeys =
    profile === undefined && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? env.AWS_ACCESS_KEY_ID
      : undefined;
  if (envKeys && env.AWS_REGION !== undefined)
    return { ok: true, profile, source: { kind: 'env', accessKeyId: envKeys }, region: env.AWS_REGION };
  const config = profiles('config', files.config).profiles.get(name);
  const credentials = profiles('credentials', files.credentials).profiles.get(name);
  const data = config === undefined && credentials === undefined ? undefined : { ...config, ...credentials };
  const region = env.AWS_REGION ?? keyOf(data, 'region');
  const answer = (source: Source): Resolution => ({ ok: true, profile, source, region });
  if (envKeys) return answer({ kind: 'env', accessKeyId: envKeys });
  const fromIni = profileSource(data, credentials);
  if (fromIni) return answer(fromIni);
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
    return answer({ kind: 'web-identity', from: 'environment' });
  return answer({ kind: 'none' });
}

export const jsSdk: ToolModel = { name: NAME, where, profiles, headers, resolve };
