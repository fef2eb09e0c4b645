// The proxy variables this process's clients see, and the one decision every request goes
// through. (That both routes follow it: e2e/other-tools.test.ts; which host it is made for:
// e2e/endpoints.test.ts, through a real proxy.)

import { describe, expect, test } from '@jest/globals';
import { applyProxyEnv, isLoopback, proxyFor } from '../../../src/network/proxy.js';

const P = 'http://proxy:3128';
const via = (url: string, noProxy: string, env: NodeJS.ProcessEnv = { https_proxy: P, http_proxy: P }) =>
  proxyFor(new URL(url), { ...env, no_proxy: noProxy }) !== undefined;

describe('proxyFor', () => {
  test.each<[string, string, string, boolean]>([
    ['no NO_PROXY', 'https://sts.amazonaws.com', '', true],
    ['a bare name: the host', 'https://example.com', 'example.com', false],
    ['a bare name: its subdomains', 'https://sts.example.com', 'example.com', false],
    ['a bare name: not a longer name', 'https://notexample.com', 'example.com', true],
    ['a leading dot: subdomains', 'https://a.example.com', '.example.com', false],
    ['a leading dot: not the name itself', 'https://example.com', '.example.com', true],
    ['*.: subdomains', 'https://a.b.example.com', '*.example.com', false],
    ['*.: not the name itself', 'https://example.com', '*.example.com', true],
    ['*', 'https://anything.at.all', '*', false],
    ['spaces between entries', 'https://b.test', 'a.test b.test', false],
    ['commas and spaces', 'https://b.test', 'a.test ,  b.test,', false],
    ['case', 'https://STS.Example.COM', 'sts.example.com', false],
    ['a port that matches', 'https://h.test:8443', 'h.test:8443', false],
    ['a port that does not', 'https://h.test:8443', 'h.test:443', true],
    ['the default https port', 'https://h.test', 'h.test:443', false],
    ['the default http port', 'http://h.test', 'h.test:80', false],
    ['IPv6 bare', 'http://[fd00::1]:80', 'fd00::1', false],
    ['IPv6 in brackets', 'http://[fd00::1]:80', '[fd00::1]', false],
    ['IPv6 in brackets, with its port', 'https://[fd00::1]:8443', '[fd00::1]:8443', false],
    ['IPv6 in brackets, another port', 'https://[fd00::1]:8443', '[fd00::1]:443', true],
    ['an IPv4 address', 'http://10.0.0.5:80', '10.0.0.5', false],
    ['loopback without NO_PROXY', 'http://127.0.0.1:4566', '', false],
    ['localhost', 'http://localhost:4566', '', false],
    ['IPv6 loopback', 'http://[::1]:4566', '', false],
  ])('%s', (_name, url, noProxy, proxied) => {
    expect(via(url, noProxy)).toBe(proxied);
  });

  test('https:// takes https_proxy or HTTPS_PROXY, http:// takes http_proxy or HTTP_PROXY', () => {
    expect(proxyFor(new URL('https://h.test'), { HTTPS_PROXY: P })).toBe(P);
    expect(proxyFor(new URL('https://h.test'), { HTTP_PROXY: P })).toBeUndefined();
    expect(proxyFor(new URL('http://h.test'), { HTTP_PROXY: P })).toBe(P);
    expect(proxyFor(new URL('http://h.test'), { https_proxy: P })).toBeUndefined();
    expect(proxyFor(new URL('https://h.test'), { https_proxy: P, no_proxy: 'x', NO_PROXY: 'h.test' })).toBe(
      P,
    );
  });

  test.each([
    ['localhost', true],
    ['api.localhost', true],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['[::1]', true],
    ['[::ffff:7f00:1]', true],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
    ['[fd00::1]', false],
  ])('loopback: %s %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
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
    expect(Object.keys(env)).toEqual([]);
  });
});

describe('every spelling of the variables, each on its own', () => {
  const P = 'http://proxy.test:3128';
  const PROXY_SPELLINGS = [
    ['https:', 'HTTPS_PROXY'],
    ['https:', 'https_proxy'],
    ['http:', 'HTTP_PROXY'],
    ['http:', 'http_proxy'],
  ] as const;
  const NO_PROXY_SPELLINGS = ['NO_PROXY', 'no_proxy'] as const;
  test.each(
    PROXY_SPELLINGS.flatMap(([scheme, proxy]) =>
      NO_PROXY_SPELLINGS.map((no) => [proxy, no, scheme] as const),
    ),
  )('%s with %s alone: the proxy for other hosts, none for the excluded one', (proxy, no, scheme) => {
    const env = { [proxy]: P, [no]: 'excluded.test' };
    expect(proxyFor(new URL(`${scheme}//other.test`), env)).toBe(P);
    expect(proxyFor(new URL(`${scheme}//excluded.test`), env)).toBeUndefined();
  });
});

describe('the edges of each pattern', () => {
  const P = 'http://proxy.test:3128';
  test.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['127.10.20.30', true],
    ['x127.0.0.1', false],
    ['127.0.0.1.evil.test', false],
    ['127.0.0.12x', false],
    ['127.0.0', false],
    ['[::1]', true],
    ['[::1', false],
    ['::1]', false],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['x::ffff:127.0.0.1', false],
    ['LOCALHOST', true],
    ['a.localhost', true],
    ['notlocalhost', false],
  ])('isLoopback(%j) = %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });

  test.each<[string, string, boolean]>([
    ['*.example.test', 'https://a.example.test', false],
    ['x*.example.test', 'https://a.example.test', true],
    ['ex*ample.test', 'https://example.test', true],
    ['h.test:443x', 'https://h.test', true],
    ['[fd00::1]:8443', 'https://[fd00::1]:8443', false],
    ['[fd00::1]:8443', 'https://[fd00::1]:443', true],
    ['x[fd00::1]', 'https://[fd00::1]', true],
    ['[fd00::1]x', 'https://[fd00::1]', true],
    ['fd00::1', 'https://[fd00::1]:443', false],
    ['h.test:443', 'https://h.test', false],
    ['h.test:4433', 'https://h.test', true],
    ['h.test:44x', 'https://h.test', true],
    ['x:h.test:443', 'https://h.test', true],
    ['a.test\tb.test', 'https://b.test', false],
    [',,b.test,,', 'https://b.test', false],
    ['', 'https://b.test', true],
  ])('no_proxy %j, %s: proxied = %s', (noProxy, url, proxied) => {
    expect(proxyFor(new URL(url), { https_proxy: P, no_proxy: noProxy })).toBe(proxied ? P : undefined);
  });

  test('an empty variable is unset: the next spelling is read', () => {
    expect(proxyFor(new URL('https://h.test'), { https_proxy: '', HTTPS_PROXY: P })).toBe(P);
    expect(
      proxyFor(new URL('https://h.test'), { https_proxy: P, no_proxy: '', NO_PROXY: 'h.test' }),
    ).toBeUndefined();
  });

  test('applyProxyEnv without a URL sets no proxy variable, and clears every spelling', () => {
    const env: NodeJS.ProcessEnv = { HTTPS_PROXY: P, http_proxy: P, NO_PROXY: 'x', no_proxy: 'y' };
    applyProxyEnv({ url: undefined, noProxy: '' }, env);
    expect(Object.keys(env)).toEqual([]);
  });
});
