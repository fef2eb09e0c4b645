// Options by matrix, not by example: each option that applies to more than one auth mode runs in
// every mode it applies to; each partition that print-trust-policy names; each boolean-like
// environment variable unset, empty, false, 0 and true. The rows come from the tables (the modes,
// the partitions the SDK knows), so a new mode or partition joins the matrix without a new test.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { PARTITIONS } from '../../src/aws/partitions.js';
import type { AuthMode } from '../../src/inputs/config.js';
import { modeOf } from '../../src/inputs/source.js';
import { codeBlocksOf } from '../../test-support/markdown.ts';
import { type OidcServer, requestToken, startOidcServer } from '../../test-support/oidc-server.ts';
import { type RunResult, runAction } from '../../test-support/runner.ts';
import type { StsCall } from '../../test-support/sts-protocol.ts';
import {
  type Principal,
  type StsServer,
  type StsServerOptions,
  startStsServer,
} from '../../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const USER: Principal = {
  accessKeyId: 'AKIAMATRIXUSER000001',
  secretAccessKey: 'matrix/user/secret/000000000000000000000',
  arn: 'arn:aws:iam::111111111111:user/ci',
};
const USER_ENV = { AWS_ACCESS_KEY_ID: USER.accessKeyId, AWS_SECRET_ACCESS_KEY: USER.secretAccessKey };

let oidc: OidcServer;
let sts: StsServer;
let temp: string;
beforeEach(async () => {
  oidc = await startOidcServer();
  temp = mkdtempSync(join(tmpdir(), 'matrix-'));
});
afterEach(async () => {
  await Promise.all([oidc.close(), sts?.close()]);
  rmSync(temp, { recursive: true, force: true });
});

/** A token from the local endpoint, as a file a token-file step reads. */
async function tokenFile(): Promise<string> {
  const path = join(temp, 'token');
  writeFileSync(path, await requestToken(oidc));
  return path;
}

/** How each mode is chosen so that it assumes ROLE. Keyed by AuthMode: a new mode must add its row. */
const CHOOSE: Record<
  AuthMode,
  () => Promise<{ inputs: Record<string, string>; env?: Record<string, string> }>
> = {
  oidc: async () => ({ inputs: {} }),
  'token-file': async () => ({ inputs: { 'web-identity-token-file': await tokenFile() } }),
  'access-keys': async () => ({
    inputs: { 'aws-access-key-id': USER.accessKeyId, 'aws-secret-access-key': USER.secretAccessKey },
  }),
  'role-chaining': async () => ({ inputs: { 'role-chaining': 'true' }, env: USER_ENV }),
  ambient: async () => ({ inputs: { 'force-skip-oidc': 'true' }, env: USER_ENV }),
};
const MODES = Object.keys(CHOOSE) as AuthMode[];
const callOf = (mode: AuthMode) => (modeOf(mode).webIdentity ? 'AssumeRoleWithWebIdentity' : 'AssumeRole');

async function runIn(mode: AuthMode, inputs: Record<string, string>, options: StsServerOptions = {}) {
  sts = await startStsServer({ jwks: oidc.jwks, principals: [USER], ...options });
  const chosen = await CHOOSE[mode]();
  const r = await runAction({
    inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, ...chosen.inputs, ...inputs },
    env: { ...oidc.env(), RUNNER_TEMP: temp, AWS_ENDPOINT_URL_STS: sts.url, ...chosen.env },
  });
  const calls = sts.calls.filter((c) => c.action === callOf(mode));
  return { r, calls, last: calls.at(-1) };
}

interface Option {
  readonly name: string;
  /** Which modes it applies to; all that assume a role unless said. */
  readonly appliesTo?: (mode: AuthMode) => boolean;
  readonly inputs: Record<string, string>;
  readonly sts?: StsServerOptions;
  check(r: RunResult, calls: readonly StsCall[], last: StsCall | undefined, mode: AuthMode): void;
}

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
const signedOnly = (mode: AuthMode) => !modeOf(mode).webIdentity;

