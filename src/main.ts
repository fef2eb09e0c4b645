// The main step: read the inputs, authenticate (authenticate.ts) or print a trust policy
// (print-trust-policy.ts), publish (job/publish.ts), report (report/). The map of the parts is
// src/README.md.

import * as core from '@actions/core';
import { authenticate } from './authenticate.js';
import { AccountNotAllowedError, ActionTimeoutError } from './errors.js';
import { runFacts } from './github/run-facts.js';
import type { Config } from './inputs/config.js';
import { parseInputs } from './inputs/parse.js';
import { type InputName, SECRET_INPUTS, withEnvFallbacks } from './inputs/spec.js';
import type { Published } from './job/outcome.js';
import { publish, publishExisting } from './job/publish.js';
import { printTrustPolicy } from './print-trust-policy.js';
import { failureMessage } from './report/messages.js';
import { diagnosticsFor, logDiagnostics, summarizeFailure, summarizeSuccess } from './report/report.js';
import { hideAccounts } from './runner/escape.js';
import { checkFileCommands } from './runner/file-commands.js';
import { debug, fail, info, mask, notice, warning } from './runner/log.js';

function getInputs(): Config {
  const read = withEnvFallbacks((name: InputName) => core.getInput(name), process.env);
  // Masked before anything could print them, valid or not.
  for (const name of SECRET_INPUTS) mask(read(name));
  maskProxyPassword(read('http-proxy'));
  return parseInputs(read, process.env.GITHUB_WORKSPACE || process.cwd());
}

/** The proxy's password, as written and as decoded; the whole value when it does not parse. */
function maskProxyPassword(proxy: string): void {
  if (!proxy.includes('@')) return;
  if (!URL.canParse(proxy)) {
    mask(proxy);
    return;
  }
  const { password } = new URL(proxy);
  mask(password);
  try {
    mask(decodeURIComponent(password));
  } catch {
    // An invalid %-escape: parseInputs says so, without the value.
  }
}

export async function run(): Promise<void> {
  const started = performance.now();
  let config: Config | undefined;
  try {
    config = getInputs();
    checkFileCommands(process.env);
    // Known before any request: masked now, so that no line of this step can show it.
    if (config.maskAccountId) mask(config.role?.accountId);
    for (const said of config.warnings) warning(said);
    const settings = config;
    if (config.printTrustPolicy) {
      await withActionTimeout(config, (signal) => printTrustPolicy(settings, signal));
      return;
    }
    const outcome = await withActionTimeout(config, (signal) => authenticate(settings, signal));
    // Every path, use-existing-credentials included: the account is checked before anything is said.
    checkAllowedAccount(config, outcome.identity.account);
    if (outcome.kind === 'existing') {
      publishExisting(config, outcome.identity);
      notice('Pre-existing credentials are valid (use-existing-credentials); nothing new was exported.');
      return;
    }
    await publish(config, outcome);
    await reportSuccess(config, outcome, performance.now() - started);
  } catch (error) {
    await reportFailure(error, config);
  }
}

async function reportSuccess(config: Config, outcome: Published, durationMs: number): Promise<void> {
  const report = {
    roleArn: outcome.kind === 'assumed' ? outcome.roleArn : undefined,
    identityArn: outcome.identity.arn,
    account: outcome.identity.account,
    expiration: outcome.kind === 'ambient' ? undefined : outcome.credentials.expiration,
    attempts: outcome.attempts,
    tokensFetched: outcome.tokensFetched,
    stsEndpoint: outcome.stsEndpoint,
    durationMs,
  };
  const who = config.maskAccountId
    ? 'the role'
    : config.role
      ? (config.role.arn ?? config.role.roleName)
      : report.identityArn;
  info(
    `${config.role ? 'Assumed' : 'Authenticated as'} ${who} in ${config.region}: ` +
      `${report.attempts} attempt(s), ${report.tokensFetched} token(s), ${Math.round(durationMs)} ms` +
      `${report.expiration ? `; credentials expire at ${report.expiration.toISOString()}` : ''}.`,
  );
  await summarizeSuccess(config, report);
}

async function reportFailure(error: unknown, config: Config | undefined): Promise<void> {
  const hide = (text: string) => (config?.maskAccountId ? hideAccounts(text) : text);
  const message = hide(failureMessage(error, config));
  fail(message);
  const diagnostics = (await diagnosticsFor(error, config, () => runFacts())).map(hide);
  logDiagnostics(diagnostics);
  await summarizeFailure(message, diagnostics);
  if (core.isDebug() && error instanceof Error && error.stack) debug(error.stack);
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
