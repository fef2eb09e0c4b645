// What a printed trust policy admits, in words: not this one job, but every job whose token carries
// the same claims. The sub's context (GitHub's default template: ref, environment or pull_request)
// says which. Pure.

import type { Claims } from '../errors.js';
import { oneLine } from '../runner/escape.js';
import { issuerKey, trustCondition } from './diagnostics.js';
import { subContext, subParts } from './sub-forms.js';

/** The jobs of a repository that a sub context admits, by the context's prefix. */
const CONTEXTS: readonly [prefix: string, words: (name: string) => string][] = [
  ['ref:refs/heads/', (b) => `that runs on the branch ${b} and names no environment`],
  ['ref:refs/tags/', (t) => `that runs on the tag ${t} and names no environment`],
  ['ref:', (r) => `that runs on the ref ${r} and names no environment`],
  ['environment:', (e) => `that names the environment ${e}, on any branch its deployment rules allow`],
  // The one context left, the sub having been read as a default form's: pull_request.
  ['', () => 'that runs for a pull request, from any branch'],
];

/** Which jobs of the repository a default form's context admits. */
function jobsOf(context: string): string {
  const [prefix, words] = CONTEXTS.find(([p]) => context.startsWith(p)) as (typeof CONTEXTS)[number];
  return words(context.slice(prefix.length));
}

/** One comment line: whom the policy admits, from the claims its Condition pins. */
export function admitsLine(claims: Claims): string {
  const parts = subParts(claims.sub);
  const custom = claims.sub === undefined ? '' : ' (a custom sub template builds it)';
  const who = parts
    ? `every job of every workflow of ${oneLine(claims.repository ?? parts.repository)} ${oneLine(jobsOf(parts.context))}`
    : `every job whose token has exactly the sub below${custom}`;
  // The Condition pins the reusable workflow when the job runs in one: only jobs through it.
  const reusable = trustCondition(claims).StringEquals[`${issuerKey(claims.iss)}:job_workflow_ref`];
  const through = reusable ? `, and only through the reusable workflow ${oneLine(reusable)}` : '';
  return `# Whom it admits: not this job alone, but ${who}${through}.`;
}

/** A warning when the policy was printed from a pull request's job, or undefined. */
export function pullRequestWarning(claims: Claims): string | undefined {
  if (subContext(claims.sub) !== 'pull_request' && claims.event_name !== 'pull_request') return undefined;
  return `print-trust-policy ran for a pull_request event: its policy admits the sub of this run (${oneLine(claims.sub ?? '(not set)')}), not the one your deployments will have. Run it from the branch, tag or environment that deploys (for example a push to main) and use that policy.`;
}
