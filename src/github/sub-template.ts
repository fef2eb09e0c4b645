// The repository's OIDC sub customization, for print-trust-policy: whether a custom sub template is
// in force and which claim keys it uses (GET /repos/OWNER/REPO/actions/oidc/customization/sub,
// through @actions/github with the github-token input). Its request goes through boundedGet, so it
// has the same deadline, body cap and proxy rule as every other request. A refusal is a note in the
// output, never a failure: the policy is printed from the token either way.

import { boundedGet } from '../network/http.js';

/** What GitHub said about the repository's sub template, as lines for the printed policy. */
export type SubTemplate =
  | { readonly kind: 'default'; readonly prefix: string | undefined }
  | { readonly kind: 'custom'; readonly keys: readonly string[]; readonly prefix: string | undefined }
  | { readonly kind: 'unread'; readonly why: string };

interface Lookup {
  /** OWNER/REPO, from the token's repository claim. */
  readonly repository: string;
  readonly token: string;
  /**
   * GITHUB_API_URL (a GitHub Enterprise Server's /api/v3, or github.com's API). Unset or empty:
   * @actions/github's own default, which it reads from the same variable.
   */
  readonly apiUrl: string | undefined;
  readonly timeoutMs: number;
}

/** fetch for Octokit, made of boundedGet: the lookup is a GET, bounded like every other request. */
function boundedFetch(timeoutMs: number, signal: AbortSignal): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const r = await boundedGet(url, { endpoint: 'the GitHub API', headers, timeoutMs, signal });
    const answer = new Headers();
    for (const [name, value] of Object.entries(r.headers))
      if (typeof value === 'string') answer.set(name, value);
    return new Response(r.body, { status: r.status, headers: answer });
  };
}

/** A short account of an answer that is not the documented object, for the note. */
function described(data: unknown): string {
  if (typeof data === 'string') return data.trimStart().startsWith('<') ? 'an HTML page' : 'text, not JSON';
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return `JSON ${Array.isArray(data) ? 'array' : String(data)}`;
  return 'JSON without a true or false use_default';
}

/**
 * The answer read for what it is: the documented object (use_default, and include_claim_keys, a
 * list of claim names, when it is false), or why it is not. sub_claim_prefix is not in GitHub's
 * published schema (seen in answers since immutable claims, 2026): read when it is a string.
 */
function templateOf(status: number, data: unknown): SubTemplate {
  if (status !== 200) {
    const redirect = status >= 300 && status < 400 ? ' (a redirect, which this lookup does not follow)' : '';
    return { kind: 'unread', why: `GitHub answered HTTP ${status}${redirect}` };
  }
  const found = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  if (typeof found.use_default !== 'boolean')
    return { kind: 'unread', why: `GitHub's answer is not the documented JSON object: ${described(data)}` };
  const prefix = typeof found.sub_claim_prefix === 'string' ? found.sub_claim_prefix : undefined;
  if (found.use_default) return { kind: 'default', prefix };
  const keys = found.include_claim_keys;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string'))
    return {
      kind: 'unread',
      why: "GitHub's answer has use_default: false but no list of include_claim_keys",
    };
  return { kind: 'custom', keys, prefix };
}

/** The repository's sub template, or why it could not be read. */
export async function subTemplate(lookup: Lookup, signal: AbortSignal): Promise<SubTemplate> {
  const [owner = '', repo = ''] = lookup.repository.split('/');
  if (lookup.token === '') return { kind: 'unread', why: 'github-token is empty' };
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(lookup.token, {
      ...(lookup.apiUrl ? { baseUrl: lookup.apiUrl } : {}),
      request: { fetch: boundedFetch(lookup.timeoutMs, signal), retries: 0 },
    });
    const { status, data } = await octokit.rest.actions.getCustomOidcSubClaimForRepo({ owner, repo });
    return templateOf(status, data as unknown);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // Octokit answers a request that never got a response (a timeout, a refused connection) as
    // status 500 with the cause's message: that message is the reason then.
    const { status, response } = error as { status?: unknown; response?: unknown };
    const message = error instanceof Error ? error.message : String(error);
    const why =
      typeof status === 'number' && response !== undefined ? `GitHub answered HTTP ${status}` : message;
    return { kind: 'unread', why };
  }
}
