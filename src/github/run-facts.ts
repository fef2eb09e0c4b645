// What this run is, from @actions/github's context: the repository, workflow, actor, commit, ref,
// event, run and job. Loaded lazily: importing @actions/github costs about 18 ms of start-up (it brings
// Octokit along), and only AssumeRole's session tags and the failure diagnostics need these facts.

import type { context as Context } from '@actions/github';

export interface RunFacts {
  /** OWNER/REPO */
  readonly repository: string | undefined;
  readonly workflow: string | undefined;
  readonly action: string | undefined;
  readonly actor: string | undefined;
  readonly sha: string | undefined;
  readonly ref: string | undefined;
  readonly eventName: string | undefined;
  readonly runId: string | undefined;
  readonly job: string | undefined;
  // The context has no field for these; the runner sets them in the environment.
  readonly repositoryId: string | undefined;
  readonly repositoryOwnerId: string | undefined;
  readonly baseRef: string | undefined;
  readonly headRef: string | undefined;
  readonly triggeringActor: string | undefined;
}

export async function runFacts(env: NodeJS.ProcessEnv = process.env): Promise<RunFacts> {
  const { context } = await import('@actions/github');
  return factsOf(context, env);
}

const text = (value: string | number | undefined) =>
  value === undefined || value === '' || Number.isNaN(value) ? undefined : String(value);

/** Pure: the facts from a context and the environment. */
export function factsOf(context: typeof Context, env: NodeJS.ProcessEnv): RunFacts {
  let repository: string | undefined;
  try {
    repository = `${context.repo.owner}/${context.repo.repo}`;
  } catch {
    // Neither GITHUB_REPOSITORY nor an event payload: not on a runner.
  }
  return {
    repository,
    workflow: text(context.workflow),
    action: text(context.action),
    actor: text(context.actor),
    sha: text(context.sha),
    ref: text(context.ref),
    eventName: text(context.eventName),
    runId: text(context.runId),
    job: text(context.job),
    repositoryId: text(env.GITHUB_REPOSITORY_ID),
    repositoryOwnerId: text(env.GITHUB_REPOSITORY_OWNER_ID),
    baseRef: text(env.GITHUB_BASE_REF),
    headRef: text(env.GITHUB_HEAD_REF),
    triggeringActor: text(env.GITHUB_TRIGGERING_ACTOR),
  };
}
