// The whole flow of the main step. Pure parts live in config/classify/exchange; effects on the
// job in job.ts; network in token.ts and sts.ts.

import * as core from '@actions/core';
import { type Config, type InputName, parseInputs } from './config.js';
import { DEFAULT_POLICY, exchange } from './exchange.js';
import { exportCredentials, mask } from './job.js';
import { ActionTimeoutError, failureMessage } from './messages.js';
import { assumeRoleWithWebIdentity, createStsClient } from './sts.js';
import { fetchGitHubToken, readTokenEnvironment } from './token.js';

export function getInputs(): Config {
  return parseInputs((name: InputName) => core.getInput(name));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function run(): Promise<void> {
  const started = performance.now();
  let config: Config | undefined;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    config = getInputs();
    const tokenEnv = readTokenEnvironment(process.env);
    mask(tokenEnv.requestToken);

    if (config.actionTimeoutMs !== undefined) {
      const seconds = config.actionTimeoutMs / 1000;
      timer = setTimeout(() => controller.abort(new ActionTimeoutError(seconds)), config.actionTimeoutMs);
    }
    const cfg = config;
    const client = createStsClient(cfg);
    try {
      const result = await exchange(
        { ...DEFAULT_POLICY, maxAttempts: cfg.maxAttempts },
        {
          fetchToken: (signal) => fetchGitHubToken(cfg.audience, cfg.httpTimeoutMs, signal),
          assumeRole: (token, signal) => assumeRoleWithWebIdentity(client, cfg, token, signal),
          sleep,
          now: () => Date.now(),
          random: Math.random,
          log: (line) => core.info(line),
        },
        controller.signal,
      );
      exportCredentials(cfg, result.credentials);
      const ms = Math.round(performance.now() - started);
      core.info(
        `Assumed ${cfg.maskAccountId ? 'the role' : cfg.role.arn} in ${cfg.region}: ` +
          `${result.attempts} attempt(s), ${result.tokensFetched} token(s), ${ms} ms; ` +
          `credentials expire at ${result.credentials.expiration.toISOString()}.`,
      );
    } finally {
      client.destroy();
    }
  } catch (error) {
    core.setFailed(failureMessage(error, config));
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
  } finally {
    clearTimeout(timer);
  }
}
