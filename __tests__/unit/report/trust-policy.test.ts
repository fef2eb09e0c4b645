// print-trust-policy's text: the policy for the claims and the target, and commands a shell runs as
// they read, whatever the token's issuer holds.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A role with a path and sessions of two hours: what the commands must keep. */
const TARGET = {
  partition: 'aws',
  accountId: '123456789012',
  roleName: 'deploy',
  roleArn: 'arn:aws:iam::123456789012:role/team/deploy',
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
      { ...TARGET, accountId: undefined, roleName: undefined, roleArn: undefined },
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
        '# Trust policy admitting exactly this job (issuer https://token.actions.githubusercontent.com), saved as trust-policy.json:',
        "# Admits the sub this job's token has: repo:o/r:ref:refs/heads/main",
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
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        '',
        '# The role, with this policy:',
        "aws iam create-role --role-name 'ROLE_NAME' --assume-role-policy-document file://trust-policy.json",
        '# For a role that exists already, create-role fails and these lines update it instead:',
        "aws iam update-assume-role-policy --role-name 'ROLE_NAME' --policy-document file://trust-policy.json",
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'ROLE_NAME' --policy-arn 'arn:aws:iam::ACCOUNT_ID:policy/POLICY_NAME'",
        '',
        "# Replace ACCOUNT_ID (your 12-digit account ID) and ROLE_NAME (the role's name), or give role-to-assume and run this step again.",
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
        roleArn: 'arn:aws-cn:iam::123456789012:role/deploy',
        durationSeconds: 3600,
        subs: 'token',
      },
      [],
      [
        '# Trust policy admitting exactly this job (issuer (not set)), saved as trust-policy.json:',
        "# Admits the sub this job's token has: (not set)",
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
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        '',
        '# The role, with this policy:',
        "aws iam create-role --role-name 'deploy' --assume-role-policy-document file://trust-policy.json",
        '# For a role that exists already, create-role fails and these lines update it instead:',
        "aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'deploy' --policy-arn 'arn:aws-cn:iam::123456789012:policy/POLICY_NAME'",
        '',
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
        '# Trust policy admitting exactly this job (issuer https://ghes.example.test/_services/token), saved as trust-policy.json:',
        "# Admits the sub this job's token has: repo:o/r:environment:it's (trust-policy-sub: both, but the token has no repository, repository_id, repository_owner_id claim to build the other form from: only this sub is admitted)",
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
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://ghes.example.test/_services/token' --client-id-list 'my-aud'",
        '',
        '# The role, with this policy and sessions of up to 3601 s (role-duration-seconds):',
        "aws iam create-role --role-name 'ROLE_NAME' --max-session-duration 3601 --assume-role-policy-document file://trust-policy.json",
        '# For a role that exists already, create-role fails and these lines update it instead:',
        "aws iam update-assume-role-policy --role-name 'ROLE_NAME' --policy-document file://trust-policy.json",
        "aws iam update-role --role-name 'ROLE_NAME' --max-session-duration 3601",
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'ROLE_NAME' --policy-arn 'arn:aws-us-gov:iam::123456789012:policy/POLICY_NAME'",
        '',
        "# Replace ROLE_NAME (the role's name), or give role-to-assume and run this step again.",
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
        roleArn: 'arn:aws:iam::123456789012:role/team/ci/deploy',
        durationSeconds: 7200,
        subs: 'both',
      },
      ['A note from GitHub.'],
      [
        '# Trust policy admitting exactly this job (issuer https://token.actions.githubusercontent.com), saved as trust-policy.json:',
        '# Admits both forms of sub: repo:o/r:environment:prod (the name form) and repo:o@11/r@22:environment:prod (the immutable form; this token has the immutable form).',
        '# This token has the immutable form already: narrow :sub to it (trust-policy-sub: token prints that policy).',
        '# A note from GitHub.',
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
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        '',
        '# The role, with this policy and sessions of up to 7200 s (role-duration-seconds):',
        "aws iam create-role --role-name 'deploy' --path '/team/ci/' --max-session-duration 7200 --assume-role-policy-document file://trust-policy.json",
        '# For a role that exists already, create-role fails and these lines update it instead:',
        "aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        "aws iam update-role --role-name 'deploy' --max-session-duration 7200",
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'deploy' --policy-arn 'arn:aws:iam::123456789012:policy/POLICY_NAME'",
        '',
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
        roleArn: 'arn:aws:iam::123456789012:role/deploy',
        durationSeconds: 900,
        subs: 'both',
      },
      [],
      [
        '# Trust policy admitting exactly this job (issuer (not set)), saved as trust-policy.json:',
        "# Admits the sub this job's token has: repo:o/r:workflow:deploy (trust-policy-sub: both, but this sub is in neither default form, so a custom sub template is in force: only this sub is admitted)",
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
        '# Once per account, if the provider is not there yet (IAM pins the issuer’s certificate itself):',
        "aws iam create-open-id-connect-provider --url 'https://token.actions.githubusercontent.com' --client-id-list 'sts.amazonaws.com'",
        '',
        '# The role, with this policy:',
        "aws iam create-role --role-name 'deploy' --assume-role-policy-document file://trust-policy.json",
        '# For a role that exists already, create-role fails and these lines update it instead:',
        "aws iam update-assume-role-policy --role-name 'deploy' --policy-document file://trust-policy.json",
        '',
        '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
        '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
        "# aws iam attach-role-policy --role-name 'deploy' --policy-arn 'arn:aws:iam::123456789012:policy/POLICY_NAME'",
        '',
        '# Then remove print-trust-policy: the next run assumes the role.',
      ],
    ],
  ];
  test.each(CASES)('%s', (_name, claims, target, notes, lines) => {
    expect(trustPolicyLines(claims, target, notes)).toEqual(lines);
  });
});

