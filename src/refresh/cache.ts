// The refresher's cache. Neither the AWS CLI nor any SDK keeps credential_process results across
// processes, so without it every `aws` command in a later step would mint a new session. One 0600
// file in the job's private 0700 directory, replaced atomically; served while enough lifetime
// remains; minted anew under a lock, so that refreshers running at once mint one session between
// them. The post step deletes it.
//
// How much lifetime is enough: the AWS CLI (botocore) asks for new credentials 15 minutes before
// they expire, and fails when what it gets back expires within 10 minutes. So credentials are
// served while more than 15 minutes remain, and for sessions shorter than 30 minutes (which would
// otherwise be re-minted at once) while more than 10.5 minutes remain.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { RefreshSettingsError } from '../errors.js';
import { readText, writeSecretFile } from '../runner/files.js';
import { withLock } from '../runner/lock.js';
import type { StsCredentials } from '../sts/sts.js';
import { whyGone } from './settings.js';

/** The credential_process answer (Version 1), and when it was minted. */
export interface CachedCredentials {
  readonly Version: 1;
  readonly AccessKeyId: string;
  readonly SecretAccessKey: string;
  readonly SessionToken: string;
  readonly Expiration: string;
  readonly IssuedAt: string;
}

const MINUTE = 60_000;

/** Lifetime that must remain for cached credentials to be served. */
function marginFor(lifetimeMs: number): number {
  return lifetimeMs >= 30 * MINUTE ? 15 * MINUTE : 10.5 * MINUTE;
}

function isFresh(entry: CachedCredentials, nowMs: number): boolean {
  const expires = Date.parse(entry.Expiration);
  const lifetime = expires - Date.parse(entry.IssuedAt);
  return Number.isFinite(lifetime) && expires - nowMs > marginFor(lifetime);
}

export function entryOf(c: StsCredentials, nowMs: number): CachedCredentials {
  return {
    Version: 1,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    Expiration: c.expiration.toISOString(),
    IssuedAt: new Date(nowMs).toISOString(),
  };
}

/** The cached entry, or undefined when there is none or it is not one of ours. */
function readCache(file: string): CachedCredentials | undefined {
  try {
    const entry = JSON.parse(readText(file) ?? 'null') as Partial<CachedCredentials> | null;
    const fields = ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration', 'IssuedAt'] as const;
    if (entry?.Version !== 1 || fields.some((f) => typeof entry[f] !== 'string')) return undefined;
    return entry as CachedCredentials;
  } catch {
    return undefined;
  }
}

/** Into the job's private directory, which is never made again here: once retired, it stays gone. */
export function writeCache(file: string, entry: CachedCredentials): void {
  writeSecretFile(file, JSON.stringify(entry));
}

// A mint can take the retry loop's full minute; the others wait for it rather than mint their own.
export const MINT_WAIT = { retries: 200, minTimeout: 50, maxTimeout: 500, factor: 1.2 }; // about 95 s

/**
 * Fresh credentials from the cache, or from `mint` (one minter at a time; the rest reuse its
 * result). `live` says, under the lock, whether the post step has retired the directory: then what
 * was minted is returned without being cached.
 */
export async function cachedCredentials(
  file: string,
  mint: () => Promise<StsCredentials>,
  live: () => boolean,
  now: () => number = Date.now,
): Promise<CachedCredentials> {
  const hit = readCache(file);
  if (hit && isFresh(hit, now())) return hit;
  if (!existsSync(dirname(file)))
    throw new RefreshSettingsError(`${dirname(file)} is gone: ${whyGone(dirname(file), process.env)}`);
  const locked = withLock(file, MINT_WAIT, async () => {
    const again = readCache(file);
    if (again && isFresh(again, now())) return again;
    const entry = entryOf(await mint(), now());
    if (live()) writeCache(file, entry);
    return entry;
  });
  return locked.catch((error: unknown) => {
    if (existsSync(dirname(file))) throw error;
    throw new RefreshSettingsError(
      `${dirname(file)} was removed while this refresher waited: ${whyGone(dirname(file), process.env)}`,
    );
  });
}
