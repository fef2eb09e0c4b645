// The first run, for every repository and runner: print-trust-policy in both sub forms, in a
// reusable workflow with an environment and on a GitHub Enterprise Server issuer (the printed
// policy is then the one the local STS's trust check applies); translate-env-variables; act.

import { describe, expect, test } from '@jest/globals';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { admits, type TrustPolicy } from '../../test-support/iam-trust.ts';
import { DEFAULT_CLAIMS, type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { leaks, type RunOptions, type RunResult, runAction } from '../../test-support/runner.ts';
import { type StsServer, startStsServer } from '../../test-support/sts-server.ts';

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
): Promise<Servers> {
  const oidc = await startOidcServer({ claims, ...(issuer ? { issuer } : {}) });
  const sts = await startStsServer({
    jwks: oidc.jwks,
    ...(policy ? { trust: (c, roleArn) => admits(policy, c, roleArn) } : {}),
  });
  return { oidc, sts };
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
