// Every effect on the job goes through here: masks, exported variables, outputs, state.
// Nothing is written until the exchange has fully succeeded, so a failed step leaves no half state.

import * as core from '@actions/core';
import type { Config } from './config.js';
import type { StsCredentials } from './exchange.js';

/** The post step reads this to blank exactly what the main step exported. */
export const EXPORTED_STATE = 'exported-variables';

export function mask(value: string): void {
  if (value !== '') core.setSecret(value);
}

/** arn:aws:sts::123456789012:assumed-role/ROLE/SESSION -> 123456789012 */
export function accountIdOf(assumedRoleArn: string): string {
  return assumedRoleArn.split(':')[4] ?? '';
}

export function exportCredentials(config: Config, creds: StsCredentials): void {
  // Masks first: the runner redacts a value only from the lines printed after its add-mask.
  mask(creds.accessKeyId);
  mask(creds.secretAccessKey);
  mask(creds.sessionToken);
  const accountId = accountIdOf(creds.assumedRoleArn);
  if (config.maskAccountId) {
    mask(accountId);
    mask(creds.assumedRoleArn);
  }

  const env: Record<string, string> = {
    AWS_REGION: config.region,
    AWS_DEFAULT_REGION: config.region,
  };
  if (config.outputEnvCredentials) {
    env.AWS_ACCESS_KEY_ID = creds.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = creds.secretAccessKey;
    env.AWS_SESSION_TOKEN = creds.sessionToken;
  }
  for (const [name, value] of Object.entries(env)) core.exportVariable(name, value);
  core.saveState(EXPORTED_STATE, JSON.stringify(Object.keys(env)));

  core.setOutput('aws-account-id', accountId);
  core.setOutput('authenticated-arn', creds.assumedRoleArn);
  core.setOutput('aws-expiration', creds.expiration.toISOString());
  if (config.outputCredentials) {
    core.setOutput('aws-access-key-id', creds.accessKeyId);
    core.setOutput('aws-secret-access-key', creds.secretAccessKey);
    core.setOutput('aws-session-token', creds.sessionToken);
  }
}

/** Post step: blank the variables the main step exported, and only those. */
export function blankExported(): string[] {
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
  return blanked;
}
