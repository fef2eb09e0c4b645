// Every error this action raises on purpose. One base class with a `code`: classification matches
// on the class (instanceof) and the code, never on a name string, and whether the message is shown
// to a person as it stands is a property of the class, not a list kept elsewhere.

// A leaf: it imports nothing of this action's, so that every module can import it. The types
// that describe a failure (how it is classified, the token claims it carries) live here for that.

/**
 * - new-token: the token is spent; fetch a NEW one and retry at once.
 * - new-token-backoff: fetch a new one, but only after a backoff (STS could not reach the JWKS).
 * - backoff: transient; same token, exponential backoff with full jitter.
 * - throttle: rate limited; backoff with a larger base.
 * - fatal: retrying cannot help; stop now.
 */
export type RetryAction = 'new-token' | 'new-token-backoff' | 'backoff' | 'throttle' | 'fatal';

/** A failed attempt, classified (classify.ts). */
export interface Classified {
  readonly action: RetryAction;
  /** What to show: the STS code, the network error code, or "HTTP 503". */
  readonly code: string;
  readonly message: string;
  /** Where it failed. */
  readonly stage: 'token' | 'sts';
  /** The next thing a person should check when this is the final error. */
  readonly hint: string;
}

/**
 * What signed the call, which changes what an expired token means:
 * - web-identity: the JWT expired; a new one fixes it.
 * - credentials: the session token of the signing credentials expired; only a new secret fixes it.
 */
export type SignedBy = 'web-identity' | 'credentials';

/** The claims of a GitHub OIDC token that trust policies match on (diagnostics.ts); never the token. */
export interface Claims {
  readonly iss?: string;
  readonly aud?: string;
  readonly sub?: string;
  readonly repository?: string;
  readonly repository_id?: string;
  readonly repository_owner?: string;
  readonly repository_owner_id?: string;
  readonly ref?: string;
  readonly environment?: string;
  readonly workflow_ref?: string;
  readonly job_workflow_ref?: string;
  readonly event_name?: string;
}

export abstract class ActionError extends Error {
  /** What the step's error line shows as the error code. */
  abstract readonly code: string;
  /**
   * The message says what is wrong and how to fix it, so the step prints it as it stands. Errors
   * without it are worded from inside (what failed), and failureMessage() says which call failed.
   */
  readonly complete: boolean = false;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad inputs: the message lists every problem, one a line, each naming its input and the fix. */
export class InputError extends ActionError {
  readonly code = 'InputError';
  override readonly complete = true;
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? '')
        : `${problems.length} inputs are invalid:\n${problems.join('\n')}`,
    );
    this.problems = problems;
  }
}

/** The runner gave this step no token endpoint: said before any request. */
export class MissingIdTokenPermissionError extends ActionError {
  readonly code = 'MissingIdTokenPermission';
  override readonly complete = true;
}

/** Under act (a local runner), which has no token endpoint: said before any request. */
export class NoTokenEndpointUnderActError extends ActionError {
  readonly code = 'NoTokenEndpointUnderAct';
  override readonly complete = true;
}

/** A refreshing profile's settings file is gone (the job ended) or is not ours. */
export class RefreshSettingsError extends ActionError {
  readonly code = 'RefreshSettings';
  override readonly complete = true;
}

/** role-chaining without credentials in the environment. */
export class SourceCredentialsError extends ActionError {
  readonly code = 'SourceCredentials';
  override readonly complete = true;
}

/** The credentials were fine, but in an account allowed-account-ids does not list. */
export class AccountNotAllowedError extends ActionError {
  readonly code = 'AccountNotAllowed';
  override readonly complete = true;
  constructor(account: string, allowed: readonly string[]) {
    super(
      `The credentials are for account ${account}, which is not in allowed-account-ids (${allowed.join(', ')}); nothing was exported. ` +
        'Check role-to-assume (or the access keys), or add the account to allowed-account-ids.',
    );
  }
}

/** aws-profile names a section that exists, and overwrite-aws-profile is not set. */
export class ProfileExistsError extends ActionError {
  readonly code = 'ProfileExists';
  override readonly complete = true;
}

/** A file this action reads or writes is a symlink, or not a regular file. */
export class UnsafePathError extends ActionError {
  readonly code = 'UnsafePath';
}

