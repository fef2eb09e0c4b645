// refresh-credentials, the main step's side: a private directory of the job (0700 in RUNNER_TEMP;
// on Windows in %LOCALAPPDATA%, files.ts privateDirectoryName)
// holding the refresher's settings and its credential cache (both 0600, seeded with this step's
// credentials), and a profile in the user's own config file (a marked block, as aws-profile
// writes it) whose credential_process runs the bundled refresher. The user's other profiles stay
// visible; several refreshing profiles can live side by side. The post step removes all of it.

import { existsSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownDirectory, privateDirectoryName, readText, writeSecretFile } from '../files.js';
import { findSections } from '../ini-edit.js';
import type { DestinationSettings, LimitSettings, SessionSettings } from '../inputs/config.js';
import { withLock } from '../lock.js';
import {
  checkProfileWritable,
  type ProfileValues,
  planProfile,
  profileFiles,
  type Removal,
  removeProfile,
  sectionName,
  type WrittenProfile,
  writeProfile,
} from '../profile.js';
import type { StsCredentials } from '../sts.js';
import { entryOf, MINT_WAIT, writeCache } from './cache.js';
import { argumentsOf, commandLine } from './command-line.js';
import type { ChainSettings, RefreshSettings } from './settings.js';

const DEFAULT_REFRESH_PROFILE = 'aws-oidc-refresh';

/** dist/refresh/index.js, beside this bundle. Built from parts so the bundler leaves it a path. */
function bundledRefresher(): string {
  return join(dirname(fileURLToPath(import.meta.url)), ['refresh', 'index.js'].join('/'));
}

export interface RefreshFiles {
  /** This job's private directory (privateDirectoryName). */
  readonly dir: string;
  readonly settingsFile: string;
  readonly cacheFile: string;
  /** The profile block in the user's config file. */
  readonly profile: WrittenProfile;
  /** Its lines: the region and the credential_process. */
  readonly values: ProfileValues;
  /** What the profile runs; computed first, so a path it cannot name stops the step before any write. */
  readonly credentialProcess: string;
}

type Profile = DestinationSettings['profile'];

/** The command line that runs the refresher; throws when this platform's shells cannot name a path. */
function refresherCommand(settingsFile: string): string {
  // Absolute paths: a later step may have another node (or none) first on its PATH.
  return commandLine([process.execPath, bundledRefresher(), settingsFile]);
}

/** Where everything goes, and the credential_process line; nothing is written yet. */
export function planRefreshProfile(
  profile: Profile,
  id: string,
  region: string,
  env: NodeJS.ProcessEnv,
): RefreshFiles {
  const dir = privateDirectoryName(env);
  const settingsFile = join(dir, 'settings.json');
  const credentialProcess = refresherCommand(settingsFile);
  const values = { config: { region, credential_process: credentialProcess } };
  const plan = {
    id,
    name: profile?.name ?? DEFAULT_REFRESH_PROFILE,
    files: profileFiles(env),
    overwrite: profile?.overwrite ?? false,
    backupDir: join(dir, 'replaced'),
  };
  const written = planProfile(plan, values);
  return {
    dir,
    settingsFile,
    cacheFile: join(dir, 'cache.json'),
    profile: written,
    values,
    credentialProcess,
  };
}

/**
 * Before any request: the profile name is free in the user's files, and credential_process can
 * name the refresher, node and a settings file in RUNNER_TEMP on this platform.
 */
export async function checkRefreshProfile(profile: Profile, env: NodeJS.ProcessEnv): Promise<void> {
  const name = profile?.name ?? DEFAULT_REFRESH_PROFILE;
  await checkProfileWritable(profileFiles(env), name, profile?.overwrite ?? false);
  refresherCommand(join(privateDirectoryName(env), 'settings.json'));
}

