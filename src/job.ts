// Every effect on the job goes through here: masks, profile files, exported variables, outputs,
// state. Nothing is written until authentication has fully succeeded, and then in an order that a
// kill at any point cannot turn into half state: masks; the post step's state (what is about to
// be written, so that it can undo a partial write); the files; the environment in one write; the
// outputs in one write.

import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import { exportVariables, saveStates, setOutputs } from './file-commands.js';
import { privateDirectoryName } from './files.js';
import type { DestinationSettings } from './inputs/config.js';
import { info } from './log.js';
import type { Assumed, Published } from './outcome.js';
import {
  type ProfileValues,
  planProfile,
  profileFiles,
  removeProfile,
  type WrittenProfile,
  writeProfile,
} from './profile.js';
import {
  planRefreshProfile,
  type RefreshFiles,
  type RefreshInputs,
  refreshSettings,
  removeRefreshProfile,
  writeRefreshProfile,
} from './refresh/profile.js';
import type { Credentials, Identity } from './sts.js';

/** What publishing reads: where the credentials go, and what a refreshing profile repeats. */
type PublishSettings = DestinationSettings & RefreshInputs;

/** The post step reads these to undo exactly what the main step did. */
const EXPORTED_STATE = 'exported-variables';
const PROFILE_STATE = 'written-profile';
const REFRESH_STATE = 'refresh-profile';

export const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;
const PROFILE_VARIABLES = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'] as const;

export function mask(value: string | undefined): void {
  if (value) core.setSecret(value);
}

/** arn:aws:sts::123456789012:assumed-role/ROLE/SESSION -> 123456789012 */
export function accountIdOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

export function maskCredentials(creds: Credentials | undefined): void {
  mask(creds?.accessKeyId);
  mask(creds?.secretAccessKey);
  mask(creds?.sessionToken);
}

function maskIdentity(config: Pick<DestinationSettings, 'maskAccountId'>, identity: Identity): void {
  if (!config.maskAccountId) return;
  mask(identity.account);
  mask(identity.arn);
}

/** What publish() will write: planned before anything is, so the post step knows it all. */
interface Plan {
  readonly env: Record<string, string>;
  readonly profile: { readonly written: WrittenProfile; readonly values: ProfileValues } | undefined;
  readonly refresh: RefreshFiles | undefined;
}

/** Publishes the outcome. On a failure while writing files, what was written is taken back before it throws. */
export async function publish(config: PublishSettings, outcome: Published): Promise<void> {
  const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
  maskCredentials(creds);
  maskIdentity(config, outcome.identity);
  const plan = planFor(config, outcome);
  saveStates({
    [EXPORTED_STATE]: JSON.stringify(Object.keys(plan.env)),
    ...(plan.profile ? { [PROFILE_STATE]: JSON.stringify(plan.profile.written) } : {}),
    ...(plan.refresh ? { [REFRESH_STATE]: JSON.stringify(plan.refresh) } : {}),
  });
  if (plan.refresh && outcome.kind === 'assumed') await writeRefreshing(config, plan.refresh, outcome);
  if (plan.profile) await writeNamedProfile(plan.profile.written, plan.profile.values);
  exportVariables(plan.env);
  setOutputs(outputsFor(config, creds, outcome.identity));
}

async function writeNamedProfile(profile: WrittenProfile, values: ProfileValues) {
  await writeProfile(profile, values);
  info(`Wrote profile ${profile.name} to ${profile.files.credentials} and ${profile.files.config}.`);
}

/** A named profile's lines: the keys in the credentials file, the region in the config file. */
function namedProfileValues(region: string, creds: Credentials): ProfileValues {
  return {
    credentials: {
      aws_access_key_id: creds.accessKeyId,
      aws_secret_access_key: creds.secretAccessKey,
      ...(creds.sessionToken ? { aws_session_token: creds.sessionToken } : {}),
    },
    config: { region },
  };
}

/** The refreshing profile, its settings and its cache, seeded with the credentials this step got. */
async function writeRefreshing(config: PublishSettings, files: RefreshFiles, outcome: Assumed) {
  const chain =
    outcome.chainedFrom === undefined ? undefined : { source: outcome.chainedFrom, tags: outcome.tags };
  await writeRefreshProfile(
    files,
    refreshSettings(config, outcome.roleArn, files, process.env, chain),
    outcome.credentials,
  );
  info(`Wrote refreshing profile ${files.profile.name} to ${files.profile.files.config}.`);
}

