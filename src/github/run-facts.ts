// What this run is: the repository, workflow, actor, commit, ref, event, run and job, from the
// default variables the runner sets for every step. Read here, not through @actions/github's
// context: importing @actions/github builds a proxy agent at import time (with undici, which this
// action does not bundle, so that import fails behind a proxy) and reads the whole event payload
// file; neither belongs on the main path. Only AssumeRole's session tags and the failure
// diagnostics need these facts.

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
  readonly repositoryId: string | undefined;
  readonly repositoryOwnerId: string | undefined;
  readonly baseRef: string | undefined;
  readonly headRef: string | undefined;
  readonly triggeringActor: string | undefined;
}

const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** A number the runner sets as text (GITHUB_RUN_ID), read as @actions/github's context reads it. */
const integer = (value: string | undefined) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isNaN(n) ? undefined : String(n);
};

/** The facts from the environment; a repository only in OWNER/REPO form. */
export async function runFacts(env: NodeJS.ProcessEnv = process.env): Promise<RunFacts> {
  const repository = /^[^/]+\/[^/]+$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined;
  return {
    repository,
    workflow: text(env.GITHUB_WORKFLOW),
    action: text(env.GITHUB_ACTION),
    actor: text(env.GITHUB_ACTOR),
    sha: text(env.GITHUB_SHA),
    ref: text(env.GITHUB_REF),
    eventName: text(env.GITHUB_EVENT_NAME),
    runId: integer(env.GITHUB_RUN_ID),
    job: text(env.GITHUB_JOB),
    repositoryId: text(env.GITHUB_REPOSITORY_ID),
    repositoryOwnerId: text(env.GITHUB_REPOSITORY_OWNER_ID),
    baseRef: text(env.GITHUB_BASE_REF),
    headRef: text(env.GITHUB_HEAD_REF),
    triggeringActor: text(env.GITHUB_TRIGGERING_ACTOR),
  };
}
