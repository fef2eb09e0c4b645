// The run's facts from the runner's default variables, read as @actions/github's context reads them.

import { afterEach, describe, expect, test } from '@jest/globals';
import { runFacts } from '../../../src/github/run-facts.js';

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
  test('reads every fact of a runner environment', async () => {
    expect(await runFacts(RUNNER)).toEqual({
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

describe('off a runner', () => {
  test('no repository, no run id, nothing invented; a run id as a number', async () => {
    const facts = await runFacts({ GITHUB_RUN_ID: 'x', GITHUB_REPOSITORY: 'no-slash' });
    expect(facts.repository).toBeUndefined();
    expect(facts.runId).toBeUndefined();
    expect(facts.workflow).toBeUndefined();
    expect((await runFacts({ GITHUB_RUN_ID: '0123' })).runId).toBe('123');
  });

  test('the same facts as @actions/github\u2019s context, for the variables both read', async () => {
    process.env = { ...saved, ...RUNNER };
    const { context } = await import('@actions/github');
    const facts = await runFacts(RUNNER);
    expect([
      facts.repository,
      facts.workflow,
      facts.actor,
      facts.sha,
      facts.ref,
      facts.eventName,
      facts.runId,
      facts.job,
    ]).toEqual([
      `${context.repo.owner}/${context.repo.repo}`,
      context.workflow,
      context.actor,
      context.sha,
      context.ref,
      context.eventName,
      String(context.runId),
      context.job,
    ]);
  });
});
