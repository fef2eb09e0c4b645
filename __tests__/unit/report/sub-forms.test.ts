// The two default forms of sub, from the token's own claims, and what the printed policy says of
// the repository's sub template.

import { describe, expect, test } from '@jest/globals';
import type { Claims } from '../../../src/errors.ts';
import { subForms, subParts, subPrefixes, templateNotes } from '../../../src/report/sub-forms.ts';

const REPO: Claims = {
  repository: 'Octo-Org/octo-repo',
  repository_id: '456789',
  repository_owner_id: '123456',
};
const NAME = 'repo:Octo-Org/octo-repo';
const IMMUTABLE = 'repo:Octo-Org@123456/octo-repo@456789';

describe('subForms', () => {
  test.each([['ref:refs/heads/main'], ['ref:refs/tags/v1.2.3'], ['environment:prod'], ['pull_request']])(
    'context %s: both forms, from either',
    (context) => {
      const both = { name: `${NAME}:${context}`, immutable: `${IMMUTABLE}:${context}` };
      expect(subForms({ ...REPO, sub: `${NAME}:${context}` })).toEqual({ current: 'name', ...both });
      expect(subForms({ ...REPO, sub: `${IMMUTABLE}:${context}` })).toEqual({
        current: 'immutable',
        ...both,
      });
    },
  );

  test.each([
    ['a custom template that starts like the name form', { ...REPO, sub: `${NAME}:workflow:deploy` }],
    ['a custom template of other keys', { ...REPO, sub: 'repo_owner:Octo-Org:job_workflow_ref:x' }],
    ['another repository', { ...REPO, sub: 'repo:Octo-Org/other:ref:refs/heads/main' }],
    [
      'the name in another case (sub is matched case-sensitively)',
      { ...REPO, sub: 'repo:octo-org/octo-repo:pull_request' },
    ],
    ['another owner ID', { ...REPO, sub: 'repo:Octo-Org@1/octo-repo@456789:pull_request' }],
    ['no repository_owner_id', { ...REPO, repository_owner_id: undefined, sub: `${NAME}:pull_request` }],
    ['no repository_id', { ...REPO, repository_id: undefined, sub: `${NAME}:pull_request` }],
    ['no repository', { ...REPO, repository: undefined, sub: `${NAME}:pull_request` }],
    ['a repository claim of three parts', { ...REPO, repository: 'a/b/c', sub: 'repo:a/b/c:pull_request' }],
    ['no sub', { ...REPO }],
  ])('%s: none', (_name, claims) => {
    expect(subForms(claims)).toBeUndefined();
  });
});

describe('templateNotes, word for word', () => {
  test.each([
    [
      { kind: 'default', prefix: undefined } as const,
      ["GitHub's default sub template is in force for o/r (use_default: true)."],
    ],
    [
      { kind: 'default', prefix: 'repo:o@1/r@2' } as const,
      [
        "GitHub's default sub template is in force for o/r (use_default: true); its sub prefix is repo:o@1/r@2.",
      ],
    ],
    [
      { kind: 'custom', keys: ['repo', 'context'], prefix: undefined } as const,
      [
        'A custom sub template is in force for o/r: sub is built from the claim keys repo, context; the policy admits the sub this template gave the token.',
      ],
    ],
    [
      { kind: 'unread', why: 'GitHub answered HTTP 403' } as const,
      [
        "The repository's sub customization was not read (GitHub answered HTTP 403), so whether a custom sub template is in force is not known.",
        "To read it, add actions: read to the job's permissions (GitHub's REST API reference, version 2026-03-10, asks for the Actions repository permission, read), or give github-token a token that has it. Or run: gh api repos/o/r/actions/oidc/customization/sub",
      ],
    ],
  ])('%j', (template, lines) => {
    expect(templateNotes(template, 'o/r')).toEqual(lines);
  });
});

describe('the default forms, at their edges', () => {
  test.each([
    ['repo:o/r:pull_request', { repository: 'o/r', context: 'pull_request' }],
    ['repo:o@1/r@2:environment:prod', { repository: 'o@1/r@2', context: 'environment:prod' }],
    ['xrepo:o/r:pull_request', undefined],
    ['repo:o/r:pull_requests', undefined],
    ['repo:o/r:environment:', undefined],
    ['repo:o/r:ref:refs/', undefined],
    ['repo:o/r:workflow:deploy', undefined],
    ['repo::pull_request', undefined],
  ])('subParts(%s)', (sub, parts) => {
    expect(subParts(sub)).toEqual(parts);
  });

  test.each([
    ['both IDs', '1', '2', 'repo:o@1/r@2'],
    ['the owner ID alone', '1', undefined, undefined],
    ['the repository ID alone', undefined, '2', undefined],
  ])('subPrefixes with %s', (_name, ownerId, repoId, immutable) => {
    expect(subPrefixes('o/r', ownerId, repoId)).toEqual({ name: 'repo:o/r', immutable });
  });

  test.each([['o/'], ['/r'], ['o/r/x'], ['o']])('a repository claim %s: no forms', (repository) => {
    expect(subForms({ ...REPO, repository, sub: `repo:${repository}:pull_request` })).toBeUndefined();
  });

  test('a custom template that lists no claim keys says so', () => {
    expect(templateNotes({ kind: 'custom', keys: [], prefix: undefined }, 'o/r')).toEqual([
      'A custom sub template is in force for o/r: sub is built from the claim keys (none listed); the policy admits the sub this template gave the token.',
    ]);
  });
});