function planFor(config: PublishSettings, outcome: Published): Plan {
  const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
  const env = environmentFor(config, creds, process.env);
  if (config.refreshCredentials && outcome.kind === 'assumed') {
    const id = randomBytes(4).toString('hex');
    const refresh = planRefreshProfile(config.profile, id, config.region, process.env);
    // Never static keys beside a refreshing profile: they would shadow it, and expire.
    Object.assign(env, blank(CREDENTIAL_VARIABLES), {
      AWS_REGION: config.region,
      AWS_DEFAULT_REGION: config.region,
      AWS_PROFILE: refresh.profile.name,
    });
    return { env, profile: undefined, refresh };
  }
  if (!config.profile || !creds) return { env, profile: undefined, refresh: undefined };
  const values = namedProfileValues(config.region, creds);
  const written = planProfile(
    {
      id: randomBytes(4).toString('hex'),
      name: config.profile.name,
      files: profileFiles(process.env),
      overwrite: config.profile.overwrite,
      backupDir: privateDirectoryName(process.env),
    },
    values,
  );
  return { env: { ...env, AWS_PROFILE: written.name }, profile: { written, values }, refresh: undefined };
}

const blank = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, '']));
const setIn = (env: NodeJS.ProcessEnv, names: readonly string[]) => names.filter((name) => env[name]);

/**
 * The variables output-env-credentials and unset-current-credentials ask for, and one identity:
 * the AWS CLI and botocore take keys in the environment over AWS_PROFILE, the JS SDK takes
 * AWS_PROFILE over keys, so whichever this step did not set, and an earlier step left, is cleared.
 */
function environmentFor(config: PublishSettings, creds: Credentials | undefined, current: NodeJS.ProcessEnv) {
  const env: Record<string, string> = config.unsetCurrentCredentials ? blank(CREDENTIAL_VARIABLES) : {};
  const keysOut = config.outputEnvCredentials && creds !== undefined;
  const profileOut = (config.profile !== undefined && creds !== undefined) || config.refreshCredentials;
  if (profileOut && !keysOut && setIn(current, CREDENTIAL_VARIABLES).length > 0) {
    info(
      `Cleared ${setIn(current, CREDENTIAL_VARIABLES).join(', ')} left by an earlier step: the AWS CLI would use them instead of the profile.`,
    );
    Object.assign(env, blank(CREDENTIAL_VARIABLES));
  }
  if (keysOut && !profileOut && setIn(current, PROFILE_VARIABLES).length > 0) {
    info(
      `Cleared ${setIn(current, PROFILE_VARIABLES).join(', ')} left by an earlier step: the AWS SDK for JavaScript would use it instead of these keys.`,
    );
    Object.assign(env, blank(setIn(current, PROFILE_VARIABLES)));
  }
  if (!config.outputEnvCredentials) return env;
  Object.assign(env, { AWS_REGION: config.region, AWS_DEFAULT_REGION: config.region });
  if (creds) {
    // Keys without a session token must not pair with an earlier step's token.
    Object.assign(env, {
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
      AWS_SESSION_TOKEN: creds.sessionToken ?? '',
    });
  }
  return env;
}

function outputsFor(
  config: Pick<DestinationSettings, 'outputCredentials'>,
  creds: Credentials | undefined,
  identity: Identity,
): Record<string, string> {
  return {
    'aws-account-id': identity.account,
    'authenticated-arn': identity.arn,
    ...(creds?.expiration ? { 'aws-expiration': creds.expiration.toISOString() } : {}),
    ...(config.outputCredentials && creds
      ? {
          'aws-access-key-id': creds.accessKeyId,
          'aws-secret-access-key': creds.secretAccessKey,
          ...(creds.sessionToken ? { 'aws-session-token': creds.sessionToken } : {}),
        }
      : {}),
  };
}

/** use-existing-credentials found valid ones: only say who they are. */
export function publishExisting(
  config: Pick<DestinationSettings, 'maskAccountId'>,
  identity: Identity,
): void {
  maskIdentity(config, identity);
  setOutputs({ 'aws-account-id': identity.account, 'authenticated-arn': identity.arn });
}

function stateOf<T>(name: string): T | undefined {
  try {
    const raw = core.getState(name);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** What the post step did, and what was out of the ordinary (said as warnings). */
interface Undone {
  readonly done: string[];
  readonly notes: string[];
}

/** Post step: blank the variables the main step exported, remove its files; nothing else. */
export async function undoPublish(): Promise<Undone> {
  const done: string[] = [];
  const notes: string[] = [];
  const names = stateOf<unknown>(EXPORTED_STATE);
  const blanked = Array.isArray(names)
    ? names.filter((n): n is string => typeof n === 'string' && /^AWS_\w+$/.test(n))
    : [];
  exportVariables(blank(blanked));
  if (blanked.length > 0) done.push(`cleared ${blanked.join(', ')}`);
  const refresh = stateOf<RefreshFiles>(REFRESH_STATE);
  if (refresh) {
    const removed = await removeRefreshProfile(refresh);
    notes.push(...removed.notes);
    done.push(`removed the refreshing profile ${refresh.profile.name}`);
  }
  const profile = stateOf<WrittenProfile>(PROFILE_STATE);
  if (profile) {
    const { found, notes: said } = await removeProfile(profile);
    notes.push(...said);
    done.push(
      `${found ? 'removed' : 'found nothing left of'} profile ${profile.name}${profile.overwrite && found ? ' and put back what it replaced' : ''}`,
    );
  }
  return { done, notes };
}
