// refresh-credentials: a config file of our own in RUNNER_TEMP whose profile runs the bundled
// refresher as its credential_process, and the 0600 settings file the refresher reads. The user's
// ~/.aws is untouched; AWS_CONFIG_FILE and AWS_PROFILE name ours.

import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownDirectory, privateDirectoryName, writeSecretFile } from './files.js';
import type { Config } from './inputs/config.js';
import type { StsConfig } from './sts.js';

const DEFAULT_REFRESH_PROFILE = 'aws-oidc-refresh';

/** dist/refresh/index.js, beside this bundle. Built from parts so the bundler leaves it a path. */
function bundledRefresher(): string {
  return join(dirname(fileURLToPath(import.meta.url)), ['refresh', 'index.js'].join('/'));
}

/** Everything the refresher needs; written 0600, removed by the post step. */
export interface RefreshSettings extends StsConfig {
  readonly roleArn: string;
  readonly audience: string;
  readonly maxAttempts: number;
  readonly proxy: Config['proxy'];
  /** Fallbacks for a step that lacks ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN in its environment. */
  readonly requestUrl: string;
  readonly requestToken: string;
}

export interface RefreshFiles {
  /** This job's private directory (0700) in RUNNER_TEMP, holding the two files. */
  readonly dir: string;
  readonly configFile: string;
  readonly settingsFile: string;
  readonly profile: string;
}

const quote = (path: string) => {
  if (/["\n]/.test(path)) throw new Error(`Cannot name ${path} in credential_process: it contains a quote`);
  return `"${path}"`;
};

/** Where the files go: a private directory of this job (made when written), so that RUNNER_TEMP itself is never touched. */
export function planRefreshProfile(config: Config, env: NodeJS.ProcessEnv): RefreshFiles {
  const dir = privateDirectoryName(env.RUNNER_TEMP || tmpdir());
  return {
    dir,
    configFile: join(dir, 'config'),
    settingsFile: join(dir, 'settings.json'),
    profile: config.profile?.name ?? DEFAULT_REFRESH_PROFILE,
  };
}

export function writeRefreshProfile(
  files: RefreshFiles,
  config: Config,
  roleArn: string,
  env: NodeJS.ProcessEnv,
  refresher = bundledRefresher(),
): void {
  const settings: RefreshSettings = {
    roleArn,
    region: config.region,
    audience: config.audience,
    // The endpoint this step used, so a later step without AWS_ENDPOINT_URL_STS reaches the same STS.
    stsEndpoint: config.stsEndpoint ?? env.AWS_ENDPOINT_URL_STS,
    httpTimeoutMs: config.httpTimeoutMs,
    roleSessionName: config.roleSessionName,
    roleDurationSeconds: config.roleDurationSeconds,
    inlineSessionPolicy: config.inlineSessionPolicy,
    managedSessionPolicies: config.managedSessionPolicies,
    transitiveTagKeys: [],
    roleExternalId: undefined,
    maxAttempts: config.maxAttempts,
    proxy: config.proxy,
    requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '',
    requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '',
  };
  ownDirectory(files.dir);
  writeSecretFile(files.settingsFile, JSON.stringify(settings));
  // Absolute paths: a later step may have another node (or none) first on its PATH.
  const section = files.profile === 'default' ? 'default' : `profile ${files.profile}`;
  writeSecretFile(
    files.configFile,
    `[${section}]\nregion = ${config.region}\ncredential_process = ${quote(process.execPath)} ${quote(refresher)} ${quote(files.settingsFile)}\n`,
  );
}

export function removeRefreshProfile(files: RefreshFiles): void {
  rmSync(files.dir, { recursive: true, force: true });
}
