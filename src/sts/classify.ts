// Pure decisions about a failed attempt: retry or not, with a new token or not, what to say next.
// Keyed by both the SDK's JS error name and the STS wire code, because the SDK renames some codes
// (InvalidIdentityToken arrives as InvalidIdentityTokenException). This action's own errors are
// matched by class.

import {
  type Classified,
  ExpiredCredentialsError,
  IncompleteResponseError,
  MalformedResponseError,
  RequestTimeoutError,
  ResponseTooLargeError,
  type RetryAction,
  type SignedBy,
  SpecialCharactersError,
  TokenFileError,
  TokenRequestError,
  UnexpectedRoleError,
} from '../errors.js';

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  cause?: unknown;
}

function fields(error: unknown): ErrorFields {
  return typeof error === 'object' && error !== null ? (error as ErrorFields) : {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The network error code anywhere in the cause chain (undici and smithy nest them). */
function codeInChain(error: unknown, wanted: (code: string) => boolean): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = fields(e).cause, depth++) {
    const code = str(fields(e).code);
    if (code && wanted(code)) return code;
  }
  return undefined;
}

const networkCode = (error: unknown) => codeInChain(error, (code) => NETWORK_CODES.has(code));

/** `InvalidIdentityTokenException` and `InvalidIdentityToken` are the same error. */
export function canonicalCode(code: string): string {
  return code.endsWith('Exception') ? code.slice(0, -'Exception'.length) : code;
}

const HINTS: Record<string, string> = {
  AccessDenied:
    "Check the role's trust policy: its Principal must be the IAM OIDC provider for the token's issuer, and its :sub (in the form the token has; " +
    'repositories created, renamed or transferred on github.com after 2026-07-15 get repo:OWNER@ID/REPO@ID:...), :aud and :repository_id conditions must match this workflow. ' +
    'The claims and a Condition that matches are in the group below.',
  InvalidIdentityToken:
    "Check that the IAM OIDC provider's audience list contains the 'audience' input and that its URL is the token issuer " +
    '(https://token.actions.githubusercontent.com, or your GitHub Enterprise Server issuer).',
  IDPRejectedClaim:
    "Check the role's trust policy conditions against the token's claims (sub, aud, repository, ref).",
  IDPCommunicationError:
    'STS could not reach the identity provider. It is usually transient; re-run the job, and check for an AWS or GitHub incident if it persists.',
  ExpiredToken:
    'Every token was expired by the time STS read it. Check the runner clock (NTP) and the network latency to STS.',
  ValidationError:
    'STS rejected a parameter. Check role-duration-seconds against the role\u2019s maximum session duration, and the role session name.',
  RegionDisabled:
    'Activate STS in this region (IAM console, Account settings), or choose another aws-region.',
  MalformedPolicyDocument: 'Fix the session policy JSON.',
  PackedPolicyTooLarge: 'Shorten the session policy or the session tags.',
  InvalidClientTokenId:
    'STS does not know the access key that signed the request. Check aws-access-key-id (or the AWS_ACCESS_KEY_ID in the environment): it may be deleted, deactivated or from another partition.',
  SignatureDoesNotMatch:
    'The secret access key does not match the access key ID. Check aws-secret-access-key (or AWS_SECRET_ACCESS_KEY) for a copy error.',
  UnrecognizedClient:
    'STS does not know the access key that signed the request. Check aws-access-key-id and aws-session-token.',
  CredentialsProvider:
    'No AWS credentials were found to sign the request. Give the runner credentials (instance profile, environment, ~/.aws), or use OIDC (role-to-assume without force-skip-oidc).',
};

const VERIFICATION_KEY_HINT =
  "STS could not fetch the identity provider's signing keys (its JWKS) from the token issuer. It is usually transient: re-run the job. " +
  'On GitHub Enterprise Server, the issuer (https://HOSTNAME/_services/token) must be reachable from AWS.';
const SPECIAL_CHARACTERS_HINT =
  'Every secret STS issued had a special character. Raise retry-max-attempts, or drop special-characters-workaround and quote the secret where it is used.';
