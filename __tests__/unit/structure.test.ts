// The shape the code keeps: short functions, short files, no dead dependency, no dead export, no
// import cycle, the parts of src/ and which may import which, one call of the retry loop, and
// slices of the settings below authenticate.ts.
// Measured with the project's own TypeScript over the source, so it cannot drift from what runs.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';
import { ROOT } from '../../test-support/runner.ts';

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
  test('only src/runner/log.ts writes log lines and annotations (each through an escape)', () => {
    const direct = source
      .filter((sf) => !sf.fileName.endsWith(join('src', 'runner', 'log.ts')))
      .flatMap((sf) =>
        [...sf.text.matchAll(/\bcore\.(info|debug|warning|notice|error|setFailed|startGroup)\(/g)].map(
          (m) => `${relative(ROOT, sf.fileName)}: core.${m[1]}`,
        ),
      );
    expect(direct).toEqual([]);
  });

  test('only src/runner/log.ts masks: setSecret has one caller, mask()', () => {
    const callers = source.flatMap((sf) => {
      const found: string[] = [];
      walk(sf, (n) => {
        if (ts.isIdentifier(n) && n.text === 'setSecret' && !ts.isImportSpecifier(n.parent))
          found.push(relative(ROOT, sf.fileName));
      });
      return found;
    });
    expect(callers).toEqual([join('src', 'runner', 'log.ts')]);
  });
});

describe('one fact in one place', () => {
  test('only src/aws/arn.ts has a regular expression that reads an ARN', () => {
    const readers = source.flatMap((sf) => {
      const found: string[] = [];
      walk(sf, (n) => {
        if (ts.isRegularExpressionLiteral(n) && /arn:|:role|assumed-role|:policy/.test(n.text))
          found.push(`${relative(ROOT, sf.fileName)}: ${n.text}`);
      });
      return found;
    });
    expect(readers.filter((r) => !r.startsWith(join('src', 'aws', 'arn.ts')))).toEqual([]);
    expect(readers.length).toBeGreaterThan(0);
  });
});

/** Every comment of a source file, from the parser's own comment ranges (never a string's //). */
function commentsOf(sf: ts.SourceFile): string {
  const seen = new Map<number, string>();
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) seen.set(r.pos, sf.text.slice(r.pos, r.end));
  };
  walk(sf, (n) => {
    take(ts.getLeadingCommentRanges(sf.text, n.getFullStart()));
    take(ts.getTrailingCommentRanges(sf.text, n.getEnd()));
  });
  return [...seen.values()].join('\n');
}

/**
 * Names of files in the comments of src/ and its README.md files that are not the repository's,
 * each with whose it is.
 */
const NOT_OURS: Record<string, string> = {
  'lib/proxy.js': "@actions/http-client's, where it reads the proxy variables",
  'trust-policy.json': 'the file the printed setup script writes',
};

/** The file names a text mentions: a path or a name ending in .ts, .md, .js, .cjs, .json or .yml. */
const namedIn = (text: string) =>
  [...text.matchAll(/(?<![\w/.:-])[\w@-][\w.@/-]*\.(?:ts|md|js|cjs|json|yml)\b/g)].map((m) => m[0]);

