// What a refreshing profile runs, shared by the credential_process entry (refresh.ts) and by the
// main step when it chains from a refreshing profile: credentials from the cache, or minted anew
// with the same classification and retry policy as the main step. A profile mints either through
// GitHub OIDC, or (role-chaining) by assuming its role with another refreshing profile's
// credentials, refreshed the same way, so a chain outlives every one-hour session in it.

import { type CachedCredentials, cachedCredentials } from './credential-cache.js';
import { RefreshSettingsError } from './errors.js';
import { readText } from './files.js';
import type { Config } from './inputs/config.js';
import type { StsConfig } from './sts.js';
import type { SessionTags } from './tags.js';

interface Common extends StsConfig {
  readonly roleArn: string;
  readonly maxAttempts: number;
  /**
   * The proxy of the main step when it came from the http-proxy input; undefined when it came from
   * the environment, which the later steps have too (so a proxy password is on disk only when the
   * input was its only source).
   */
  readonly proxy: Config['proxy'] | undefined;
  /** 0600, beside this file. */
  readonly cacheFile: string;
}

/** AssumeRoleWithWebIdentity with a NEW GitHub OIDC token. */
interface OidcSettings extends Common {
  readonly kind: 'oidc';
  readonly audience: string;
}

/** AssumeRole, signed by another refreshing profile's credentials. */
export interface ChainSettings extends Common {
  readonly kind: 'chain';
  /** The source profile's settings file. */
  readonly source: string;
  readonly tags: SessionTags;
}

export type RefreshSettings = OidcSettings | ChainSettings;

export function loadSettings(path: string): RefreshSettings {
  const text = readText(path);
  if (text === undefined) {
    throw new RefreshSettingsError(
      `${path} is gone: the job that wrote this profile has ended (its post step removes it)`,
    );
  }
  const settings = JSON.parse(text) as Partial<RefreshSettings>;
  if ((settings.kind !== 'oidc' && settings.kind !== 'chain') || typeof settings.cacheFile !== 'string') {
    throw new RefreshSettingsError(`${path} is not a refresh settings file of this action`);
  }
  return settings as RefreshSettings;
}

const MAX_CHAIN = 5;

/** Fresh credentials for the profile these settings describe. */
export function refreshedCredentials(
  settings: RefreshSettings,
  log: (line: string) => void,
  depth = 0,
): Promise<CachedCredentials> {
  if (depth > MAX_CHAIN)
    throw new RefreshSettingsError(`More than ${MAX_CHAIN} profiles chained; is a chain a loop?`);
  // Minting loads the AWS SDK and the token client; a cache hit (most calls) loads neither.
  return cachedCredentials(settings.cacheFile, async () =>
    (await import('./refresher-mint.js')).mint(settings, log, depth),
  );
}