export async function writeRefreshProfile(
  files: RefreshFiles,
  settings: RefreshSettings,
  first: StsCredentials,
): Promise<void> {
  ownDirectory(files.dir);
  writeSecretFile(files.settingsFile, JSON.stringify(settings));
  writeCache(files.cacheFile, entryOf(first, Date.now()));
  await writeProfile(files.profile, files.values);
}

export async function removeRefreshProfile(files: RefreshFiles): Promise<Removal> {
  const removal = await removeProfile(files.profile);
  await retire(files);
  return removal;
}

/**
 * No refresher writes into the directory again. The settings file goes first: a refresher checks
 * it under the cache lock before it caches what it minted. Then, under that lock (a mint in flight
 * finishes first), the directory goes; no refresher makes it again.
 */
async function retire(files: RefreshFiles): Promise<void> {
  rmSync(files.settingsFile, { force: true });
  if (!existsSync(files.dir)) return;
  const remove = () => rmSync(files.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  await withLock(files.cacheFile, MINT_WAIT, remove).catch(remove);
}

/**
 * The settings file of the refreshing profile AWS_PROFILE names, when it is one of this action's
 * (its credential_process runs our refresher); undefined otherwise. For role-chaining from it.
 */
export function settingsFileOfProfile(env: NodeJS.ProcessEnv): string | undefined {
  const name = env.AWS_PROFILE;
  const text = name ? readText(profileFiles(env).config) : undefined;
  if (!name || text === undefined) return undefined;
  const [range] = findSections(text, sectionName('config', name));
  const body = range ? text.slice(range.start, range.end) : '';
  const line = /^\s*credential_process\s*=\s*(.*?)\s*$/m.exec(body)?.[1];
  const args = line === undefined ? undefined : argumentsOf(line);
  const refresher = ['refresh', 'index.js'].join(sep);
  return args?.length === 3 && args[1]?.endsWith(refresher) ? args[2] : undefined;
}

/** What the refresher repeats of this step's session. */
export type RefreshInputs = { readonly region: string } & Pick<
  SessionSettings,
  | 'audience'
  | 'roleSessionName'
  | 'roleDurationSeconds'
  | 'inlineSessionPolicy'
  | 'managedSessionPolicies'
  | 'transitiveTagKeys'
  | 'roleExternalId'
> &
  Pick<LimitSettings, 'stsEndpoint' | 'httpTimeoutMs' | 'maxAttempts' | 'throttlesCount' | 'proxy'>;

/** The settings the refresher reads; no request token, and a proxy only when it came from the input. */
export function refreshSettings(
  config: RefreshInputs,
  roleArn: string,
  files: RefreshFiles,
  env: NodeJS.ProcessEnv,
  chain: Pick<ChainSettings, 'source' | 'tags'> | undefined,
): RefreshSettings {
  const common = {
    profile: files.profile.name,
    roleArn,
    region: config.region,
    // The endpoint this step used, so a later step without AWS_ENDPOINT_URL_STS reaches the same STS.
    stsEndpoint: config.stsEndpoint ?? env.AWS_ENDPOINT_URL_STS,
    httpTimeoutMs: config.httpTimeoutMs,
    roleSessionName: config.roleSessionName,
    roleDurationSeconds: config.roleDurationSeconds,
    inlineSessionPolicy: config.inlineSessionPolicy,
    managedSessionPolicies: config.managedSessionPolicies,
    transitiveTagKeys: chain ? config.transitiveTagKeys : [],
    roleExternalId: chain ? config.roleExternalId : undefined,
    maxAttempts: config.maxAttempts,
    throttlesCount: config.throttlesCount,
    // A later step has the environment's proxy (and its password) itself; only the input's is kept.
    proxy: config.proxy.url === undefined || config.proxy.fromEnvironment ? undefined : config.proxy,
    cacheFile: files.cacheFile,
  };
  return chain
    ? { ...common, kind: 'chain', ...chain }
    : { ...common, kind: 'oidc', audience: config.audience };
}
