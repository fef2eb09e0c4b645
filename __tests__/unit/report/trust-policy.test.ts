// print-trust-policy's text: the policy for the claims and the target, and commands a shell runs as
// they read, whatever the token's issuer holds.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Claims } from '../../../src/errors.js';
import { trustPolicyLines, trustPolicyOf } from '../../../src/report/trust-policy.js';
import { logSafe } from '../../../src/runner/escape.js';
import { awsStub } from '../../../test-support/aws-stub.ts';
import { posixTest } from '../../../test-support/platform.ts';

const CLAIMS: Claims = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  repository_id: '456789',
};

/** A role with a path and sessions of two hours: what the commands must keep. */
const TARGET = {
  partition: 'aws',
  accountId: '123456789012',
  roleName: 'deploy',
  path: '/team/',
  durationSeconds: 7200,
  subs: 'token',
} as const;

describe('trustPolicyOf', () => {
  test("the provider of the token's issuer, in the role's partition and account", () => {
    const policy = trustPolicyOf(
      { ...CLAIMS, iss: 'https://ghes.example.com/_services/token' },
      { partition: 'aws-us-gov', accountId: '123456789012', subs: 'token' },
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
      { ...TARGET, accountId: undefined, roleName: undefined, path: undefined },
    );
    const command = lines.find((l) => l.trim().startsWith('aws iam create-open-id-connect-provider')) ?? '';
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^\s*aws iam /, '')}`], {
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
    const lines = trustPolicyLines(claims, TARGET);
    const json = lines.slice(lines.indexOf("cat > trust-policy.json <<'EOF'") + 1, lines.indexOf('EOF'));
    expect(JSON.parse(json.join('\n'))).toEqual(trustPolicyOf(claims, TARGET));
    for (const line of json) expect(logSafe(line)).toBe(line);
    expect(json.join('\n')).toContain('##\\u005bprod]\\u0085\\u2028\\u202e\\u200b\\u007f');
  });
});

type Target = Parameters<typeof trustPolicyLines>[1];

describe('every line, word for word', () => {
  // What a person copies: any change to a word of it shows here.
  const CASES: [string, Claims, Target, string[], string[]][] = [
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
        durationSeconds: 3600,
        subs: 'token',
      },
      [],
      [
        "# Trust policy for GitHub's OIDC tokens (issuer https://token.actions.githubusercontent.com), saved as trust-policy.json.",
        '# Whom it admits: not this job alone, but every job of every workflow of o/r that runs on the branch main and names no environment.',
        "# Admits the sub this job's token has: repo:o/r:ref:refs/heads/main",
        "# Replace ACCOUNT_ID (your 12-digit account ID) and ROLE_NAME (the role's name) first, or give role-to-assume and run this step again.",
        '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
        '(',
        'set -e',
        "cat > trust-policy.json <<'EOF'",
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
        'EOF',
        '',
        "# The AWS CLI must be signed in to the role's account:",
        'account=$(aws sts get-caller-identity --query Account --output text)',
        'if [ "$account" != \'ACCOUNT_ID\' ]; then',
        "  printf 'The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\\n' \"$account\" 'ACCOUNT_ID' >&2",
        '  exit 1',
        'fi',
        '',
        "# The issuer's OIDC provider, once per account (IAM pins the issuer’s certificate itself):",
        "provider='arn:aws:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com'",
        'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
        "  if ! printf '%s\\n' \"$audiences\" | tr '\\t' '\\n' | grep -qxF -- 'sts.amazonaws.com'; then",
        '    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id \'sts.amazonaws.com\'',
        '  fi',
        'else',
        "  aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        'fi',
        '',
        '# The role, with this policy: made, or updated when it exists.',
        "if path=$(aws iam get-role --role-name 'ROLE_NAME' --query Role.Path --output text 2>/dev/null); then",
        '  if [ "$path" != \'/\' ]; then',
        "    printf 'The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.\\n' 'ROLE_NAME' \"$path\" '/' >&2",
        '    exit 1',
        '  fi',
        "  aws iam update-assume-role-policy --role-name 'ROLE_NAME' --policy-document file://trust-policy.json",
        'else',
        "  aws iam create-role --role-name 'ROLE_NAME' --assume-role-policy-document file://trust-policy.json",
        'fi',
        "printf 'The role %s trusts this policy.\\n' 'ROLE_NAME'",
        ')',
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'ROLE_NAME' --policy-arn 'arn:aws:iam::ACCOUNT_ID:policy/POLICY_NAME'",
        '# Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
    [
      'no claims at all, a role in China, an hour',
      {},
      {
        partition: 'aws-cn',
        accountId: '123456789012',
        roleName: 'deploy',
        path: '/',
        durationSeconds: 3600,
        subs: 'token',
      },
      [],
      [
        "# Trust policy for GitHub's OIDC tokens (issuer (not set)), saved as trust-policy.json.",
        '# Whom it admits: not this job alone, but every job whose token has exactly the sub below.',
        "# Admits the sub this job's token has: (not set)",
        '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
        '(',
        'set -e',
        "cat > trust-policy.json <<'EOF'",
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
        'EOF',
        '',
        "# The AWS CLI must be signed in to the role's account:",
        'account=$(aws sts get-caller-identity --query Account --output text)',
        'if [ "$account" != \'123456789012\' ]; then',
        "  printf 'The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\\n' \"$account\" '123456789012' >&2",
        '  exit 1',
        'fi',
        '',
        "# The issuer's OIDC provider, once per account (IAM pins the issuer’s certificate itself):",
        "provider='arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'",
        'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
        "  if ! printf '%s\\n' \"$audiences\" | tr '\\t' '\\n' | grep -qxF -- 'sts.amazonaws.com'; then",
        '    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id \'sts.amazonaws.com\'',
        '  fi',
        'else',
        "  aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        'fi',
        '',
        '# The role, with this policy: made, or updated when it exists.',
        "if path=$(aws iam get-role --role-name 'deploy' --query Role.Path --output text 2>/dev/null); then",
        '  if [ "$path" != \'/\' ]; then',
        "    printf 'The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.\\n' 'deploy' \"$path\" '/' >&2",
        '    exit 1',
        '  fi',
        "  aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        'else',
        "  aws iam create-role --role-name 'deploy' --assume-role-policy-document file://trust-policy.json",
        'fi',
        "printf 'The role %s trusts this policy.\\n' 'deploy'",
        ')',
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'deploy' --policy-arn 'arn:aws-cn:iam::123456789012:policy/POLICY_NAME'",
        '# Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
    [
      'a custom issuer and audience, a second over the hour, both forms asked without the claims for them',
      {
        iss: 'https://ghes.example.test/_services/token',
        aud: 'my-aud',
        sub: "repo:o/r:environment:it's",
      },
      {
        partition: 'aws-us-gov',
        accountId: '123456789012',
        durationSeconds: 3601,
        subs: 'both',
      },
      [],
      [
        "# Trust policy for GitHub's OIDC tokens (issuer https://ghes.example.test/_services/token), saved as trust-policy.json.",
        "# Whom it admits: not this job alone, but every job of every workflow of o/r that names the environment it's, on any branch its deployment rules allow.",
        "# Admits the sub this job's token has: repo:o/r:environment:it's (trust-policy-sub: both, but the token has no repository, repository_id, repository_owner_id claim to build the other form from: only this sub is admitted)",
        "# Replace ROLE_NAME (the role's name) first, or give role-to-assume and run this step again.",
        '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
        '(',
        'set -e',
        "cat > trust-policy.json <<'EOF'",
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
        'EOF',
        '',
        "# The AWS CLI must be signed in to the role's account:",
        'account=$(aws sts get-caller-identity --query Account --output text)',
        'if [ "$account" != \'123456789012\' ]; then',
        "  printf 'The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\\n' \"$account\" '123456789012' >&2",
        '  exit 1',
        'fi',
        '',
        "# The issuer's OIDC provider, once per account (IAM pins the issuer’s certificate itself):",
        "provider='arn:aws-us-gov:iam::123456789012:oidc-provider/ghes.example.test/_services/token'",
        'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
        "  if ! printf '%s\\n' \"$audiences\" | tr '\\t' '\\n' | grep -qxF -- 'my-aud'; then",
        '    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id \'my-aud\'',
        '  fi',
        'else',
        "  aws iam create-open-id-connect-provider --url 'https://ghes.example.test/_services/token' --client-id-list 'my-aud'",
        'fi',
        '',
        '# The role, with this policy and sessions of up to 3601 s (role-duration-seconds): made, or updated when it exists.',
        "if path=$(aws iam get-role --role-name 'ROLE_NAME' --query Role.Path --output text 2>/dev/null); then",
        '  if [ "$path" != \'/\' ]; then',
        "    printf 'The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.\\n' 'ROLE_NAME' \"$path\" '/' >&2",
        '    exit 1',
        '  fi',
        "  aws iam update-assume-role-policy --role-name 'ROLE_NAME' --policy-document file://trust-policy.json",
        '  if [ "$(aws iam get-role --role-name \'ROLE_NAME\' --query Role.MaxSessionDuration --output text)" -lt 3601 ]; then',
        "    aws iam update-role --role-name 'ROLE_NAME' --max-session-duration 3601",
        '  fi',
        'else',
        "  aws iam create-role --role-name 'ROLE_NAME' --max-session-duration 3601 --assume-role-policy-document file://trust-policy.json",
        'fi',
        "printf 'The role %s trusts this policy.\\n' 'ROLE_NAME'",
        ')',
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'ROLE_NAME' --policy-arn 'arn:aws-us-gov:iam::123456789012:policy/POLICY_NAME'",
        '# Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
    [
      'both forms from an immutable sub, a role with a path, two hours, a note',
      {
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'sts.amazonaws.com',
        sub: 'repo:o@11/r@22:environment:prod',
        repository: 'o/r',
        repository_id: '22',
        repository_owner_id: '11',
        environment: 'prod',
      },
      {
        partition: 'aws',
        accountId: '123456789012',
        roleName: 'deploy',
        path: '/team/ci/',
        durationSeconds: 7200,
        subs: 'both',
      },
      ['A note from GitHub.'],
      [
        "# Trust policy for GitHub's OIDC tokens (issuer https://token.actions.githubusercontent.com), saved as trust-policy.json.",
        '# Whom it admits: not this job alone, but every job of every workflow of o/r that names the environment prod, on any branch its deployment rules allow.',
        '# Admits both forms of sub: repo:o/r:environment:prod (the name form) and repo:o@11/r@22:environment:prod (the immutable form; this token has the immutable form).',
        '# This token has the immutable form already: narrow :sub to it (trust-policy-sub: token prints that policy).',
        '# A note from GitHub.',
        '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
        '(',
        'set -e',
        "cat > trust-policy.json <<'EOF'",
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"',
        '      },',
        '      "Action": "sts:AssumeRoleWithWebIdentity",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",',
        '          "token.actions.githubusercontent.com:sub": [',
        '            "repo:o/r:environment:prod",',
        '            "repo:o@11/r@22:environment:prod"',
        '          ],',
        '          "token.actions.githubusercontent.com:repository_id": "22",',
        '          "token.actions.githubusercontent.com:environment": "prod"',
        '        }',
        '      }',
        '    }',
        '  ]',
        '}',
        'EOF',
        '',
        "# The AWS CLI must be signed in to the role's account:",
        'account=$(aws sts get-caller-identity --query Account --output text)',
        'if [ "$account" != \'123456789012\' ]; then',
        "  printf 'The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\\n' \"$account\" '123456789012' >&2",
        '  exit 1',
        'fi',
        '',
        "# The issuer's OIDC provider, once per account (IAM pins the issuer’s certificate itself):",
        "provider='arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'",
        'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
        "  if ! printf '%s\\n' \"$audiences\" | tr '\\t' '\\n' | grep -qxF -- 'sts.amazonaws.com'; then",
        '    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id \'sts.amazonaws.com\'',
        '  fi',
        'else',
        "  aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        'fi',
        '',
        '# The role, with this policy and sessions of up to 7200 s (role-duration-seconds): made, or updated when it exists.',
        "if path=$(aws iam get-role --role-name 'deploy' --query Role.Path --output text 2>/dev/null); then",
        '  if [ "$path" != \'/team/ci/\' ]; then',
        "    printf 'The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.\\n' 'deploy' \"$path\" '/team/ci/' >&2",
        '    exit 1',
        '  fi',
        "  aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        '  if [ "$(aws iam get-role --role-name \'deploy\' --query Role.MaxSessionDuration --output text)" -lt 7200 ]; then',
        "    aws iam update-role --role-name 'deploy' --max-session-duration 7200",
        '  fi',
        'else',
        "  aws iam create-role --role-name 'deploy' --path '/team/ci/' --max-session-duration 7200 --assume-role-policy-document file://trust-policy.json",
        'fi',
        "printf 'The role %s trusts this policy.\\n' 'deploy'",
        ')',
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'deploy' --policy-arn 'arn:aws:iam::123456789012:policy/POLICY_NAME'",
        '# Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
    [
      'both forms asked, a sub in neither form',
      {
        sub: 'repo:o/r:workflow:deploy',
        repository: 'o/r',
        repository_id: '22',
        repository_owner_id: '11',
      },
      {
        partition: 'aws',
        accountId: '123456789012',
        roleName: 'deploy',
        path: '/',
        durationSeconds: 900,
        subs: 'both',
      },
      [],
      [
        "# Trust policy for GitHub's OIDC tokens (issuer (not set)), saved as trust-policy.json.",
        '# Whom it admits: not this job alone, but every job whose token has exactly the sub below (a custom sub template builds it).',
        "# Admits the sub this job's token has: repo:o/r:workflow:deploy (trust-policy-sub: both, but this sub is in neither default form, so a custom sub template is in force: only this sub is admitted)",
        '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
        '(',
        'set -e',
        "cat > trust-policy.json <<'EOF'",
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Principal": {',
        '        "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"',
        '      },',
        '      "Action": "sts:AssumeRoleWithWebIdentity",',
        '      "Condition": {',
        '        "StringEquals": {',
        '          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",',
        '          "token.actions.githubusercontent.com:sub": "repo:o/r:workflow:deploy",',
        '          "token.actions.githubusercontent.com:repository_id": "22"',
        '        }',
        '      }',
        '    }',
        '  ]',
        '}',
        'EOF',
        '',
        "# The AWS CLI must be signed in to the role's account:",
        'account=$(aws sts get-caller-identity --query Account --output text)',
        'if [ "$account" != \'123456789012\' ]; then',
        "  printf 'The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\\n' \"$account\" '123456789012' >&2",
        '  exit 1',
        'fi',
        '',
        "# The issuer's OIDC provider, once per account (IAM pins the issuer’s certificate itself):",
        "provider='arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'",
        'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
        "  if ! printf '%s\\n' \"$audiences\" | tr '\\t' '\\n' | grep -qxF -- 'sts.amazonaws.com'; then",
        '    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id \'sts.amazonaws.com\'',
        '  fi',
        'else',
        "  aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        'fi',
        '',
        '# The role, with this policy: made, or updated when it exists.',
        "if path=$(aws iam get-role --role-name 'deploy' --query Role.Path --output text 2>/dev/null); then",
        '  if [ "$path" != \'/\' ]; then',
        "    printf 'The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.\\n' 'deploy' \"$path\" '/' >&2",
        '    exit 1',
        '  fi',
        "  aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        'else',
        "  aws iam create-role --role-name 'deploy' --assume-role-policy-document file://trust-policy.json",
        'fi',
        "printf 'The role %s trusts this policy.\\n' 'deploy'",
        ')',
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'deploy' --policy-arn 'arn:aws:iam::123456789012:policy/POLICY_NAME'",
        '# Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
  ];
  test.each(CASES)('%s', (_name, claims, target, notes, lines) => {
    expect(trustPolicyLines(claims, target, notes)).toEqual(lines);
  });
});

describe('the lines are one script to paste', () => {
  /** The script run by sh against the stub's account: what it wrote, and each aws call's words. */
  function runScript(claims: Claims, target: Target, state: Parameters<typeof awsStub>[0]) {
    const dir = mkdtempSync(join(tmpdir(), 'trust-policy-'));
    try {
      const script = `${awsStub(state)}\n${trustPolicyLines(claims, target).join('\n')}`;
      const r = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' });
      const written = JSON.parse(readFileSync(join(dir, 'trust-policy.json'), 'utf8'));
      const calls = readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n');
      return { status: r.status, stderr: r.stderr, written, calls };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const CHECK = 'sts|get-caller-identity|--query|Account|--output|text';
  const GET_PROVIDER =
    'iam|get-open-id-connect-provider|--open-id-connect-provider-arn|arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com|--query|ClientIDList|--output|text';
  const GET_PATH = 'iam|get-role|--role-name|deploy|--query|Role.Path|--output|text';
  const GET_MAX = 'iam|get-role|--role-name|deploy|--query|Role.MaxSessionDuration|--output|text';
  const UPDATE_POLICY =
    'iam|update-assume-role-policy|--role-name|deploy|--policy-document|file://trust-policy.json';

  posixTest(
    'an account with neither: sh writes trust-policy.json as the output has it, and makes both',
    () => {
      const claims = { ...CLAIMS, sub: "repo:o/r:environment:it's $(x) `y`", environment: "it's" };
      const r = runScript(claims, TARGET, { exists: false });
      expect(r.status).toBe(0);
      expect(r.written).toEqual(trustPolicyOf(claims, TARGET));
      expect(r.calls).toEqual([
        CHECK,
        GET_PROVIDER,
        'iam|create-open-id-connect-provider|--url|https://token.actions.githubusercontent.com|--client-id-list|sts.amazonaws.com',
        GET_PATH,
        'iam|create-role|--role-name|deploy|--path|/team/|--max-session-duration|7200|--assume-role-policy-document|file://trust-policy.json',
      ]);
    },
  );

  posixTest.each([
    [
      'a shorter maximum session: raised',
      3600,
      ['iam|update-role|--role-name|deploy|--max-session-duration|7200'],
    ],
    ['the same maximum session: left', 7200, []],
    ['a longer maximum session: left, never shortened', 43200, []],
  ])('an account with both, %s', (_name, maxSession, raise) => {
    const r = runScript(CLAIMS, TARGET, { exists: true, path: '/team/', maxSession });
    expect(r.status).toBe(0);
    expect(r.calls).toEqual([CHECK, GET_PROVIDER, GET_PATH, UPDATE_POLICY, GET_MAX, ...raise]);
  });

  posixTest('a provider without this audience: the audience added, nothing made', () => {
    const custom = { ...CLAIMS, aud: 'my-audience' };
    const r = runScript(custom, TARGET, {
      exists: true,
      path: '/team/',
      audiences: 'sts.amazonaws.com\tmy-audience-2',
    });
    expect(r.status).toBe(0);
    expect(r.calls.slice(1, 3)).toEqual([
      GET_PROVIDER,
      'iam|add-client-id-to-open-id-connect-provider|--open-id-connect-provider-arn|arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com|--client-id|my-audience',
    ]);
    const has = runScript(custom, TARGET, {
      exists: true,
      path: '/team/',
      audiences: 'sts.amazonaws.com\tmy-audience',
    });
    expect(has.calls.some((c) => c.includes('add-client-id'))).toBe(false);
  });

  posixTest('the CLI signed in to another account: one clear line, and nothing made', () => {
    const r = runScript(CLAIMS, TARGET, { exists: false, account: '111111111111' });
    expect(r.status).toBe(1);
    expect(r.calls).toEqual([CHECK]);
    expect(r.stderr).toBe(
      'The AWS CLI is signed in to the account 111111111111, and the role belongs in 123456789012: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.\n',
    );
  });

  posixTest('a role of the same name at another path: one clear line, and the role untouched', () => {
    const r = runScript(CLAIMS, TARGET, { exists: true, path: '/' });
    expect(r.status).toBe(1);
    expect(r.calls).toEqual([CHECK, GET_PROVIDER, GET_PATH]);
    expect(r.stderr).toBe(
      'The role deploy exists with the path /, not /team/ as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.\n',
    );
  });

  posixTest.each([
    ['get-caller-identity', [CHECK]],
    ['create-open-id-connect-provider', [CHECK, GET_PROVIDER, expect.stringContaining('create-open-id')]],
  ])('%s refused: the script stops there, with the status of the CLI', (fails, calls) => {
    const r = runScript(CLAIMS, TARGET, { exists: false, fails });
    expect(r.status).toBe(254);
    expect(r.calls).toEqual(calls);
  });

  // A claim (or the GitHub API's answer) with a line break and a command after it: in the log it is
  // inert, but the summary's code block is pasted into a shell, where a line of its own would run.
  const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u0085', '\u000b'];
  posixTest.each(BREAKS.map((b) => [JSON.stringify(b), b]))(
    'a %s and a command in sub, environment, repository, iss or a note: no line of the script is theirs, and nothing runs',
    (_, b) => {
      const dir = mkdtempSync(join(tmpdir(), 'trust-policy-'));
      try {
        const evil = `${b}touch pwned${b}`;
        const claims = {
          ...CLAIMS,
          sub: `repo:o/r:environment:x${evil}`,
          environment: `x${evil}`,
          repository: `o/r${evil}`,
          iss: `https://token.actions.githubusercontent.com${evil}`,
        };
        const lines = trustPolicyLines(claims, { ...TARGET, subs: 'both' }, [`custom${evil}`]);
        // Where it shows, it is a comment, a JSON string or one single-quoted word.
        const theirs = (l: string) => !/^\s*(#|")/.test(l) && !/'[^']*touch pwned[^']*'/.test(l);
        expect(lines.filter((l) => l.includes('touch pwned') && theirs(l))).toEqual([]);
        const breaks = ['\r', '\n', '\u2028', '\u0085', '\u000b'];
        expect(lines.filter((l) => breaks.some((b) => l.includes(b)))).toEqual([]);
        for (const exists of [false, true]) {
          const script = `${awsStub({ exists, path: '/team/' })}\n${lines.join('\n')}`;
          execFileSync('sh', ['-c', script], { cwd: dir });
        }
        expect(existsSync(join(dir, 'pwned'))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test.each([
    [3599, false],
    [3600, false],
    [3601, true],
  ])('role-duration-seconds %i: --max-session-duration is %s', (durationSeconds, set) => {
    const text = trustPolicyLines(CLAIMS, { ...TARGET, durationSeconds }).join('\n');
    expect(text.includes('--max-session-duration')).toBe(set);
  });

  test.each([
    ['/', undefined],
    ['/a/', '/a/'],
    ['/a/b/', '/a/b/'],
    [undefined, undefined],
  ])('the role at path %s: create-role --path %s', (rolePath, path) => {
    const create = trustPolicyLines(CLAIMS, { ...TARGET, path: rolePath }).find((l) =>
      l.trim().startsWith('aws iam create-role'),
    );
    expect(/--path '([^']*)'/.exec(create ?? '')?.[1]).toBe(path);
  });
});
