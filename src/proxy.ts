// Proxies: the http-proxy / no-proxy inputs (or HTTPS_PROXY, HTTP_PROXY, NO_PROXY) apply to both
// the token endpoint and STS. @actions/http-client (which routes the token request, http.ts) reads
// the lower-case variables; proxy-from-env decides for STS from the same ones (sts-handler.ts, per
// request, for the host the SDK resolved), so the two cannot disagree.

import type { LimitSettings } from './inputs/config.js';

/** The variables a proxy URL is read from, in the order HTTP clients prefer them. */
export const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;

/** Makes the resolved proxy settings the ones this process's HTTP clients see. */
export function applyProxyEnv(proxy: LimitSettings['proxy'], env: NodeJS.ProcessEnv = process.env): void {
  for (const name of [...PROXY_VARIABLES, 'no_proxy', 'NO_PROXY']) {
    delete env[name];
  }
  if (proxy.url) {
    env.https_proxy = proxy.url;
    env.http_proxy = proxy.url;
  }
  if (proxy.noProxy) env.no_proxy = proxy.noProxy;
}
