// Every problem and warning of the rules across inputs (inputs/rules.ts), word for word:
// the message is the product (it names the input, says what is wrong with the value, gives the fix),
// so a change to any word shows here. One case per branch, boundaries included.

import { describe, expect, test } from '@jest/globals';
import type { AuthMode } from '../../../src/inputs/config.js';
import { parseInputs } from '../../../src/inputs/parse.js';
import { type InputCase, saysEachOfItsInput, saysWordForWord } from '../../../test-support/input-cases.ts';

const CASES: InputCase[] = [
  [
    'role in another partition',
    { 'aws-region': 'cn-north-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy' },
    {
      problems: [
        'Input \'role-to-assume\' is "arn:aws:iam::123456789012:role/deploy": the role is in partition aws but aws-region cn-north-1 is in aws-cn. Use a region of the role’s partition, or the role ARN of that partition.',
      ],
    },
  ],
  [
    'two sources',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'web-identity-token-file': '/t',
    },
    {
      problems: [
        'Inputs aws-access-key-id and web-identity-token-file are both set, but each is a different source of credentials. Keep the one this step should use.',
      ],
    },
  ],
  [
    'three sources',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'web-identity-token-file': '/t',
      'role-chaining': 'true',
    },
    {
      problems: [
        'Inputs aws-access-key-id and web-identity-token-file and role-chaining are both set, but each is a different source of credentials. Keep the one this step should use.',
      ],
    },
  ],
  [
    'token file without a role',
    { 'aws-region': 'us-east-1', 'web-identity-token-file': '/t' },
    {
      problems: [
        "Input 'web-identity-token-file' needs role-to-assume: it is a way to assume a role. Set role-to-assume to the role's ARN.",
      ],
    },
  ],
  [
    'role-chaining without a role',
    { 'aws-region': 'us-east-1', 'role-chaining': 'true' },
    {
      problems: [
        "Input 'role-chaining' needs role-to-assume: it is a way to assume a role. Set role-to-assume to the role's ARN.",
      ],
    },
  ],
  [
    'chaining and unset',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-chaining': 'true',
      'unset-current-credentials': 'true',
    },
    {
      problems: [
        'Inputs role-chaining and unset-current-credentials are both true, but role chaining assumes the role with the current credentials. Remove unset-current-credentials.',
      ],
    },
  ],
  [
    'role name with OIDC',
    { 'aws-region': 'us-east-1', 'role-to-assume': 'deploy' },
    {
      problems: [
        'Input \'role-to-assume\' is "deploy": a role name alone works only with source credentials (access keys, role-chaining, force-skip-oidc). Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>.',
      ],
    },
  ],
  [
    'role name with a token file',
    { 'aws-region': 'us-east-1', 'role-to-assume': 'deploy', 'web-identity-token-file': '/t' },
    {
      problems: [
        'Input \'role-to-assume\' is "deploy": a role name alone works only with source credentials (access keys, role-chaining, force-skip-oidc). Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>.',
      ],
    },
  ],
  [
    'chained session over an hour',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-chaining': 'true',
      'role-duration-seconds': '3601',
    },
    {
      problems: [
        'Input \'role-duration-seconds\' is "3601": role chaining caps a session at 3600 seconds (one hour). Use 3600 or less with role-chaining.',
      ],
    },
  ],
  [
    'transitive key not sent',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'transitive-tag-keys': 'Nope',
    },
    {
      problems: [
        'Input \'transitive-tag-keys\' is "Nope": it is not the key of a session tag this action sends. Use keys among Repository, Workflow, Action, Actor, Commit, Branch or those of custom-tags.',
      ],
    },
  ],
  [
    'skip tagging with custom tags',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'role-skip-session-tagging': 'true',
      'custom-tags': '{"Team":"a"}',
    },
    {
      problems: [
        "Input 'role-skip-session-tagging' is true, so no session tags are sent, but custom-tags is set. Remove one of them.",
      ],
    },
  ],
  [
    'skip tagging with transitive keys',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'role-skip-session-tagging': 'true',
      'transitive-tag-keys': 'Repository',
    },
    {
      problems: [
        "Input 'role-skip-session-tagging' is true, so no session tags are sent, but transitive-tag-keys is set. Remove one of them.",
      ],
    },
  ],
  [
    'web identity ignores tags',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'custom-tags': '{"Team":"a"}',
    },
    {
      warnings: [
        'custom-tags has no effect with a web identity token (AssumeRoleWithWebIdentity takes neither session tags nor an external ID); it was ignored.',
      ],
    },
  ],
  [
    'web identity ignores three',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'custom-tags': '{"Team":"a"}',
      'transitive-tag-keys': 'Team',
      'role-external-id': 'xy',
    },
    {
      warnings: [
        'custom-tags, transitive-tag-keys, role-external-id have no effect with a web identity token (AssumeRoleWithWebIdentity takes neither session tags nor an external ID); it was ignored.',
      ],
    },
  ],
  [
    'profile without credentials',
    { 'aws-region': 'us-east-1', 'aws-profile': 'p' },
    {
      problems: [
        "Input 'aws-profile' needs credentials to write, but neither role-to-assume nor aws-access-key-id is set. Set one of them, or remove aws-profile.",
      ],
    },
  ],
  [
    'refresh with keys',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'refresh-credentials': 'true',
      'output-env-credentials': 'false',
    },
    {
      problems: [
        "Input 'refresh-credentials' is true, but it refreshes through GitHub OIDC (or chains from a refreshing profile) and the inputs choose access-keys. Use role-to-assume alone (with permissions: id-token: write) or with role-chaining, or remove refresh-credentials.",
      ],
    },
  ],
  [
    'refresh chain without a name',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-chaining': 'true',
      'refresh-credentials': 'true',
      'output-env-credentials': 'false',
    },
    {
      problems: [
        'Inputs refresh-credentials and role-chaining are both true, so this step writes a second refreshing profile beside the one it chains from. Name it with aws-profile (e.g. aws-profile: deploy-chained).',
      ],
    },
  ],
  [
    'refresh with env export',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'refresh-credentials': 'true',
      'output-env-credentials': 'true',
    },
    {
      problems: [
        'Inputs refresh-credentials and output-env-credentials are both true, but exported keys would shadow the refreshing profile and expire with the session. Remove output-env-credentials.',
      ],
    },
  ],
  [
    'workaround without retries',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'special-characters-workaround': 'true',
      'disable-retry': 'true',
    },
    {
      problems: [
        'Inputs special-characters-workaround and disable-retry are both true, but the workaround works by re-assuming the role. Remove disable-retry.',
      ],
    },
  ],
  [
    'role not in allowed accounts',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'allowed-account-ids': '111111111111,222222222222',
    },
    {
      problems: [
        'Input \'role-to-assume\' is "arn:aws:iam::123456789012:role/deploy": its account 123456789012 is not in allowed-account-ids (111111111111, 222222222222). Use a role in an allowed account, or add the account to allowed-account-ids.',
      ],
    },
  ],
  [
    'chained session of an hour',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-chaining': 'true',
      'role-duration-seconds': '3600',
    },
    { warnings: [] },
  ],
  [
    'transitive custom key',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"Team":"a"}',
      'transitive-tag-keys': 'Team',
    },
    { warnings: [] },
  ],
  [
    'print-trust-policy with role-chaining',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'print-trust-policy': 'true',
      'role-chaining': 'true',
    },
    {
      problems: [
        "Input 'print-trust-policy' is true, so the step prints a trust policy for this job's GitHub OIDC token, but role-chaining chooses another source of credentials. Remove one of them: print the policy in a step of its own.",
      ],
    },
  ],
  [
    'print-trust-policy with access keys and force-skip-oidc',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'print-trust-policy': 'true',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'force-skip-oidc': 'true',
    },
    {
      problems: [
        "Input 'print-trust-policy' is true, so the step prints a trust policy for this job's GitHub OIDC token, but aws-access-key-id and force-skip-oidc choose another source of credentials. Remove one of them: print the policy in a step of its own.",
      ],
    },
  ],
  [
    'print-trust-policy with the role alone: no problem',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'print-trust-policy': 'true',
    },
    { warnings: [] },
  ],
  [
    'trust-policy-sub neither token nor both',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'trust-policy-sub': 'Both',
    },
    {
      problems: [
        "Input 'trust-policy-sub' is \"Both\": it is 'token' (the sub this job's token has) or 'both' (the name form and the immutable form). Use trust-policy-sub: both before a rename, transfer or opt-in to immutable claims; token otherwise.",
      ],
    },
  ],
];

