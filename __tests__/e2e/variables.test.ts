// Every environment variable the action reads (test-support/variables.ts), in every state: unset,
// empty, blank, a relative path, a valid value and an invalid one, each with the built action in
// OIDC mode and then its post step. Whatever the state, the step ends in success or in one clear
// error with nothing exported, prints no secret, and its post step leaves no key of the job on disk.
// Both servers answer well, so a state that fails makes one request of each at most: a retry would
// be of something no retry can change. Where the action reads "" as unset (an input fallback, a proxy variable, a default in its place),
// the empty state ends exactly as the unset one.

import { expect, test } from '@jest/globals';
import { expectNoKeyOnDisk } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';
import { leaks, type RunResult, runPost } from '../../test-support/runner.ts';
import { VARIABLES, type VariableRow } from '../../test-support/variables.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const step = useStep({
  inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'http-timeout-s': '3' },
});

const STATES = ['unset', 'empty', 'blank', 'relative', 'valid', 'invalid'] as const;
type State = (typeof STATES)[number];

/** The variable's value in a state; undefined removes it, and 'given' keeps the fixture's. */
function valueIn(row: VariableRow, state: State): string | undefined | 'given' {
  switch (state) {
    case 'unset':
      return undefined;
    case 'empty':
      return '';
    case 'blank':
      return '  ';
    case 'relative':
      return 'some/relative/path';
    case 'valid':
      return row.valid ?? 'given';
    case 'invalid':
      return row.invalid;
  }
}

/** What a run came to, as much as two runs can be compared by. */
const outcome = (r: RunResult) => ({ code: r.code, errors: r.errors, exported: Object.keys(r.env).sort() });

async function runIn(row: VariableRow, state: State): Promise<RunResult> {
  const value = valueIn(row, state);
  const env = value === 'given' ? {} : { [row.name]: value };
  const asked = { tokens: step.oidc.requests.length, sts: step.sts.calls.length };
  const main = await step.run({}, { env });
  // Both servers are well: a state that fails does so at once, never by retrying what cannot change.
  const made = { tokens: step.oidc.requests.length - asked.tokens, sts: step.sts.calls.length - asked.sts };
  const retried = /after (?:[2-9]|\d\d+) attempts/.test(main.errors.join('\n'));
  expect([row.name, state, made.tokens <= 1 && made.sts <= 1 && !retried]).toEqual([row.name, state, true]);
  // What every state promises: success, or one error line and nothing exported; never a secret.
  expect([
    row.name,
    state,
    main.code === 0 || (main.errors.length === 1 && Object.keys(main.env).length === 0),
  ]).toEqual([row.name, state, true]);
  expect(leaks(main, step.secrets())).toEqual([]);
  if (Object.keys(main.state).length > 0) {
    const post = await runPost(main, { env: step.env({ ...env, ...main.env }) });
    expect(leaks(post, step.secrets())).toEqual([]);
  }
  expectNoKeyOnDisk(
    step.sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
    [step.home, step.temp],
  );
  return main;
}

test.each(VARIABLES.map((row) => [row.name, row] as const))(
  '%s unset, empty, blank, relative, valid and invalid: success or one clear error, no secret, no key left',
  async (_name, row) => {
    const outcomes = new Map<State, ReturnType<typeof outcome>>();
    for (const state of STATES) outcomes.set(state, outcome(await runIn(row, state)));
    if (row.emptyIsUnset)
      expect([row.name, outcomes.get('empty')]).toEqual([row.name, outcomes.get('unset')]);
  },
);
