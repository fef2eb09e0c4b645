// Every effect on the job goes through here: masks, the job's own files, exported variables,
// outputs, state. Nothing is written until authentication has fully succeeded, and then in an
// order that a kill at any point cannot turn into half state: masks; the post step's state (what
// is about to be written, so that it can undo a partial write); the files; the environment in one
// write; the outputs in one write.

import { rmSync } from 'node:fs';
import * as core from '@actions/core';
import type { DestinationSettings } from '../inputs/config.js';
import type { Published } from '../outcome.js';
import { exportVariables, saveStates, setOutputs } from '../runner/file-commands.js';
import { privateDirectoryName } from '../runner/files.js';
import { info } from '../runner/log.js';
import type { Credentials, Identity } from '../sts/sts.js';
import {
  type JobFiles,
  type PlannedFiles,
  planJobFiles,
  removeJobFiles,
  variablesOf,
  writeJobFiles,
} from './profile.js';
import {
  DEFAULT_REFRESH_PROFILE,
  planRefreshFiles,
  type RefreshFiles,
  type RefreshInputs,
  refreshSettings,
  retire,
  writeRefreshFiles,
} from './refresh-profile.js';

/** What publishing reads: where the credentials go, and what a refreshing profile repeats. */
type PublishSettings = DestinationSettings & RefreshInputs;

/** The post step reads these to undo exactly what the main step did. */
const EXPORTED_STATE = 'exported-variables';
const FILES_STATE = 'job-files';
const REFRESH_STATE = 'refresh-files';

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
  readonly files: PlannedFiles | undefined;
  readonly refresh: RefreshFiles | undefined;
}

/** Publishes the outcome. On a failure while writing files, what was written is taken back before it throws. */
export async function publish(config: PublishSettings, outcome: Published): Promise<void> {
  const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
  maskCredentials(creds);
  maskIdentity(config, outcome.identity);
  const plan = planFor(config, outcome, process.env);
  saveStates({
    // The file variables are pointed back by the post step, not blanked.
    [EXPORTED_STATE]: JSON.stringify(Object.keys(plan.env).filter((n) => !plan.files?.files.pointed[n])),
    ...(plan.files ? { [FILES_STATE]: JSON.stringify(plan.files.files) } : {}),
    ...(plan.refresh ? { [REFRESH_STATE]: JSON.stringify(plan.refresh) } : {}),
  });
  if (plan.files) writeFiles(config, plan.files, plan.refresh, outcome);
  exportVariables(plan.env);
  setOutputs(outputsFor(config, creds, outcome.identity));
}

/** The job's files, and the refresher's beside them; on a failure, the directory goes again. */
function writeFiles(
  config: PublishSettings,
  files: PlannedFiles,
  refresh: RefreshFiles | undefined,
  outcome: Published,
) {
  const { dir, profile, config: path } = files.files;
  try {
    writeJobFiles(files);
    if (refresh && outcome.kind === 'assumed') {
      const chain =
        outcome.chainedFrom === undefined ? undefined : { source: outcome.chainedFrom, tags: outcome.tags };
      const where = { profile, cacheFile: refresh.cacheFile };
      const settings = refreshSettings(config, outcome.roleArn, where, process.env, chain);
      writeRefreshFiles(refresh, settings, outcome.credentials);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  info(`Wrote ${refresh ? 'refreshing ' : ''}profile ${profile} to this job's own AWS config file, ${path}.`);
}

/** A named profile's lines: the region and the keys, in a [profile NAME] section of the config file. */
function namedProfileValues(region: string, creds: Credentials): Record<string, string> {
  return {
    region,
    aws_access_key_id: creds.accessKeyId,
    aws_secret_access_key: creds.secretAccessKey,
    ...(creds.sessionToken ? { aws_session_token: creds.sessionToken } : {}),
  };
}

function planFor(config: PublishSettings, outcome: Published, current: NodeJS.ProcessEnv): Plan {
  const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
  const env = environmentFor(config, creds, current);
  const dir = privateDirectoryName(current);
  const overwrite = config.profile?.overwrite ?? false;
  if (config.refreshCredentials && outcome.kind === 'assumed') {
    const refresh = planRefreshFiles(dir);
    const name = config.profile?.name ?? DEFAULT_REFRESH_PROFILE;
    const values = { region: config.region, credential_process: refresh.credentialProcess };
    const files = planJobFiles(current, { name, overwrite, dir }, values, [refresh.cacheFile]);
    // Never static keys beside a refreshing profile: they would shadow it, and expire.
    Object.assign(env, blank(CREDENTIAL_VARIABLES), variablesOf(files.files), {
      AWS_REGION: config.region,
      AWS_DEFAULT_REGION: config.region,
      AWS_PROFILE: name,
    });
    return { env, files, refresh };
  }
  if (!config.profile || !creds) return { env, files: undefined, refresh: undefined };
  const { name } = config.profile;
  const files = planJobFiles(current, { name, overwrite, dir }, namedProfileValues(config.region, creds));
  Object.assign(env, variablesOf(files.files), { AWS_PROFILE: name });
  return { env, files, refresh: undefined };
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

/** Post step: blank the variables the main step exported, delete its files, point tools back. */
export async function undoPublish(): Promise<Undone> {
  const done: string[] = [];
  const notes: string[] = [];
  const names = stateOf<unknown>(EXPORTED_STATE);
  const blanked = Array.isArray(names)
    ? names.filter((n): n is string => typeof n === 'string' && /^AWS_\w+$/.test(n))
    : [];
  const files = stateOf<JobFiles>(FILES_STATE);
  const refresh = stateOf<RefreshFiles>(REFRESH_STATE);
  if (files) {
    const removal = await removeJobFiles(
      files,
      process.env,
      refresh ? (dir) => retire(refresh, dir) : undefined,
    );
    exportVariables({ ...blank(blanked), ...removal.variables });
    done.push(`deleted this job's AWS files with profile ${files.profile}`);
    const pointed = Object.entries(removal.variables).map(([name, value]) => `${name} to ${value}`);
    if (pointed.length > 0) done.push(`pointed ${pointed.join(' and ')} again`);
    if (removal.edits.length > 0) {
      notes.push(
        `Later steps edited this job's AWS config file (${removal.edits.join(', ')}). ` +
          "It was the job's own copy, so those edits ended with the job; to keep a setting, write it to your own file.",
      );
    }
  } else exportVariables(blank(blanked));
  if (blanked.length > 0) done.unshift(`cleared ${blanked.join(', ')}`);
  return { done, notes };
}
