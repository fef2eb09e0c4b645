// How botocore 1.43.11 (the AWS CLI v1, boto3) reads the job: each rule names the file of
// botocore's source it comes from. Pure: an environment and the files' texts in, a resolution out.

import { readIni } from './configparser.js';
import { expandUser, expandVars, shlexSplit } from './python.js';
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
  variableOf,
  type Where,
} from './resolution.js';

const NAME = 'the AWS CLI and boto3 (botocore)';

/**
 * configprovider.py: AWS_CONFIG_FILE, else ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, else
 * ~/.aws/credentials), a variable set to "" included; configloader.py raw_config_parse expands
 * $VAR, then ~, and opens nothing when the result is not a file (os.path.isfile("") is false).
 */
function where(kind: Kind, env: Env, cwd: string): Where {
  const raw = variableOf(env, FILE_VARIABLE[kind]) ?? `~/.aws/${kind}`;
  const expanded = expandUser(expandVars(raw, env), env);
  if (expanded === undefined) return { unknown: `${raw} names a home directory this step cannot look up` };
  return expanded === '' ? { none: true } : { path: absolute(expanded, cwd) };
}

/**
 * configloader.py build_profile_map: a section whose name starts with "profile" and splits
 * (shlex) into two words is the profile named by the second word, whatever the first; "default"
 * is the default profile. A later section of the same profile replaces an earlier one.
 */
function profileOfSection(kind: Kind, section: string): string | undefined {
  if (kind === 'credentials') return section;
  if (section.startsWith('profile')) {
    const words = shlexSplit(section);
    return words?.length === 2 ? words[1] : undefined;
  }
  return section === 'default' ? 'default' : undefined;
}

/** The profiles of one text of this kind; a text configparser refuses is refused whole. */
function profilesIn(kind: Kind, text: string): { profiles: ProfileMap; refused: string | undefined } {
  const found = new Map<string, Values>();
  const read = readIni(text);
  if (read.error !== undefined) return { profiles: found, refused: read.error };
  for (const [section, values] of read.sections) {
    const name = profileOfSection(kind, section);
    if (name !== undefined) found.set(name, values);
  }
  return { profiles: found, refused: undefined };
}

/** The last four texts of each kind, remembered. */
const profilesOf: Record<Kind, (text: string) => { profiles: ProfileMap; refused: string | undefined }> = {
  config: lastFour((text) => profilesIn('config', text)),
  credentials: lastFour((text) => profilesIn('credentials', text)),
};

/** The profiles of one file; a file that is not UTF-8 is refused whole (UnicodeDecodeError). */
function profiles(kind: Kind, seen: Seen): { profiles: ProfileMap; refused: string | undefined } {
  if (seen.text === undefined) return { profiles: new Map(), refused: undefined };
  if (!seen.utf8) return { profiles: new Map(), refused: 'it is not UTF-8' };
  return profilesOf[kind](seen.text);
}

function headers(kind: Kind, text: string): Header[] {
  return readIni(text).headers.map((h) => [
    h.offset,
    h.name === 'DEFAULT' ? undefined : profileOfSection(kind, h.name),
  ]);
}

/**
 * session.py full_config: the credentials file's sections join the config file's profiles, key by
 * key. Asked one name at a time: building the whole map would copy every profile of a big file.
 */
function merged(config: ProfileMap, credentials: ProfileMap) {
  return {
    has: (name: string) => config.has(name) || credentials.has(name),
    get: (name: string): Values | undefined =>
      config.has(name) || credentials.has(name)
        ? { ...config.get(name), ...credentials.get(name) }
        : undefined,
  };
}

/**
 * credentials.py create_credential_resolver and ProfileProviderBuilder.providers, in order: the
 * environment's keys; a role_arn (without web_identity_token_file); web identity, the
 * environment's AWS_WEB_IDENTITY_TOKEN_FILE (even "") before the profile's; SSO (sso_role_name or
 * sso_account_id); the credentials file's keys; login_session; credential_process; the config
 * file's keys. AWS_PROFILE in the environment does not take the environment's keys out of the chain
 * (only --profile does).
 */
