// Proxies: the http-proxy / no-proxy inputs (or HTTPS_PROXY, HTTP_PROXY, NO_PROXY) apply to both
// the token endpoint and STS. @actions/http-client (which routes the token request, http.ts) reads
// the lower-case variables; proxy-from-env decides for STS from the same ones (sts-handler.ts, per
// request, for the host the SDK resolved), so the two cannot disagree.

import type { Config } from './inputs/config.js';

/** Makes the resolved proxy settings the ones this process's HTTP clients see. */
export function applyProxyEnv(proxy: Config['proxy'], env: NodeJS.ProcessEnv = process.env): void {
  for (const name of ['https_proxy', 'http_proxy', 'HTTPS_PROXY', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) {
    delete env[name];
  }
  if (proxy.url) {
    env.https_proxy = proxy.url;
    env.http_proxy = proxy.url;
  }
  if (proxy.noProxy) env.no_proxy = proxy.noProxy;
}
