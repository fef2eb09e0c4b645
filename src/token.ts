// The GitHub OIDC token: where the runner says to fetch it, and the fetch itself.

import { getIDToken } from '@actions/core';
import {
  MissingIdTokenPermissionError,
  RequestTimeoutError,
  TokenFileError,
  TokenRequestError,
} from './errors.js';
import { readText } from './files.js';

/** Checks that the runner gave this step a token endpoint; returns the request token (to mask). */
export function readRequestToken(env: NodeJS.ProcessEnv): string {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
  if (requestUrl === '' || requestToken === '') {
    const missing = [
      requestUrl === '' && 'ACTIONS_ID_TOKEN_REQUEST_URL',
      requestToken === '' && 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    ]
      .filter(Boolean)
      .join(' and ');
    throw new MissingIdTokenPermissionError(
      `The runner gave this step no GitHub OIDC token endpoint (${missing} not set). ` +
        `Add "permissions: id-token: write" to the job (or the workflow), and to the caller of a reusable workflow. ` +
        `Pull requests from forks and Dependabot runs never get a token: use a pull_request_target or workflow_run design, or skip this step for them.`,
    );
  }
  return requestToken;
}

// @actions/core flattens the HTTP status into its message; recover it so that 5xx is retried
// and 401/403 is not.
function fromCoreError(error: unknown): TokenRequestError {
  const text = error instanceof Error ? error.message : String(error);
  const status = /Error Code : (\d{3})/.exec(text)?.[1];
  const detail =
    /Error Message: ([^\n]*)/.exec(text)?.[1]?.trim() ?? text.replace(/^Error message: /, '').trim();
  // A 200 (or 404) whose body is not {"value": "<jwt>"}.
  if (/ID Token field/.test(text)) {
    return new TokenRequestError(
      'the answer has no token (expected JSON {"value": "<jwt>"})',
      undefined,
      'NoTokenInResponse',
      {
        cause: error,
      },
    );
  }
  return new TokenRequestError(detail, status ? Number(status) : undefined, undefined, { cause: error });
}

/**
 * core.getIDToken requests and masks the token, but has no timeout of its own, so it races a deadline.
 * A request abandoned here may stay open; the entry point exits explicitly so it cannot hold the step.
 */
export function fetchGitHubToken(audience: string, timeoutMs: number, signal: AbortSignal): Promise<string> {
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
  return new Promise<string>((resolve, reject) => {
    const onAbort = () =>
      reject(
        signal.aborted
          ? signal.reason
          : new RequestTimeoutError(`The GitHub OIDC token endpoint did not answer within ${timeoutMs} ms`),
      );
    if (deadline.aborted) return onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    getIDToken(audience)
      .then(resolve, (error: unknown) => reject(fromCoreError(error)))
      .finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

// Kubernetes projects service-account tokens as symlinks into a ..data directory it swaps
// atomically; those are the only links followed.
const KUBERNETES_TOKEN_DIRS = ['/var/run/secrets/kubernetes.io/', '/var/run/secrets/eks.amazonaws.com/'];

/** Read on every attempt: whatever refreshes the file may have replaced the token. */
export function readTokenFile(path: string): string {
  let text: string | undefined;
  try {
    text = readText(path, { allowSymlink: KUBERNETES_TOKEN_DIRS.some((d) => path.startsWith(d)) });
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
  return token;
}
