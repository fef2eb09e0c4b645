import {
  ExpiredTokenException,
  IDPCommunicationErrorException,
  IDPRejectedClaimException,
  InvalidIdentityTokenException,
  MalformedPolicyDocumentException,
  PackedPolicyTooLargeException,
  RegionDisabledException,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { describe, expect, test } from '@jest/globals';
import type { RetryAction } from '../../../src/errors.js';
import { RequestTimeoutError, TokenRequestError } from '../../../src/errors.js';
import { classifyStsError, classifyTokenError } from '../../../src/sts/classify.js';

const meta = (httpStatusCode: number) => ({ httpStatusCode, attempts: 1, totalRetryDelay: 0 });

/** An error as the SDK raises it for a code it has no class for (AccessDenied, Throttling, ...). */
function service(name: string, message: string, status = 400): STSServiceException {
  return new STSServiceException({ name, message, $fault: 'client', $metadata: meta(status) });
}

/** The wire code alone, as other clients (or a future SDK) might name it. */
function wire(code: string, message: string, status = 400): object {
  return { name: code, Code: code, message, $metadata: { httpStatusCode: status } };
}

function network(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code });
}

const opts = (message: string) => ({ message, $metadata: meta(400) });

// Every STS error code docs/retries.md classifies, row by row: the SDK's JS error, then the wire code.
describe.each<[string, unknown, unknown, RetryAction]>([
  [
    'ExpiredTokenException',
    new ExpiredTokenException(opts('Token expired')),
    wire('ExpiredTokenException', 'Token expired'),
    'new-token',
  ],
  [
    'InvalidIdentityToken',
    new InvalidIdentityTokenException(opts('Incorrect token audience')),
    wire('InvalidIdentityToken', 'Incorrect token audience'),
    'fatal',
  ],
  [
    'InvalidIdentityToken, verification key',
    new InvalidIdentityTokenException(opts("Couldn't retrieve verification key from your identity provider")),
    wire('InvalidIdentityToken', "Couldn't retrieve verification key from your identity provider"),
    'new-token-backoff',
  ],
  [
    'IDPCommunicationError',
    new IDPCommunicationErrorException(opts('IdP unreachable')),
    wire('IDPCommunicationError', 'IdP unreachable'),
    'backoff',
  ],
  [
    'IDPRejectedClaim',
    new IDPRejectedClaimException(opts('Claims rejected')),
    wire('IDPRejectedClaim', 'Claims rejected'),
    'fatal',
  ],
  [
    'IDPRejectedClaim, expired',
    new IDPRejectedClaimException(opts('The claim has expired')),
    wire('IDPRejectedClaim', 'The claim has expired'),
    'new-token',
  ],
  [
    'AccessDenied',
    service('AccessDenied', 'Not authorized', 403),
    wire('AccessDenied', 'Not authorized', 403),
    'fatal',
  ],
  ['Throttling', service('Throttling', 'Rate exceeded'), wire('Throttling', 'Rate exceeded'), 'throttle'],
  [
    'ThrottlingException',
    service('ThrottlingException', 'Rate exceeded'),
    wire('ThrottlingException', 'Rate exceeded'),
    'throttle',
  ],
  [
    'RequestThrottling',
    service('RequestThrottling', 'Slow down'),
    wire('RequestThrottling', 'Slow down'),
    'throttle',
  ],
  ['HTTP 429', service('TooManyRequests', 'Too many', 429), wire('Unknown', 'Too many', 429), 'throttle'],
  [
    'HTTP 500',
    service('InternalFailure', 'Internal', 500),
    wire('InternalFailure', 'Internal', 500),
    'backoff',
  ],
  ['HTTP 502', service('UnknownError', 'Bad gateway', 502), wire('Unknown', 'Bad gateway', 502), 'backoff'],
  [
    'HTTP 503',
    service('ServiceUnavailable', 'Unavailable', 503),
    wire('ServiceUnavailable', 'Unavailable', 503),
    'backoff',
  ],
  [
    'HTTP 504',
    service('UnknownError', 'Gateway timeout', 504),
    wire('Unknown', 'Gateway timeout', 504),
    'backoff',
  ],
  [
    'ECONNRESET',
    network('ECONNRESET'),
    Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' }),
    'backoff',
  ],
  [
    'ECONNREFUSED',
    network('ECONNREFUSED'),
    { message: 'fetch failed', cause: network('ECONNREFUSED') },
    'backoff',
  ],
  ['EPIPE', network('EPIPE'), network('EPIPE'), 'backoff'],
  ['ETIMEDOUT', network('ETIMEDOUT'), network('ETIMEDOUT'), 'backoff'],
  [
    'request timeout',
    new RequestTimeoutError('STS did not answer within 10000 ms'),
    Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }),
    'backoff',
  ],
  [
    'ValidationError',
    service('ValidationError', 'bad duration'),
    wire('ValidationError', 'bad duration'),
    'fatal',
  ],
  [
    'MalformedPolicyDocument',
    new MalformedPolicyDocumentException(opts('bad policy')),
    wire('MalformedPolicyDocument', 'bad policy'),
    'fatal',
  ],
  [
    'PackedPolicyTooLarge',
    new PackedPolicyTooLargeException(opts('too large')),
    wire('PackedPolicyTooLarge', 'too large'),
    'fatal',
  ],
  [
    'RegionDisabledException',
    new RegionDisabledException(opts('disabled')),
    wire('RegionDisabledException', 'disabled'),
    'fatal',
  ],
])('%s', (_row, sdkError, wireError, action) => {
  test(`by the SDK's error: ${action}`, () => {
    expect(classifyStsError(sdkError).action).toBe(action);
  });
  test(`by the wire code: ${action}`, () => {
    expect(classifyStsError(wireError).action).toBe(action);
  });
});

