// The STS URL the proxy decision is made for, and the proxy variables this process's clients see.

import { describe, expect, test } from '@jest/globals';
import { applyProxyEnv, stsUrl } from '../src/proxy.js';

describe('stsUrl', () => {
  test.each<[string, { stsEndpoint?: string; region: string }, NodeJS.ProcessEnv, string]>([
    ['regional', { region: 'eu-west-1' }, {}, 'https://sts.eu-west-1.amazonaws.com'],
    ['China', { region: 'cn-north-1' }, {}, 'https://sts.cn-north-1.amazonaws.com.cn'],
    ['AWS_ENDPOINT_URL', { region: 'us-east-1' }, { AWS_ENDPOINT_URL: 'http://all' }, 'http://all'],
    [
      'AWS_ENDPOINT_URL_STS before AWS_ENDPOINT_URL',
      { region: 'us-east-1' },
      { AWS_ENDPOINT_URL: 'http://all', AWS_ENDPOINT_URL_STS: 'http://sts' },
      'http://sts',
    ],
    [
      'the sts-endpoint input before both',
      { region: 'us-east-1', stsEndpoint: 'https://input' },
      { AWS_ENDPOINT_URL: 'http://all', AWS_ENDPOINT_URL_STS: 'http://sts' },
      'https://input',
    ],
  ])('%s', (_name, config, env, expected) => {
    expect(stsUrl({ stsEndpoint: undefined, ...config }, env)).toBe(expected);
  });
});

describe('applyProxyEnv', () => {
  test('replaces every proxy variable, in either case, with the resolved settings', () => {
    const env: NodeJS.ProcessEnv = {
      HTTPS_PROXY: 'http://old',
      http_proxy: 'http://old',
      NO_PROXY: 'old',
      PATH: '/bin',
    };
    applyProxyEnv({ url: 'http://proxy:3128', noProxy: '.internal' }, env);
    expect(env).toEqual({
      PATH: '/bin',
      https_proxy: 'http://proxy:3128',
      http_proxy: 'http://proxy:3128',
      no_proxy: '.internal',
    });
  });

  test('no proxy: none left behind', () => {
    const env: NodeJS.ProcessEnv = { HTTPS_PROXY: 'http://old' };
    applyProxyEnv({ url: undefined, noProxy: '' }, env);
    expect(env).toEqual({});
  });
});