const SIGNED_ACCESS_DENIED_HINT =
  'The identity that signed AssumeRole needs sts:AssumeRole on the role in its own policy, and the role\u2019s trust policy must name it as Principal ' +
  'and allow sts:TagSession too (this action sends session tags; or set role-skip-session-tagging: true).';
const CLOCK_HINT =
  "Check the runner's clock (NTP: timedatectl, w32tm /resync) against the Expiration STS sent; if the clock is right, sts-endpoint (or AWS_ENDPOINT_URL_STS) is not answering like AWS STS.";
const INCOMPLETE_HINT =
  'Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) points at AWS STS and not at a proxy or another service.';

/**
 * A 2xx answer the SDK could not read as an STS document: an HTML page (a web UI, a captive
 * portal, a proxy's login) where STS should be. Sending the request again changes nothing.
 */
const notSts = (status: number | undefined, message: string) =>
  status !== undefined &&
  status >= 200 &&
  status < 300 &&
  /XML parse error|Deserialization error/.test(message);
const NOT_STS =
  'the endpoint answered with a document that is not an STS answer (an HTML page, a login or captive portal, another service?)';

const UNEXPECTED_ROLE_HINT =
  'AWS STS answers for the role it is asked for. Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) is AWS STS and not a proxy or mock, and that role-to-assume is the role you meant.';

const TOKEN_ENDPOINT_HINT =
  "ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token endpoint; check that no proxy (HTTPS_PROXY, NO_PROXY) or earlier step changed it.";
const REDIRECT_CODES = new Set(['CrossOriginRedirect', 'TooManyRedirects']);

const THROTTLE_HINT =
  "STS kept throttling: the account's STS request rate is shared by every job and tool in it. Limit concurrent jobs " +
  '(strategy.max-parallel), or leave retry-max-attempts unset so that throttled attempts do not count (a 180 s budget instead).';
const TOKEN_THROTTLE_HINT =
  "The runner's token endpoint kept answering 429 (too many requests). Re-run the job; limit concurrent jobs if it persists.";
const TRANSIENT_HINT =
  'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.';
const TOKEN_TRANSIENT_HINT =
  "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.";

function hintFor(code: string): string {
  return HINTS[canonicalCode(code)] ?? 'See the error code in the AWS STS API reference.';
}

const CREDENTIALS_EXPIRED_HINT =
  'The session token of the credentials that signed the call has expired: aws-session-token, or the AWS_SESSION_TOKEN ' +
  'already in the environment (role-chaining). Refresh the secret, or run the step that made those credentials again.';

type Verdict = readonly [action: RetryAction, shown: string, hint: string];

/** Failures that never reached STS's answer: the network, a deadline, or this action's own checks. */
function localFailure(error: unknown, name: string): Verdict | undefined {
  // A name that does not resolve is a typo far more often than an outage: say so at once.
  if (codeInChain(error, (code) => code === 'ENOTFOUND')) {
    return [
      'fatal',
      'ENOTFOUND',
      'The STS host name does not resolve. Check sts-endpoint (or AWS_ENDPOINT_URL_STS) and the runner\u2019s DNS.',
    ];
  }
  // The SDK calls a reset socket a TimeoutError too; the network code says more.
  const net = networkCode(error);
  if (net) return ['backoff', net, TRANSIENT_HINT];
  if (error instanceof RequestTimeoutError || name === 'TimeoutError')
    return ['backoff', 'Timeout', TRANSIENT_HINT];
  if (error instanceof SpecialCharactersError) return ['backoff', error.code, SPECIAL_CHARACTERS_HINT];
  if (
    error instanceof IncompleteResponseError ||
    error instanceof ResponseTooLargeError ||
    error instanceof MalformedResponseError
  ) {
    return ['fatal', error.code, INCOMPLETE_HINT];
  }
  if (error instanceof ExpiredCredentialsError) return ['fatal', error.code, CLOCK_HINT];
  if (error instanceof UnexpectedRoleError) return ['fatal', error.code, UNEXPECTED_ROLE_HINT];
  return undefined;
}

