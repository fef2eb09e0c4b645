// The repository's sub customization, read through @actions/github from a local GitHub API: the
// default template, a custom one, each refusal, and a server that never answers (bounded).

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { subTemplate } from '../../../src/github/sub-template.ts';
import { type GitHubApi, type SubAnswer, startGitHubApi } from '../../../test-support/github-api.ts';

const TOKEN = 'ghs_job-token-for-the-lookup';
let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi(TOKEN);
});
afterEach(() => api.close());

const lookup = (token = TOKEN, timeoutMs = 2_000) =>
  subTemplate(
    { repository: 'octo-org/octo-repo', token, apiUrl: api.url, timeoutMs },
    new AbortController().signal,
  );

const CASES: [string, SubAnswer, Awaited<ReturnType<typeof subTemplate>>][] = [
  ['the default template', { template: { use_default: true } }, { kind: 'default', prefix: undefined }],
  [
    'the default template, with the prefix GitHub now also sends',
    { template: { use_default: true, sub_claim_prefix: 'repo:octo-org@123456/octo-repo@456789' } },
    { kind: 'default', prefix: 'repo:octo-org@123456/octo-repo@456789' },
  ],
  [
    'a custom template and its claim keys',
    { template: { use_default: false, include_claim_keys: ['repo', 'context', 'job_workflow_ref'] } },
    { kind: 'custom', keys: ['repo', 'context', 'job_workflow_ref'], prefix: undefined },
  ],
  [
    'a token GitHub refuses (403)',
    { status: 403, message: 'Resource not accessible by integration' },
    { kind: 'unread', why: 'GitHub answered HTTP 403' },
  ],
  [
    'a repository the token cannot see (404)',
    { status: 404, message: 'Not Found' },
    { kind: 'unread', why: 'GitHub answered HTTP 404' },
  ],
  // Not the documented object: never read as "the default template is in force".
  [
    'an HTML page with 200 (a login page, a captive portal)',
    { raw: { status: 200, type: 'text/html', body: '<html><body>Sign in</body></html>' } },
    { kind: 'unread', why: "GitHub's answer is not the documented JSON object: an HTML page" },
  ],
  [
    'a redirect',
    { raw: { status: 302, type: 'text/html', body: '', location: 'https://elsewhere.example/' } },
    { kind: 'unread', why: 'GitHub answered HTTP 302 (a redirect, which this lookup does not follow)' },
  ],
  [
    'an empty JSON object',
    { raw: { status: 200, type: 'application/json', body: '{}' } },
    {
      kind: 'unread',
      why: "GitHub's answer is not the documented JSON object: JSON without a true or false use_default",
    },
  ],
  [
    'use_default as a string',
    { template: { use_default: 'false' } },
    {
      kind: 'unread',
      why: "GitHub's answer is not the documented JSON object: JSON without a true or false use_default",
    },
  ],
  [
    'a custom template without its keys',
    { template: { use_default: false } },
    { kind: 'unread', why: "GitHub's answer has use_default: false but no list of include_claim_keys" },
  ],
  [
    'JSON of another shape: an array',
    { raw: { status: 200, type: 'application/json', body: '[true]' } },
    { kind: 'unread', why: "GitHub's answer is not the documented JSON object: JSON array" },
  ],
];

describe('subTemplate', () => {
  test.each(CASES)('%s', async (_name, answer, expected) => {
    api.answer(answer);
    expect(await lookup()).toEqual(expected);
    expect(api.requests).toEqual([
      {
        method: 'GET',
        path: '/repos/octo-org/octo-repo/actions/oidc/customization/sub',
        authorization: `token ${TOKEN}`,
      },
    ]);
  });

  test('no token: no request, and says why', async () => {
    expect(await lookup('')).toEqual({ kind: 'unread', why: 'github-token is empty' });
    expect(api.requests).toEqual([]);
  });

  test('a server that never answers: unread once the request times out, one request', async () => {
    api.answer({ hang: true });
    const result = await lookup(TOKEN, 300);
    expect(result.kind).toBe('unread');
    expect(result.kind === 'unread' && result.why).toBe('the GitHub API did not answer within 300 ms');
    expect(api.requests).toHaveLength(1);
  });
});