saysWordForWord(CASES);

saysEachOfItsInput(CASES);

// The documented "ignored" inputs, in every mode: the warning in each web identity mode, none in
// the modes whose AssumeRole takes them. Keyed by AuthMode, so that a new mode needs its row.
describe('custom-tags, transitive-tag-keys and role-external-id in every mode', () => {
  const ROLE = { 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy' };
  const MODES: Record<AuthMode, [Record<string, string>, boolean]> = {
    oidc: [{}, true],
    'token-file': [{ 'web-identity-token-file': '/var/run/token' }, true],
    'access-keys': [{ 'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE', 'aws-secret-access-key': 's' }, false],
    'role-chaining': [{ 'role-chaining': 'true' }, false],
    ambient: [{ 'force-skip-oidc': 'true' }, false],
  };
  const IGNORED = [
    ['custom-tags', '{"Team":"a"}'],
    ['transitive-tag-keys', 'Repository'],
    ['role-external-id', 'external-1'],
  ] as const;
  test.each(
    Object.entries(MODES).flatMap(([mode, [inputs, warned]]) =>
      IGNORED.map(([input, value]) => [input, mode, warned, { ...ROLE, ...inputs, [input]: value }] as const),
    ),
  )('%s in %s mode: warned that it is ignored, %s', (input, mode, warned, inputs) => {
    const config = parseInputs((n) => (inputs as Record<string, string>)[n] ?? '');
    expect(config.mode).toBe(mode);
    const said = config.warnings.filter((w) => w.includes('no effect with a web identity token'));
    expect(said).toEqual(warned ? [expect.stringMatching(new RegExp(`^${input} has no effect`))] : []);
  });
});
