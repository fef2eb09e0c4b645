// Proxies: the http-proxy / no-proxy inputs (or the proxy variables, in the one order of
// inputs/spec.ts: lower case first) apply to every request the action makes. proxyFor() is the one decision, for the token endpoint (http.ts) and
// for STS (sts-handler.ts, per request, for the host the SDK resolved) alike, so the two cannot
// disagree.

import type { RequestSettings } from '../inputs/config.js';
import { NO_PROXY_VARIABLES, PROXY_VARIABLES } from '../inputs/spec.js';

/** The first of these variables that is set and not empty, in the one order (inputs/spec.ts). */
const firstSet = (env: NodeJS.ProcessEnv, names: readonly string[]) =>
  names.map((name) => env[name]).find((value) => value !== undefined && value !== '');

/** Makes the resolved proxy settings the ones this process's HTTP clients see. */
export function applyProxyEnv(
  proxy: Pick<RequestSettings['proxy'], 'url' | 'noProxy'>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  for (const name of [...PROXY_VARIABLES, ...NO_PROXY_VARIABLES]) {
    delete env[name];
  }
  if (proxy.url) {
    env.https_proxy = proxy.url;
    env.http_proxy = proxy.url;
  }
  if (proxy.noProxy) env.no_proxy = proxy.noProxy;
}

/** This machine: localhost, *.localhost, 127.0.0.0/8 and ::1 (a URL's hostname, brackets and all). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '::1' ||
    /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host)
  );
}

/**
 * The proxy for a request to `url`, or undefined to go direct:
 * - https_proxy (or HTTPS_PROXY) for https://, http_proxy (or HTTP_PROXY) for http://;
 * - never for loopback: a proxy's loopback is not this machine's;
 * - never for a host NO_PROXY (or no_proxy) names. Its entries are separated by commas or spaces,
 *   and compared without case. "*" names every host. "example.com" names it and its subdomains;
 *   ".example.com" and "*.example.com" name its subdomains only. "host:port" names that port only.
 *   An IPv6 address may be written bare or in brackets ("::1", "[fd00::1]:443").
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const proxy = firstSet(
    env,
    PROXY_VARIABLES.filter((name) => name.toLowerCase() === `${scheme}_proxy`),
  );
  if (!proxy || isLoopback(url.hostname)) return undefined;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const entries = (firstSet(env, NO_PROXY_VARIABLES) ?? '').toLowerCase().split(/[\s,]+/);
  return entries.some((entry) => entry !== '' && names(entry, host, port)) ? undefined : proxy;
}

/** Whether one NO_PROXY entry names this host and port. */
function names(entry: string, host: string, port: number): boolean {
  if (entry === '*') return true;
  const { name, port: only } = parseEntry(entry);
  if (only !== undefined && only !== port) return false;
  const domain = name.replace(/^\*/, '');
  if (domain.startsWith('.')) return host.endsWith(domain);
  return host === domain || host.endsWith(`.${domain}`);
}

/** "host", "host:port", "[v6]", "[v6]:port" or a bare IPv6 address. */
function parseEntry(entry: string): { name: string; port: number | undefined } {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] ?? '', port: portOf(bracketed[2]) };
  if ((entry.match(/:/g) ?? []).length > 1) return { name: entry, port: undefined };
  const withPort = /^(.*):(\d+)$/.exec(entry);
  return withPort ? { name: withPort[1] ?? '', port: portOf(withPort[2]) } : { name: entry, port: undefined };
}

const portOf = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits));
