// What a person reads when a role does not trust the workflow: the claims, a Condition built from
// them, and what to check for each error. Pure functions, checked line by line.

import { describe, expect, test } from '@jest/globals';
import { SignJWT } from 'jose';
import type { Claims } from '../../../src/errors.js';
import { trustClaims } from '../../../src/github/claims.js';
import {
  isTrustFailure,
  missingTokenDiagnostics,
  suggestedCondition,
  trustDiagnostics,
} from '../../../src/report/diagnostics.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const WORKFLOW = 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main';
const CLAIMS: Claims = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  repository: 'octo-org/octo-repo',
  repository_id: '456789',
  repository_owner: 'octo-org',
  repository_owner_id: '123456',
  ref: 'refs/heads/main',
  workflow_ref: WORKFLOW,
  job_workflow_ref: WORKFLOW,
  event_name: 'push',
};
const KEY = 'token.actions.githubusercontent.com';

const CLAIM_LINES = [
  'Token claims (trust policies match on these; the token itself is not shown):',
  '  iss: https://token.actions.githubusercontent.com',
  '  aud: sts.amazonaws.com',
  '  sub: repo:octo-org/octo-repo:ref:refs/heads/main',
  '  repository: octo-org/octo-repo',
  '  repository_id: 456789',
  '  repository_owner: octo-org',
  '  repository_owner_id: 123456',
  '  ref: refs/heads/main',
  '  environment: (not set)',
  `  workflow_ref: ${WORKFLOW}`,
  `  job_workflow_ref: ${WORKFLOW}`,
  '  event_name: push',
];
const conditionLines = (role: string) => [
  `Suggested trust-policy condition for ${role}, from this job's claims:`,
  '  {',
  '    "Condition": {',
  '      "StringEquals": {',
  `        "${KEY}:aud": "sts.amazonaws.com",`,
  `        "${KEY}:sub": "repo:octo-org/octo-repo:ref:refs/heads/main",`,
  `        "${KEY}:repository_id": "456789"`,
  '      }',
  '    }',
  '  }',
  '  (repository_id is the repository\u2019s immutable ID: it survives renames and transfers, and a deleted name taken by someone else does not match it)',
  '  (or StringLike on :sub with "repo:octo-org/octo-repo:*" to admit every ref of the repository)',
];

