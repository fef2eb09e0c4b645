// The configured STS endpoint, resolved as the AWS SDK for JavaScript resolves it: the input, then
// AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, an empty variable counting as unset.

import { expect, test } from '@jest/globals';
import { configuredStsEndpoint } from '../../../src/network/endpoint.js';

const STS = 'http://sts.internal';
const ANY = 'http://any.internal';

test.each<[string, string | undefined, NodeJS.ProcessEnv, string | undefined]>([
  ['nothing', undefined, {}, undefined],
  [
    'the input wins over both variables',
    'https://input',
    { AWS_ENDPOINT_URL_STS: STS, AWS_ENDPOINT_URL: ANY },
    'https://input',
  ],
  ['an empty input is no input', '', { AWS_ENDPOINT_URL_STS: STS }, STS],
  ['AWS_ENDPOINT_URL_STS', undefined, { AWS_ENDPOINT_URL_STS: STS, AWS_ENDPOINT_URL: ANY }, STS],
  [
    'an empty AWS_ENDPOINT_URL_STS is unset: AWS_ENDPOINT_URL',
    undefined,
    { AWS_ENDPOINT_URL_STS: '', AWS_ENDPOINT_URL: ANY },
    ANY,
  ],
  ['AWS_ENDPOINT_URL alone', undefined, { AWS_ENDPOINT_URL: ANY }, ANY],
  ['both empty', undefined, { AWS_ENDPOINT_URL_STS: '', AWS_ENDPOINT_URL: '' }, undefined],
  [
    'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true',
    undefined,
    { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true', AWS_ENDPOINT_URL_STS: STS },
    undefined,
  ],
  [
    'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false',
    undefined,
    { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false', AWS_ENDPOINT_URL_STS: STS },
    STS,
  ],
  [
    'the input, even with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true',
    'https://input',
    { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' },
    'https://input',
  ],
])('%s', (_name, input, env, expected) => {
  expect(configuredStsEndpoint(input, env)).toBe(expected);
});
