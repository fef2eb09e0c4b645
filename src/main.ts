// The main step: read the inputs, authenticate, publish, report. Pure parts live in inputs/,
// classify, exchange, tags and diagnostics; effects on the job in job.ts; network in token.ts and
// sts.ts; the authentication steps in authenticate.ts.

import * as core from '@actions/core';
import { authenticate, type Outcome } from './authenticate.js';
import { AccountNotAllowedError, ActionTimeoutError } from './errors.js';
import { runFacts } from './github.js';
import type { Config } from './inputs/config.js';
import { parseInputs } from './inputs/parse.js';
import { type InputName, SECRET_INPUTS, withEnvFallbacks } from './inputs/spec.js';
import { mask, publish, publishExisting } from './job.js';
import { failureMessage } from './messages.js';
import { diagnosticsFor, logDiagnostics, summarizeFailure, summarizeSuccess } from './report.js';

function getInputs(): Config {
  const read = withEnvFallbacks((name: InputName) => core.getInput(name), process.env);
  // Masked before anything could print them, valid or not.
  for (const name of SECRET_INPUTS) mask(read(name));
  const proxy = read('http-proxy');
  if (proxy.includes('@')) mask(URL.canParse(proxy) ? decodeURIComponent(new URL(proxy).password) : proxy);
  return parseInputs(read, process.env.GITHUB_WORKSPACE || process.cwd());
}

export async function run(): Promise<void> {
  const started = performance.now();
  let config: Config | undefined;
  try {
    config = getInputs();
    for (const warning of config.warnings) core.warning(warning);
    const settings = config;
    const outcome = await withActionTimeout(config, (signal) => authenticate(settings, signal));
    if (outcome.existing) {
      publishExisting(config, outcome.identity);
      core.notice('Pre-existing credentials are valid (use-existing-credentials); nothing new was exported.');
      return;
    }
    checkAllowedAccount(config, outcome.identity.account);
    publish(config, outcome.credentials, outcome.identity, outcome.roleArn);
    await reportSuccess(config, outcome, performance.now() - started);
  } catch (error) {
    await reportFailure(error, config);
  }
}

async function reportSuccess(config: Config, outcome: Outcome, durationMs: number): Promise<void> {
  const report = {
    roleArn: outcome.roleArn,
    identityArn: outcome.identity.arn,
    account: outcome.identity.account,
    expiration: outcome.credentials?.expiration,
    attempts: outcome.attempts,
    tokensFetched: outcome.tokensFetched,
    durationMs,
  };
  const who = config.maskAccountId
    ? 'the role'
    : config.role
      ? (config.role.arn ?? config.role.roleName)
      : report.identityArn;
  core.info(
    `${config.role ? 'Assumed' : 'Authenticated as'} ${who} in ${config.region}: ` +
      `${report.attempts} attempt(s), ${report.tokensFetched} token(s), ${Math.round(durationMs)} ms` +
      `${report.expiration ? `; credentials expire at ${report.expiration.toISOString()}` : ''}.`,
  );
  await summarizeSuccess(config, report);
}

async function reportFailure(error: unknown, config: Config | undefined): Promise<void> {
  const message = failureMessage(error, config);
  core.setFailed(message);
  const diagnostics = await diagnosticsFor(error, config, () => runFacts());
  logDiagnostics(diagnostics);
  await summarizeFailure(message, diagnostics);
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
}

async function withActionTimeout<T>(config: Config, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const limit = config.actionTimeoutMs;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => controller.abort(new ActionTimeoutError(limit / 1000)), limit);
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** allowed-account-ids is checked before anything is exported. */
function checkAllowedAccount(config: Config, account: string): void {
  if (config.allowedAccountIds.length > 0 && !config.allowedAccountIds.includes(account)) {
    throw new AccountNotAllowedError(account, config.allowedAccountIds);
  }
}
