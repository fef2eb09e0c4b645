// The one error line a failed step prints: what failed, STS's code and message, the next step,
// and where the troubleshooting guide says more.

import { ActionError, ActionTimeoutError, ExchangeError, InputError } from '../errors.js';
import type { AuthMode, Role } from '../inputs/config.js';
import { modeOf } from '../inputs/source.js';
import { canonicalCode } from '../sts/classify.js';

/** What a failure is said in terms of: the mode and the role it was assuming. */
export interface Attempted {
  readonly mode: AuthMode;
  readonly role: Role | undefined;
  /** token-file mode: the file, named when reading it fails. */
  readonly webIdentityTokenFile?: string;
}

/** The ### sections of docs/troubleshooting.md, as GitHub anchors them (a test keeps the two equal). */
export const TROUBLESHOOTING_SECTIONS: ReadonlySet<string> = new Set(
  [
    'InputError',
    'MissingIdTokenPermission',
    'NoTokenEndpointUnderAct',
    'SourceCredentials',
    'AccountNotAllowed',
    'ActionTimeout',
    'HTTP 4xx',
    'HTTP 5xx',
    'NoTokenInResponse',
    'CrossOriginRedirect',
    'TooManyRedirects',
    'TokenFileError',
    'ExpiredToken',
    'AccessDenied',
    'InvalidIdentityToken',
    'IDPRejectedClaim',
    'IDPCommunicationError',
    'Throttling',
    'ValidationError',
    'RegionDisabled',
    'MalformedPolicyDocument',
    'PackedPolicyTooLarge',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
    'UnrecognizedClient',
    'CredentialsProviderError',
    'SpecialCharacters',
    'ExpiredCredentials',
    'UnexpectedRole',
    'IncompleteResponse',
    'MalformedResponse',
    'ResponseTooLarge',
    'ENOTFOUND',
    'Network errors',
    'Timeout',
    'Other STS errors',
    'ProfileExists',
    'ProfileFile',
    'FileCommand',
    'InvalidTokenEndpoint',
    'UnsafePath',
    'RefreshSettings',
  ].map((heading) => heading.toLowerCase().replace(/ /g, '-')),
);

/** The section of docs/troubleshooting.md for an error code. */
export function anchorFor(code: string): string {
  if (/^HTTP 5\d\d$/.test(code)) return 'http-5xx';
  if (/^HTTP 4\d\d$/.test(code)) return 'http-4xx';
  if (/Throttl|^TooManyRequests$/.test(code)) return 'throttling';
  if (/^(E[A-Z]+|UND_ERR_\w+|NetworkError)$/.test(code) && code !== 'ENOTFOUND') return 'network-errors';
  const anchor = canonicalCode(code).toLowerCase();
  return TROUBLESHOOTING_SECTIONS.has(anchor) ? anchor : 'other-sts-errors';
}

/** The troubleshooting guide of the action as it ran (its repository and ref), else the repo path. */
export function troubleshootingLink(code: string, env: NodeJS.ProcessEnv = process.env): string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const base = repo
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repo}/blob/${env.GITHUB_ACTION_REF || 'HEAD'}/docs/troubleshooting.md`
    : 'docs/troubleshooting.md';
  return `${base}#${anchorFor(code)}`;
}

export function failureMessage(
  error: unknown,
  config: Attempted | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  // Each input problem says its own fix; a link would only be noise.
  if (error instanceof InputError) return error.message;
  if (error instanceof ActionError && error.complete) {
    return `${error.message} Details: ${troubleshootingLink(error.code, env)}`;
  }
  const role = config?.role ? `role ${config.role.arn ?? config.role.roleName}` : 'the role';
  if (error instanceof ActionTimeoutError) {
    return (
      `Timed out after ${error.seconds} s (action-timeout-s) while assuming ${role}; nothing was exported. ` +
      `Raise action-timeout-s, or check the network path to STS and the token endpoint. Details: ${troubleshootingLink(error.code, env)}`
    );
  }
  if (error instanceof ExchangeError) {
    return `${exchangeFailure(error, config, role)} Details: ${troubleshootingLink(error.classified.code, env)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Failed to assume ${role}: ${message}`;
}

const GAVE_UP: Record<ExchangeError['reason'], (tries: string, e: ExchangeError) => string> = {
  attempts: (tries) => ` (gave up after ${tries}: retry-max-attempts)`,
  time: (tries) => ` (gave up after ${tries}: retry time limit reached)`,
  throttled: (tries, e) =>
    ` (gave up after ${tries}: STS kept throttling past the throttle budget of ${Math.round((e.throttleBudgetMs ?? 0) / 1000)} s)`,
  fatal: (tries) => ` (${tries})`,
};

function exchangeFailure(error: ExchangeError, config: Attempted | undefined, role: string): string {
  const c = error.classified;
  const how = config ? modeOf(config.mode).with : '';
  const what =
    c.stage === 'token'
      ? config?.mode === 'token-file'
        ? `Failed to read the web identity token from ${config.webIdentityTokenFile}`
        : 'Failed to get a GitHub OIDC token'
      : config && !config.role
        ? `Failed to check the credentials ${how} (GetCallerIdentity)`
        : `Failed to assume ${role} ${how}`.trimEnd();
  const tries = error.attempts === 1 ? '1 attempt' : `${error.attempts} attempts`;
  const why = GAVE_UP[error.reason](tries, error);
  const said = c.message.trim();
  return `${what}${why}: ${c.code}: ${/[.!?]$/.test(said) ? said : `${said}.`} Next: ${c.hint}`;
}
