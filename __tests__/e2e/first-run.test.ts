// The first run, for every repository and runner: print-trust-policy in both sub forms, in a
// reusable workflow with an environment and on a GitHub Enterprise Server issuer (the printed
// policy is then the one the local STS's trust check applies); translate-env-variables; act.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { startGitHubApi } from '../../test-support/github-api.ts';
import { admits, type TrustPolicy } from '../../test-support/iam-trust.ts';
import { codeBlocksOf } from '../../test-support/markdown.ts';
import { MOTO_SERVER, type MotoServer, startMotoServer } from '../../test-support/moto-server.ts';
import { DEFAULT_CLAIMS, type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { when } from '../../test-support/platform.ts';
import { leaks, type RunOptions, type RunResult, runAction } from '../../test-support/runner.ts';
import { type StsServer, type StsServerOptions, startStsServer } from '../../test-support/sts-server.ts';

const ROLE = 'arn:aws:iam::123456789012:role/github-deploy';
const GHES_ISSUER = 'https://ghes.example.com/_services/token';

interface Servers {
  readonly oidc: OidcServer;
  readonly sts: StsServer;
}

async function servers(
  claims: Record<string, string> = {},
  issuer?: string,
  policy?: TrustPolicy,
  sts: StsServerOptions = {},
): Promise<Servers> {
  const oidc = await startOidcServer({ claims, ...(issuer ? { issuer } : {}) });
  const stsServer = await startStsServer({
    jwks: oidc.jwks,
    ...(policy ? { trust: (c, roleArn) => admits(policy, c, roleArn) } : {}),
    ...sts,
  });
  return { oidc, sts: stsServer };
}
const close = (s: Servers) => Promise.all([s.oidc.close(), s.sts.close()]);

function run(s: Servers, inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...options,
    inputs: { 'aws-region': 'us-east-1', ...inputs },
    env: { ...s.oidc.env(), AWS_ENDPOINT_URL_STS: s.sts.url, ...options.env },
  });
}

const SCENARIOS: [string, Record<string, string>, string | undefined][] = [
  ['the name form of sub', {}, undefined],
  [
    'the immutable form of sub',
    { sub: 'repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main' },
    undefined,
  ],
  [
    'a reusable workflow with an environment',
    {
      sub: 'repo:octo-org/octo-repo:environment:prod',
      environment: 'prod',
      workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
      job_workflow_ref: 'octo-org/shared/.github/workflows/deploy.yml@refs/heads/main',
    },
    undefined,
  ],
  ['a GitHub Enterprise Server issuer', {}, GHES_ISSUER],
];