describe('the lines are one script to paste', () => {
  posixTest('sh writes trust-policy.json as the output has it, then runs each command with its words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-policy-'));
    try {
      const claims = { ...CLAIMS, sub: "repo:o/r:environment:it's $(x) `y`", environment: "it's" };
      // aws, as a shell function: one line per call, its words joined by |.
      const script = `aws() { (IFS='|'; printf '%s\\n' "$*") >> calls; }\n${trustPolicyLines(claims, TARGET).join('\n')}`;
      execFileSync('sh', ['-c', script], { cwd: dir });
      const written = JSON.parse(readFileSync(join(dir, 'trust-policy.json'), 'utf8'));
      expect(written).toEqual(trustPolicyOf(claims, TARGET));
      expect(readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n')).toEqual([
        'iam|create-open-id-connect-provider|--url|https://token.actions.githubusercontent.com|--client-id-list|sts.amazonaws.com',
        'iam|create-role|--role-name|deploy|--path|/team/|--max-session-duration|7200|--assume-role-policy-document|file://trust-policy.json',
        'iam|update-assume-role-policy|--role-name|deploy|--policy-document|file://trust-policy.json',
        'iam|update-role|--role-name|deploy|--max-session-duration|7200',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
        expect(lines.filter((l) => l.includes('touch pwned') && !/^(#|aws |\s+")/.test(l))).toEqual([]);
        const breaks = ['\r', '\n', '\u2028', '\u0085', '\u000b'];
        expect(lines.filter((l) => breaks.some((b) => l.includes(b)))).toEqual([]);
        const script = `aws() { :; }\n${lines.join('\n')}`;
        execFileSync('sh', ['-c', script], { cwd: dir });
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
    ['arn:aws:iam::123456789012:role/deploy', undefined],
    ['arn:aws:iam::123456789012:role/a/deploy', '/a/'],
    ['arn:aws:iam::123456789012:role/a/b/deploy', '/a/b/'],
    [undefined, undefined],
  ])('role %s: create-role --path %s', (roleArn, path) => {
    const create = trustPolicyLines(CLAIMS, { ...TARGET, roleArn }).find((l) =>
      l.startsWith('aws iam create-role'),
    );
    expect(/--path '([^']*)'/.exec(create ?? '')?.[1]).toBe(path);
  });
});
