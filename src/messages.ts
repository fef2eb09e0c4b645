// The one error line a failed step prints: what failed, STS's code and message, the next step.

import { ActionError, ActionTimeoutError, ExchangeError } from './errors.js';
import type { AuthMode, Config } from './inputs/config.js';

const WITH: Record<AuthMode, string> = {
  oidc: 'with a GitHub OIDC token',
  'token-file': 'with the web identity token file',
  'access-keys': 'with the access keys',
  'role-chaining': 'with the credentials in the environment (role-chaining)',
  ambient: "with the runner's own credentials",
};

export function failureMessage(error: unknown, config: Config | undefined): string {
  if (error instanceof ActionError && error.complete) return error.message;
  const role = config?.role ? `role ${config.role.arn ?? config.role.roleName}` : 'the role';
  if (error instanceof ActionTimeoutError) {
    return (
      `Timed out after ${error.seconds} s (action-timeout-s) while assuming ${role}; nothing was exported. ` +
      `Raise action-timeout-s, or check the network path to STS and the token endpoint.`
    );
  }
  if (error instanceof ExchangeError) return exchangeFailure(error, config, role);
  const message = error instanceof Error ? error.message : String(error);
  return `Failed to assume ${role}: ${message}`;
}

function exchangeFailure(error: ExchangeError, config: Config | undefined, role: string): string {
  const c = error.classified;
  const how = config ? WITH[config.mode] : '';
  const what =
    c.stage === 'token'
      ? config?.mode === 'token-file'
        ? 'Failed to read the web identity token'
        : 'Failed to get a GitHub OIDC token'
      : config && !config.role
        ? `Failed to check the credentials ${how} (GetCallerIdentity)`
        : `Failed to assume ${role} ${how}`.trimEnd();
  const tries = error.attempts === 1 ? '1 attempt' : `${error.attempts} attempts`;
  const why =
    error.reason === 'attempts'
      ? ` (gave up after ${tries}: retry-max-attempts)`
      : error.reason === 'time'
        ? ` (gave up after ${tries}: retry time limit reached)`
        : ` (${tries})`;
  const said = c.message.trim();
  return `${what}${why}: ${c.code}: ${/[.!?]$/.test(said) ? said : `${said}.`} Next: ${c.hint}`;
}
