// A local stand-in for GitHub's REST API, as much of it as print-trust-policy reads: the
// repository's OIDC sub customization (GET /repos/OWNER/REPO/actions/oidc/customization/sub), with
// the token check GitHub makes, and a switch for each answer it gives. Written for Node's type
// stripping.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the endpoint answers: a template (GitHub's JSON), a refusal, or nothing at all. */
export type SubAnswer =
  | { readonly template: Readonly<Record<string, unknown>> }
  /** Anything else, as sent: an HTML page, a redirect, JSON of another shape. */
  | {
      readonly raw: {
        readonly status: number;
        readonly type: string;
        readonly body: string;
        readonly location?: string;
      };
    }
  | { readonly status: 403 | 404; readonly message: string }
  | { readonly hang: true };

export interface GitHubApiRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

export interface GitHubApi {
  /** GITHUB_API_URL */
  readonly url: string;
  readonly requests: GitHubApiRequest[];
  answer(a: SubAnswer): void;
  close(): Promise<void>;
}

/** GitHub's answer for a repository that keeps the default template, with the immutable prefix. */
export const DEFAULT_TEMPLATE = { use_default: true };

export async function startGitHubApi(
  token: string,
  first: SubAnswer = { template: DEFAULT_TEMPLATE },
): Promise<GitHubApi> {
  let answer = first;
  const requests: GitHubApiRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization });
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    if (!/^\/repos\/[^/]+\/[^/]+\/actions\/oidc\/customization\/sub$/.test(path))
      return send(404, { message: 'Not Found' });
    if (req.headers.authorization !== `token ${token}`) return send(401, { message: 'Bad credentials' });
    if ('hang' in answer) return;
    if ('raw' in answer) {
      const { status, type, body, location } = answer.raw;
      return res.writeHead(status, { 'content-type': type, ...(location ? { location } : {}) }).end(body);
    }
    if ('status' in answer) return send(answer.status, { message: answer.message });
    send(200, answer.template);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (a) => {
      answer = a;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
