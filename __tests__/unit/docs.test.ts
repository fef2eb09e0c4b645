// The README's tables and examples are checked against action.yml so that they cannot drift.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { normalizeTables, renderReadme, renderUsage } from '../../scripts/docs.ts';
import { defaultOf, INPUT_NAMES, type InputName, withEnvFallbacks } from '../../src/inputs/spec.js';
import { anchorFor, TROUBLESHOOTING_SECTIONS } from '../../src/report/messages.js';
import { ROOT } from '../../test-support/runner.ts';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}

/** input -> [test file, title of the test (or describe) that asserts what the input does]. */
const EFFECT_TESTS: Record<string, readonly [string, string]> = {
  'aws-region': [
    'e2e/endpoints.test.ts',
    'each partition and endpoint variant dials the host the SDK resolves, through the proxy',
  ],
  'role-to-assume': ['e2e/action.test.ts', 'one token, one STS call, credentials exported after their masks'],
  audience: [
    'e2e/action.test.ts',
    'role-session-name, role-duration-seconds and audience reach the token endpoint and STS',
  ],
  'aws-access-key-id': [
    'e2e/parity/signed.test.ts',
    'alone: checked with a signed GetCallerIdentity, then exported as given',
  ],
  'aws-secret-access-key': [
    'e2e/parity/signed.test.ts',
    'a wrong secret: SignatureDoesNotMatch, one call, the fix named',
  ],
  'aws-session-token': [
    'e2e/parity/signed.test.ts',
    'aws-session-token: it signs every call with the temporary keys, is masked, and is exported as given',
  ],
  'web-identity-token-file': [
    'e2e/parity/web-identity.test.ts',
    'relative to GITHUB_WORKSPACE, read again on every attempt, no GitHub token requested',
  ],
  'role-chaining': ['e2e/parity/signed.test.ts', 'the credentials in the environment assume the next role'],
  'role-duration-seconds': [
    'e2e/action.test.ts',
    'role-session-name, role-duration-seconds and audience reach the token endpoint and STS',
  ],
  'role-session-name': [
    'e2e/action.test.ts',
    'role-session-name, role-duration-seconds and audience reach the token endpoint and STS',
  ],
  'role-external-id': [
    'e2e/parity/signed.test.ts',
    'with role-to-assume: AssumeRole signed with them, session tags, external ID, session policies',
  ],
  'role-skip-session-tagging': [
    'e2e/parity/signed.test.ts',
    'tag values are sanitised and truncated; role-skip-session-tagging sends none',
  ],
  'transitive-tag-keys': [
    'e2e/parity/signed.test.ts',
    'PackedPolicyTooLarge with transitive-tag-keys: the retry keeps those keys, and says they are transitive',
  ],
  'custom-tags': [
    'e2e/parity/signed.test.ts',
    'with role-to-assume: AssumeRole signed with them, session tags, external ID, session policies',
  ],
  'inline-session-policy': [
    'e2e/parity/web-identity.test.ts',
    'inline-session-policy (minified) and managed-session-policies reach AssumeRoleWithWebIdentity',
  ],
  'managed-session-policies': [
    'e2e/parity/web-identity.test.ts',
    'inline-session-policy (minified) and managed-session-policies reach AssumeRoleWithWebIdentity',
  ],
  'aws-profile': [
    'e2e/parity/profiles-proxies.test.ts',
    "written to the job's own config file, 0600 in a 0700 directory, read back by the SDK (fromIni), deleted by the post step; ~/.aws only read",
  ],
  'overwrite-aws-profile': [
    'e2e/parity/profiles-proxies.test.ts',
    'an existing profile fails before any request, unless overwrite-aws-profile',
  ],
  'http-proxy': [
    'e2e/parity/profiles-proxies.test.ts',
    'http-proxy carries both the token request and STS (CONNECT)',
  ],
  'no-proxy': ['e2e/parity/profiles-proxies.test.ts', 'no-proxy hosts bypass it'],
  'sts-endpoint': ['e2e/action.test.ts', 'the sts-endpoint input wins over AWS_ENDPOINT_URL_STS'],
  'mask-aws-account-id': ['e2e/action.test.ts', 'mask-aws-account-id masks the account ID and the ARN'],
  'output-credentials': [
    'e2e/action.test.ts',
    'output-credentials sets the credential outputs, masked first',
  ],
  'output-env-credentials': [
    'e2e/action.test.ts',
    'output-env-credentials: false exports nothing (as the incumbent), outputs still set',
  ],
  'unset-current-credentials': [
    'e2e/parity/ambient-guards.test.ts',
    'unset-current-credentials: the stale keys do not sign either; the chain finds the next source',
  ],
  'use-existing-credentials': [
    'e2e/parity/ambient-guards.test.ts',
    'use-existing-credentials: valid ones are kept, nothing else happens',
  ],
  'disable-retry': ['e2e/action.test.ts', 'disable-retry: exactly one attempt'],
  'retry-max-attempts': [
    'e2e/action.test.ts',
    'retry-max-attempts given: throttled attempts count toward it, as asked',
  ],
  'special-characters-workaround': [
    'e2e/parity/ambient-guards.test.ts',
    'special-characters-workaround: re-assumes until the secret is plain',
  ],
  'allowed-account-ids': [
    'e2e/parity/ambient-guards.test.ts',
    'allowed-account-ids: a role in another account fails before any request',
  ],
  'force-skip-oidc': [
    'e2e/parity/ambient-guards.test.ts',
    'force-skip-oidc: AssumeRole with them even though the job may request a token',
  ],
  'action-timeout-s': ['e2e/action.test.ts', 'action-timeout-s ends a retrying step cleanly'],
  'http-timeout-s': [
    'e2e/action.test.ts',
    'an STS that never answers: the request times out, then the action retries',
  ],
  'refresh-credentials': [
    'e2e/refresh.test.ts',
    "in the job's own config, beside the user's profiles; keys blanked; the cache seeded; the user's config only read",
  ],
  'print-trust-policy': [
    'e2e/first-run.test.ts',
    'without role-to-assume: placeholders for the account and the role, said so',
  ],
  'trust-policy-sub': [
    'e2e/first-run.test.ts',
    'trust-policy-sub: both: the printed commands, run by the AWS CLI against IAM, make a role that admits either form',
  ],
  'github-token': ['e2e/first-run.test.ts', 'the sub customization: %s'],
  'translate-env-variables': [
    'e2e/first-run.test.ts',
    'false: with: alone; the variables are not read, and a missing aws-region is said as missing',
  ],
};

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

  // Each input names the end-to-end test (of the bundled action) that asserts its effect, not only
  // its presence: a reviewer reads the pair; this test keeps the list complete and the titles real.
  test('every input names an end-to-end test that asserts its effect, and that test exists', () => {
    const missing = Object.keys(action.inputs).filter((name) => !(name in EFFECT_TESTS));
    expect(missing).toEqual([]);
    for (const [input, [file, title]] of Object.entries(EFFECT_TESTS)) {
      expect([
        input,
        [`'${title}'`, `"${title}"`].some((quoted) =>
          readFileSync(join(ROOT, '__tests__', file), 'utf8').includes(quoted),
        ),
      ]).toEqual([input, true]);
    }
  });

  test('declares the outputs of configure-aws-credentials, and trust-policy, each with a description', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'aws-access-key-id',
        'aws-account-id',
        'aws-expiration',
        'aws-secret-access-key',
        'aws-session-token',
        'authenticated-arn',
        'trust-policy',
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
  test('its usage block is the one generated from action.yml (npm run docs): every input, its default', () => {
    const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(renderUsage(readme, actionYml)).toBe(readme);
    const block = /<!-- usage -->\n([\s\S]*?)<!-- \/usage -->/.exec(readme)?.[1] ?? '';
    const listed = [...block.matchAll(/^ {4}([a-z-]+): ""$/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(action.inputs));
    expect(block).toContain('# Default: sts.amazonaws.com\n    audience:');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expression, as action.yml declares it.
    expect(block).toContain('# Default: ${{ github.token }}\n    github-token:');
  });

  test('says there is no release yet, and pins a commit until there is', () => {
    expect(readme).toContain('**There is no release yet**');
    expect(readme).not.toMatch(/uses: OWNER\/aws-oidc-credentials@v\d/);
  });

  test('is the entry page: at most 25 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(25 * 1024);
  });

  test('documents one npm ci, then the demos and the tests, and the Node it expects', () => {
    const block = /## Development[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = block.split('\n').map((l) => l.replace(/\s*#.*$/, '').trim());
    expect(commands.filter((c) => c === 'npm ci')).toHaveLength(1);
    expect(commands).toEqual(
      expect.arrayContaining([
        'npm run demo',
        'npm run demo -- --expired',
        'npm run demo -- --denied',
        'npm test',
      ]),
    );
    expect(readme).toMatch(/Node\.js 22 or newer/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=22');
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

  test('every code this action raises, and every STS code it classifies, has its own section', () => {
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
