// Beyond the incumbent, end to end with the bundled action: trust-failure diagnostics and the job
// summary. (refresh-credentials has its own suite, refresh.test.ts.)

import { describe, expect, test } from '@jest/globals';
import { suggestedCondition } from '../../src/report/diagnostics.js';
import { expectFailedCleanly } from '../../test-support/assertions.ts';
import { useStep } from '../../test-support/fixture.ts';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';

const step = useStep({
  inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE },
  env: { GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' },
});
const { run, restartSts, secrets } = step;

describe('trust-failure diagnostics', () => {
  test('AccessDenied: the claims, a Condition for exactly this workflow, what to check; never the token', async () => {
    await restartSts({ trust: (claims) => claims.sub === 'repo:octo-org/octo-repo:environment:prod' });
    const r = await run();
    expectFailedCleanly(r, /AccessDenied/, secrets());
    expect(step.sts.calls).toHaveLength(1);
    const block = r.stdout.slice(r.stdout.indexOf('::group::'), r.stdout.indexOf('::endgroup::'));
    expect(block).toContain('::group::Why the role did not trust this workflow');
    expect(block).toContain('  sub: repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(block).toContain('  aud: sts.amazonaws.com');
    expect(block).toContain('  iss: https://token.actions.githubusercontent.com');
    expect(block).toContain('  environment: (not set)');
    expect(block).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"',
    );
    expect(block).toContain('StringLike on :sub with "repo:octo-org/octo-repo:*"');
    expect(block).toContain("What to check:\n  - The role's trust policy Principal");
    for (const token of step.oidc.issued) expect(block + r.summary).not.toContain(token);
    // The same block in the job summary, with the error and its fix.
    expect(r.summary).toContain('AWS credentials: failed');
    expect(r.summary).toContain('repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(r.summary).toContain('Next: Check the role');
  });

  test('an immutable sub in a reusable workflow and an environment: the Condition uses repository_id, job_workflow_ref and environment', async () => {
    await step.restartOidc({
      claims: {
        sub: 'repo:octo-org@123456/octo-repo@456789:environment:prod',
        environment: 'prod',
        workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
        job_workflow_ref: 'octo-org/shared/.github/workflows/deploy.yml@refs/heads/main',
      },
    });
    await restartSts({ trust: () => false });
    const r = await run();
    expectFailedCleanly(r, /AccessDenied: .* Details: docs\/troubleshooting\.md#accessdenied$/, secrets());
    const block = r.stdout.slice(r.stdout.indexOf('::group::'), r.stdout.indexOf('::endgroup::'));
    const condition = JSON.parse(block.slice(block.indexOf('  {'), block.indexOf('\n  }\n') + 4));
    expect(condition).toEqual({
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:octo-org@123456/octo-repo@456789:environment:prod',
          'token.actions.githubusercontent.com:repository_id': '456789',
          'token.actions.githubusercontent.com:job_workflow_ref':
            'octo-org/shared/.github/workflows/deploy.yml@refs/heads/main',
          'token.actions.githubusercontent.com:environment': 'prod',
        },
      },
    });
    expect(block).toContain(
      'repository_id is the repository’s immutable ID: it survives renames and transfers',
    );
    expect(block).toContain('StringLike on :sub with "repo:octo-org@123456/octo-repo@456789:*"');
    expect(block).toContain('no ForAllValues: operator in an Allow');
  });

  test('AssumeRole (access keys) refused: advice about the signing identity and sts:TagSession, no token claims', async () => {
    const user = {
      accessKeyId: 'AKIAUSERKEY000000001',
      secretAccessKey: 'user/secret+key/0000000000000000000000000',
      arn: 'arn:aws:iam::111111111111:user/ci',
    };
    await restartSts({ principals: [user], assumeRoleTrust: () => false });
    const r = await run({
      'aws-access-key-id': user.accessKeyId,
      'aws-secret-access-key': user.secretAccessKey,
    });
    expectFailedCleanly(
      r,
      /AccessDenied: User: arn:aws:iam::111111111111:user\/ci is not authorized .* Next: .*sts:TagSession/,
      [...secrets(), user.secretAccessKey],
    );
    expect(r.stdout).toContain(
      'allows sts:TagSession for that Principal, or set role-skip-session-tagging: true',
    );
    expect(r.stdout).not.toContain('Token claims');
  });

  test('InvalidIdentityToken (wrong audience): the aud claim and the provider checks', async () => {
    await restartSts({ audiences: ['https://example.com'] });
    const r = await run();
    expectFailedCleanly(r, /InvalidIdentityToken/, secrets());
    expect(r.stdout).toContain('  aud: sts.amazonaws.com');
    expect(r.stdout).toContain('audience list (client IDs) contains the aud above');
  });

  test('a missing id-token permission: what the sub would be, in both forms, and the permission to add', async () => {
    const r = await run(
      {},
      {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
          GITHUB_REPOSITORY_ID: '456789',
          GITHUB_REPOSITORY_OWNER_ID: '123456',
        },
      },
    );
    expectFailedCleanly(r, /permissions: id-token: write/, secrets());
    expect(r.stdout).toContain(
      '  sub: repo:octo-org/octo-repo:ref:refs/heads/main (the name form: GitHub Enterprise Server',
    );
    expect(r.stdout).toContain(
      '  sub: repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main (the immutable form: github.com repositories created, renamed or transferred after 2026-07-15, or opted in)',
    );
    expect(r.stdout).toContain('  - The job (or workflow) has permissions: id-token: write');
  });

  test('a transient failure prints no trust block', async () => {
    step.sts.fail({ error: 'InternalFailure', status: 500 }, Number.POSITIVE_INFINITY);
    const r = await run({ 'retry-max-attempts': '2' });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('::group::');
  });

  test('GitHub Enterprise Server: the condition keys use the issuer host', () => {
    const condition = JSON.parse(
      suggestedCondition({
        iss: 'https://ghe.example.com/_services/token',
        aud: 'sts.amazonaws.com',
        sub: 'repo:o/r:pull_request',
      }),
    );
    expect(condition).toEqual({
      Condition: {
        StringEquals: {
          'ghe.example.com/_services/token:aud': 'sts.amazonaws.com',
          'ghe.example.com/_services/token:sub': 'repo:o/r:pull_request',
        },
      },
    });
  });
});

