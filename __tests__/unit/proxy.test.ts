// The proxy variables this process's clients see. (Which host the proxy decision is made for:
// endpoints.test.ts, through a real proxy.)

import { describe, expect, test } from '@jest/globals';
import { applyProxyEnv } from '../../src/proxy.js';

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
