// Every effect on the job goes through here: masks, profile files, exported variables, outputs,
// state. Nothing is written until authentication has fully succeeded, so a failed step leaves no
// half state.

import * as core from '@actions/core';
import type { Config } from './inputs/config.js';
import { info } from './log.js';
import { profileFiles, removeProfile, type WrittenProfile, writeProfile } from './profile.js';
import { type RefreshFiles, removeRefreshProfile, writeRefreshProfile } from './refresh-profile.js';
import type { Credentials, Identity } from './sts.js';

/** The post step reads these to undo exactly what the main step did. */
const EXPORTED_STATE = 'exported-variables';
const PROFILE_STATE = 'written-profile';
const REFRESH_STATE = 'refresh-profile';

export const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;

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

/**
 * Publishes the outcome: masks first (the runner redacts a value only from lines printed after
 * its add-mask), then the profile, the environment, the state and the outputs.
 * `creds` is undefined when the identity is the runner's own (no keys in hand).
 */
export function publish(
  config: Config,
  creds: Credentials | undefined,
  identity: Identity,
  roleArn: string | undefined,
): void {
  maskCredentials(creds);
  maskIdentity(config, identity);
  const env = { ...environmentFor(config, creds), ...writeProfiles(config, creds, roleArn) };
  for (const [name, value] of Object.entries(env)) core.exportVariable(name, value);
  core.saveState(EXPORTED_STATE, JSON.stringify(Object.keys(env)));
  setOutputs(config, creds, identity);
}

function maskIdentity(config: Config, identity: Identity): void {
  if (!config.maskAccountId) return;
  mask(identity.account);
  mask(identity.arn);
}

/** The variables output-env-credentials and unset-current-credentials ask for. */
function environmentFor(config: Config, creds: Credentials | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  if (config.unsetCurrentCredentials) {
    for (const name of CREDENTIAL_VARIABLES) env[name] = '';
  }
  if (!config.outputEnvCredentials) return env;
  env.AWS_REGION = config.region;
  env.AWS_DEFAULT_REGION = config.region;
  if (creds) {
    env.AWS_ACCESS_KEY_ID = creds.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = creds.secretAccessKey;
    // Keys without a session token must not pair with an earlier step's token.
    env.AWS_SESSION_TOKEN = creds.sessionToken ?? '';
  }
  return env;
}

/** A refreshing profile or a named profile, if asked for; the variables that point at it. */
function writeProfiles(
  config: Config,
  creds: Credentials | undefined,
  roleArn: string | undefined,
): Record<string, string> {
  if (config.refreshCredentials && roleArn) {
    const files = writeRefreshProfile(config, roleArn, process.env);
    core.saveState(REFRESH_STATE, JSON.stringify(files));
    info(`Wrote refreshing profile ${files.profile} to ${files.configFile}.`);
    // Never static keys beside a refreshing profile: they would shadow it, and expire.
    return {
      ...Object.fromEntries(CREDENTIAL_VARIABLES.map((name) => [name, ''])),
      AWS_REGION: config.region,
      AWS_DEFAULT_REGION: config.region,
      AWS_CONFIG_FILE: files.configFile,
      AWS_PROFILE: files.profile,
    };
  }
  if (!config.profile || !creds) return {};
  const written = writeProfile(
    profileFiles(process.env),
    config.profile.name,
    {
      aws_access_key_id: creds.accessKeyId,
      aws_secret_access_key: creds.secretAccessKey,
      ...(creds.sessionToken ? { aws_session_token: creds.sessionToken } : {}),
    },
    { region: config.region },
  );
  core.saveState(PROFILE_STATE, JSON.stringify(written));
  info(`Wrote profile ${written.name} to ${written.files.credentials} and ${written.files.config}.`);
  return { AWS_PROFILE: written.name };
}

function setOutputs(config: Config, creds: Credentials | undefined, identity: Identity): void {
  core.setOutput('aws-account-id', identity.account);
  core.setOutput('authenticated-arn', identity.arn);
  if (creds?.expiration) core.setOutput('aws-expiration', creds.expiration.toISOString());
  if (config.outputCredentials && creds) {
    core.setOutput('aws-access-key-id', creds.accessKeyId);
    core.setOutput('aws-secret-access-key', creds.secretAccessKey);
    if (creds.sessionToken) core.setOutput('aws-session-token', creds.sessionToken);
  }
}

/** use-existing-credentials found valid ones: only say who they are. */
export function publishExisting(config: Config, identity: Identity): void {
  maskIdentity(config, identity);
  core.setOutput('aws-account-id', identity.account);
  core.setOutput('authenticated-arn', identity.arn);
}

/** Post step: blank the variables the main step exported and remove its profile; nothing else. */
export function undoPublish(): string[] {
  const done: string[] = [];
  let names: unknown;
  try {
    names = JSON.parse(core.getState(EXPORTED_STATE) || '[]');
  } catch {
    names = [];
  }
  const blanked = Array.isArray(names)
    ? names.filter((n): n is string => typeof n === 'string' && /^AWS_\w+$/.test(n))
    : [];
  for (const name of blanked) core.exportVariable(name, '');
  if (blanked.length > 0) done.push(`cleared ${blanked.join(', ')}`);

  const refresh = core.getState(REFRESH_STATE);
  if (refresh) {
    removeRefreshProfile(JSON.parse(refresh) as RefreshFiles);
    done.push('removed the refreshing profile');
  }
  const profile = core.getState(PROFILE_STATE);
  if (profile) {
    const written = JSON.parse(profile) as WrittenProfile;
    removeProfile(written);
    done.push(`removed profile ${written.name}`);
  }
  return done;
}
