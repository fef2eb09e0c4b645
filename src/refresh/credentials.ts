// What a refreshing profile runs, shared by the credential_process entry (main.ts) and by the main
// step when it chains from a refreshing profile: credentials from the cache, or minted anew. A
// chained profile's source is refreshed the same way first, so a chain outlives every one-hour
// session in it.

import type { Credentials } from '../sts.js';
import { type CachedCredentials, cachedCredentials } from './cache.js';
import { chainOf, type RefreshSettings } from './settings.js';

/** Fresh credentials for the profile whose settings file this is. */
export function refreshedCredentials(
  settingsFile: string,
  log: (line: string) => void,
): Promise<CachedCredentials> {
  return link(chainOf(settingsFile), log);
}

function link(chain: readonly RefreshSettings[], log: (line: string) => void): Promise<CachedCredentials> {
  const [settings, ...rest] = chain;
  if (!settings) throw new Error('Internal error: an empty chain of refreshing profiles');
  const source = async () => (rest.length > 0 ? credentialsOf(await link(rest, log)) : undefined);
  // Minting loads the AWS SDK and the token client; a cache hit (most calls) loads neither.
  return cachedCredentials(settings.cacheFile, async () =>
    (await import('./mint.js')).mint(settings, log, source),
  );
}

/** The credential_process answer as keys that sign a call. */
export function credentialsOf(c: CachedCredentials): Credentials {
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}
