// A job as the runner runs it: steps one after another, each seeing what the earlier ones exported
// (GITHUB_ENV), the post steps at the end in reverse order of their main steps. For tests that
// follow the job's environment across uses of the action and the tools between them.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type RunOptions, type RunResult, runAction, runPost } from './runner.ts';

export class Job {
  /** What the steps so far exported, as the next step sees it. */
  readonly env: Record<string, string> = {};
  /** The main steps of the action, in order. */
  readonly mains: RunResult[] = [];
  readonly posts: RunResult[] = [];

  /** The runner's environment for every step (HOME, RUNNER_TEMP, the token endpoint). */
  private readonly base: Readonly<Record<string, string | undefined>>;

  /** Every step's working directory, as the runner gives all steps of a job GITHUB_WORKSPACE. */
  private readonly cwd: string | undefined;

  constructor(base: Readonly<Record<string, string | undefined>>, cwd?: string) {
    this.base = base;
    this.cwd = cwd;
  }

  /** The environment a step gets. */
  stepEnv(extra: RunOptions['env'] = {}): Record<string, string | undefined> {
    return { ...this.base, ...this.env, ...extra };
  }

  /** A `uses:` step of the action. */
  async use(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
    const r = await runAction({ cwd: this.cwd, ...options, inputs, env: this.stepEnv(options.env) });
    Object.assign(this.env, r.env);
    // A step that failed before saving state has nothing for a post step to undo.
    if (Object.keys(r.state).length > 0) this.mains.push(r);
    return r;
  }

  /** A `run:` step: a command with the job's environment; resolves with its stdout. */
  async run(command: string, args: readonly string[], extra: RunOptions['env'] = {}): Promise<string> {
    const env = { PATH: process.env.PATH ?? '', ...this.stepEnv(extra) } as NodeJS.ProcessEnv;
    const { stdout } = await promisify(execFile)(command, [...args], {
      env,
      encoding: 'utf8',
      cwd: this.cwd,
    });
    return stdout;
  }

  /** The post steps, last main step first, each seeing what the ones before it exported. */
  async end(): Promise<RunResult[]> {
    for (const main of [...this.mains].reverse()) {
      const p = await runPost(main, { env: this.stepEnv(), cwd: this.cwd });
      Object.assign(this.env, p.env);
      this.posts.push(p);
    }
    return this.posts;
  }
}
