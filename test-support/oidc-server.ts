// A local stand-in for the runner's GitHub OIDC token endpoint: RS256 JWTs signed with a key made
// at start, a JWKS, a bearer check, and a request URL that already carries a query string.
// Shared by the tests, `npm run demo` and `npm run bench`. Written for Node's type stripping.

import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JSONWebKeySet, SignJWT } from 'jose';
import { streamJunk } from './junk.ts';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** What the endpoint does with one request, instead of issuing a token. */
export type TokenFault =
  | { readonly status: number; readonly body?: string } // an HTTP error, or a 200 with a bad body
  | { readonly hang: true } // accept and never answer
  | { readonly reset: true } // drop the connection
  | { readonly redirect: string; readonly status?: number } // a redirect (302 unless given)
  | { readonly bytes: number } // a 200 whose body is this many bytes (streamed, no content-length)
  | { readonly endless: true }; // a 200 whose body never ends

export interface TokenRequest {
  readonly audience: string | undefined;
  readonly authorized: boolean;
  /** The token issued, or the fault answered. */
  readonly outcome: string;
}

export interface OidcServerOptions {
  /** exp - iat; GitHub's tokens live 300 s. Negative values issue tokens already expired. */
  readonly lifetimeSeconds?: number;
  readonly claims?: Readonly<Record<string, string>>;
  /** iss: GITHUB_ISSUER unless given (a GitHub Enterprise Server's is https://HOSTNAME/_services/token). */
  readonly issuer?: string;
}

export interface OidcServer {
  readonly url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL: the runner's URL already has `?api-version=...`. */
  readonly requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  readonly requestToken: string;
  readonly jwks: JSONWebKeySet;
  readonly requests: TokenRequest[];
  readonly issued: string[];
  /** The next `times` requests get `fault` (Infinity: every request). */
  fail(fault: TokenFault, times?: number): void;
  /** The runner env a step of a job with `id-token: write` gets. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

export const DEFAULT_CLAIMS: Readonly<Record<string, string>> = {
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  repository: 'octo-org/octo-repo',
  repository_id: '456789',
  repository_owner: 'octo-org',
  repository_owner_id: '123456',
  ref: 'refs/heads/main',
  ref_type: 'branch',
  event_name: 'push',
  actor: 'octocat',
  workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
  job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
  run_id: '1234567890',
  run_attempt: '1',
  runner_environment: 'github-hosted',
};

interface State {
  readonly options: OidcServerOptions;
  readonly kid: string;
  readonly privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  readonly jwks: JSONWebKeySet;
  readonly requestToken: string;
  readonly requests: TokenRequest[];
  readonly issued: string[];
  readonly faults: { fault: TokenFault; times: number }[];
}

async function issue(state: State, audience: string): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({ ...DEFAULT_CLAIMS, ...state.options.claims, jti: randomUUID() })
    .setProtectedHeader({ alg: 'RS256', kid: state.kid, typ: 'JWT' })
    .setIssuer(state.options.issuer ?? GITHUB_ISSUER)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setNotBefore(iat - 600)
    .setExpirationTime(iat + (state.options.lifetimeSeconds ?? 300))
    .sign(state.privateKey);
  state.issued.push(jwt);
  return jwt;
}

function nextFault(state: State): TokenFault | undefined {
  const head = state.faults[0];
  if (!head) return undefined;
  if (--head.times <= 0) state.faults.shift();
  return head.fault;
}

function answerFault(fault: TokenFault, req: IncomingMessage, res: ServerResponse): void {
  if ('hang' in fault) return;
  if ('reset' in fault) return void req.socket.destroy();
  if ('redirect' in fault) return void res.writeHead(fault.status ?? 302, { location: fault.redirect }).end();
  if ('bytes' in fault) return void streamJunk(res, fault.bytes, 'application/json');
  if ('endless' in fault) return void streamJunk(res, Number.POSITIVE_INFINITY, 'application/json');
  res.writeHead(fault.status, { 'content-type': 'application/json' });
  res.end(fault.body ?? JSON.stringify({ message: `fault ${fault.status}` }));
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/.well-known/jwks') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(state.jwks));
    return;
  }
  if (url.pathname !== '/token') {
    res.writeHead(404).end();
    return;
  }
  const authorized = req.headers.authorization === `Bearer ${state.requestToken}`;
  const audience = url.searchParams.get('audience') ?? undefined;
  const record = (outcome: string) => state.requests.push({ audience, authorized, outcome });
  const fault = nextFault(state);
  if (fault) {
    record(JSON.stringify(fault));
    return answerFault(fault, req, res);
  }
  if (!authorized) {
    record('401');
    res
      .writeHead(401, { 'content-type': 'application/json' })
      .end(JSON.stringify({ message: 'Bad credentials' }));
    return;
  }
  // The runner's default audience is the repository owner's URL; AWS asks for sts.amazonaws.com.
  const jwt = await issue(state, audience ?? 'https://github.com/octo-org');
  record(jwt);
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value: jwt }));
}

/** A token from the endpoint, asked for as the runner's toolkit asks (a token file's content, say). */
export async function requestToken(oidc: OidcServer, audience = 'sts.amazonaws.com'): Promise<string> {
  const res = await fetch(`${oidc.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${oidc.requestToken}` },
  });
  return ((await res.json()) as { value: string }).value;
}

export async function startOidcServer(options: OidcServerOptions = {}): Promise<OidcServer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const state: State = {
    options,
    kid,
    privateKey,
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] },
    requestToken: `req-${randomBytes(24).toString('hex')}`,
    requests: [],
    issued: [],
    faults: [],
  };
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const requestUrl = `${url}/token?api-version=2.0`;
  return {
    url,
    requestUrl,
    requestToken: state.requestToken,
    jwks: state.jwks,
    requests: state.requests,
    issued: state.issued,
    fail(fault, times = 1) {
      state.faults.push({ fault, times });
    },
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: state.requestToken,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
