// A refreshing profile's settings file (0600, in the job's private directory), and the chain of
// profiles it mints through: a profile mints either through GitHub OIDC, or (role-chaining) by
// assuming its role with another refreshing profile's credentials. The whole chain is read and
// checked before any lock is taken, so a loop fails at once instead of waiting on its own lock.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { RefreshSettingsError } from '../errors.js';
import type { RequestSettings } from '../inputs/config.js';
import { isInside, readText } from '../runner/files.js';
import type { StsConfig } from '../sts/sts.js';
import type { SessionTags } from '../sts/tags.js';

interface Common extends StsConfig, Pick<RequestSettings, 'maxAttempts' | 'throttlesCount'> {
  /** The profile's name, for messages. */
  readonly profile: string;
  readonly roleArn: string;
  /**
   * The proxy of the main step when it came from the http-proxy input; undefined when it came from
   * the environment, which the later steps have too (so a proxy password is on disk only when the
   * input was its only source).
   */
  readonly proxy: RequestSettings['proxy'] | undefined;
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

/** The mark this action's post step leaves beside the job's directory when it retires it (empty, no key). */
export const retiredMark = (dir: string) => `${dir}.retired`;

/**
 * Why the job's directory `dir` is gone. The post step marks it retired before it removes it; the
 * runner writes the event file (GITHUB_EVENT_PATH) under RUNNER_TEMP when the job starts and keeps
 * it until the job ends. So: marked, the post step ran; unmarked with the event file gone from
 * RUNNER_TEMP, a step emptied it; unmarked otherwise, a step removed the directory (or emptied a
 * RUNNER_TEMP the event file is not in, as in a container job) while the job runs.
 */
export function whyGone(
  dir: string,
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): string {
  if (exists(retiredMark(dir)))
    return "this action's post step has run: it removes the profile and its credentials when the job's steps are done";
  const { GITHUB_EVENT_PATH: event, RUNNER_TEMP: temp } = env;
  const inTemp = event && temp && isInside(temp, event);
  if (inTemp && !exists(event)) {
    return `RUNNER_TEMP was emptied (the runner's ${event} is gone too), and this profile and its credentials with it. Empty RUNNER_TEMP before this action's step, or run the action again after that step`;
  }
  return "a step removed it while the job runs (this action's post step has not run): it deleted the directory, or emptied RUNNER_TEMP. Remove it after the steps that use the profile, or run the action again after that step";
}

function loadSettings(path: string): RefreshSettings {
  const text = readText(path);
  if (text === undefined)
    throw new RefreshSettingsError(`${path} is gone: ${whyGone(dirname(path), process.env)}`);
  const settings = JSON.parse(text) as Partial<RefreshSettings>;
  if ((settings.kind !== 'oidc' && settings.kind !== 'chain') || typeof settings.cacheFile !== 'string') {
    throw new RefreshSettingsError(`${path} is not a refresh settings file of this action`);
  }
  return settings as RefreshSettings;
}

/** Profiles a chain may pass through, the first included. */
const MAX_CHAIN = 6;

/**
 * The profile's settings, then its source's, and so on to the one that mints through OIDC. A loop,
 * or a chain longer than MAX_CHAIN, is refused here, naming the profiles.
 */
export function chainOf(path: string): Linked[] {
  const chain: RefreshSettings[] = [];
  const paths: string[] = [];
  for (let next: string | undefined = path; next !== undefined; ) {
    const settings = loadSettings(next);
    const names = () => [...chain, settings].map((s) => s.profile ?? '?').join(' -> ');
    if (paths.includes(next)) {
      throw new RefreshSettingsError(
        `The refreshing profiles chain in a loop (${names()}): each would wait on the other for ever. ` +
          'Run the role-chaining step again from a profile that refreshes through OIDC.',
      );
    }
    if (chain.length === MAX_CHAIN) {
      throw new RefreshSettingsError(
        `More than ${MAX_CHAIN} refreshing profiles chained (${names()}). Chain from a profile nearer to the one that uses OIDC.`,
      );
    }
    chain.push(settings);
    paths.push(next);
    next = settings.kind === 'chain' ? settings.source : undefined;
  }
  return chain.map((settings, i) => ({ settings, path: paths[i] as string }));
}

/** A profile of the chain: its settings, and the file they came from (gone once retired). */
export interface Linked {
  readonly settings: RefreshSettings;
  readonly path: string;
}
