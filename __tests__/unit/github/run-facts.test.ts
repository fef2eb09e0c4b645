// The run's facts from @actions/github's context: the real Context class over a made-up environment.

import { afterEach, describe, expect, test } from '@jest/globals';
import { factsOf, runFacts } from '../../../src/github/run-facts.js';

const RUNNER = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_WORKFLOW: 'Deploy',
  GITHUB_ACTION: '__self',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_JOB: 'deploy',
  GITHUB_BASE_REF: 'main',
  GITHUB_HEAD_REF: 'feature',
  GITHUB_TRIGGERING_ACTOR: 'hubot',
  GITHUB_REPOSITORY_ID: '456789',
  GITHUB_REPOSITORY_OWNER_ID: '123456',
};
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('runFacts', () => {
  test('reads every fact of a runner environment through the context', async () => {
    process.env = { ...saved, ...RUNNER };
    // @actions/github builds its context when first imported: in a fresh module registry here.
    expect(await runFacts(process.env)).toEqual({
      repository: 'octo-org/octo-repo',
      workflow: 'Deploy',
      action: '__self',
      actor: 'octocat',
      sha: RUNNER.GITHUB_SHA,
      ref: 'refs/heads/main',
      eventName: 'pull_request',
      runId: '1658821493',
      job: 'deploy',
      repositoryId: '456789',
      repositoryOwnerId: '123456',
      baseRef: 'main',
      headRef: 'feature',
      triggeringActor: 'hubot',
    });
  });
});

describe('factsOf', () => {
  test('off a runner: no repository (context.repo throws), no run id (NaN), nothing invented', () => {
    const context = {
      get repo(): { owner: string; repo: string } {
        throw new Error('context.repo requires a GITHUB_REPOSITORY environment variable');
      },
      runId: Number.NaN,
      workflow: undefined,
    } as unknown as Parameters<typeof factsOf>[0];
    const facts = factsOf(context, {});
    expect(facts.repository).toBeUndefined();
    expect(facts.runId).toBeUndefined();
    expect(facts.workflow).toBeUndefined();
  });
});
