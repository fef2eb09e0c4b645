// The README's tables and examples are checked against action.yml so that they cannot drift.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { normalizeTables, renderReadme } from '../scripts/docs.ts';
import { defaultOf, INPUT_NAMES, type InputName, withEnvFallbacks } from '../src/inputs/spec.js';
import { anchorFor, TROUBLESHOOTING_SECTIONS } from '../src/messages.js';
import { ROOT } from '../test-support/runner.ts';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('action.yml', () => {
  test('runs on node24 with a post step that can be skipped', () => {
    expect(action.runs).toMatchObject({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/cleanup/index.js',
    });
    expect(action.runs['post-if']).toContain("env.AWS_SKIP_CLEANUP_STEP != 'true'");
  });

  test('declares exactly the inputs the code reads, each with a description', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, input.description.length > 20]).toEqual([name, true]);
    }
  });

  test('the defaults action.yml declares are the ones the code applies', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined)
        expect([name, defaultOf(name as InputName)]).toEqual([name, input.default]);
    }
  });

  test('every environment fallback a description names is one the code reads', () => {
    let checked = 0;
    for (const [name, input] of Object.entries(action.inputs)) {
      const named = [...input.description.matchAll(/(?:[Ff]alls back to|then) (?:the )?([A-Z][A-Z_]+)/g)];
      for (const [, variable] of named) {
        const read = withEnvFallbacks(() => '', { [variable as string]: 'from-env' });
        expect([name, variable, read(name as InputName)]).toEqual([name, variable, 'from-env']);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  test('every input is exercised by an integration test of the bundled action', () => {
    const tests = [
      'action.test.ts',
      'parity.test.ts',
      'features.test.ts',
      'refresh.test.ts',
      'shared-files.test.ts',
      'hostile.test.ts',
    ]
      .map((f) => readFileSync(join(ROOT, '__tests__', f), 'utf8'))
      .join('\n');
    const untested = Object.keys(action.inputs).filter(
      (name) => !tests.includes(`'${name}'`) && !tests.includes(` ${name}: `),
    );
    expect(untested).toEqual([]);
  });

  test('declares the outputs of configure-aws-credentials, each with a description', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'aws-access-key-id',
        'aws-account-id',
        'aws-expiration',
        'aws-secret-access-key',
        'aws-session-token',
        'authenticated-arn',
      ].sort(),
    );
  });
});

describe('docs/inputs.md', () => {
  const inputsDoc = readFileSync(join(ROOT, 'docs', 'inputs.md'), 'utf8');

  test('the input and output tables are the ones generated from action.yml (npm run docs)', () => {
    const rendered = renderReadme(inputsDoc, readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(normalizeTables(inputsDoc)).toBe(normalizeTables(rendered));
    // Every declared input has its row: the markers are not empty.
    for (const name of Object.keys(action.inputs)) expect(inputsDoc).toContain(`| \`${name}\``);
  });

  test("this repository's CI passes only declared inputs to uses: ./ (the language service skips local actions)", () => {
    const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const ours = Object.values(workflow.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.uses === './'));
    expect(ours.length).toBeGreaterThanOrEqual(1);
    for (const step of ours) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    }
  });
});

describe('README', () => {
  test('is the entry page: at most 25 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(25 * 1024);
  });

  test('documents the two commands a newcomer runs', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});

/** GitHub's anchor for a heading: lower case, spaces to -, punctuation but - and _ dropped. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
const headings = (markdown: string) =>
  [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1] ?? ''));

describe('docs/troubleshooting.md', () => {
  const guide = readFileSync(join(ROOT, 'docs', 'troubleshooting.md'), 'utf8');
  const sections = [...guide.matchAll(/^### (.+)$/gm)].map((m) => anchor(m[1] ?? ''));

  test('its sections are exactly the ones the error links point at', () => {
    expect([...sections].sort()).toEqual([...TROUBLESHOOTING_SECTIONS].sort());
  });

  test("every code this action raises, and every code of REFERENCE.md's STS table, has its own section", () => {
    const own = [
      ...readFileSync(join(ROOT, 'src', 'errors.ts'), 'utf8').matchAll(/readonly code = '(\w+)'/g),
    ].map((m) => m[1] ?? '');
    const sts = [
      'ExpiredTokenException',
      'InvalidIdentityToken',
      'InvalidIdentityTokenException',
      'IDPCommunicationError',
      'IDPRejectedClaim',
      'AccessDenied',
      'Throttling',
      'ThrottlingException',
      'ValidationError',
      'MalformedPolicyDocument',
      'PackedPolicyTooLarge',
      'RegionDisabledException',
      'InvalidClientTokenId',
      'SignatureDoesNotMatch',
      'CredentialsProviderError',
      'HTTP 503',
      'HTTP 401',
      'ECONNRESET',
      'ENOTFOUND',
    ];
    expect(own.length).toBeGreaterThanOrEqual(15);
    for (const code of [...own, ...sts]) {
      expect([code, anchorFor(code)]).not.toEqual([code, 'other-sts-errors']);
      expect(sections).toContain(anchorFor(code));
    }
    expect(anchorFor('SomethingNew')).toBe('other-sts-errors');
  });
});

describe('links', () => {
  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => join('docs', f))];
  const links = pages.flatMap((page) =>
    [
      ...readFileSync(join(ROOT, page), 'utf8').matchAll(
        /\]\((?!https?:|mailto:)([^)#\s]*)(?:#([^)\s]+))?\)/g,
      ),
    ].map((m) => [page, m[1] ?? '', m[2]] as const),
  );

  test.each(links)('%s -> %s#%s resolves', (page, target, hash) => {
    const path = target === '' ? join(ROOT, page) : join(ROOT, dirname(page), target);
    expect(existsSync(path)).toBe(true);
    if (hash) expect(headings(readFileSync(path, 'utf8'))).toContain(hash);
  });
});
