// Proxies: the http-proxy / no-proxy inputs (or HTTPS_PROXY, HTTP_PROXY, NO_PROXY) apply to both
// the token endpoint and STS. @actions/http-client (which routes the token request, http.ts) reads
// the lower-case variables; proxy-from-env decides for STS from the same ones, so the two cannot
// disagree.

import type { Agent } from 'node:http';
import { getProxyForUrl } from 'proxy-from-env';
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

/** The STS URL the SDK will call, near enough to decide on the proxy: no-proxy matches by host. */
export function stsUrl(
  config: Pick<Config, 'stsEndpoint' | 'region'>,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return (
    config.stsEndpoint ??
    env.AWS_ENDPOINT_URL_STS ??
    env.AWS_ENDPOINT_URL ??
    `https://sts.${config.region}.amazonaws.com${config.region.startsWith('cn-') ? '.cn' : ''}`
  );
}

/** A CONNECT-tunnelling agent for the target, or undefined when it goes direct. Loaded only if needed. */
export async function proxyAgentFor(target: string): Promise<Agent | undefined> {
  const proxy = getProxyForUrl(target);
  if (!proxy) return undefined;
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  return new HttpsProxyAgent(proxy);
}
