// Python, asked from the tests: botocore-resolve.py for what botocore itself resolves for many jobs,
// and any script that reads JSON on stdin and prints JSON, in one process per call.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Answer } from './js-resolve.ts';
import { ROOT } from './runner.ts';

/** A script's answer to `input` (JSON both ways); the environment is only what is given, and PATH. */
export function pythonJson<T>(script: string, input: unknown, env: Record<string, string> = {}): T {
  const out = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

/** What botocore resolves for each job (its environment and working directory), and its version. */
export function botocoreResolve(jobs: readonly { env: Record<string, string>; cwd: string }[]): {
  botocore: string;
  answers: Answer[];
} {
  const out = execFileSync('python3', [join(ROOT, 'test-support', 'botocore-resolve.py')], {
    input: JSON.stringify(jobs),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}
