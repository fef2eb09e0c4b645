// refresh-credentials, the main step's side: in the job's private directory (profile.ts), the
// refresher's settings and its credential cache (both 0600, the cache seeded with this step's
// credentials); in the job's own config file, a profile whose credential_process runs the bundled
// refresher. The post step deletes the cache with the other files that hold keys, then retires
// the directory.

import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestSettings, SessionSettings } from '../inputs/config.js';
import { configuredStsEndpoint } from '../network/endpoint.js';
import { entryOf, MINT_WAIT, writeCache } from '../refresh/cache.js';
import { argumentsOf, commandLine } from '../refresh/command-line.js';
import { type ChainSettings, type RefreshSettings, retiredMark } from '../refresh/settings.js';
import { writeSecretFile } from '../runner/files.js';
import { withLock } from '../runner/lock.js';
import type { StsCredentials } from '../sts/sts.js';
import { jsSdk } from '../tools/js-sdk.js';
import { keyOf } from '../tools/resolution.js';
import { filesOf } from './seen.js';

/** The profile's name when aws-profile does not give one. */
export const DEFAULT_REFRESH_PROFILE = 'aws-oidc-refresh';

/** dist/refresh/index.js, beside this bundle. Built from parts so the bundler leaves it a path. */
function bundledRefresher(): string {
  return join(dirname(fileURLToPath(import.meta.url)), ['refresh', 'index.js'].join('/'));
}

/** The refresher's files in the job's private directory, and the line that runs it. */
export interface RefreshFiles {
  readonly settingsFile: string;
  readonly cacheFile: string;
  /** What the profile runs; computed first, so a path it cannot name stops the step before any write. */
  readonly credentialProcess: string;
}

/** The command line that runs the refresher; throws when this platform's shells cannot name a path. */
function refresherCommand(settingsFile: string): string {
  // Absolute paths: a later step may have another node (or none) first on its PATH.
  return commandLine([process.execPath, bundledRefresher(), settingsFile]);
}

/** Where the refresher's files go in `dir`, and the credential_process line; nothing is written yet. */
export function planRefreshFiles(dir: string): RefreshFiles {
  const settingsFile = join(dir, 'settings.json');
  return {
    settingsFile,
    cacheFile: join(dir, 'cache.json'),
    credentialProcess: refresherCommand(settingsFile),
  };
}

/** The settings and the seeded cache, into the private directory (made already). */
export function writeRefreshFiles(
  files: RefreshFiles,
  settings: RefreshSettings,
  first: StsCredentials,
): void {
  writeSecretFile(files.settingsFile, JSON.stringify(settings));
  writeCache(files.cacheFile, entryOf(first, Date.now()));
}

/**
 * No refresher writes into the directory again. The settings file goes first: a refresher checks
 * it under the cache lock before it caches what it minted. Then, under that lock (a mint in flight
 * finishes first), the directory goes; no refresher makes it again.
 */
export async function retire(files: RefreshFiles, dir: string): Promise<void> {
  // Beside the directory, empty: a refresher that finds the directory gone can say the post step ran.
  try {
    writeFileSync(retiredMark(dir), '', { flag: 'wx', mode: 0o600 });
  } catch {
    // Already there, or RUNNER_TEMP itself is gone: the refresher says what it finds.
  }
  rmSync(files.settingsFile, { force: true });
  if (!existsSync(dir)) return;
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  await withLock(files.cacheFile, MINT_WAIT, remove).catch(remove);
}

/**
 * The settings file of the refreshing profile AWS_PROFILE names, when it is one of this action's
 * (its credential_process runs our refresher); undefined otherwise. For role-chaining from it.
 */
export function settingsFileOfProfile(
  env: NodeJS.ProcessEnv,
  cwd: string = process.cwd(),
): string | undefined {
  const name = env.AWS_PROFILE;
  if (!name) return undefined;
  // As the JS SDK reads it, which is how this step reads its own credentials.
  const files = filesOf(jsSdk, env, cwd);
  const line = keyOf(jsSdk.profiles('config', files.config).profiles.get(name), 'credential_process');
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
  Pick<RequestSettings, 'stsEndpoint' | 'httpTimeoutMs' | 'maxAttempts' | 'throttlesCount' | 'proxy'>;

/** The settings the refresher reads; no request token, and a proxy only when it came from the input. */
export function refreshSettings(
  config: RefreshInputs,
  roleArn: string,
  where: { readonly profile: string; readonly cacheFile: string },
  env: NodeJS.ProcessEnv,
  chain: Pick<ChainSettings, 'source' | 'tags'> | undefined,
): RefreshSettings {
  const common = {
    profile: where.profile,
    roleArn,
    region: config.region,
    // The endpoint this step used, so a later step without the variables reaches the same STS.
    stsEndpoint: configuredStsEndpoint(config.stsEndpoint, env),
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
    cacheFile: where.cacheFile,
  };
  return chain
    ? { ...common, kind: 'chain', ...chain }
    : { ...common, kind: 'oidc', audience: config.audience };
}
