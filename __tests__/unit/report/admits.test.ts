// What the printed policy says it admits, by the sub's context, and the warning for a policy
// printed from a pull request. From GitHub's default sub template: each context is a row.

import { describe, expect, test } from '@jest/globals';
import type { Claims } from '../../../src/errors.ts';
import { admitsLine, pullRequestWarning } from '../../../src/report/admits.ts';

const BASE: Claims = { iss: 'https://token.actions.githubusercontent.com', repository: 'o/r' };
const ALL = 'Whom it admits: not this job alone, but';

describe('admitsLine', () => {
  test.each([
    [
      'a branch',
      'repo:o/r:ref:refs/heads/main',
      'every job of every workflow of o/r that runs on the branch main and names no environment',
    ],
    [
      'a tag',
      'repo:o/r:ref:refs/tags/v1',
      'every job of every workflow of o/r that runs on the tag v1 and names no environment',
    ],
    [
      'another ref',
      'repo:o/r:ref:refs/pull/7/merge',
      'every job of every workflow of o/r that runs on the ref refs/pull/7/merge and names no environment',
    ],
    [
      'an environment',
      'repo:o/r:environment:prod',
      'every job of every workflow of o/r that names the environment prod, on any branch its deployment rules allow',
    ],
    [
      'a pull request',
      'repo:o/r:pull_request',
      'every job of every workflow of o/r that runs for a pull request, from any branch',
    ],
    [
      'the immutable form',
      'repo:o@1/r@2:ref:refs/heads/main',
      'every job of every workflow of o/r that runs on the branch main and names no environment',
    ],
    [
      'a custom template',
      'repo:o/r:workflow:deploy',
      'every job whose token has exactly the sub below (a custom sub template builds it)',
    ],
    ['no sub', undefined, 'every job whose token has exactly the sub below'],
  ])('%s', (_name, sub, who) => {
    expect(admitsLine({ ...BASE, sub })).toBe(`# ${ALL} ${who}.`);
  });

  test('no repository claim: the repository of the sub', () => {
    expect(admitsLine({ sub: 'repo:o@1/r@2:environment:prod' })).toContain(
      'every workflow of o@1/r@2 that names',
    );
  });

  test.each([
    ['a reusable workflow: only through it', 'o/shared/.github/workflows/deploy.yml@refs/heads/main', true],
    ['the workflow of the run itself: no pin', 'o/r/.github/workflows/ci.yml@refs/heads/main', false],
  ])('%s', (_name, jobWorkflowRef, pinned) => {
    const claims = {
      ...BASE,
      sub: 'repo:o/r:ref:refs/heads/main',
      workflow_ref: 'o/r/.github/workflows/ci.yml@refs/heads/main',
      job_workflow_ref: jobWorkflowRef,
    };
    expect(admitsLine(claims).endsWith(`, and only through the reusable workflow ${jobWorkflowRef}.`)).toBe(
      pinned,
    );
  });

  test('a line break in a claim stays on the one comment line', () => {
    expect(
      admitsLine({ ...BASE, repository: 'o/r\ntouch x', sub: 'repo:o/r:environment:a\u2028b' }),
    ).not.toMatch(/[\n\r\u2028]/);
  });
});

describe('pullRequestWarning', () => {
  test.each([
    ['a pull_request sub', { sub: 'repo:o/r:pull_request', event_name: 'pull_request' }, true],
    [
      'a pull_request event in an environment',
      { sub: 'repo:o/r:environment:preview', event_name: 'pull_request' },
      true,
    ],
    ['a pull_request sub from another event name', { sub: 'repo:o/r:pull_request' }, true],
    ['a push', { sub: 'repo:o/r:ref:refs/heads/main', event_name: 'push' }, false],
    [
      'pull_request_target (the base branch\u2019s sub)',
      { sub: 'repo:o/r:ref:refs/heads/main', event_name: 'pull_request_target' },
      false,
    ],
  ])('%s: %s', (_name, claims, warned) => {
    expect(pullRequestWarning({ ...BASE, ...claims }) !== undefined).toBe(warned);
  });

  test('word for word', () => {
    expect(pullRequestWarning({ ...BASE, sub: 'repo:o/r:pull_request', event_name: 'pull_request' })).toBe(
      'print-trust-policy ran for a pull_request event: its policy admits the sub of this run (repo:o/r:pull_request), not the one your deployments will have. Run it from the branch, tag or environment that deploys (for example a push to main) and use that policy.',
    );
  });

  test('a pull_request event whose token has no sub: said as not set', () => {
    expect(pullRequestWarning({ ...BASE, event_name: 'pull_request' })).toContain(
      'admits the sub of this run ((not set))',
    );
  });
});