describe('what the final error shows', () => {
  test('AccessDenied keeps its code and message and points at the trust policy', () => {
    const c = classifyStsError(
      service('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
    );
    expect(c).toMatchObject({
      code: 'AccessDenied',
      stage: 'sts',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
    expect(c.hint).toMatch(/trust policy/);
  });
  test('an HTML 502 with no code shows the status', () => {
    expect(classifyStsError(service('UnknownError', '<html>', 502)).code).toBe('HTTP 502');
  });
  test('a reset socket that the SDK calls a TimeoutError shows ECONNRESET', () => {
    expect(
      classifyStsError(Object.assign(new Error('x'), { name: 'TimeoutError', code: 'ECONNRESET' })).code,
    ).toBe('ECONNRESET');
  });
  test('an unknown error is fatal, not retried blindly', () => {
    expect(classifyStsError(new TypeError('boom')).action).toBe('fatal');
    expect(classifyStsError('a string').action).toBe('fatal');
  });
});

describe('token endpoint', () => {
  test.each<[string, unknown, RetryAction, string]>([
    ['HTTP 500', new TokenRequestError('x', 500), 'backoff', 'HTTP 500'],
    ['HTTP 502', new TokenRequestError('x', 502), 'backoff', 'HTTP 502'],
    ['HTTP 503', new TokenRequestError('x', 503), 'backoff', 'HTTP 503'],
    ['HTTP 504', new TokenRequestError('x', 504), 'backoff', 'HTTP 504'],
    ['HTTP 429', new TokenRequestError('x', 429), 'throttle', 'HTTP 429'],
    [
      'network error',
      Object.assign(new TokenRequestError('x', undefined), { cause: network('ECONNREFUSED') }),
      'backoff',
      'ECONNREFUSED',
    ],
    ['timeout', new RequestTimeoutError('slow'), 'backoff', 'Timeout'],
    ['HTTP 401', new TokenRequestError('x', 401), 'fatal', 'HTTP 401'],
    ['HTTP 403', new TokenRequestError('x', 403), 'fatal', 'HTTP 403'],
    ['HTTP 400', new TokenRequestError('x', 400), 'fatal', 'HTTP 400'],
  ])('%s', (_name, error, action, code) => {
    const c = classifyTokenError(error);
    expect(c).toMatchObject({ action, code, stage: 'token' });
  });
  test('401 and 403 say why the runner may refuse', () => {
    expect(classifyTokenError(new TokenRequestError('x', 401)).hint).toMatch(/id-token: write/);
  });
});

describe('a 2xx answer that is not STS', () => {
  const parseError = (status: number) =>
    Object.assign(
      new Error(
        '@aws-sdk XML parse error: mismatched tags <p> and </body>.\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
      ),
      { $metadata: { httpStatusCode: status } },
    );
  test.each([200, 204, 299])(
    '%i: fatal MalformedResponse, pointing at sts-endpoint, without the SDK’s words',
    (status) => {
      expect(classifyStsError(parseError(status))).toEqual({
        action: 'fatal',
        code: 'MalformedResponse',
        message:
          'the endpoint answered with a document that is not an STS answer (an HTML page, a login or captive portal, another service?)',
        stage: 'sts',
        hint: 'Check that sts-endpoint (or AWS_ENDPOINT_URL_STS) points at AWS STS and not at a proxy or another service.',
      });
    },
  );
  test.each([199, 300, 502])('%i: not this case', (status) => {
    expect(classifyStsError(parseError(status)).code).not.toBe('MalformedResponse');
  });
});