describe('trustClaims', () => {
  test('only the claims trust policies match on, as strings; numbers and lists too; never the rest', async () => {
    const token = await new SignJWT({
      ...CLAIMS,
      repository_id: 456789,
      aud: ['a', 'b'],
      secret: 'x',
      run_id: '1',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('k'.repeat(32)));
    expect(trustClaims(token)).toEqual({ ...CLAIMS, repository_id: '456789', aud: 'a,b' });
  });
  test('not a JWT: undefined', () => {
    expect(trustClaims('not.a.jwt')).toBeUndefined();
    expect(trustClaims('')).toBeUndefined();
  });
});

test.each([
  ['AccessDenied', true],
  ['AccessDeniedException', true],
  ['InvalidIdentityToken', true],
  ['InvalidIdentityTokenException', true],
  ['IDPRejectedClaim', true],
  ['IDPRejectedClaimException', true],
  ['ExpiredTokenException', false],
  ['Throttling', false],
  ['XAccessDenied', false],
  ['AccessDeniedX', false],
])('isTrustFailure(%s) is %s', (code, expected) => {
  expect(isTrustFailure(code)).toBe(expected);
});

describe('suggestedCondition', () => {
  test('aud, sub and repository_id of a plain workflow; job_workflow_ref only when it differs', () => {
    expect(JSON.parse(suggestedCondition(CLAIMS))).toEqual({
      Condition: {
        StringEquals: {
          [`${KEY}:aud`]: 'sts.amazonaws.com',
          [`${KEY}:sub`]: 'repo:octo-org/octo-repo:ref:refs/heads/main',
          [`${KEY}:repository_id`]: '456789',
        },
      },
    });
  });
  test('a reusable workflow in an environment, on GitHub Enterprise Server: its issuer host and path', () => {
    const claims: Claims = {
      iss: 'https://ghes.example.com/_services/token/',
      sub: 'repo:o/r:environment:prod',
      environment: 'prod',
      job_workflow_ref: 'o/shared/.github/workflows/d.yml@refs/heads/main',
      workflow_ref: 'o/r/.github/workflows/ci.yml@refs/heads/main',
    };
    expect(JSON.parse(suggestedCondition(claims))).toEqual({
      Condition: {
        StringEquals: {
          'ghes.example.com/_services/token:aud': 'sts.amazonaws.com',
          'ghes.example.com/_services/token:sub': 'repo:o/r:environment:prod',
          'ghes.example.com/_services/token:job_workflow_ref':
            'o/shared/.github/workflows/d.yml@refs/heads/main',
          'ghes.example.com/_services/token:environment': 'prod',
        },
      },
    });
  });
  test('no claims at all: the github.com issuer, with placeholders to fill in', () => {
    expect(JSON.parse(suggestedCondition({}))).toEqual({
      Condition: {
        StringEquals: {
          [`${KEY}:aud`]: 'sts.amazonaws.com',
          [`${KEY}:sub`]: 'repo:ORG/REPO:ref:refs/heads/BRANCH',
        },
      },
    });
  });
});

describe('trustDiagnostics', () => {
  test('AccessDenied: the claims, the condition for the role, and what to check', () => {
    expect(trustDiagnostics('AccessDeniedException', CLAIMS, ROLE)).toEqual([
      ...CLAIM_LINES,
      ...conditionLines(ROLE),
      'What to check:',
      "  - The role's trust policy Principal is the IAM OIDC provider of the token's issuer (iss above).",
      '  - Its conditions match the claims above: :sub exactly (StringEquals) or by pattern (StringLike with *), :aud, and :repository_id, :job_workflow_ref or :environment where it has them.',
      '  - The sub form: repositories created, renamed or transferred on github.com after 2026-07-15 (or opted in) have repo:OWNER@ID/REPO@ID:..., others repo:OWNER/REPO:... (GitHub Enterprise Server always); a custom sub template replaces the format. A condition for another form does not match.',
      '  - The trust policy has a :sub or a :repository_id condition (without one, any repository on GitHub can assume the role), and no ForAllValues: operator in an Allow (it matches when the claim is absent).',
      '  - The role ARN, account and partition are the ones you meant (a typo reads as AccessDenied).',
    ]);
  });

  test.each([
    ['repo:Octo-Org/octo-repo:ref:refs/heads/main', 'AccessDenied', true],
    ['repo:octo-org/octo-repo:ref:refs/heads/Main', 'AccessDeniedException', true],
    ['repo:octo-org/octo-repo:ref:refs/heads/main', 'AccessDenied', false],
    ['repo:Octo-Org/octo-repo:ref:refs/heads/main', 'InvalidIdentityToken', false],
  ])('sub %s, %s: the case-sensitivity line is there: %s', (sub, code, said) => {
    const line = `  - This sub has upper-case letters (${sub}), and IAM's StringEquals and StringLike compare values case-sensitively: the policy must spell the owner and repository exactly as the token does.`;
    expect(trustDiagnostics(code, { ...CLAIMS, sub }, ROLE).includes(line)).toBe(said);
  });

  test('AccessDenied of a signed AssumeRole: the principals and sts:TagSession, not the token', () => {
    expect(trustDiagnostics('AccessDenied', undefined, ROLE, true)).toEqual([
      'What to check:',
      "  - The identity that signed (named in STS's message above) may call sts:AssumeRole on this role: its own IAM policy allows it.",
      "  - The role's trust policy names that identity (or its account) as Principal, with sts:AssumeRole.",
      '  - This action sends session tags with AssumeRole: the trust policy also allows sts:TagSession for that Principal, or set role-skip-session-tagging: true.',
      '  - With role-chaining, the source session lasts at most an hour and cannot be extended by chaining.',
    ]);
  });

  test('InvalidIdentityToken in aws-cn with the default audience: the IAM command to list the audiences, and the China advice', () => {
    const role = 'arn:aws-cn:iam::123456789012:role/deploy';
    expect(trustDiagnostics('InvalidIdentityToken', CLAIMS, role)).toEqual([
      ...CLAIM_LINES,
      ...conditionLines(role),
      'What to check:',
      '  - An IAM OIDC provider exists in the account for exactly the iss above (https://...).',
      '  - Its audience list (client IDs) contains the aud above; otherwise set the audience input to one it lists.',
      '  - For GitHub Enterprise Server, the provider URL is https://HOSTNAME/_services/token.',
      `  - The audiences the provider accepts: aws iam get-open-id-connect-provider --open-id-connect-provider-arn arn:aws-cn:iam::123456789012:oidc-provider/${KEY} --query ClientIDList`,
      '  - In the China regions providers are often registered with the audience sts.amazonaws.com.cn: if the list has it, set audience: sts.amazonaws.com.cn (or add sts.amazonaws.com to the list).',
    ]);
  });

  test('InvalidIdentityToken elsewhere, or with another audience: the command only; without a role ARN: neither', () => {
    const audienceLines = (lines: string[]) => lines.filter((l) => /audiences the provider|China/.test(l));
    expect(audienceLines(trustDiagnostics('InvalidIdentityTokenException', CLAIMS, ROLE))).toEqual([
      `  - The audiences the provider accepts: aws iam get-open-id-connect-provider --open-id-connect-provider-arn arn:aws:iam::123456789012:oidc-provider/${KEY} --query ClientIDList`,
    ]);
    const custom = { ...CLAIMS, aud: 'sts.amazonaws.com.cn' };
    expect(
      audienceLines(trustDiagnostics('InvalidIdentityToken', custom, 'arn:aws-cn:iam::123456789012:role/x')),
    ).toHaveLength(1);
    expect(
      audienceLines(
        trustDiagnostics('InvalidIdentityToken', undefined, 'arn:aws-cn:iam::123456789012:role/x'),
      ),
    ).toHaveLength(2);
    expect(audienceLines(trustDiagnostics('InvalidIdentityToken', CLAIMS, undefined))).toEqual([]);
    expect(audienceLines(trustDiagnostics('AccessDenied', CLAIMS, ROLE))).toEqual([]);
  });

  test('IDPRejectedClaim: the environment form of sub is named; an unknown code: the claims alone', () => {
    const lines = trustDiagnostics('IDPRejectedClaim', CLAIMS, undefined);
    expect(lines).toContain(
      '  - A job with environment: gets sub repo:...:environment:NAME, not the branch form.',
    );
    expect(lines[CLAIM_LINES.length]).toBe("Suggested trust-policy condition, from this job's claims:");
    expect(trustDiagnostics('SomethingElse', CLAIMS, ROLE)).toEqual([
      ...CLAIM_LINES,
      ...conditionLines(ROLE),
    ]);
    expect(trustDiagnostics('SomethingElse', undefined, ROLE)).toEqual([]);
  });

  test('a sub without the repo: form has no StringLike pattern; no repository_id, no note on it', () => {
    const lines = trustDiagnostics('AccessDenied', { sub: 'system:x' }, ROLE);
    expect(lines.some((l) => l.includes('StringLike on :sub'))).toBe(false);
    expect(lines.some((l) => l.includes('immutable ID'))).toBe(false);
  });
});

describe('missingTokenDiagnostics', () => {
  const CHECKS = [
    'What to check:',
    '  - The job (or workflow) has permissions: id-token: write; a reusable workflow needs it from its caller too.',
    '  - A pull request from a fork gets no id-token: write (GitHub lowers it for forks); a Dependabot run starts read-only and needs id-token: write granted explicitly.',
    '  - Do not switch to pull_request_target for a token: it runs with this repository\u2019s permissions, and a step that checks out the pull request\u2019s code then hands the role to its author.',
  ];
  test('a push: both sub forms the token would have', () => {
    expect(
      missingTokenDiagnostics({
        repository: 'octo-org/octo-repo',
        repositoryId: '456789',
        repositoryOwnerId: '123456',
        ref: 'refs/heads/main',
        eventName: 'push',
      }),
    ).toEqual([
      "This run's token would carry (from the runner's environment; no token was issued):",
      '  repository: octo-org/octo-repo',
      '  repository_id: 456789',
      '  sub: repo:octo-org/octo-repo:ref:refs/heads/main (the name form: GitHub Enterprise Server, and github.com repositories not created, renamed, transferred or opted in after 2026-07-15)',
      '  sub: repo:octo-org@123456/octo-repo@456789:ref:refs/heads/main (the immutable form: github.com repositories created, renamed or transferred after 2026-07-15, or opted in)',
      '  (a job with environment: gets repo:...:environment:NAME instead)',
      ...CHECKS,
    ]);
  });
  test('a pull request: the pull_request form; without the IDs, only the older form', () => {
    expect(
      missingTokenDiagnostics({ repository: 'o/r', ref: 'refs/pull/1/merge', eventName: 'pull_request' }),
    ).toEqual([
      "This run's token would carry (from the runner's environment; no token was issued):",
      '  repository: o/r',
      '  sub: repo:o/r:pull_request (the name form: GitHub Enterprise Server, and github.com repositories not created, renamed, transferred or opted in after 2026-07-15)',
      '  (a job with environment: gets repo:...:environment:NAME instead)',
      ...CHECKS,
    ]);
  });
  test('no ref: the repository only; no repository: the checks only', () => {
    expect(missingTokenDiagnostics({ repository: 'o/r', repositoryId: '1' })).toEqual([
      "This run's token would carry (from the runner's environment; no token was issued):",
      '  repository: o/r',
      '  repository_id: 1',
      ...CHECKS,
    ]);
    expect(missingTokenDiagnostics({})).toEqual(CHECKS);
  });
});
