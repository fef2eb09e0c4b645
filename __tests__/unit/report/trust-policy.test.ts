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
