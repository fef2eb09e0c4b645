// Every effect on the job goes through here: masks, profile files, exported variables, outputs,
// state. Nothing is written until authentication has fully succeeded, and then in an order that a
// kill at any point cannot turn into half state: masks; the post step's state (what is about to
// be written, so that it can undo a partial write); the files; the environment in one write; the
// outputs in one write.

import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import { SourceCredentialsError } from './errors.js';
import { exportVariables, saveStates, setOutputs } from './file-commands.js';
import { privateDirectoryName } from './files.js';
import { runFacts } from './github.js';
import type { Config } from './inputs/config.js';
import { info } from './log.js';
import { profileFiles, removeProfile, type WrittenProfile, writeProfile } from './profile.js';
import {
  planRefreshProfile,
  type RefreshFiles,
  refreshingSettingsOf,
  refreshSettings,
  removeRefreshProfile,
  writeRefreshProfile,
} from './refresh-profile.js';
import type { ChainSettings } from './refresher.js';
import type { Credentials, Identity } from './sts.js';
import { sessionTags } from './tags.js';

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

function maskIdentity(config: Config, identity: Identity): void {
  if (!config.maskAccountId) return;
  mask(identity.account);
  mask(identity.arn);
}

/** What publish() will write: planned before anything is, so the post step knows it all. */
interface Plan {
  readonly env: Record<string, string>;
  readonly profile: WrittenProfile | undefined;
  readonly refresh: RefreshFiles | undefined;
}

/**
 * Publishes the outcome. `creds` is undefined when the identity is the runner's own (no keys in
 * hand). On a failure while writing files, what was written is taken back before it throws.
 */
export async function publish(
  config: Config,
  creds: Credentials | undefined,
  identity: Identity,
  roleArn: string | undefined,
): Promise<void> {
  maskCredentials(creds);
  maskIdentity(config, identity);
  const plan = planFor(config, creds, roleArn);
  saveStates({
    [EXPORTED_STATE]: JSON.stringify(Object.keys(plan.env)),
    ...(plan.profile ? { [PROFILE_STATE]: JSON.stringify(plan.profile) } : {}),
    ...(plan.refresh ? { [REFRESH_STATE]: JSON.stringify(plan.refresh) } : {}),
  });
  if (plan.refresh && roleArn && creds) await writeRefreshing(config, plan.refresh, roleArn, creds);
  if (plan.profile && creds) {
    await writeProfile(plan.profile, {
      credentials: {
        aws_access_key_id: creds.accessKeyId,
        aws_secret_access_key: creds.secretAccessKey,
        ...(creds.sessionToken ? { aws_session_token: creds.sessionToken } : {}),
      },
      config: { region: config.region },
    });
    info(
      `Wrote profile ${plan.profile.name} to ${plan.profile.files.credentials} and ${plan.profile.files.config}.`,
    );
  }
  exportVariables(plan.env);
  setOutputs(outputsFor(config, creds, identity));
}

/** The refreshing profile, its settings and its cache, seeded with the credentials this step got. */
async function writeRefreshing(config: Config, files: RefreshFiles, roleArn: string, creds: Credentials) {
  if (!creds.sessionToken || !creds.expiration)
    throw new Error('Internal error: a refreshing profile without a session');
  const first = {
    ...creds,
    sessionToken: creds.sessionToken,
    expiration: creds.expiration,
    assumedRoleArn: '',
  };
  let chain: Pick<ChainSettings, 'source' | 'tags'> | undefined;
  if (config.mode === 'role-chaining') {
    const source = refreshingSettingsOf(process.env);
    if (!source) throw new SourceCredentialsError(NOT_REFRESHING);
    const tags = config.skipSessionTagging
      ? { tags: [], droppable: [] }
      : sessionTags(config, await runFacts());
    chain = { source, tags };
  }
  await writeRefreshProfile(
    files,
    refreshSettings(config, roleArn, files, process.env, chain),
    first,
    config.region,
  );
  info(`Wrote refreshing profile ${files.profile.name} to ${files.profile.files.config}.`);
}

/** role-chaining with refresh-credentials: the source must refresh too, or the chain dies with it. */
export const NOT_REFRESHING =
  'role-chaining with refresh-credentials chains from the refreshing profile AWS_PROFILE names, and there is none. ' +
  'Run this action with refresh-credentials: true in an earlier step of the job, then chain from it.';

function planFor(config: Config, creds: Credentials | undefined, roleArn: string | undefined): Plan {
  const env = environmentFor(config, creds, process.env);
  if (config.refreshCredentials && roleArn) {
    const refresh = planRefreshProfile(config, randomBytes(4).toString('hex'), process.env);
    // Never static keys beside a refreshing profile: they would shadow it, and expire.
    Object.assign(env, blank(CREDENTIAL_VARIABLES), {
      AWS_REGION: config.region,
      AWS_DEFAULT_REGION: config.region,
      AWS_PROFILE: refresh.profile.name,
    });
    return { env, profile: undefined, refresh };
  }
  if (!config.profile || !creds) return { env, profile: undefined, refresh: undefined };
  const profile: WrittenProfile = {
    id: randomBytes(4).toString('hex'),
    name: config.profile.name,
    files: profileFiles(process.env),
    overwrite: config.profile.overwrite,
    backupDir: privateDirectoryName(process.env),
  };
  return { env: { ...env, AWS_PROFILE: profile.name }, profile, refresh: undefined };
}

const blank = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, '']));
const setIn = (env: NodeJS.ProcessEnv, names: readonly string[]) => names.filter((name) => env[name]);

/**
 * The variables output-env-credentials and unset-current-credentials ask for, and one identity:
 * the AWS CLI and botocore take keys in the environment over AWS_PROFILE, the JS SDK takes
 * AWS_PROFILE over keys, so whichever this step did not set, and an earlier step left, is cleared.
 */
function environmentFor(config: Config, creds: Credentials | undefined, current: NodeJS.ProcessEnv) {
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
  config: Config,
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
export function publishExisting(config: Config, identity: Identity): void {
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

/** Post step: blank the variables the main step exported, remove its files; nothing else. */
export async function undoPublish(): Promise<string[]> {
  const done: string[] = [];
  const names = stateOf<unknown>(EXPORTED_STATE);
  const blanked = Array.isArray(names)
    ? names.filter((n): n is string => typeof n === 'string' && /^AWS_\w+$/.test(n))
    : [];
  exportVariables(blank(blanked));
  if (blanked.length > 0) done.push(`cleared ${blanked.join(', ')}`);
  const refresh = stateOf<RefreshFiles>(REFRESH_STATE);
  if (refresh) {
    await removeRefreshProfile(refresh);
    done.push(`removed the refreshing profile ${refresh.profile.name}`);
  }
  const profile = stateOf<WrittenProfile>(PROFILE_STATE);
  if (profile) {
    const found = await removeProfile(profile);
    done.push(
      `${found ? 'removed' : 'found nothing left of'} profile ${profile.name}${profile.overwrite && found ? ' and put back what it replaced' : ''}`,
    );
  }
  return done;
}