describe('the map', () => {
  test('every file named in a comment or a README.md under src/ exists', () => {
    const readmes = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('README.md'))
      .map((f) => join(ROOT, 'src', f));
    const texts = [
      ...source.map((sf) => ({ file: sf.fileName, text: commentsOf(sf) })),
      ...readmes.map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    ];
    const inSrc = new Set(
      readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => basename(f)),
    );
    const missing = texts.flatMap(({ file, text }) =>
      namedIn(text)
        .filter((name) => !(name in NOT_OURS))
        .filter(
          (name) => ![join(dirname(file), name), join(ROOT, 'src', name), join(ROOT, name)].some(existsSync),
        )
        .filter((name) => name.includes('/') || !inSrc.has(name))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  test('the check sees a stale name, and passes a path, a bare name and a dependency', () => {
    expect(namedIn('effects in job.ts; see inputs/spec.ts, lib/proxy.js and src/README.md.')).toEqual([
      'job.ts',
      'inputs/spec.ts',
      'lib/proxy.js',
      'src/README.md',
    ]);
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

/** src/ module -> the src/ modules it imports (static, type-only or dynamic). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const sf of source) {
    const targets = importsOf(sf)
      .filter((i) => i.specifier.startsWith('.'))
      .map((i) => resolve(dirname(sf.fileName), i.specifier).replace(/\.js$/, '.ts'));
    graph.set(sf.fileName, [...new Set(targets)]);
  }
  return graph;
}

/** The groups of modules that import each other in a circle (Tarjan's strongly connected components). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) group.push(w);
    if (group.length > 1 || graph.get(v)?.includes(v))
      cycles.push(group.map((f) => relative(ROOT, f)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}

/**
 * The parts of src/, each a folder, and the parts each may import, lowest first. Files directly in
 * src/ are the top (the entry points, the main path, the modes' behaviours) and may import any
 * part; errors.ts is every part's vocabulary. Nothing below the top reads the report, and STS never touches the job's files.
 */
const PARTS: Record<string, readonly string[]> = {
  runner: [],
  aws: [],
  inputs: ['aws'],
  tools: [],
  network: ['inputs', 'runner'],
  github: ['network', 'runner'],
  sts: ['github', 'network', 'inputs', 'runner', 'aws'],
  refresh: ['sts', 'github', 'network', 'inputs', 'runner'],
  job: ['refresh', 'sts', 'network', 'inputs', 'runner', 'tools'],
  report: ['sts', 'github', 'inputs', 'runner', 'aws'],
};
const SHARED: Record<string, readonly string[]> = { 'errors.ts': Object.keys(PARTS) };

/** The imports that break PARTS, as "from -> to". */
function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const partOf = (file: string) => {
    const [first, second] = relative(join(ROOT, 'src'), file).split(sep);
    return second === undefined ? undefined : first;
  };
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const part = partOf(from);
    if (part === undefined) continue;
    for (const to of targets) {
      const target = partOf(to);
      const allowed =
        target === part ||
        (target !== undefined && PARTS[part]?.includes(target)) ||
        (target === undefined && SHARED[relative(join(ROOT, 'src'), to)]?.includes(part));
      if (!allowed) found.push(`${relative(ROOT, from)} -> ${relative(ROOT, to)}`);
    }
  }
  return found;
}

describe('dependencies between modules', () => {
  test('no import cycle in src/, counting type-only and dynamic imports', () => {
    expect(cyclesOf(importGraph())).toEqual([]);
  });

  test('the cycle finder sees a cycle of two, a longer one, and a self-import; not a diamond', () => {
    const at = (name: string) => join(ROOT, 'src', `${name}.ts`);
    const graph = (edges: string) =>
      new Map(
        edges.split(' ').map((e) => {
          const [from, to] = e.split('>') as [string, string];
          return [at(from), to.split(',').filter(Boolean).map(at)];
        }),
      );
    expect(cyclesOf(graph('a>b b>a c>'))).toEqual([['src/a.ts', 'src/b.ts']]);
    expect(cyclesOf(graph('a>b b>c c>d d>b'))).toEqual([['src/b.ts', 'src/c.ts', 'src/d.ts']]);
    expect(cyclesOf(graph('a>a'))).toEqual([['src/a.ts']]);
    expect(cyclesOf(graph('a>b,c b>d c>d d>'))).toEqual([]);
  });

  test('each part imports only the parts below it (PARTS); the top may import any', () => {
    expect(layerViolations(importGraph())).toEqual([]);
  });

  test('the layer check sees a part importing one above it, a part importing the top, and a side step', () => {
    const at = (name: string) => join(ROOT, 'src', `${name}.ts`);
    const graph = (edges: [string, string][]) => new Map(edges.map(([from, to]) => [at(from), [at(to)]]));
    expect(
      layerViolations(
        graph([
          ['sts/exchange', 'report/diagnostics'],
          ['runner/log', 'modes'],
          ['report/report', 'job/publish'],
          ['main', 'report/report'],
          ['github/token', 'errors'],
        ]),
      ),
    ).toEqual([
      'src/sts/exchange.ts -> src/report/diagnostics.ts',
      'src/runner/log.ts -> src/modes.ts',
      'src/report/report.ts -> src/job/publish.ts',
    ]);
  });

  test('every folder of src/ is a part of PARTS and says in a README.md what it is for', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(PARTS).sort());
    for (const folder of folders) {
      const readme = readFileSync(join(ROOT, 'src', folder, 'README.md'), 'utf8');
      const said = /^May import: (.*)\.$/m.exec(readme)?.[1];
      const allowed = PARTS[folder]?.length
        ? (PARTS[folder] ?? []).map((p) => `${p}/`).join(', ')
        : 'no other part';
      expect([folder, said]).toEqual([folder, allowed]);
    }
  });

  test("src/README.md's table of parts is PARTS, in its order", () => {
    const map = readFileSync(join(ROOT, 'src', 'README.md'), 'utf8');
    const rows = [...map.matchAll(/^\| `(\w+)\/` +\|[^|]*\| ([^|]*?) *\|$/gm)].map((m) => [
      m[1],
      m[2] === 'nothing' ? [] : (m[2] ?? '').split(', '),
    ]);
    expect(rows).toEqual(Object.entries(PARTS).map(([part, below]) => [part, [...below]]));
  });

  test('at most 8 files at the top of src/, at most 14 in a folder', () => {
    const count = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts')).length;
    expect(count('src')).toBeLessThanOrEqual(8);
    for (const folder of Object.keys(PARTS))
      expect([folder, count(join('src', folder)) <= 14]).toEqual([folder, true]);
  });

  test('exchange() is called from one place in src/: every STS call shares one retry path', () => {
    const calls = source.flatMap((sf) => {
      const found: string[] = [];
      walk(sf, (n) => {
        if (ts.isCallExpression(n) && /^(exchange|exchange<.*>)$/.test(n.expression.getText(sf)))
          found.push(`${relative(ROOT, sf.fileName)}:${lineOf(sf, n.getStart()) + 1}`);
      });
      return found;
    });
    expect(calls).toHaveLength(1);
  });

  // main.ts and authenticate.ts hold the whole Config; inputs/ makes it. Everything below takes the
  // part it reads (a settings type Config is made of, or a Pick).
  const MAY_TAKE_CONFIG = ['src/main.ts', 'src/authenticate.ts', 'src/inputs/'];

  test('no function below authenticate.ts takes the whole Config', () => {
    const whole: string[] = [];
    for (const sf of source) {
      const file = relative(ROOT, sf.fileName).split(sep).join('/');
      if (MAY_TAKE_CONFIG.some((allowed) => file.startsWith(allowed))) continue;
      walk(sf, (n) => {
        if (!ts.isParameter(n) || !n.type) return;
        const named = (t: ts.TypeNode): boolean =>
          (ts.isTypeReferenceNode(t) && t.typeName.getText(sf) === 'Config') ||
          (ts.isUnionTypeNode(t) && t.types.some(named)) ||
          (ts.isParenthesizedTypeNode(t) && named(t.type));
        if (named(n.type)) whole.push(`${file}:${lineOf(sf, n.getStart()) + 1} ${n.getText(sf)}`);
      });
    }
    expect(whole).toEqual([]);
  });
});
