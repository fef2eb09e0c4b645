// Warnings for plain http:// to another machine: what would travel in clear.

import { describe, expect, test } from '@jest/globals';
import { parseInputs } from '../../../src/inputs/parse.js';
import { type InputName, withEnvFallbacks } from '../../../src/inputs/spec.js';
import { cleartextWarnings } from '../../../src/network/cleartext.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const config = (inputs: Partial<Record<InputName, string>>) =>
  parseInputs((n) => ({ 'aws-region': 'us-east-1', 'role-to-assume': ROLE, ...inputs })[n] ?? '');
const RUNNER = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.githubusercontent.com/x?api-version=2.0',
};

describe('cleartextWarnings', () => {
  test('https everywhere, or plain http on loopback: nothing to say', () => {
    expect(cleartextWarnings(config({}), RUNNER)).toEqual([]);
    for (const host of ['127.0.0.1:4566', 'localhost:4566', 'sts.localhost', '[::1]:4566']) {
      expect(cleartextWarnings(config({ 'sts-endpoint': `http://${host}` }), RUNNER)).toEqual([]);
    }
  });

  test('an http:// STS endpoint elsewhere, by the input or AWS_ENDPOINT_URL_STS', () => {
    expect(cleartextWarnings(config({ 'sts-endpoint': 'http://sts.internal:8080' }), RUNNER)).toEqual([
      'The STS endpoint http://sts.internal:8080 is plain http:// to another machine: the web identity token and the credentials STS returns travel in clear. Use https://.',
    ]);
    const signed = config({ 'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE', 'aws-secret-access-key': 's' });
    expect(cleartextWarnings(signed, { AWS_ENDPOINT_URL_STS: 'http://10.0.0.5' })).toEqual([
      expect.stringContaining('the signed requests and the credentials STS returns travel in clear'),
    ]);
  });

  test('an http:// token endpoint elsewhere (OIDC only)', () => {
    expect(
      cleartextWarnings(config({}), { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://ghes.internal/x?a=1' }),
    ).toEqual([expect.stringContaining("the runner's request token and the OIDC token travel in clear")]);
  });

  test('an http:// proxy elsewhere only when it carries a password: CONNECT keeps https encrypted', () => {
    expect(cleartextWarnings(config({ 'http-proxy': 'http://proxy.internal:3128' }), RUNNER)).toEqual([]);
    expect(cleartextWarnings(config({ 'http-proxy': 'http://u:p@proxy.internal:3128' }), RUNNER)).toEqual([
      expect.stringContaining('The proxy proxy.internal:3128 is plain http:// with a user name and password'),
    ]);
    expect(cleartextWarnings(config({ 'http-proxy': 'https://u:p@proxy.internal:3128' }), RUNNER)).toEqual(
      [],
    );
  });

  test('print-trust-policy: an http:// GITHUB_API_URL elsewhere gets github-token in clear; no STS warning (no STS call)', () => {
    const print = config({
      'print-trust-policy': 'true',
      'github-token': 'ghs_x',
      'sts-endpoint': 'http://sts.internal',
    });
    expect(cleartextWarnings(print, { ...RUNNER, GITHUB_API_URL: 'http://ghes.internal/api/v3' })).toEqual([
      expect.stringContaining(
        'The GitHub API http://ghes.internal (GITHUB_API_URL) is plain http:// to another machine: github-token travels in clear',
      ),
    ]);
    expect(cleartextWarnings(print, { ...RUNNER, GITHUB_API_URL: 'https://ghes.internal/api/v3' })).toEqual(
      [],
    );
    expect(cleartextWarnings(print, { ...RUNNER, GITHUB_API_URL: 'http://127.0.0.1:8080' })).toEqual([]);
    const noToken = config({ 'print-trust-policy': 'true', 'github-token': '' });
    expect(cleartextWarnings(noToken, { ...RUNNER, GITHUB_API_URL: 'http://ghes.internal' })).toEqual([]);
  });

  // Every way a proxy URL can carry a credential to a machine that is not this one, from the input
  // or from the variables: each is warned. The same URLs over https://, or to this machine, are not.
  const SHAPES = [
    ['a user name and a password', 'u:p@proxy.internal:3128'],
    ['a user name alone (a token as the user)', 'ghp_token@proxy.internal:3128'],
    ['a password alone', ':secret@proxy.internal:3128'],
    ['percent-encoded characters', 'u%40corp:p%3Ass@proxy.internal'],
    ['an IPv6 address', 'u:p@[2001:db8::1]:3128'],
    ['a name that only starts like loopback', 'u:p@127.0.0.1.nip.io'],
    ['a name that ends like localhost but is not', 'u:p@localhost.example.com'],
  ] as const;
  test.each(SHAPES)('a proxy URL with %s: warned, from the input and from HTTPS_PROXY', (_name, rest) => {
    const warned = [expect.stringContaining('is plain http:// with a user name and password')];
    expect(cleartextWarnings(config({ 'http-proxy': `http://${rest}` }), RUNNER)).toEqual(warned);
    expect(cleartextWarnings(config({ 'http-proxy': `HTTP://${rest}` }), RUNNER)).toEqual(warned);
    const fromEnv = parseInputs(
      withEnvFallbacks((n) => ({ 'aws-region': 'us-east-1', 'role-to-assume': ROLE })[n as string] ?? '', {
        HTTPS_PROXY: `http://${rest}`,
      }),
    );
    expect(cleartextWarnings(fromEnv, RUNNER)).toEqual(warned);
    expect(cleartextWarnings(config({ 'http-proxy': `https://${rest}` }), RUNNER)).toEqual([]);
  });
  test.each(['localhost', '127.0.0.2', '[::1]', 'sts.localhost'])(
    'a proxy on this machine (%s) with a password: no warning',
    (host) => {
      expect(cleartextWarnings(config({ 'http-proxy': `http://u:p@${host}:3128` }), RUNNER)).toEqual([]);
    },
  );
});