describe('print-trust-policy', () => {
  test.each(SCENARIOS)(
    '%s: no STS call, nothing exported, and the policy admits this token',
    async (_n, claims, issuer) => {
      const first = await servers(claims, issuer);
      let policy: TrustPolicy;
      try {
        const r = await run(first, { 'role-to-assume': ROLE, 'print-trust-policy': 'true' });
        expect(r.errors).toEqual([]);
        expect(r.code).toBe(0);
        expect(first.sts.calls).toEqual([]);
        expect(r.env).toEqual({});
        expect(r.state).toEqual({});
        expect(Object.keys(r.outputs)).toEqual(['trust-policy']);
        policy = JSON.parse(r.outputs['trust-policy'] ?? '') as TrustPolicy;
        const prefix = (issuer ?? 'https://token.actions.githubusercontent.com').replace('https://', '');
        const [statement] = policy.Statement as unknown as {
          Principal: { Federated: string };
          Condition: { StringEquals: Record<string, string> };
        }[];
        expect(statement?.Principal.Federated).toBe(`arn:aws:iam::123456789012:oidc-provider/${prefix}`);
        expect(statement?.Condition.StringEquals[`${prefix}:sub`]).toBe(claims.sub ?? DEFAULT_CLAIMS.sub);
        expect(statement?.Condition.StringEquals[`${prefix}:repository_id`]).toBe('456789');
        expect(statement?.Condition.StringEquals[`${prefix}:environment`]).toBe(claims.environment);
        expect(statement?.Condition.StringEquals[`${prefix}:job_workflow_ref`]).toBe(claims.job_workflow_ref);
        // The log group and the summary say it too, with the commands.
        expect(r.stdout).toContain('::group::Trust policy for this workflow');
        expect(r.stdout).toContain(
          `aws iam create-open-id-connect-provider --url '${issuer ?? 'https://token.actions.githubusercontent.com'}'`,
        );
        expect(r.stdout).toContain("aws iam create-role --role-name 'github-deploy'");
        expect(r.summary).toContain('AWS trust policy for this workflow');
        expect(r.summary).toContain(`oidc-provider/${prefix}`);
        expect(leaks(r, [...first.oidc.issued, first.oidc.requestToken])).toEqual([]);
      } finally {
        await close(first);
      }
      // The same job, now assuming the role, against an STS that enforces the printed policy.
      const second = await servers(claims, issuer, policy);
      try {
        const ok = await run(second, { 'role-to-assume': ROLE });
        expect(ok.errors).toEqual([]);
        expect(second.sts.calls.map((c) => c.outcome)).toEqual(['ok']);
      } finally {
        await close(second);
      }
      // And it admits nothing else: another branch of the same repository is refused.
      const other = await servers(
        { ...claims, sub: 'repo:octo-org/octo-repo:ref:refs/heads/other' },
        issuer,
        policy,
      );
      try {
        const denied = await run(other, { 'role-to-assume': ROLE });
        expect(denied.errors[0]).toMatch(/AccessDenied/);
      } finally {
        await close(other);
      }
    },
  );

  test('what it says it admits is what it admits: another workflow on the branch, not another branch', async () => {
    const first = await servers();
    let policy: TrustPolicy;
    try {
      const r = await run(first, { 'role-to-assume': ROLE, 'print-trust-policy': 'true' });
      expect(r.warnings).toEqual([]);
      expect(r.stdout).toContain(
        '# Whom it admits: not this job alone, but every job of every workflow of octo-org/octo-repo that runs on the branch main and names no environment.',
      );
      policy = JSON.parse(r.outputs['trust-policy'] ?? '') as TrustPolicy;
    } finally {
      await close(first);
    }
    const other = 'octo-org/octo-repo/.github/workflows/other.yml@refs/heads/main';
    const tokens: [Record<string, string>, boolean][] = [
      [{ workflow_ref: other, job_workflow_ref: other, event_name: 'schedule' }, true],
      [{ sub: 'repo:octo-org/octo-repo:ref:refs/heads/other', ref: 'refs/heads/other' }, false],
    ];
    for (const [claims, admitted] of tokens) {
      const next = await servers(claims, undefined, policy);
      try {
        const r = await run(next, { 'role-to-assume': ROLE });
        expect(r.errors).toEqual(admitted ? [] : [expect.stringMatching(/AccessDenied/)]);
      } finally {
        await close(next);
      }
    }
  });

  test('from a pull request: the policy admits pull requests, and a warning says so', async () => {
    const s = await servers({ sub: 'repo:octo-org/octo-repo:pull_request', event_name: 'pull_request' });
    try {
      const r = await run(s, { 'role-to-assume': ROLE, 'print-trust-policy': 'true' });
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([
        expect.stringContaining(
          'print-trust-policy ran for a pull_request event: its policy admits the sub of this run (repo:octo-org/octo-repo:pull_request)',
        ),
      ]);
      expect(r.summary).toContain('# Warning: print-trust-policy ran for a pull_request event');
    } finally {
      await close(s);
    }
  });

  test('without role-to-assume: placeholders for the account and the role, said so', async () => {
    const s = await servers();
    try {
      const r = await run(s, { 'print-trust-policy': 'true' });
      expect(r.errors).toEqual([]);
      expect(r.outputs['trust-policy']).toContain(
        '"Federated": "arn:aws:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com"',
      );
      expect(r.stdout).toContain("--role-name 'ROLE_NAME'");
      expect(r.stdout).toContain('Replace ACCOUNT_ID (your 12-digit account ID) and ROLE_NAME');
      expect(s.sts.calls).toEqual([]);
    } finally {
      await close(s);
    }
  });

  test('with another source of credentials: one clear error, no request', async () => {
    const s = await servers();
    try {
      const r = await run(s, {
        'print-trust-policy': 'true',
        'role-to-assume': ROLE,
        'role-chaining': 'true',
      });
      expectFailedCleanly(
        r,
        /Input 'print-trust-policy' is true, .* but role-chaining chooses another source/,
        [],
      );
      expect(s.oidc.requests).toEqual([]);
    } finally {
      await close(s);
    }
  });

  test('a GHES issuer in a failure: the suggested condition uses the token\u2019s own issuer', async () => {
    const s = await servers({}, GHES_ISSUER, { Statement: [] });
    try {
      const r = await run(s, { 'role-to-assume': ROLE });
      expect(r.errors[0]).toMatch(/AccessDenied/);
      expect(r.stdout).toContain(
        '"ghes.example.com/_services/token:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"',
      );
      expect(r.stdout).not.toContain('token.actions.githubusercontent.com:sub');
    } finally {
      await close(s);
    }
  });
});