export function classifyStsError(error: unknown, source: SignedBy = 'web-identity'): Classified {
  const f = fields(error);
  const status = typeof f.$metadata?.httpStatusCode === 'number' ? f.$metadata.httpStatusCode : undefined;
  const message = str(f.message) ?? String(error);
  const name = str(f.Code) ?? str(f.name) ?? 'Error';
  const code = canonicalCode(name);
  const sts = (action: RetryAction, shown: string, hint: string): Classified => ({
    action,
    code: shown,
    message,
    stage: 'sts',
    hint,
  });
  const local = localFailure(error, name);
  if (local) return sts(...local);
  if (notSts(status, message)) {
    return {
      action: 'fatal',
      code: 'MalformedResponse',
      message: NOT_STS,
      stage: 'sts',
      hint: INCOMPLETE_HINT,
    };
  }

  switch (code) {
    case 'ExpiredToken':
    case 'TokenExpired':
      if (source === 'credentials') return sts('fatal', name, CREDENTIALS_EXPIRED_HINT);
      return sts('new-token', name, hintFor('ExpiredToken'));
    case 'CredentialsProviderError':
      return sts('fatal', name, hintFor('CredentialsProvider'));
    case 'InvalidIdentityToken':
      // STS fetches the provider's JWKS; when that fails the token itself may be fine.
      if (/couldn.t retrieve verification key/i.test(message))
        return sts('new-token-backoff', name, VERIFICATION_KEY_HINT);
      if (/expired/i.test(message)) return sts('new-token', name, hintFor('ExpiredToken'));
      return sts('fatal', name, hintFor(code));
    case 'IDPRejectedClaim':
      // AWS: "can also mean the claim has expired".
      if (/expir/i.test(message)) return sts('new-token', name, hintFor('ExpiredToken'));
      return sts('fatal', name, hintFor(code));
    case 'IDPCommunicationError':
      return sts('backoff', name, hintFor(code));
    case 'AccessDenied':
      return sts('fatal', name, source === 'credentials' ? SIGNED_ACCESS_DENIED_HINT : hintFor(code));
  }

  // A 5xx or 429 with an HTML body (a proxy's error page) has no useful code; show the status.
  const shown = status !== undefined && /^(Error|Unknown|UnknownError)$/.test(name) ? `HTTP ${status}` : name;
  if (/Throttl/.test(code) || code === 'TooManyRequests' || status === 429)
    return sts('throttle', shown, THROTTLE_HINT);
  if (status !== undefined && TRANSIENT_STATUS.has(status)) return sts('backoff', shown, TRANSIENT_HINT);
  return sts('fatal', name, hintFor(code));
}

export function classifyTokenError(error: unknown): Classified {
  const message = str(fields(error).message) ?? String(error);
  const status = error instanceof TokenRequestError ? error.status : undefined;
  const tok = (action: RetryAction, code: string, hint: string): Classified => ({
    action,
    code,
    message,
    stage: 'token',
    hint,
  });
  if (error instanceof RequestTimeoutError) return tok('backoff', 'Timeout', TOKEN_TRANSIENT_HINT);
  if (error instanceof TokenFileError) {
    return tok('fatal', error.code, 'Fix web-identity-token-file, or the step that writes it.');
  }
  if (error instanceof ResponseTooLargeError) return tok('fatal', error.code, TOKEN_ENDPOINT_HINT);
  if (error instanceof TokenRequestError && REDIRECT_CODES.has(error.code)) {
    return tok('fatal', error.code, TOKEN_ENDPOINT_HINT);
  }
  if (status === undefined) {
    // No usable HTTP answer: a network failure or a garbled body, retried.
    const named =
      error instanceof TokenRequestError && error.code !== 'TokenRequest' ? error.code : undefined;
    return tok('backoff', networkCode(error) ?? named ?? 'NetworkError', TOKEN_TRANSIENT_HINT);
  }
  if (status === 429) return tok('throttle', `HTTP ${status}`, TOKEN_THROTTLE_HINT);
  if (TRANSIENT_STATUS.has(status) || status === 408)
    return tok('backoff', `HTTP ${status}`, TOKEN_TRANSIENT_HINT);
  return tok(
    'fatal',
    `HTTP ${status}`,
    status === 401 || status === 403
      ? 'The runner refused the token request. The job may have finished, or the job lacks permissions: id-token: write.'
      : 'The GitHub OIDC token endpoint rejected the request. Re-run the job; report it to GitHub if it persists.',
  );
}
