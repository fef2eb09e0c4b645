// Plain http:// to another machine: what would travel in clear, said as a warning before any
// request. Loopback is exempt (local test servers, a sidecar proxy).

import type { AuthMode, RequestSettings, TrustPolicySettings } from '../inputs/config.js';
import { modeOf } from '../inputs/source.js';
import { configuredStsEndpoint } from './endpoint.js';
import { isLoopback } from './proxy.js';

/** What the warnings read: the mode, and the endpoints and proxy it dials. */
type Route = { readonly mode: AuthMode } & Pick<RequestSettings, 'stsEndpoint' | 'proxy'> &
  Partial<Pick<TrustPolicySettings, 'printTrustPolicy' | 'githubToken'>>;

/** The URL, when it is http:// to a host that is not this machine. */
function remotePlain(url: string | undefined): URL | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const u = new URL(url);
  return u.protocol === 'http:' && !isLoopback(u.hostname) ? u : undefined;
}

export function cleartextWarnings(config: Route, env: NodeJS.ProcessEnv): string[] {
  const warnings: string[] = [];
  const webIdentity = modeOf(config.mode).webIdentity;
  // print-trust-policy makes no STS call; it reads the GitHub API with github-token.
  const sts = config.printTrustPolicy
    ? undefined
    : remotePlain(configuredStsEndpoint(config.stsEndpoint, env));
  const api = config.printTrustPolicy && config.githubToken ? remotePlain(env.GITHUB_API_URL) : undefined;
  if (api) {
    warnings.push(
      `The GitHub API ${api.origin} (GITHUB_API_URL) is plain http:// to another machine: github-token travels in clear to it. Use https://.`,
    );
  }
  if (sts) {
    const sent = webIdentity ? 'the web identity token' : 'the signed requests';
    warnings.push(
      `The STS endpoint ${sts.origin} is plain http:// to another machine: ${sent} and the credentials STS returns travel in clear. Use https://.`,
    );
  }
  const tokenEndpoint = config.mode === 'oidc' ? remotePlain(env.ACTIONS_ID_TOKEN_REQUEST_URL) : undefined;
  if (tokenEndpoint) {
    warnings.push(
      `The GitHub OIDC token endpoint ${tokenEndpoint.origin} is plain http:// to another machine: the runner's request token and the OIDC token travel in clear.`,
    );
  }
  // A credential-less http:// proxy is usual and safe enough: requests to https:// endpoints go
  // through a CONNECT tunnel and stay encrypted end to end. Its password is what would be exposed.
  const proxy = remotePlain(config.proxy.url);
  if (proxy && (proxy.username || proxy.password)) {
    warnings.push(
      `The proxy ${proxy.host} is plain http:// with a user name and password: they travel in clear to it on every request. Use an https:// proxy URL, or a proxy without credentials.`,
    );
  }
  return warnings;
}