/** The AWS CLI, run as a person runs the printed lines: bash, in a directory of its own, against moto's IAM. */
function awsCli(script: string, moto: MotoServer, cwd: string): string {
  return execFileSync('bash', ['-e', '-c', script], { cwd, encoding: 'utf8', env: cliEnv(moto, cwd) });
}

/** The AWS CLI's environment: keys for moto, moto's address, a home of its own. */
function cliEnv(moto: MotoServer, cwd: string) {
  return {
    PATH: process.env.PATH,
    HOME: cwd,
    AWS_ENDPOINT_URL: moto.url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
  };
}

const describeMoto = when(
  MOTO_SERVER,
  describe,
  'first-run: the printed script against IAM',
  'no moto_server on PATH',
);

describeMoto('from the printed commands to a role (AWS CLI, moto IAM)', () => {
  const ROLE_WITH_PATH = 'arn:aws:iam::123456789012:role/team/deploy';
  const IMMUTABLE_SUB = 'repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main';

  test('trust-policy-sub: both: the printed commands, run by the AWS CLI against IAM, make a role that admits either form', async () => {
    const moto = await startMotoServer();
    const dir = mkdtempSync(join(tmpdir(), 'setup-'));
    try {
      const first = await servers();
      let script: string;
      try {
        const inputs = { 'role-to-assume': ROLE_WITH_PATH, 'role-duration-seconds': '7200' };
        const r = await run(first, { ...inputs, 'print-trust-policy': 'true', 'trust-policy-sub': 'both' });
        expect(r.errors).toEqual([]);
        // What a person copies: the one code block of the summary, every command inside it.
        [script = ''] = codeBlocksOf(r.summary);
      } finally {
        await close(first);
      }
      // Run twice, as a person does who is not sure the first run took: the second updates.
      expect(awsCli(script, moto, dir)).toContain('The role deploy trusts this policy.');
      expect(awsCli(script, moto, dir)).toBe('The role deploy trusts this policy.\n');
      const { Role: role } = JSON.parse(awsCli('aws iam get-role --role-name deploy', moto, dir));
      expect(role).toMatchObject({ Arn: ROLE_WITH_PATH, Path: '/team/', MaxSessionDuration: 7200 });
      const providers = JSON.parse(awsCli('aws iam list-open-id-connect-providers', moto, dir));
      expect(providers.OpenIDConnectProviderList).toEqual([
        { Arn: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      ]);
      // The next run of the same job, against an STS that enforces the role IAM now has.
      const enforced = (claims: Record<string, string>) =>
        servers(claims, undefined, undefined, {
          trust: (c, arn) => arn === role.Arn && admits(role.AssumeRolePolicyDocument as TrustPolicy, c, arn),
          maxSessionSeconds: (arn) => (arn === role.Arn ? role.MaxSessionDuration : undefined),
        });
      const tokens: [string, Record<string, string>, boolean][] = [
        ['the name form', {}, true],
        ['the immutable form', { sub: IMMUTABLE_SUB }, true],
        [
          'another repository',
          {
            sub: 'repo:octo-org/other:ref:refs/heads/main',
            repository: 'octo-org/other',
            repository_id: '999',
          },
          false,
        ],
        [
          'another repository, in the immutable form',
          {
            sub: 'repo:octo-org@123456/other@999:ref:refs/heads/main',
            repository: 'octo-org/other',
            repository_id: '999',
          },
          false,
        ],
      ];
      for (const [name, claims, admitted] of tokens) {
        const next = await enforced(claims);
        try {
          const r = await run(next, { 'role-to-assume': ROLE_WITH_PATH, 'role-duration-seconds': '7200' });
          expect([name, r.errors]).toEqual([name, admitted ? [] : [expect.stringMatching(/AccessDenied/)]]);
        } finally {
          await close(next);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await moto.close();
    }
    // Seven AWS CLI and six action processes, and moto's start: minutes on a busy machine. What it
    // checks is the role IAM made and who it admits, not the time.
  }, 300_000);

  test('a role in another account than the CLI is signed in to: the script stops with one line, and IAM is untouched', async () => {
    const moto = await startMotoServer();
    const dir = mkdtempSync(join(tmpdir(), 'setup-'));
    try {
      const first = await servers();
      let script: string;
      try {
        const r = await run(first, {
          'role-to-assume': 'arn:aws:iam::111111111111:role/deploy',
          'print-trust-policy': 'true',
        });
        expect(r.errors).toEqual([]);
        [script = ''] = codeBlocksOf(r.summary);
      } finally {
        await close(first);
      }
      const r = spawnSync('bash', ['-e', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        env: cliEnv(moto, dir),
      });
      expect([r.status, r.stdout, r.stderr]).toEqual([
        1,
        '',
        'The AWS CLI is signed in to the account 123456789012, and the role belongs in 111111111111: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\n',
      ]);
      expect(JSON.parse(awsCli('aws iam list-roles', moto, dir)).Roles).toEqual([]);
      expect(
        JSON.parse(awsCli('aws iam list-open-id-connect-providers', moto, dir)).OpenIDConnectProviderList,
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await moto.close();
    }
  }, 120_000);
});

describe('print-trust-policy: the repository\u2019s sub customization (local GitHub API)', () => {
  const TOKEN = 'ghs_the-job-token-of-this-run';
  test.each([
    [
      'a custom template in force',
      { template: { use_default: false, include_claim_keys: ['repo', 'context', 'job_workflow_ref'] } },
      'A custom sub template is in force for octo-org/octo-repo: sub is built from the claim keys repo, context, job_workflow_ref',
    ],
    [
      'the default template',
      { template: { use_default: true } },
      "GitHub's default sub template is in force for octo-org/octo-repo (use_default: true).",
    ],
    [
      'a token without the permission',
      { status: 403, message: 'Resource not accessible by integration' },
      "The repository's sub customization was not read (GitHub answered HTTP 403)",
    ],
  ] as const)('the sub customization: %s', async (_name, answer, said) => {
    const s = await servers();
    const api = await startGitHubApi(TOKEN, answer);
    try {
      const r = await run(
        s,
        { 'role-to-assume': ROLE, 'print-trust-policy': 'true', 'github-token': TOKEN },
        { env: { GITHUB_API_URL: api.url } },
      );
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      expect(api.requests.map((q) => [q.path, q.authorization])).toEqual([
        ['/repos/octo-org/octo-repo/actions/oidc/customization/sub', `token ${TOKEN}`],
      ]);
      expect(r.stdout).toContain(`# ${said}`);
      expect(codeBlocksOf(r.summary)[0]).toContain(`# ${said}`);
      expect(r.masks).toContain(TOKEN);
      expect(leaks(r, [TOKEN])).toEqual([]);
      expect(s.sts.calls).toEqual([]);
    } finally {
      await api.close();
      await close(s);
    }
  });
});

describe('print-trust-policy: deadlines on its side path (a GitHub API that never answers)', () => {
  const TOKEN = 'ghs_the-job-token-of-this-run';
  test.each([
    [
      'http-timeout-s ends the lookup: the policy is printed, the note says why it is unread',
      { 'http-timeout-s': '1' },
      {
        code: 0,
        errors: [] as string[],
        said: /# The repository's sub customization was not read \(.*1000 ms/,
      },
    ],
    [
      'action-timeout-s ends the step during the lookup: one clear error, nothing exported',
      { 'http-timeout-s': '60', 'action-timeout-s': '2' },
      {
        code: 1,
        errors: [expect.stringMatching(/^Timed out after 2 s \(action-timeout-s\)/)],
        said: undefined,
      },
    ],
  ] as const)('%s', async (_name, limits, expected) => {
    const s = await servers();
    const api = await startGitHubApi(TOKEN, { hang: true });
    try {
      const r = await run(
        s,
        { 'role-to-assume': ROLE, 'print-trust-policy': 'true', 'github-token': TOKEN, ...limits },
        { env: { GITHUB_API_URL: api.url }, killAfterMs: 20_000 },
      );
      expect([r.code, r.errors]).toEqual([expected.code, expected.errors]);
      if (expected.said) expect(r.stdout).toMatch(expected.said);
      expect(r.env).toEqual({});
      expect(api.requests).toHaveLength(1);
      expect(leaks(r, [TOKEN])).toEqual([]);
    } finally {
      await api.close();
      await close(s);
    }
  });
});

describe('translate-env-variables', () => {
  const ENV = {
    AWS_REGION: 'eu-west-1',
    ROLE_TO_ASSUME: 'arn:aws:iam::210987654321:role/from-env',
    ROLE_SESSION_NAME: 'from-env',
  };

  test('true (the default): ROLE_TO_ASSUME, AWS_REGION and ROLE_SESSION_NAME fill the inputs with: leaves empty', async () => {
    const s = await servers();
    try {
      const r = await runAction({
        inputs: {},
        env: { ...s.oidc.env(), AWS_ENDPOINT_URL_STS: s.sts.url, ...ENV },
      });
      expect(r.errors).toEqual([]);
      expect(s.sts.calls[0]?.params).toMatchObject({
        RoleArn: ENV.ROLE_TO_ASSUME,
        RoleSessionName: 'from-env',
      });
      expect(r.env.AWS_REGION).toBe('eu-west-1');
    } finally {
      await close(s);
    }
  });

  test('false: with: alone; the variables are not read, and a missing aws-region is said as missing', async () => {
    const s = await servers();
    try {
      const env = { ...s.oidc.env(), AWS_ENDPOINT_URL_STS: s.sts.url, ...ENV };
      const missing = await runAction({ inputs: { 'translate-env-variables': 'false' }, env });
      expectFailedCleanly(missing, /^Input 'aws-region' is required/, []);
      const r = await runAction({
        inputs: { 'translate-env-variables': 'false', 'aws-region': 'us-east-1', 'role-to-assume': ROLE },
        env,
      });
      expect(r.errors).toEqual([]);
      expect(s.sts.calls[0]?.params).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'GitHubActions' });
      expect(r.env.AWS_REGION).toBe('us-east-1');
    } finally {
      await close(s);
    }
  });

  test('false: the standard proxy variables still apply', async () => {
    const { startProxyServer } = await import('../../test-support/proxy-server.ts');
    const s = await servers();
    const proxy = await startProxyServer();
    try {
      const stsPort = new URL(s.sts.url).port;
      const r = await run(
        s,
        {
          'translate-env-variables': 'false',
          'role-to-assume': ROLE,
          'sts-endpoint': `http://sts.test:${stsPort}`,
        },
        { env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } },
      );
      expect(r.errors).toEqual([]);
      expect(proxy.seen).toContain(`CONNECT sts.test:${stsPort}`);
    } finally {
      await proxy.close();
      await close(s);
    }
  });

  test('a value that is not a boolean: said, like any input', async () => {
    const s = await servers();
    try {
      const r = await run(s, { 'role-to-assume': ROLE, 'translate-env-variables': 'no' });
      expectFailedCleanly(r, /Input 'translate-env-variables' is "no": not a boolean/, []);
    } finally {
      await close(s);
    }
  });
});

describe('act', () => {
  test('under act, role-to-assume alone: what works there, not id-token: write; no request', async () => {
    const s = await servers();
    try {
      const r = await runAction({
        inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE },
        env: { ACT: 'true', AWS_ENDPOINT_URL_STS: s.sts.url },
      });
      expectFailedCleanly(
        r,
        /This step runs under act \(ACT is set\), which has no GitHub OIDC token endpoint/,
        [],
      );
      expect(r.errors[0]).toMatch(/web-identity-token-file/);
      expect(r.errors[0]).toMatch(/act -s AWS_ACCESS_KEY_ID -s AWS_SECRET_ACCESS_KEY/);
      expect(r.errors[0]).not.toMatch(/permissions: id-token: write/);
      expect(r.errors[0]).toMatch(/troubleshooting\.md#notokenendpointunderact/);
      expect(s.sts.calls).toEqual([]);
    } finally {
      await close(s);
    }
  });

  test('without act, the same inputs ask for id-token: write', async () => {
    const r = await runAction({ inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE } });
    expectFailedCleanly(r, /Add "permissions: id-token: write"/, []);
    expect(r.errors[0]).toMatch(/Do not move the job to pull_request_target/);
  });
});
