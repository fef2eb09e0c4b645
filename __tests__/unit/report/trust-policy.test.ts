// print-trust-policy's text: the policy for the claims and the target, and commands a shell runs as
// they read, whatever the token's issuer holds.

import { execFileSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import type { Claims } from '../../../src/errors.js';
import { trustPolicyLines, trustPolicyOf } from '../../../src/report/trust-policy.js';
import { logSafe } from '../../../src/runner/escape.js';
import { posixTest } from '../../../test-support/platform.ts';

const CLAIMS: Claims = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  repository_id: '456789',
};

describe('trustPolicyOf', () => {
  test("the provider of the token's issuer, in the role's partition and account", () => {
    const policy = trustPolicyOf(
      { ...CLAIMS, iss: 'https://ghes.example.com/_services/token' },
      { partition: 'aws-us-gov', accountId: '123456789012', roleName: 'deploy' },
    );
    expect(policy.Statement[0]?.Principal.Federated).toBe(
      'arn:aws-us-gov:iam::123456789012:oidc-provider/ghes.example.com/_services/token',
    );
    expect(Object.keys(policy.Statement[0]?.Condition.StringEquals ?? {})).toEqual([
      'ghes.example.com/_services/token:aud',
      'ghes.example.com/_services/token:sub',
      'ghes.example.com/_services/token:repository_id',
    ]);
  });
});

describe('the commands', () => {
  posixTest('an issuer with quotes and $(...) stays one literal word for sh', () => {
    const iss = "https://x/'$(touch /tmp/pwned-by-iss)'";
    const lines = trustPolicyLines(
      { ...CLAIMS, iss },
      { partition: 'aws', accountId: undefined, roleName: undefined },
    );
    const command = lines.find((l) => l.startsWith('aws iam create-open-id-connect-provider')) ?? '';
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^aws iam /, '')}`], {
      encoding: 'utf8',
    }).split('\n');
    expect(words).toContain(iss);
  });
});

describe('the policy in the log is the policy of the output', () => {
  test('claims the log would rewrite or a reader misread: the JSON shown as it is, valid, and equal', () => {
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:o/r:environment:##[prod]\u0085\u2028\u202e\u200b\u007f',
    };
    const target = { partition: 'aws', accountId: '123456789012', roleName: 'deploy' };
    const lines = trustPolicyLines(claims, target);
    const json = lines.slice(1, lines.indexOf(''));
    expect(JSON.parse(json.join('\n'))).toEqual(trustPolicyOf(claims, target));
    for (const line of json) expect(logSafe(line)).toBe(line);
    expect(json.join('\n')).toContain('##\\u005bprod]\\u0085\\u2028\\u202e\\u200b\\u007f');
  });
});

describe('every line, word for word', () => {
  // What a person copies: any change to a word of it shows here.
  const CASES: [
    string,
    Claims,
    { partition: string; accountId: string | undefined; roleName: string | undefined },
    string[],
  ][] = [
    [
      'the GitHub issuer, no role given: both placeholders',
      {
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'sts.amazonaws.com',
        sub: 'repo:o/r:ref:refs/heads/main',
        repository_id: '1',
      },
      {
        partition: 'aws',
        accountId: undefined,
        roleName: undefined,
      },
      [
        'Trust policy admitting exactly this job (issuer https://token.actions.githubusercontent.com, sub repo:o/r:ref:refs/heads/main):',
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "Federated": "arn:aws:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com"',
        '      },',
        '      "Action": "sts:AssumeRoleWithWebIdentity",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",',
        '          "token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main",',
        '          "token.actions.githubusercontent.com:repository_id": "1"',
        '        }',
        '      }',
        '    }',
        '  ]',
        '}',
        '',
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        '# The policy above saved as trust-policy.json; a new role, or an existing one updated:',
        "aws iam create-role --role-name 'ROLE_NAME' --assume-role-policy-document file://trust-policy.json",
        "aws iam update-assume-role-policy --role-name 'ROLE_NAME' --policy-document file://trust-policy.json",
        '',
        "Replace ACCOUNT_ID (your 12-digit account ID) and ROLE_NAME (the role's name), or give role-to-assume and run this step again.",
        '',
        'Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
    [
      'no claims at all, a role in China',
      {},
      {
        partition: 'aws-cn',
        accountId: '123456789012',
        roleName: 'deploy',
      },
      [
        'Trust policy admitting exactly this job (issuer (not set), sub (not set)):',
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "Federated": "arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"',
        '      },',
        '      "Action": "sts:AssumeRoleWithWebIdentity",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",',
        '          "token.actions.githubusercontent.com:sub": "repo:ORG/REPO:ref:refs/heads/BRANCH"',
        '        }',
        '      }',
        '    }',
        '  ]',
        '}',
        '',
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        '# The policy above saved as trust-policy.json; a new role, or an existing one updated:',
        "aws iam create-role --role-name 'deploy' --assume-role-policy-document file://trust-policy.json",
        "aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        '',
        'Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
    [
      'a custom audience and issuer, the account known, no role name',
      {
        iss: 'https://ghes.example.test/_services/token',
        aud: 'my-aud',
        sub: "repo:o/r:environment:it's",
      },
      {
        partition: 'aws-us-gov',
        accountId: '123456789012',
        roleName: undefined,
      },
      [
        "Trust policy admitting exactly this job (issuer https://ghes.example.test/_services/token, sub repo:o/r:environment:it's):",
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "Federated": "arn:aws-us-gov:iam::123456789012:oidc-provider/ghes.example.test/_services/token"',
        '      },',
        '      "Action": "sts:AssumeRoleWithWebIdentity",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "ghes.example.test/_services/token:aud": "my-aud",',
        '          "ghes.example.test/_services/token:sub": "repo:o/r:environment:it\'s"',
        '        }',
        '      }',
        '    }',
        '  ]',
        '}',
        '',
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://ghes.example.test/_services/token' --client-id-list 'my-aud'",
        '# The policy above saved as trust-policy.json; a new role, or an existing one updated:',
        "aws iam create-role --role-name 'ROLE_NAME' --assume-role-policy-document file://trust-policy.json",
        "aws iam update-assume-role-policy --role-name 'ROLE_NAME' --policy-document file://trust-policy.json",
        '',
        "Replace ROLE_NAME (the role's name), or give role-to-assume and run this step again.",
        '',
        'Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
  ];
  test.each(CASES)('%s', (_name, claims, target, lines) => {
    expect(trustPolicyLines(claims, target)).toEqual(lines);
  });
});
