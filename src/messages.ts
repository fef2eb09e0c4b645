// The one error line a failed step prints: what failed, STS's code and message, the next step.

import { type Config, InputError } from './config.js';
import { ExchangeError } from './exchange.js';
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

export function failureMessage(error: unknown, config: Config | undefined): string {
  if (error instanceof InputError || error instanceof MissingIdTokenPermissionError) return error.message;
  const role = config ? `role ${config.role.arn}` : 'the role';
  if (error instanceof ActionTimeoutError) {
    return (
      `Timed out after ${error.seconds} s (action-timeout-s) while assuming ${role}; nothing was exported. ` +
      `Raise action-timeout-s, or check the network path to STS and the token endpoint.`
    );
  }
  if (error instanceof ExchangeError) {
    const c = error.classified;
    const what =
      c.stage === 'token'
        ? 'Failed to get a GitHub OIDC token'
        : `Failed to assume ${role} with a GitHub OIDC token`;
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
  const message = error instanceof Error ? error.message : String(error);
  return `Failed to assume ${role}: ${message}`;
}
