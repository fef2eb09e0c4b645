// The GitHub OIDC token: where the runner says to fetch it, and the fetch itself.

import {
  InvalidTokenEndpointError,
  MissingIdTokenPermissionError,
  NoTokenEndpointUnderActError,
  TokenFileError,
  TokenRequestError,
} from '../errors.js';
import { type BoundedResponse, boundedGet } from '../network/http.js';
import { isInside, readText } from '../runner/files.js';
import { debug, mask } from '../runner/log.js';

const NO_TOKEN_FOR_FORKS =
  'A pull request from a fork gets no id-token: write (GitHub lowers write permissions to read for forks, unless an admin of a private ' +
  'or internal repository allows write tokens for them), and a Dependabot run starts read-only: skip this step for them ' +
  '(if: github.event.pull_request.head.repo.full_name == github.repository), or grant Dependabot\u2019s job id-token: write explicitly. ' +
  'Do not move the job to pull_request_target to get a token: it runs with this repository\u2019s permissions, and any step that ' +
  'checks out or runs the pull request\u2019s code then hands the role to whoever opened it.';

/** A workflow expression for the user to copy. */
const expression = (body: string) => `\${{ ${body} }}`;

const UNDER_ACT =
  'This step runs under act (ACT is set), which has no GitHub OIDC token endpoint, so role-to-assume alone cannot work here. ' +
  'Under act, give the step web-identity-token-file (a token you supply) or access keys from act\u2019s secrets ' +
  `(act -s AWS_ACCESS_KEY_ID -s AWS_SECRET_ACCESS_KEY, then aws-access-key-id: ${expression('secrets.AWS_ACCESS_KEY_ID')}), ` +
  `or skip it there with if: ${expression('!env.ACT')}.`;

/** act (nektos/act) sets ACT=true in every step's environment; unset, empty, false and 0 are not act. */
const underAct = (env: NodeJS.ProcessEnv) =>
  !['', 'false', '0'].includes((env.ACT ?? '').trim().toLowerCase());

/** Checks that the runner gave this step a token endpoint; returns the request token (to mask). */
export function readRequestToken(env: NodeJS.ProcessEnv): string {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
  if (requestUrl !== '' && !/^https?:$/.test(URL.parse(requestUrl)?.protocol ?? '')) {
    // No request could reach it, so none is made, and none is retried.
    throw new InvalidTokenEndpointError(
      `ACTIONS_ID_TOKEN_REQUEST_URL is set, but not to an http(s) URL (${requestUrl}). The runner sets it for a job ` +
        'with "permissions: id-token: write": check that no earlier step or env: of the workflow changes it.',
    );
  }
  if (requestUrl !== '' && requestToken !== '') return requestToken;
  if (underAct(env)) throw new NoTokenEndpointUnderActError(UNDER_ACT);
  const missing = [
    requestUrl === '' && 'ACTIONS_ID_TOKEN_REQUEST_URL',
    requestToken === '' && 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  ]
    .filter(Boolean)
    .join(' and ');
  throw new MissingIdTokenPermissionError(
    `The runner gave this step no GitHub OIDC token endpoint (${missing} not set). ` +
      `Add "permissions: id-token: write" to the job (or the workflow), and to the caller of a reusable workflow. ${NO_TOKEN_FOR_FORKS}`,
  );
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

/**
 * A NEW GitHub OIDC token for this audience, masked before anything could print it. The bearer
 * (ACTIONS_ID_TOKEN_REQUEST_TOKEN) goes to the endpoint the runner named and nowhere else: a
 * redirect within its origin is followed, one to another origin is refused. One request per call:
 * the caller's retry loop decides what happens after a 5xx.
 */
export async function fetchGitHubToken(
  audience: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<string> {
  const env = process.env;
  const first = new URL(`${env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''}&audience=${encodeURIComponent(audience)}`);
  const headers = {
    authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''}`,
    accept: 'application/json',
  };
  const endpoint = 'The GitHub OIDC token endpoint';
  debug(`Requesting a GitHub OIDC token for audience ${audience} from ${first.origin}.`);
  let url = first;
  let status = 0;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res = await boundedGet(url, { endpoint, headers, timeoutMs, signal });
    if (!REDIRECTS.has(res.status)) return tokenOf(res);
    status = res.status;
    url = new URL(String(res.headers.location ?? ''), url);
    if (url.origin !== first.origin) {
      throw new TokenRequestError(
        `the token endpoint redirected to another origin (${url.origin}); the request token is sent only to ${first.origin}, the endpoint the runner named`,
        status,
        'CrossOriginRedirect',
      );
    }
  }
  throw new TokenRequestError(
    `the token endpoint redirected more than ${MAX_REDIRECTS} times`,
    status,
    'TooManyRedirects',
  );
}

/** The token from a 200 {"value": "<jwt>"}, masked; a TokenRequestError with the status otherwise. */
function tokenOf(res: BoundedResponse): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    parsed = undefined;
  }
  const field = (name: string) =>
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof (parsed as Record<string, unknown>)[name] === 'string'
      ? ((parsed as Record<string, string>)[name] as string)
      : undefined;
  if (res.status !== 200) {
    // GitHub answers errors as {"message": "..."}; anything else is shown by its start.
    const said = field('message') ?? res.body.trim().slice(0, 200);
    throw new TokenRequestError(said || `HTTP ${res.status}`, res.status);
  }
  const token = field('value');
  if (!token) {
    throw new TokenRequestError(
      'the answer has no token (expected JSON {"value": "<jwt>"})',
      undefined,
      'NoTokenInResponse',
    );
  }
  mask(token);
  return token;
}

// Kubernetes projects service-account tokens as symlinks into a ..data directory it swaps
// atomically; those are the only links followed.
const KUBERNETES_TOKEN_DIRS = ['/var/run/secrets/kubernetes.io/', '/var/run/secrets/eks.amazonaws.com/'];

/** Read on every attempt: whatever refreshes the file may have replaced the token. */
export function readTokenFile(path: string): string {
  let text: string | undefined;
  try {
    text = readText(path, { allowSymlink: KUBERNETES_TOKEN_DIRS.some((d) => isInside(d, path)) });
  } catch (error) {
    throw new TokenFileError(
      `Failed to read web-identity-token-file ${path}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const token = text?.trim() ?? '';
  if (text === undefined || token === '') {
    throw new TokenFileError(
      `web-identity-token-file ${path} ${text === undefined ? 'does not exist' : 'is empty'}. ` +
        'A relative path is resolved against GITHUB_WORKSPACE; check the step that writes the token runs first.',
    );
  }
  // A bearer credential like the GitHub token: masked before anything could print it.
  mask(token);
  return token;
}
