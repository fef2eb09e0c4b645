// The shape the code keeps: short functions, short files, no dead dependency, no dead export.
// Measured with the project's own TypeScript over the source, so it cannot drift from what runs.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';
import { ROOT } from '../test-support/runner.ts';

const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 400;

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, dir, f));
}

const parsed = new Map(
  [...tsFiles('src'), ...tsFiles('__tests__'), ...tsFiles('test-support'), ...tsFiles('scripts')].map((f) => [
    f,
    ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true),
  ]),
);
const source = [...parsed.values()].filter((sf) => sf.fileName.startsWith(join(ROOT, 'src')));
const lineOf = (sf: ts.SourceFile, pos: number) => sf.getLineAndCharacterOfPosition(pos).line;

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

describe('size', () => {
  test(`no function in src/ is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const sf of source) {
      walk(sf, (n) => {
        if (!ts.isFunctionLike(n) || !('body' in n) || !n.body) return;
        const lines = lineOf(sf, n.getEnd()) - lineOf(sf, n.getStart()) + 1;
        if (lines > MAX_FUNCTION_LINES)
          long.push(`${relative(ROOT, sf.fileName)}:${lineOf(sf, n.getStart()) + 1} ${lines}`);
      });
    }
    expect(long).toEqual([]);
  });

  test(`no file in src/ is longer than ${MAX_FILE_LINES} lines`, () => {
    const long = source
      .map((sf) => [relative(ROOT, sf.fileName), sf.getLineStarts().length] as const)
      .filter(([, lines]) => lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });
});

/** Every module specifier each file imports, statically, dynamically or in a type. */
function importsOf(sf: ts.SourceFile): { specifier: string; names: string[] | 'all' }[] {
  const found: { specifier: string; names: string[] | 'all' }[] = [];
  walk(sf, (n) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const bindings = n.importClause?.namedBindings;
      const names =
        bindings && ts.isNamedImports(bindings)
          ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
          : ('all' as const);
      found.push({ specifier: n.moduleSpecifier.text, names: n.importClause?.name ? 'all' : names });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = n.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push({ specifier: arg.text, names: 'all' });
    } else if (
      ts.isImportTypeNode(n) &&
      ts.isLiteralTypeNode(n.argument) &&
      ts.isStringLiteral(n.argument.literal)
    ) {
      found.push({ specifier: n.argument.literal.text, names: 'all' });
    }
  });
  return found;
}

describe('one way to the log', () => {
  test('only src/log.ts writes log lines and annotations (each through an escape)', () => {
    const direct = source
      .filter((sf) => !sf.fileName.endsWith(join('src', 'log.ts')))
      .flatMap((sf) =>
        [...sf.text.matchAll(/\bcore\.(info|debug|warning|notice|error|setFailed|startGroup)\(/g)].map(
          (m) => `${relative(ROOT, sf.fileName)}: core.${m[1]}`,
        ),
      );
    expect(direct).toEqual([]);
  });
});

describe('dependencies and exports', () => {
  test('every runtime dependency in package.json is imported by src/', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set(
      source.flatMap((sf) =>
        importsOf(sf).map((i) => i.specifier.match(/^(@[^/]+\/[^/]+|[^./][^/]*)/)?.[1] ?? ''),
      ),
    );
    expect(Object.keys(pkg.dependencies).filter((d) => !imported.has(d))).toEqual([]);
  });

  test('every export of a src/ module is imported by another module (source, tests or scripts)', () => {
    const used = new Map<string, Set<string> | 'all'>();
    for (const sf of parsed.values()) {
      for (const { specifier, names } of importsOf(sf)) {
        if (!specifier.startsWith('.')) continue;
        const target = resolve(dirname(sf.fileName), specifier).replace(/\.js$/, '.ts');
        const seen = used.get(target);
        if (names === 'all' || seen === 'all') used.set(target, 'all');
        else used.set(target, new Set([...(seen ?? []), ...names]));
      }
    }
    const dead: string[] = [];
    for (const sf of source) {
      const seen = used.get(sf.fileName);
      if (seen === 'all') continue;
      for (const statement of sf.statements) {
        const exported = ts.canHaveModifiers(statement)
          ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
          : false;
        if (!exported) continue;
        const names = ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.map((d) => d.name.getText(sf))
          : [(statement as ts.DeclarationStatement).name?.getText(sf) ?? ''];
        for (const name of names) if (!seen?.has(name)) dead.push(`${relative(ROOT, sf.fileName)} ${name}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
