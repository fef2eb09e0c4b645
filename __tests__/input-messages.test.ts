// Every input problem and warning, word for word: the message is the product (it names the input,
// says what is wrong with the value, gives the fix), so a change to any word shows here.
// One case per rule and per branch of each parser, boundaries included (e.g. 3600 and 3601).

import { expect, test } from '@jest/globals';
import { InputError } from '../src/errors.js';
import { parseInputs } from '../src/inputs/parse.js';
import type { InputName } from '../src/inputs/spec.js';

type Said = { problems: string[] } | { warnings: string[] };

const CASES: [string, Partial<Record<InputName, string>>, Said][] = [
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
    'key id empty',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-secret-access-key': 'x',
    },
    {
      problems: [
        "Input 'aws-access-key-id' is empty, but aws-secret-access-key is set. Set all the keys of one identity, or none; a secret that does not exist (or that a fork cannot see) reads as empty.",
      ],
    },
  ],
  [
    'session token only',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-session-token': 'x',
    },
    {
      problems: [
        "Input 'aws-access-key-id' is empty, but aws-session-token is set. Set all the keys of one identity, or none; a secret that does not exist (or that a fork cannot see) reads as empty.",
      ],
    },
  ],
  [
    'key id bad',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'akia',
      'aws-secret-access-key': 'x',
    },
    {
      problems: [
        "Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128 upper-case letters and digits (AKIA... or ASIA...). Check the secret it comes from for stray spaces or quotes.",
      ],
    },
  ],
  [
    'secret empty',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
    },
    {
      problems: [
        "Input 'aws-secret-access-key' is empty, but aws-access-key-id is set. Pass the secret access key of the same identity; a secret that does not exist (or that a fork cannot see) reads as empty.",
      ],
    },
  ],
  [
    'secret whitespace',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'a b',
    },
    {
      problems: [
        "Input 'aws-secret-access-key' contains whitespace. Copy the value again without spaces or line breaks.",
      ],
    },
  ],
  [
    'token whitespace',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws-session-token': 'a\nb',
    },
    {
      problems: [
        "Input 'aws-session-token' contains whitespace. Copy the value again without spaces or line breaks.",
      ],
    },
  ],
  [
    'token file with a newline',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'web-identity-token-file': 'a\nb',
    },
    {
      problems: [
        'Input \'web-identity-token-file\' is "a\\nb": it contains a control character. Use a plain path.',
      ],
    },
  ],
  [
    'custom-tags not JSON',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{": not JSON (Expected property name or \'}\' in JSON at position 1 (line 1 column 2)). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags an array',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '[]',
    },
    {
      problems: [
        'Input \'custom-tags\' is "[]": not a JSON object. Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags null',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': 'null',
    },
    {
      problems: [
        'Input \'custom-tags\' is "null": not a JSON object. Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags a number value',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"a":1}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"a\\":1}": the value of "a" is not a string. Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags own key',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"repository":"x"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"repository\\":\\"x\\"}": the key "repository" is one this action sets itself. Rename it; Repository, Workflow, Action, Actor, Commit, Branch, EventName, BaseRef, HeadRef, RunId, Job, TriggeringActor are reserved.',
      ],
    },
  ],
  [
    'custom-tags aws: key',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"aws:x":"y"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"aws:x\\":\\"y\\"}": the key "aws:x" is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags empty key',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"":"y"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"\\":\\"y\\"}": the key "" is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags long key',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags':
        '{"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":"v"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...": the key "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk" is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags key of 128',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags':
        '{"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"}',
    },
    { warnings: [] },
  ],
  [
    'custom-tags bad char key',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"a!":"y"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"a!\\":\\"y\\"}": the key "a!" is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags long value',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags':
        '{"a":"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"a\\":\\"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv...": the value of "a" is not a valid tag value (at most 256 letters, digits, spaces and _ . : / = + - @). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags bad value',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags': '{"a":"x;y"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"a\\":\\"x;y\\"}": the value of "a" is not a valid tag value (at most 256 letters, digits, spaces and _ . : / = + - @). Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.',
      ],
    },
  ],
  [
    'custom-tags too many',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags':
        '{"k0":"v","k1":"v","k2":"v","k3":"v","k4":"v","k5":"v","k6":"v","k7":"v","k8":"v","k9":"v","k10":"v","k11":"v","k12":"v","k13":"v","k14":"v","k15":"v","k16":"v","k17":"v","k18":"v","k19":"v","k20":"v","k21":"v","k22":"v","k23":"v","k24":"v","k25":"v","k26":"v","k27":"v","k28":"v","k29":"v","k30":"v","k31":"v","k32":"v","k33":"v","k34":"v","k35":"v","k36":"v","k37":"v","k38":"v","k39":"v","k40":"v"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"k0\\":\\"v\\",\\"k1\\":\\"v\\",\\"k2\\":\\"v\\",\\"k3\\":\\"v\\",\\"k4\\":\\"v\\",\\"k5\\":\\"v\\",\\"k6\\":\\"v\\",\\"k7\\":\\"v\\",\\"k8\\"...": it has 41 tags; with this action\'s own 12, STS takes at most 38. Remove some tags.',
      ],
    },
  ],
  [
    'custom-tags as many as fit',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'custom-tags':
        '{"k0":"v","k1":"v","k2":"v","k3":"v","k4":"v","k5":"v","k6":"v","k7":"v","k8":"v","k9":"v","k10":"v","k11":"v","k12":"v","k13":"v","k14":"v","k15":"v","k16":"v","k17":"v","k18":"v","k19":"v","k20":"v","k21":"v","k22":"v","k23":"v","k24":"v","k25":"v","k26":"v","k27":"v","k28":"v","k29":"v","k30":"v","k31":"v","k32":"v","k33":"v","k34":"v","k35":"v","k36":"v","k37":"v","k38":"v","k39":"v"}',
    },
    {
      problems: [
        'Input \'custom-tags\' is "{\\"k0\\":\\"v\\",\\"k1\\":\\"v\\",\\"k2\\":\\"v\\",\\"k3\\":\\"v\\",\\"k4\\":\\"v\\",\\"k5\\":\\"v\\",\\"k6\\":\\"v\\",\\"k7\\":\\"v\\",\\"k8\\"...": it has 40 tags; with this action\'s own 12, STS takes at most 38. Remove some tags.',
      ],
    },
  ],
  [
    'inline policy not JSON',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'inline-session-policy': '{x',
    },
    {
      problems: [
        'Input \'inline-session-policy\' is "{x": not JSON (Expected property name or \'}\' in JSON at position 1 (line 1 column 2)). Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.',
      ],
    },
  ],
  [
    'inline policy not a document',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'inline-session-policy': '{"a":1}',
    },
    {
      problems: [
        'Input \'inline-session-policy\' is "{\\"a\\":1}": not a policy document (a JSON object with a Statement). Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.',
      ],
    },
  ],
  [
    'inline policy an array',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'inline-session-policy': '[{"Statement":[]}]',
    },
    {
      problems: [
        'Input \'inline-session-policy\' is "[{\\"Statement\\":[]}]": not a policy document (a JSON object with a Statement). Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.',
      ],
    },
  ],
  [
    'inline policy null',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'inline-session-policy': 'null',
    },
    {
      problems: [
        'Input \'inline-session-policy\' is "null": not a policy document (a JSON object with a Statement). Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.',
      ],
    },
  ],
  [
    'inline policy too long',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'inline-session-policy':
        '{"Statement":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}',
    },
    {
      problems: [
        'Input \'inline-session-policy\' is "{\\"Statement\\":\\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...": it is 2056 characters without whitespace; STS takes at most 2048. Shorten it, or use managed-session-policies.',
      ],
    },
  ],
  [
    'inline policy of 2048',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'inline-session-policy':
        '{"Statement":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}',
    },
    { warnings: [] },
  ],
  [
    'managed policy bad',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'managed-session-policies': 'arn:aws:iam::aws:user/x',
    },
    {
      problems: [
        'Input \'managed-session-policies\' is "arn:aws:iam::aws:user/x": not an IAM policy ARN. Use one ARN a line, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess.',
      ],
    },
  ],
  [
    'managed policy other partition',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'managed-session-policies': 'arn:aws-moon:iam::aws:policy/x',
    },
    {
      problems: [
        'Input \'managed-session-policies\' is "arn:aws-moon:iam::aws:policy/x": not an IAM policy ARN. Use one ARN a line, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess.',
      ],
    },
  ],
  [
    'eleven managed policies',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'managed-session-policies':
        'arn:aws:iam::aws:policy/P0\narn:aws:iam::aws:policy/P1\narn:aws:iam::aws:policy/P2\narn:aws:iam::aws:policy/P3\narn:aws:iam::aws:policy/P4\narn:aws:iam::aws:policy/P5\narn:aws:iam::aws:policy/P6\narn:aws:iam::aws:policy/P7\narn:aws:iam::aws:policy/P8\narn:aws:iam::aws:policy/P9\narn:aws:iam::aws:policy/P10',
    },
    {
      problems: [
        "Input 'managed-session-policies' lists 11 policies; STS takes at most 10. Merge some of them.",
      ],
    },
  ],
  [
    'ten managed policies',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'managed-session-policies':
        'arn:aws:iam::123456789012:policy/P0,arn:aws:iam::123456789012:policy/P1,arn:aws:iam::123456789012:policy/P2,arn:aws:iam::123456789012:policy/P3,arn:aws:iam::123456789012:policy/P4,arn:aws:iam::123456789012:policy/P5,arn:aws:iam::123456789012:policy/P6,arn:aws:iam::123456789012:policy/P7,arn:aws:iam::123456789012:policy/P8,arn:aws:iam::123456789012:policy/P9',
    },
    { warnings: [] },
  ],
  [
    'retry 0',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'retry-max-attempts': '0',
    },
    {
      problems: [
        'Input \'retry-max-attempts\' is "0": it must be a whole number at least 1. Use 1 for a single attempt, or leave it empty for the default of 12.',
      ],
    },
  ],
  [
    'action timeout too long',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'action-timeout-s': '432001',
    },
    {
      problems: [
        'Input \'action-timeout-s\' is "432001": it must be a whole number from 0 to 432000. Use seconds, e.g. 60, or 0 for no limit.',
      ],
    },
  ],
  [
    'action timeout max',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'action-timeout-s': '432000',
    },
    { warnings: [] },
  ],
  [
    'http timeout 0',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'http-timeout-s': '0',
    },
    {
      problems: [
        'Input \'http-timeout-s\' is "0": it must be a whole number from 1 to 300. Use seconds, e.g. 10.',
      ],
    },
  ],
  [
    'http timeout 301',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'http-timeout-s': '301',
    },
    {
      problems: [
        'Input \'http-timeout-s\' is "301": it must be a whole number from 1 to 300. Use seconds, e.g. 10.',
      ],
    },
  ],
  [
    'http timeout 300',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'http-timeout-s': '300',
    },
    { warnings: [] },
  ],
  [
    'allowed account bad',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'allowed-account-ids': '1234, 12345678901a',
    },
    {
      problems: [
        'Input \'allowed-account-ids\' is "1234": not a 12-digit AWS account ID. Use account IDs separated by commas, e.g. 123456789012,210987654321.',
        'Input \'allowed-account-ids\' is "12345678901a": not a 12-digit AWS account ID. Use account IDs separated by commas, e.g. 123456789012,210987654321.',
      ],
    },
  ],
  [
    'sts endpoint not a URL',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'sts-endpoint': 'sts.example.com',
    },
    {
      problems: [
        'Input \'sts-endpoint\' is "sts.example.com": not an http(s) URL. Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
      ],
    },
  ],
  [
    'sts endpoint ftp',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'sts-endpoint': 'ftp://sts.example.com',
    },
    {
      problems: [
        'Input \'sts-endpoint\' is "ftp://sts.example.com": not an http(s) URL. Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
      ],
    },
  ],
  [
    'sts endpoint with a password',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'sts-endpoint': 'https://u:p4ssw0rd@sts.example.com',
    },
    {
      problems: [
        "Input 'sts-endpoint' contains a user name or password. Remove the user:password@ part; STS needs none.",
      ],
    },
  ],
  [
    'sts endpoint with a path',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'sts-endpoint': 'https://sts.example.com/x?y=1',
    },
    { warnings: [] },
  ],
  [
    'proxy not a URL',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'http-proxy': 'proxy:3128',
    },
    {
      problems: [
        'Input \'http-proxy\' is "proxy:3128": not an http(s) URL. Use a URL such as http://proxy.example.com:3128 (the input, or HTTPS_PROXY / HTTP_PROXY).',
      ],
    },
  ],
  [
    'proxy bad escape',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'http-proxy': 'http://u:p%zz@proxy:3128',
    },
    {
      problems: [
        "Input 'http-proxy' has a user name or password with an invalid %-escape (a % not followed by two hex digits). Percent-encode them: a literal % as %25, @ as %40, : as %3A.",
      ],
    },
  ],
  [
    'profile with a space',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-profile': 'my profile',
    },
    {
      problems: [
        'Input \'aws-profile\' is "my profile": a profile name is 1 to 64 letters, digits and _ . + @ : - (no spaces, brackets or slashes). Use e.g. aws-profile: deploy.',
      ],
    },
  ],
  [
    'profile with a bracket',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-profile': 'a]b',
    },
    {
      problems: [
        'Input \'aws-profile\' is "a]b": a profile name is 1 to 64 letters, digits and _ . + @ : - (no spaces, brackets or slashes). Use e.g. aws-profile: deploy.',
      ],
    },
  ],
  [
    'overwrite without a profile',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'overwrite-aws-profile': 'true',
    },
    { warnings: [] },
  ],
  [
    'session name bad',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-session-name': 'a b',
    },
    {
      problems: [
        'Input \'role-session-name\' is "a b": it contains " ", and STS allows only letters, digits and + = , . @ _ -. Use e.g. GitHubActions, or replace the other characters with - or _.',
      ],
    },
  ],
  [
    'session name too long',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-session-name': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    },
    {
      problems: [
        'Input \'role-session-name\' is "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": it is 65 characters long, and STS needs 2 to 64. Use e.g. GitHubActions, or replace the other characters with - or _.',
      ],
    },
  ],
  [
    'session name too short',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-session-name': 'a',
    },
    {
      problems: [
        'Input \'role-session-name\' is "a": it is 1 character long, and STS needs 2 to 64. Use e.g. GitHubActions, or replace the other characters with - or _.',
      ],
    },
  ],
  [
    'duration too short',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-duration-seconds': '899',
    },
    {
      problems: [
        'Input \'role-duration-seconds\' is "899": it must be a whole number from 900 to 43200. Use seconds, e.g. 3600 for one hour (the role’s own maximum session duration also applies).',
      ],
    },
  ],
  [
    'duration too long',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-duration-seconds': '43201',
    },
    {
      problems: [
        'Input \'role-duration-seconds\' is "43201": it must be a whole number from 900 to 43200. Use seconds, e.g. 3600 for one hour (the role’s own maximum session duration also applies).',
      ],
    },
  ],
  [
    'external id too short',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'role-external-id': 'a',
    },
    {
      problems: [
        'Input \'role-external-id\' is "a": STS takes 2 to 1224 letters, digits and + = , . @ : / - _. Use the external ID the role owner gave you, exactly.',
      ],
    },
  ],
  [
    'external id bad',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'role-external-id': 'a b',
    },
    {
      problems: [
        'Input \'role-external-id\' is "a b": STS takes 2 to 1224 letters, digits and + = , . @ : / - _. Use the external ID the role owner gave you, exactly.',
      ],
    },
  ],
  [
    'audience with a newline',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      audience: 'a\nb',
    },
    {
      problems: [
        'Input \'audience\' is "a\\nb": it contains whitespace. Use the audience the IAM OIDC provider lists, normally sts.amazonaws.com.',
      ],
    },
  ],
  [
    'a boolean that is not one',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'mask-aws-account-id': 'yes',
    },
    {
      problems: [
        'Input \'mask-aws-account-id\' is "yes": not a boolean. Use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE).',
      ],
    },
  ],
  [
    'region and role empty',
    {},
    {
      problems: [
        "Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.",
      ],
    },
  ],
  [
    'a secret alone beside a token file',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-secret-access-key': 'x',
      'web-identity-token-file': '/t',
    },
    {
      problems: [
        "Input 'aws-access-key-id' is empty, but aws-secret-access-key is set. Set all the keys of one identity, or none; a secret that does not exist (or that a fork cannot see) reads as empty.",
        'Inputs aws-access-key-id and web-identity-token-file are both set, but each is a different source of credentials. Keep the one this step should use.',
      ],
    },
  ],
  [
    'a key ID with a lower-case prefix',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'akiaAKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'x',
    },
    {
      problems: [
        "Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128 upper-case letters and digits (AKIA... or ASIA...). Check the secret it comes from for stray spaces or quotes.",
      ],
    },
  ],
  [
    'a key ID with a trailing dash',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE-',
      'aws-secret-access-key': 'x',
    },
    {
      problems: [
        "Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128 upper-case letters and digits (AKIA... or ASIA...). Check the secret it comes from for stray spaces or quotes.",
      ],
    },
  ],
  [
    'keys with a plain session token',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws-session-token': 'FwoGZXIvYXdzEJr',
    },
    { warnings: [] },
  ],
  [
    'a value of 80 characters is shown whole',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-session-name': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
    },
    {
      problems: [
        'Input \'role-session-name\' is "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!": it contains "!", and STS allows only letters, digits and + = , . @ _ -. Use e.g. GitHubActions, or replace the other characters with - or _.',
      ],
    },
  ],
  [
    'a value of 81 characters is cut',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'role-session-name':
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
    },
    {
      problems: [
        'Input \'role-session-name\' is "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...": it contains "!", and STS allows only letters, digits and + = , . @ _ -. Use e.g. GitHubActions, or replace the other characters with - or _.',
      ],
    },
  ],
  [
    'a URL with a user name is shown only up to its host',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'sts-endpoint': 'ftp://user@sts.example.com',
    },
    {
      problems: [
        'Input \'sts-endpoint\' is "ftp://...": not an http(s) URL. Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
      ],
    },
  ],
  [
    'a number with letters after it',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'retry-max-attempts': '12a',
    },
    {
      problems: [
        'Input \'retry-max-attempts\' is "12a": it must be a whole number at least 1. Use 1 for a single attempt, or leave it empty for the default of 12.',
      ],
    },
  ],
  [
    'a number with letters before it',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'retry-max-attempts': 'a12',
    },
    {
      problems: [
        'Input \'retry-max-attempts\' is "a12": it must be a whole number at least 1. Use 1 for a single attempt, or leave it empty for the default of 12.',
      ],
    },
  ],
  [
    'False is a boolean',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'output-env-credentials': 'False',
      'mask-aws-account-id': 'FALSE',
    },
    { warnings: [] },
  ],
  [
    'True is a boolean',
    {
      'aws-region': 'us-east-1',
      'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
      'mask-aws-account-id': 'True',
    },
    { warnings: [] },
  ],
];

test.each(CASES)('%s', (_name, inputs, expected) => {
  let said: Said;
  try {
    said = { warnings: [...parseInputs((n) => inputs[n] ?? '', '/workspace').warnings] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    said = { problems: [...error.problems] };
  }
  expect(said).toEqual(expected);
});
