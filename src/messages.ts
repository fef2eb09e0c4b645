// The one error line a failed step prints: what failed, STS's code and message, the next step.

import { type AuthMode, type Config, InputError } from './config.js';
import { ExchangeError } from './exchange.js';
import { UnsafePathError } from './files.js';
import { ProfileExistsError } from './profile.js';
import { MissingIdTokenPermissionError } from './token.js';

/** Raised through the abort signal when action-timeout-s fires. */
export class ActionTimeoutError extends Error {
  override readonly name = 'ActionTimeoutError';
  readonly seconds: number;
  constructor(seconds: number) {
    super(`action-timeout-s of ${seconds} s reached`);
    this.seconds = seconds;
  }
}

/** The credentials were fine, but in an account allowed-account-ids does not list. */
export class AccountNotAllowedError extends Error {
  override readonly name = 'AccountNotAllowed';
  constructor(account: string, allowed: readonly string[]) {
    super(
      `The credentials are for account ${account}, which is not in allowed-account-ids (${allowed.join(', ')}); nothing was exported. ` +
        'Check role-to-assume (or the access keys), or add the account to allowed-account-ids.',
    );
  }
}

/** role-chaining without credentials in the environment. */
export class SourceCredentialsError extends Error {
  override readonly name = 'SourceCredentials';
}

const WITH: Record<AuthMode, string> = {
  oidc: 'with a GitHub OIDC token',
  'token-file': 'with the web identity token file',
  'access-keys': 'with the access keys',
  'role-chaining': 'with the credentials in the environment (role-chaining)',
  ambient: "with the runner's own credentials",
};

export function failureMessage(error: unknown, config: Config | undefined): string {
  if (
    error instanceof InputError ||
    error instanceof MissingIdTokenPermissionError ||
    error instanceof AccountNotAllowedError ||
    error instanceof SourceCredentialsError ||
    error instanceof ProfileExistsError
  ) {
    return error.message;
  }
  const role = config?.role ? `role ${config.role.arn ?? config.role.roleName}` : 'the role';
  if (error instanceof ActionTimeoutError) {
    return (
      `Timed out after ${error.seconds} s (action-timeout-s) while assuming ${role}; nothing was exported. ` +
      `Raise action-timeout-s, or check the network path to STS and the token endpoint.`
    );
  }
  if (error instanceof ExchangeError) {
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
  if (error instanceof UnsafePathError) return `Refused to write the AWS profile: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `Failed to assume ${role}: ${message}`;
}