/** The profile files could not be used safely; wraps UnsafePathError at the profile boundary. */
export class ProfileFileError extends ActionError {
  readonly code = 'ProfileFile';
  override readonly complete = true;
}

/** ACTIONS_ID_TOKEN_REQUEST_URL is set, but to no http(s) URL a request could go to. */
export class InvalidTokenEndpointError extends ActionError {
  readonly code = 'InvalidTokenEndpoint';
  override readonly complete = true;
}

/** A file command (GITHUB_ENV, GITHUB_OUTPUT, ...) names a file this step cannot append to. */
export class FileCommandError extends ActionError {
  readonly code = 'FileCommand';
  override readonly complete = true;
}

/** Raised through the abort signal when action-timeout-s fires. */
export class ActionTimeoutError extends ActionError {
  readonly code = 'ActionTimeout';
  readonly seconds: number;
  constructor(seconds: number) {
    super(`action-timeout-s of ${seconds} s reached`);
    this.seconds = seconds;
  }
}

/** The per-request deadline fired (as opposed to the whole-step action-timeout-s). */
export class RequestTimeoutError extends ActionError {
  readonly code = 'Timeout';
}

/** A server sent more than this action ever reads; said with the endpoint and the limit. */
export class ResponseTooLargeError extends ActionError {
  readonly code = 'ResponseTooLarge';
}

/** STS sent a value that is not of the shape it documents (a line break in a secret). */
export class MalformedResponseError extends ActionError {
  readonly code = 'MalformedResponse';
}

/** STS answered with a session of another role, account or partition than the one asked for. */
export class UnexpectedRoleError extends ActionError {
  readonly code = 'UnexpectedRole';
}

/** STS issued credentials that are already expired, or about to, by this runner's clock. */
export class ExpiredCredentialsError extends ActionError {
  readonly code = 'ExpiredCredentials';
}

/** A failure of the GitHub OIDC token endpoint, with its HTTP status where there was one. */
export class TokenRequestError extends ActionError {
  readonly code: string;
  readonly status: number | undefined;
  /** @param code a name for a failure without a status, e.g. a 200 with no token in it. */
  constructor(message: string, status: number | undefined, code = 'TokenRequest', options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.code = code;
  }
}

/** web-identity-token-file could not be used: missing, empty, a symlink. Retrying cannot help. */
export class TokenFileError extends ActionError {
  readonly code = 'TokenFileError';
}

/** STS answered 200 without what a successful call must carry. */
export class IncompleteResponseError extends ActionError {
  readonly code = 'IncompleteResponse';
}

/**
 * special-characters-workaround: the secret has a character some tools mangle. Re-assuming mints
 * a new secret; bounded by the same attempt and time limits as any retry.
 */
export class SpecialCharactersError extends ActionError {
  readonly code = 'SpecialCharacters';
}

/** One failed attempt, classified. */
export class AttemptError extends ActionError {
  readonly classified: Classified;
  get code(): string {
    return this.classified.code;
  }
  constructor(classified: Classified, options?: ErrorOptions) {
    super(`${classified.code}: ${classified.message}`, options);
    this.classified = classified;
  }
}

/** Why the retry loop gave up. */
export type GaveUp = 'fatal' | 'attempts' | 'time' | 'throttled';

/** The retry loop gave up. */
export class ExchangeError extends ActionError {
  readonly classified: Classified;
  readonly attempts: number;
  readonly reason: GaveUp;
  /** The trust-relevant claims of the last token sent, for diagnostics; never the token. */
  readonly claims: Claims | undefined;
  /** How long throttling was allowed to go on, when that is why the loop stopped. */
  readonly throttleBudgetMs: number | undefined;
  get code(): string {
    return this.classified.code;
  }
  constructor(
    classified: Classified,
    attempts: number,
    reason: GaveUp,
    options?: ErrorOptions & { claims?: Claims | undefined; throttleBudgetMs?: number | undefined },
  ) {
    super(`${classified.code}: ${classified.message}`, options);
    this.classified = classified;
    this.attempts = attempts;
    this.reason = reason;
    this.claims = options?.claims;
    this.throttleBudgetMs = options?.throttleBudgetMs;
  }
}
