// What a refreshing profile runs, shared by the credential_process entry (main.ts) and by the main
// step when it chains from a refreshing profile: credentials from the cache, or minted anew. A
// chained profile's source is refreshed the same way first, so a chain outlives every one-hour
// session in it.

import { existsSync } from 'node:fs';
import type { Credentials } from '../sts/sts.js';
import { type CachedCredentials, cachedCredentials } from './cache.js';
import { chainOf, type Linked } from './settings.js';

/** Fresh credentials for the profile whose settings file this is. */
export function refreshedCredentials(
  settingsFile: string,
  log: (line: string) => void,
): Promise<CachedCredentials> {
  return link(chainOf(settingsFile), log);
}

function link(chain: readonly Linked[], log: (line: string) => void): Promise<CachedCredentials> {
  const [first, ...rest] = chain;
  if (!first) throw new Error('Internal error: an empty chain of refreshing profiles');
  const source = async () => (rest.length > 0 ? credentialsOf(await link(rest, log)) : undefined);
  // Minting loads the AWS SDK and the token client; a cache hit (most calls) loads neither.
  return cachedCredentials(
    first.settings.cacheFile,
    async () => (await import('./mint.js')).mint(first.settings, log, source),
    // The post step removes the settings first: then nothing is cached any more.
    () => existsSync(first.path),
  );
}

/** The credential_process answer as keys that sign a call. */
export function credentialsOf(c: CachedCredentials): Credentials {
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}
