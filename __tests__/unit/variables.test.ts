// The variables the code reads are the rows of test-support/variables.ts, which the end-to-end
// matrix runs in every state: a new read without a row fails here, and so does a row nothing reads.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import ts from 'typescript';
import { ROOT } from '../../test-support/runner.ts';
import { VARIABLES } from '../../test-support/variables.ts';

/** A name that looks like an environment variable the action or the tools it models read. */
const VARIABLE =
  /^(AWS_|GITHUB_|ACTIONS_|RUNNER_)[A-Z0-9_]+$|^(HOME|USERPROFILE|HOMEPATH|HOMEDRIVE|LOCALAPPDATA|ACT|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY)$/;

/** env.NAME, env['NAME'], const { NAME } = env, a string shaped like a variable, an `env:` list's names. */
function readsOf(sf: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const onEnv = (e: ts.Expression) => /(^|\.)env$/.test(e.getText(sf));
    if (ts.isPropertyAccessExpression(n) && onEnv(n.expression) && /^[A-Z_][A-Z0-9_]*$/.test(n.name.text))
      found.push(n.name.text);
    if (ts.isElementAccessExpression(n) && onEnv(n.expression) && ts.isStringLiteral(n.argumentExpression))
      found.push(n.argumentExpression.text);
    if (ts.isStringLiteral(n) && VARIABLE.test(n.text)) found.push(n.text);
    // const { NAME: local } = env
    if (
      ts.isVariableDeclaration(n) &&
      ts.isObjectBindingPattern(n.name) &&
      n.initializer &&
      onEnv(n.initializer)
    )
      for (const e of n.name.elements) found.push((e.propertyName ?? e.name).getText(sf));
    if (
      ts.isPropertyAssignment(n) &&
      n.name.getText(sf) === 'env' &&
      ts.isArrayLiteralExpression(n.initializer)
    )
      for (const e of n.initializer.elements) if (ts.isStringLiteral(e)) found.push(e.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

const read = new Set(
  readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const path = join(ROOT, 'src', f);
      return readsOf(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
    }),
);
const rows = new Set(VARIABLES.map((v) => v.name));

test('every variable the code reads has a row of the matrix', () => {
  expect([...read].filter((name) => !rows.has(name)).sort()).toEqual([]);
});

test('every row of the matrix is a variable the code reads', () => {
  expect([...rows].filter((name) => !read.has(name)).sort()).toEqual([]);
  expect(VARIABLES.length).toBe(rows.size);
});