function sourceOf(
  env: Env,
  profile: Values | undefined,
  files: Record<Kind, Values | undefined>,
  exists: (name: string) => boolean,
): Source | string {
  const accessKeyId = env.AWS_ACCESS_KEY_ID ?? '';
  if (accessKeyId !== '') {
    if ((env.AWS_SECRET_ACCESS_KEY ?? '') === '')
      return 'AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY';
    return { kind: 'env', accessKeyId };
  }
  const roleArn = keyOf(profile, 'role_arn');
  if (roleArn !== undefined && keyOf(profile, 'web_identity_token_file') === undefined) {
    const refused = roleSourceRefused(profile, exists);
    return refused ?? { kind: 'assume-role', roleArn };
  }
  const fromEnv = (name: string, key: string) => variableOf(env, name) ?? keyOf(profile, key);
  if (fromEnv('AWS_WEB_IDENTITY_TOKEN_FILE', 'web_identity_token_file')) {
    if (!fromEnv('AWS_ROLE_ARN', 'role_arn')) return 'web identity is set up without a role ARN';
    const from = variableOf(env, 'AWS_WEB_IDENTITY_TOKEN_FILE') === undefined ? 'profile' : 'environment';
    return { kind: 'web-identity', from };
  }
  const sso = ssoSource(profile);
  if (sso !== undefined) return sso;
  const credentialsKeys = keysIn('credentials', files.credentials);
  if (credentialsKeys !== undefined) return credentialsKeys;
  if (keyOf(profile, 'login_session') !== undefined) return { kind: 'login' };
  const command = keyOf(profile, 'credential_process');
  if (command !== undefined) return { kind: 'process', command };
  return keysIn('config', files.config) ?? { kind: 'none' };
}

/**
 * AssumeRoleProvider._get_role_config and _resolve_source_credentials: source_profile or
 * credential_source, not both; a source_profile that exists; a credential_source that is_supported,
 * and Environment's keys, which come first in the chain, so are not there when this is asked.
 */
function roleSourceRefused(
  profile: Values | undefined,
  exists: (name: string) => boolean,
): string | undefined {
  const source = keyOf(profile, 'source_profile');
  const credentialSource = keyOf(profile, 'credential_source');
  if (credentialSource === undefined)
    return source !== undefined && exists(source)
      ? undefined
      : 'role_arn without a source_profile that exists';
  if (source !== undefined) return 'role_arn with both source_profile and credential_source';
  return ['Ec2InstanceMetadata', 'EcsContainer'].includes(credentialSource)
    ? undefined
    : `credential_source ${credentialSource} gives the role no credentials here`;
}

/**
 * SSOProvider._load_sso_config: sso_role_name or sso_account_id makes the profile SSO's; without an
 * sso_session, the four settings are all required (InvalidConfigError). A session's own settings
 * are not modelled: a profile that names one is taken as SSO's.
 */
function ssoSource(profile: Values | undefined): Source | string | undefined {
  const required = ['sso_role_name', 'sso_account_id', 'sso_start_url', 'sso_region'];
  if (required.slice(0, 2).every((k) => keyOf(profile, k) === undefined)) return undefined;
  const missing = required.filter((k) => keyOf(profile, k) === undefined);
  return keyOf(profile, 'sso_session') !== undefined || missing.length === 0
    ? { kind: 'sso' }
    : `the profile is configured to use SSO but is missing ${missing.join(', ')}`;
}

/** SharedCredentialProvider and ConfigProvider: aws_access_key_id needs aws_secret_access_key (PartialCredentialsError). */
function keysIn(file: Kind, values: Values | undefined): Source | string | undefined {
  const accessKeyId = keyOf(values, 'aws_access_key_id');
  if (accessKeyId === undefined) return undefined;
  if (keyOf(values, 'aws_secret_access_key') === undefined)
    return `aws_access_key_id without aws_secret_access_key in the ${file} file`;
  return { kind: 'keys', file, accessKeyId };
}

/**
 * session.py get_scoped_config: AWS_DEFAULT_PROFILE, else AWS_PROFILE (configprovider.py), names
 * the profile, and a named profile has to exist, "default" and "" included; unnamed, the default
 * profile is read if there is one. The region: AWS_DEFAULT_REGION (even ""), else the profile's.
 */
function resolve(env: Env, files: Files): Resolution {
  const config = profiles('config', files.config);
  const credentials = profiles('credentials', files.credentials);
  for (const [kind, read] of [
    ['config', config],
    ['credentials', credentials],
  ] as const) {
    if (read.refused !== undefined)
      return { ok: false, why: `it cannot read its ${kind} file (${read.refused})` };
  }
  const all = merged(config.profiles, credentials.profiles);
  const named = variableOf(env, 'AWS_DEFAULT_PROFILE') ?? variableOf(env, 'AWS_PROFILE');
  if (named !== undefined && !all.has(named))
    return { ok: false, why: `the config profile (${named}) could not be found` };
  const name = named ?? 'default';
  const profile = all.get(name);
  const source = sourceOf(
    env,
    profile,
    { config: config.profiles.get(name), credentials: credentials.profiles.get(name) },
    (n) => all.has(n),
  );
  if (typeof source === 'string') return { ok: false, why: source };
  const region = variableOf(env, 'AWS_DEFAULT_REGION') ?? keyOf(profile, 'region');
  return { ok: true, profile: named, source, region };
}

export const botocore: ToolModel = { name: NAME, where, profiles, headers, resolve };