describe('job summary', () => {
  test('on success: role, account, session, region, expiry with minutes left, attempts, tokens, time; no secret', async () => {
    step.sts.fail({ error: 'ExpiredTokenException', message: 'Token expired' });
    const r = await run({ 'role-session-name': 'ci-42' });
    expect(r.code).toBe(0);
    const s = r.summary;
    expect(s).toContain('<h3>AWS credentials</h3>');
    for (const cell of [
      ROLE,
      'arn:aws:sts::123456789012:assumed-role/deploy/ci-42',
      '123456789012',
      'ci-42',
      'us-east-1',
      `${step.sts.issued[0]?.expiration.toISOString()} (in 60 min)`,
    ]) {
      expect(s).toContain(`<td>${cell}</td>`);
    }
    expect(s).toMatch(/<td>Attempts<\/td><td>2<\/td>/);
    expect(s).toMatch(/<td>Tokens fetched<\/td><td>2<\/td>/);
    expect(s).toMatch(/<td>Time taken<\/td><td>\d+ ms<\/td>/);
    for (const secret of secrets()) expect(s).not.toContain(secret);
  });

  test('mask-aws-account-id hides the account in the summary too', async () => {
    const r = await run({ 'mask-aws-account-id': 'true' });
    expect(r.code).toBe(0);
    expect(r.summary).not.toContain('123456789012');
    expect(r.summary).toContain('<td>***</td>');
  });
});