const OPTIONS: readonly Option[] = [
  {
    name: 'special-characters-workaround',
    inputs: { 'special-characters-workaround': 'true' },
    sts: { secrets: ['has+plus/and/slash', 'PlainSecret0123456789'] },
    check: (r, calls) => {
      expect(calls).toHaveLength(2);
      expect(r.env.AWS_SECRET_ACCESS_KEY).toBe('PlainSecret0123456789');
    },
  },
  {
    name: 'role-duration-seconds',
    inputs: { 'role-duration-seconds': '1800' },
    check: (_r, _c, last) => expect(last?.params.DurationSeconds).toBe('1800'),
  },
  {
    name: 'role-session-name',
    inputs: { 'role-session-name': 'matrix-run' },
    check: (r, _c, last) => {
      expect(last?.params.RoleSessionName).toBe('matrix-run');
      expect(r.outputs['authenticated-arn']).toMatch(/assumed-role\/deploy\/matrix-run$/);
    },
  },
  {
    name: 'inline-session-policy',
    inputs: { 'inline-session-policy': JSON.stringify(JSON.parse(POLICY), null, 2) },
    check: (_r, _c, last) => expect(last?.params.Policy).toBe(POLICY),
  },
  {
    name: 'managed-session-policies',
    inputs: { 'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    check: (_r, _c, last) =>
      expect(last?.params['PolicyArns.member.1.arn']).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess'),
  },
  {
    name: 'session tags',
    appliesTo: signedOnly,
    inputs: { 'custom-tags': '{"Team":"platform"}' },
    check: (_r, _c, last) =>
      expect(last?.tags).toMatchObject({ Repository: 'octo-org/octo-repo', Team: 'platform' }),
  },
  {
    name: 'role-skip-session-tagging',
    appliesTo: signedOnly,
    inputs: { 'role-skip-session-tagging': 'true' },
    check: (_r, _c, last) => expect(last?.tags).toEqual({}),
  },
  {
    name: 'role-external-id',
    appliesTo: signedOnly,
    inputs: { 'role-external-id': 'matrix-external' },
    check: (_r, _c, last) => expect(last?.params.ExternalId).toBe('matrix-external'),
  },
  {
    name: 'output-credentials',
    inputs: { 'output-credentials': 'true' },
    check: (r) =>
      expect(r.outputs).toMatchObject({
        'aws-access-key-id': sts.issued.at(-1)?.accessKeyId,
        'aws-secret-access-key': sts.issued.at(-1)?.secretAccessKey,
        'aws-session-token': sts.issued.at(-1)?.sessionToken,
      }),
  },
  {
    name: 'aws-profile',
    inputs: { 'aws-profile': 'matrix' },
    check: (r) => {
      expect(r.env.AWS_PROFILE).toBe('matrix');
      expect(r.env.AWS_ACCESS_KEY_ID ?? '').toBe('');
      const config = readFileSync(r.env.AWS_CONFIG_FILE ?? '', 'utf8');
      expect(config).toContain(
        `[profile matrix]\nregion = us-east-1\naws_access_key_id = ${sts.issued.at(-1)?.accessKeyId}\n`,
      );
    },
  },
  {
    name: 'mask-aws-account-id',
    inputs: { 'mask-aws-account-id': 'true' },
    check: (r) => {
      expect(r.masks).toContain('123456789012');
      expect(r.stdout.replace(/::add-mask::.*/g, '')).not.toMatch(/Assumed .*123456789012/);
    },
  },
];

const ROWS = OPTIONS.flatMap((option) =>
  MODES.filter((mode) => option.appliesTo?.(mode) ?? true).map(
    (mode) => [option.name, mode, option] as const,
  ),
);

describe('every option in every mode it applies to', () => {
  test('the rows cover every mode, and the signed-only options only the signed ones', () => {
    expect(new Set(ROWS.map(([, mode]) => mode))).toEqual(new Set(MODES));
    expect(ROWS.filter(([name]) => name === 'session tags').map(([, m]) => m)).toEqual(
      MODES.filter(signedOnly),
    );
  });

  test.each(ROWS)('%s in %s', async (_name, mode, option) => {
    const { r, calls, last } = await runIn(mode, option.inputs, option.sts);
    expect([r.code, r.errors]).toEqual([0, []]);
    option.check(r, calls, last, mode);
  });
});

describe('print-trust-policy in every partition the SDK knows', () => {
  test.each(PARTITIONS.map((p) => [p.id, p.regions[0] ?? ''] as const))(
    '%s (%s): the provider, the role and the commands are in that partition',
    async (partition, region) => {
      sts = await startStsServer({ jwks: oidc.jwks });
      const role = `arn:${partition}:iam::123456789012:role/deploy`;
      for (const inputs of [{ 'role-to-assume': role }, {}] as Record<string, string>[]) {
        const r = await runAction({
          inputs: { 'aws-region': region, 'print-trust-policy': 'true', ...inputs },
          env: oidc.env(),
        });
        expect(r.errors).toEqual([]);
        const policy = JSON.parse(r.outputs['trust-policy'] ?? '{}') as {
          Statement: { Principal: { Federated: string } }[];
        };
        expect(policy.Statement[0]?.Principal.Federated).toMatch(
          new RegExp(
            `^arn:${partition}:iam::(123456789012|ACCOUNT_ID|<[^>]+>):oidc-provider/token\\.actions\\.githubusercontent\\.com$`,
          ),
        );
        expect(sts.calls).toEqual([]);
      }
    },
  );

  test('a custom audience is the aud the policy admits', async () => {
    sts = await startStsServer({ jwks: oidc.jwks, audiences: ['my-audience'] });
    const r = await runAction({
      inputs: {
        'aws-region': 'us-east-1',
        'print-trust-policy': 'true',
        audience: 'my-audience',
        'role-to-assume': ROLE,
      },
      env: oidc.env(),
    });
    expect(r.errors).toEqual([]);
    expect(r.outputs['trust-policy']).toContain('"token.actions.githubusercontent.com:aud": "my-audience"');
  });
});

describe('print-trust-policy with mask-aws-account-id off and on', () => {
  test.each(['false', 'true'])(
    'mask-aws-account-id: %s: a claim with markup reaches the summary escaped',
    async (mask) => {
      await oidc.close();
      oidc = await startOidcServer({ claims: { environment: '<img src=x onerror=alert(1)>&' } });
      sts = await startStsServer({ jwks: oidc.jwks });
      const r = await runAction({
        inputs: {
          'aws-region': 'us-east-1',
          'print-trust-policy': 'true',
          'role-to-assume': ROLE,
          'mask-aws-account-id': mask,
        },
        env: oidc.env(),
      });
      expect(r.errors).toEqual([]);
      expect(r.summary).not.toContain('<img');
      expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;');
      expect(r.summary.includes('123456789012')).toBe(mask === 'false');
      // The policy and every command stay inside the one code block.
      const [code = ''] = codeBlocksOf(r.summary);
      expect(code).toContain(':environment": "<img src=x onerror=alert(1)>&"');
      expect(code).toContain('aws iam create-role');
    },
  );
});

describe('the trust policy in the log is the trust-policy output', () => {
  test('a sub with ##[, a C1 character, U+2028, a bidi override and a zero-width space: the same JSON, valid', async () => {
    await oidc.close();
    const sub = 'repo:octo-org/octo-repo:environment:##[prod]\u0085\u2028\u202e\u200b';
    oidc = await startOidcServer({ claims: { sub } });
    sts = await startStsServer({ jwks: oidc.jwks });
    const r = await runAction({
      inputs: { 'aws-region': 'us-east-1', 'print-trust-policy': 'true', 'role-to-assume': ROLE },
      env: oidc.env(),
    });
    expect(r.errors).toEqual([]);
    const lines = r.stdout.split('\n');
    const start = lines.indexOf("cat > trust-policy.json <<'EOF'");
    const json = lines.slice(start + 1, lines.indexOf('EOF', start));
    expect(JSON.parse(json.join('\n'))).toEqual(JSON.parse(r.outputs['trust-policy'] ?? ''));
    expect(JSON.stringify(JSON.parse(json.join('\n')))).toContain(JSON.stringify(sub).slice(1, -1));
    // Nothing a reader could misread reaches the log raw.
    expect(r.stdout).not.toMatch(/[\u0085\u2028\u202e\u200b]/);
  });
});

describe('boolean-like environment variables: unset, empty, false, 0, true', () => {
  // ACT: a local runner (act) sets ACT=true and gives no token endpoint. Only "true" means act.
  test.each([
    ['unset', undefined, false],
    ['empty', '', false],
    ['false', 'false', false],
    ['0', '0', false],
    ['true', 'true', true],
  ])('ACT %s', async (_name, value, underAct) => {
    sts = await startStsServer({ jwks: oidc.jwks });
    const r = await runAction({
      inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE },
      env: {
        ACT: value,
        ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
      },
    });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(underAct ? /runs under act/ : /permissions: id-token: write/),
    ]);
  });
});
