// Every classification, word for word: the action (what the retry loop does), the code shown and
// the hint a person reads, for each STS answer and token-endpoint failure this action knows.

import { expect, test } from '@jest/globals';
import type { Classified, SignedBy } from '../../../src/errors.js';
import {
  ExpiredCredentialsError,
  IncompleteResponseError,
  MalformedResponseError,
  RequestTimeoutError,
  ResponseTooLargeError,
  SpecialCharactersError,
  TokenFileError,
  TokenRequestError,
} from '../../../src/errors.js';
import { classifyStsError, classifyTokenError } from '../../../src/sts/classify.js';

const wire = (code: string, message: string, status = 400) => ({
  name: code,
  Code: code,
  message,
  $metadata: { httpStatusCode: status },
});
const net = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code });

const STS: [string, unknown, SignedBy, Omit<Classified, 'message'>][] = [
  [
    'ExpiredToken (web identity)',
    wire('ExpiredTokenException', 'Token expired'),
    'web-identity',
    {
      action: 'new-token',
      code: 'ExpiredTokenException',
      stage: 'sts',
      hint: 'Every token was expired by the time STS read it. Check the runner clock (NTP) and the network latency to STS.',
    },
  ],
  [
    'ExpiredToken (signed)',
    wire('ExpiredTokenException', 'Token expired'),
    'credentials',
    {
      action: 'fatal',
      code: 'ExpiredTokenException',
      stage: 'sts',
      hint: 'The session token of the credentials that signed the call has expired: aws-session-token, or the AWS_SESSION_TOKEN already in the environment (role-chaining). Refresh the secret, or run the step that made those credentials again.',
    },
  ],
  [
    'TokenExpired',
    wire('TokenExpired', 'x'),
    'web-identity',
    {
      action: 'new-token',
      code: 'TokenExpired',
      stage: 'sts',
      hint: 'Every token was expired by the time STS read it. Check the runner clock (NTP) and the network latency to STS.',
    },
  ],
  [
    'CredentialsProviderError',
    wire('CredentialsProviderError', 'Could not load credentials from any providers'),
    'web-identity',
    {
      action: 'fatal',
      code: 'CredentialsProviderError',
      stage: 'sts',
      hint: 'No AWS credentials were found to sign the request. Give the runner credentials (instance profile, environment, ~/.aws), or use OIDC (role-to-assume without force-skip-oidc).',
    },
  ],
  [
    'InvalidIdentityToken, audience',
    wire('InvalidIdentityToken', 'Incorrect token audience'),
    'web-identity',
    {
      action: 'fatal',
      code: 'InvalidIdentityToken',
      stage: 'sts',
      hint: "Check that the IAM OIDC provider's audience list contains the 'audience' input and that its URL is the token issuer (https://token.actions.githubusercontent.com, or your GitHub Enterprise Server issuer).",
    },
  ],
  [
    'InvalidIdentityToken, verification key',
    wire('InvalidIdentityToken', "Couldn't retrieve verification key from your identity provider"),
    'web-identity',
    {
      action: 'new-token-backoff',
      code: 'InvalidIdentityToken',
      stage: 'sts',
      hint: "STS could not fetch the identity provider's signing keys (its JWKS) from the token issuer. It is usually transient: re-run the job. On GitHub Enterprise Server, the issuer (https://HOSTNAME/_services/token) must be reachable from AWS.",
    },
  ],
  [
    'InvalidIdentityToken, expired',
    wire('InvalidIdentityToken', 'Token is expired'),
    'web-identity',
    {
      action: 'new-token',
      code: 'InvalidIdentityToken',
      stage: 'sts',
      hint: 'Every token was expired by the time STS read it. Check the runner clock (NTP) and the network latency to STS.',
    },
  ],
  [
    'IDPRejectedClaim',
    wire('IDPRejectedClaim', 'Claim rejected'),
    'web-identity',
    {
      action: 'fatal',
      code: 'IDPRejectedClaim',
      stage: 'sts',
      hint: "Check the role's trust policy conditions against the token's claims (sub, aud, repository, ref).",
    },
  ],
  [
    'IDPRejectedClaim, expired',
    wire('IDPRejectedClaim', 'The claim has expired'),
    'web-identity',
    {
      action: 'new-token',
      code: 'IDPRejectedClaim',
      stage: 'sts',
      hint: 'Every token was expired by the time STS read it. Check the runner clock (NTP) and the network latency to STS.',
    },
  ],
  [
    'IDPCommunicationError',
    wire('IDPCommunicationError', 'IdP unreachable'),
    'web-identity',
    {
      action: 'backoff',
      code: 'IDPCommunicationError',
      stage: 'sts',
      hint: 'STS could not reach the identity provider. It is usually transient; re-run the job, and check for an AWS or GitHub incident if it persists.',
    },
  ],
  [
    'AccessDenied (web identity)',
    wire('AccessDenied', 'Not authorized'),
    'web-identity',
    {
      action: 'fatal',
      code: 'AccessDenied',
      stage: 'sts',
      hint: "Check the role's trust policy: its Principal must be the IAM OIDC provider for the token's issuer, and its :sub (in the form the token has; repositories created, renamed or transferred on github.com after 2026-07-15 get repo:OWNER@ID/REPO@ID:...), :aud and :repository_id conditions must match this workflow. The claims and a Condition that matches are in the group below.",
    },
  ],
  [
    'AccessDenied (signed)',
    wire('AccessDenied', 'Not authorized'),
    'credentials',
    {
      action: 'fatal',
      code: 'AccessDenied',
      stage: 'sts',
      hint: 'The identity that signed AssumeRole needs sts:AssumeRole on the role in its own policy, and the role’s trust policy must name it as Principal and allow sts:TagSession too (this action sends session tags; or set role-skip-session-tagging: true).',
    },
  ],
  [
    'ValidationError',
    wire('ValidationError', '1 validation error'),
    'web-identity',
    {
      action: 'fatal',
      code: 'ValidationError',
      stage: 'sts',
      hint: 'STS rejected a parameter. Check role-duration-seconds against the role’s maximum session duration, and the role session name.',
    },
  ],
  [
    'RegionDisabledException',
    wire('RegionDisabledException', 'STS is not activated'),
    'web-identity',
    {
      action: 'fatal',
      code: 'RegionDisabledException',
      stage: 'sts',
      hint: 'Activate STS in this region (IAM console, Account settings), or choose another aws-region.',
    },
  ],
  [
    'MalformedPolicyDocument',
    wire('MalformedPolicyDocument', 'bad policy'),
    'web-identity',
    { action: 'fatal', code: 'MalformedPolicyDocument', stage: 'sts', hint: 'Fix the session policy JSON.' },
  ],
  [
    'PackedPolicyTooLarge',
    wire('PackedPolicyTooLarge', 'too large'),
    'web-identity',
    {
      action: 'fatal',
      code: 'PackedPolicyTooLarge',
      stage: 'sts',
      hint: 'Shorten the session policy or the session tags.',
    },
  ],
  [
    'InvalidClientTokenId',
    wire('InvalidClientTokenId', 'unknown key', 403),
    'web-identity',
    {
      action: 'fatal',
      code: 'InvalidClientTokenId',
      stage: 'sts',
      hint: 'STS does not know the access key that signed the request. Check aws-access-key-id (or the AWS_ACCESS_KEY_ID in the environment): it may be deleted, deactivated or from another partition.',
    },
  ],
  [
    'SignatureDoesNotMatch',
    wire('SignatureDoesNotMatch', 'bad signature', 403),
    'web-identity',
    {
      action: 'fatal',
      code: 'SignatureDoesNotMatch',
      stage: 'sts',
      hint: 'The secret access key does not match the access key ID. Check aws-secret-access-key (or AWS_SECRET_ACCESS_KEY) for a copy error.',
    },
  ],
  [
    'UnrecognizedClient',
    wire('UnrecognizedClientException', 'unknown', 403),
    'web-identity',
    {
      action: 'fatal',
      code: 'UnrecognizedClientException',
      stage: 'sts',
      hint: 'STS does not know the access key that signed the request. Check aws-access-key-id and aws-session-token.',
    },
  ],
  [
    'Throttling',
    wire('Throttling', 'Rate exceeded'),
    'web-identity',
    {
      action: 'throttle',
      code: 'Throttling',
      stage: 'sts',
      hint: "STS kept throttling: the account's STS request rate is shared by every job and tool in it. Limit concurrent jobs (strategy.max-parallel), or leave retry-max-attempts unset so that throttled attempts do not count (a 180 s budget instead).",
    },
  ],
  [
    'ThrottlingException',
    wire('ThrottlingException', 'Rate exceeded'),
    'web-identity',
    {
      action: 'throttle',
      code: 'ThrottlingException',
      stage: 'sts',
      hint: "STS kept throttling: the account's STS request rate is shared by every job and tool in it. Limit concurrent jobs (strategy.max-parallel), or leave retry-max-attempts unset so that throttled attempts do not count (a 180 s budget instead).",
    },
  ],
  [
    'TooManyRequests',
    wire('TooManyRequests', 'slow down'),
    'web-identity',
    {
      action: 'throttle',
      code: 'TooManyRequests',
      stage: 'sts',
      hint: "STS kept throttling: the account's STS request rate is shared by every job and tool in it. Limit concurrent jobs (strategy.max-parallel), or leave retry-max-attempts unset so that throttled attempts do not count (a 180 s budget instead).",
    },
  ],
  [
    'a 429 with no code',
    wire('Unknown', 'slow', 429),
    'web-identity',
    {
      action: 'throttle',
      code: 'HTTP 429',
      stage: 'sts',
      hint: "STS kept throttling: the account's STS request rate is shared by every job and tool in it. Limit concurrent jobs (strategy.max-parallel), or leave retry-max-attempts unset so that throttled attempts do not count (a 180 s budget instead).",
    },
  ],
  [
    'HTTP 500',
    wire('InternalFailure', 'oops', 500),
    'web-identity',
    {
      action: 'backoff',
      code: 'InternalFailure',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'an HTML 502',
    wire('Error', '<html>', 502),
    'web-identity',
    {
      action: 'backoff',
      code: 'HTTP 502',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'HTTP 503 UnknownError',
    wire('UnknownError', 'x', 503),
    'web-identity',
    {
      action: 'backoff',
      code: 'HTTP 503',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'HTTP 504',
    wire('Unknown', 'x', 504),
    'web-identity',
    {
      action: 'backoff',
      code: 'HTTP 504',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'HTTP 400 unknown code',
    wire('SomethingNew', 'what', 400),
    'web-identity',
    {
      action: 'fatal',
      code: 'SomethingNew',
      stage: 'sts',
      hint: 'See the error code in the AWS STS API reference.',
    },
  ],
  [
    'ENOTFOUND',
    net('ENOTFOUND'),
    'web-identity',
    {
      action: 'fatal',
      code: 'ENOTFOUND',
      stage: 'sts',
      hint: 'The STS host name does not resolve. Check sts-endpoint (or AWS_ENDPOINT_URL_STS) and the runner’s DNS.',
    },
  ],
  [
    'ECONNRESET',
    net('ECONNRESET'),
    'web-identity',
    {
      action: 'backoff',
      code: 'ECONNRESET',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'ECONNREFUSED nested',
    Object.assign(new Error('fetch failed'), {
      cause: Object.assign(new Error('inner'), { cause: net('ECONNREFUSED') }),
    }),
    'web-identity',
    {
      action: 'backoff',
      code: 'ECONNREFUSED',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'timeout',
    new RequestTimeoutError('STS did not answer within 10000 ms'),
    'web-identity',
    {
      action: 'backoff',
      code: 'Timeout',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'TimeoutError by name',
    Object.assign(new Error('socket hang'), { name: 'TimeoutError' }),
    'web-identity',
    {
      action: 'backoff',
      code: 'Timeout',
      stage: 'sts',
      hint: 'STS kept failing or timing out. Re-run the job; check sts-endpoint, proxies and the network if it persists.',
    },
  ],
  [
    'special characters',
    new SpecialCharactersError('the secret has +'),
    'web-identity',
    {
      action: 'backoff',
      code: 'SpecialCharacters',
      stage: 'sts',
      hint: 'Every secret STS issued had a special character. Raise retry-max-attempts, or drop special-characters-workaround and quote the secret where it is used.',
    },
  ],
  [
    'incomplete response',
    new IncompleteResponseError('no Credentials'),
    'web-identity',
    {
      action: 'fatal',
      code: 'IncompleteResponse',
      stage: 'sts',
      hint: 'Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) points at AWS STS and not at a proxy or another service.',
    },
  ],
  [
    'too large',
    new ResponseTooLargeError('STS sent more than 262144 bytes'),
    'web-identity',
    {
      action: 'fatal',
      code: 'ResponseTooLarge',
      stage: 'sts',
      hint: 'Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) points at AWS STS and not at a proxy or another service.',
    },
  ],
  [
    'malformed',
    new MalformedResponseError('bad xml'),
    'web-identity',
    {
      action: 'fatal',
      code: 'MalformedResponse',
      stage: 'sts',
      hint: 'Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) points at AWS STS and not at a proxy or another service.',
    },
  ],
  [
    'expired credentials',
    new ExpiredCredentialsError('expired 5 s ago'),
    'web-identity',
    {
      action: 'fatal',
      code: 'ExpiredCredentials',
      stage: 'sts',
      hint: "Check the runner's clock (NTP: timedatectl, w32tm /resync) against the Expiration STS sent; if the clock is right, sts-endpoint (or AWS_ENDPOINT_URL_STS) is not answering like AWS STS.",
    },
  ],
  [
    'a string thrown',
    'boom',
    'web-identity',
    {
      action: 'fatal',
      code: 'Error',
      stage: 'sts',
      hint: 'See the error code in the AWS STS API reference.',
    },
  ],
];
const TOKEN: [string, unknown, Omit<Classified, 'message'>][] = [
  [
    'timeout',
    new RequestTimeoutError('no answer'),
    {
      action: 'backoff',
      code: 'Timeout',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'token file',
    new TokenFileError('/t does not exist'),
    {
      action: 'fatal',
      code: 'TokenFileError',
      stage: 'token',
      hint: 'Fix web-identity-token-file, or the step that writes it.',
    },
  ],
  [
    'too large',
    new ResponseTooLargeError('more than 262144 bytes'),
    {
      action: 'fatal',
      code: 'ResponseTooLarge',
      stage: 'token',
      hint: "ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token endpoint; check that no proxy (HTTPS_PROXY, NO_PROXY) or earlier step changed it.",
    },
  ],
  [
    'cross-origin redirect',
    new TokenRequestError('redirected to another origin', undefined, 'CrossOriginRedirect'),
    {
      action: 'fatal',
      code: 'CrossOriginRedirect',
      stage: 'token',
      hint: "ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token endpoint; check that no proxy (HTTPS_PROXY, NO_PROXY) or earlier step changed it.",
    },
  ],
  [
    'too many redirects',
    new TokenRequestError('too many', undefined, 'TooManyRedirects'),
    {
      action: 'fatal',
      code: 'TooManyRedirects',
      stage: 'token',
      hint: "ACTIONS_ID_TOKEN_REQUEST_URL must be the runner's own token endpoint; check that no proxy (HTTPS_PROXY, NO_PROXY) or earlier step changed it.",
    },
  ],
  [
    'network',
    net('ECONNRESET'),
    {
      action: 'backoff',
      code: 'ECONNRESET',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'no token in the answer',
    new TokenRequestError('no value', undefined, 'NoTokenInResponse'),
    {
      action: 'backoff',
      code: 'NoTokenInResponse',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'a plain token request error',
    new TokenRequestError('garbled', undefined),
    {
      action: 'backoff',
      code: 'NetworkError',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'HTTP 429',
    new TokenRequestError('HTTP 429', 429),
    {
      action: 'throttle',
      code: 'HTTP 429',
      stage: 'token',
      hint: "The runner's token endpoint kept answering 429 (too many requests). Re-run the job; limit concurrent jobs if it persists.",
    },
  ],
  [
    'HTTP 408',
    new TokenRequestError('HTTP 408', 408),
    {
      action: 'backoff',
      code: 'HTTP 408',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'HTTP 500',
    new TokenRequestError('HTTP 500', 500),
    {
      action: 'backoff',
      code: 'HTTP 500',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'HTTP 502',
    new TokenRequestError('HTTP 502', 502),
    {
      action: 'backoff',
      code: 'HTTP 502',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'HTTP 503',
    new TokenRequestError('HTTP 503', 503),
    {
      action: 'backoff',
      code: 'HTTP 503',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'HTTP 504',
    new TokenRequestError('HTTP 504', 504),
    {
      action: 'backoff',
      code: 'HTTP 504',
      stage: 'token',
      hint: "The runner's token endpoint kept failing or timing out. Re-run the job; check proxy settings (HTTPS_PROXY, NO_PROXY) if it persists.",
    },
  ],
  [
    'HTTP 401',
    new TokenRequestError('HTTP 401', 401),
    {
      action: 'fatal',
      code: 'HTTP 401',
      stage: 'token',
      hint: 'The runner refused the token request. The job may have finished, or the job lacks permissions: id-token: write.',
    },
  ],
  [
    'HTTP 403',
    new TokenRequestError('HTTP 403', 403),
    {
      action: 'fatal',
      code: 'HTTP 403',
      stage: 'token',
      hint: 'The runner refused the token request. The job may have finished, or the job lacks permissions: id-token: write.',
    },
  ],
  [
    'HTTP 404',
    new TokenRequestError('HTTP 404', 404),
    {
      action: 'fatal',
      code: 'HTTP 404',
      stage: 'token',
      hint: 'The GitHub OIDC token endpoint rejected the request. Re-run the job; report it to GitHub if it persists.',
    },
  ],
];

test.each(STS)('STS: %s', (_name, error, signedBy, expected) => {
  const { message: _, ...said } = classifyStsError(error, signedBy);
  expect(said).toEqual(expected);
});

test.each(TOKEN)('token endpoint: %s', (_name, error, expected) => {
  const { message: _, ...said } = classifyTokenError(error);
  expect(said).toEqual(expected);
});

test("the message is the error's own, or the string thrown", () => {
  expect(classifyStsError(wire('AccessDenied', 'Not authorized to perform X')).message).toBe(
    'Not authorized to perform X',
  );
  expect(classifyStsError('boom').message).toBe('boom');
  expect(classifyTokenError(new TokenRequestError('HTTP 500', 500)).message).toBe('HTTP 500');
});

test.each([
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
  'EPIPE',
])('network code %s: retried after a backoff, the code shown', (code) => {
  expect(classifyStsError(net(code))).toMatchObject({ action: 'backoff', code });
  expect(classifyTokenError(net(code))).toMatchObject({ action: 'backoff', code });
});

test('a network code is found up to five causes deep, not deeper', () => {
  const nest = (depth: number): unknown =>
    depth === 0
      ? net('ECONNRESET')
      : Object.assign(new Error(`wrapper ${depth}`), { cause: nest(depth - 1) });
  expect(classifyStsError(nest(4))).toMatchObject({ action: 'backoff', code: 'ECONNRESET' });
  expect(classifyStsError(nest(5))).toMatchObject({ action: 'fatal', code: 'Error' });
});

test('odd things thrown: null, a number, an error with an empty message or code', () => {
  expect(classifyStsError(null)).toMatchObject({ action: 'fatal', code: 'Error', message: 'null' });
  expect(classifyStsError(42)).toMatchObject({ action: 'fatal', code: 'Error', message: '42' });
  expect(classifyStsError({ name: '', Code: '', message: '' })).toMatchObject({
    action: 'fatal',
    code: 'Error',
    message: '[object Object]',
  });
  expect(classifyStsError(Object.assign(new Error('x'), { code: 12 }))).toMatchObject({ action: 'fatal' });
});

test('only a bare Error or Unknown name becomes "HTTP n"; a real code is kept', () => {
  expect(classifyStsError(wire('MyError', 'x', 500))).toMatchObject({ code: 'MyError', action: 'backoff' });
  expect(classifyStsError(wire('UnknownErrorX', 'x', 503))).toMatchObject({ code: 'UnknownErrorX' });
  expect(classifyStsError(wire('Unknown', 'x', 400))).toMatchObject({ code: 'Unknown', action: 'fatal' });
});
