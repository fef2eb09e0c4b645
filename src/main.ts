// The whole flow of the main step. Pure parts live in config/classify/exchange; effects on the
// job in job.ts; network in token.ts and sts.ts.

import { setTimeout as delay } from 'node:timers/promises';
import * as core from '@actions/core';
import { type Config, type InputName, parseInputs } from './config.js';
import { DEFAULT_POLICY, type ExchangeResult, exchange } from './exchange.js';
import { exportCredentials, mask } from './job.js';
import { ActionTimeoutError, failureMessage } from './messages.js';
import { assumeRoleWithWebIdentity, createStsClient } from './sts.js';
import { fetchGitHubToken, readRequestToken } from './token.js';

export function getInputs(): Config {
  return parseInputs((name: InputName) => core.getInput(name));
}

export async function run(): Promise<void> {
  const started = performance.now();
  let config: Config | undefined;
  try {
    config = getInputs();
    mask(readRequestToken(process.env));
    const result = await assumeRole(config);
    exportCredentials(config, result.credentials);
    core.info(
      `Assumed ${config.maskAccountId ? 'the role' : config.role.arn} in ${config.region}: ` +
        `${result.attempts} attempt(s), ${result.tokensFetched} token(s), ${Math.round(performance.now() - started)} ms; ` +
        `credentials expire at ${result.credentials.expiration.toISOString()}.`,
    );
  } catch (error) {
    core.setFailed(failureMessage(error, config));
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
  }
}

/** Token, then AssumeRoleWithWebIdentity, retried; all of it under action-timeout-s when set. */
async function assumeRole(config: Config): Promise<ExchangeResult> {
  const controller = new AbortController();
  const limit = config.actionTimeoutMs;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => controller.abort(new ActionTimeoutError(limit / 1000)), limit);
  const client = createStsClient(config);
  try {
    return await exchange(
      { ...DEFAULT_POLICY, maxAttempts: config.maxAttempts },
      {
        fetchToken: (signal) => fetchGitHubToken(config.audience, config.httpTimeoutMs, signal),
        assumeRole: (token, signal) => assumeRoleWithWebIdentity(client, config, token, signal),
        // Rejects on abort; exchange() then reports the signal's reason.
        sleep: (ms, signal) => delay(ms, undefined, { signal }),
        now: () => Date.now(),
        random: Math.random,
        log: (line) => core.info(line),
      },
      controller.signal,
    );
  } finally {
    clearTimeout(timer);
    client.destroy();
  }
}
