// Every problem and warning of the credential source: aws-region, role-to-assume, the access keys, web-identity-token-file (inputs/target.ts, inputs/source.ts), word for word:
// the message is the product (it names the input, says what is wrong with the value, gives the fix),
// so a change to any word shows here. One case per branch, boundaries included.

import { describe, expect, test } from '@jest/globals';
import { modeOf } from '../../../src/inputs/source.ts';
import { type InputCase, saysEachOfItsInput, saysWordForWord } from '../../../test-support/input-cases.ts';

const CASES: InputCase[] = [
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
    'region and role empty',
    {},
    {
      problems: [
        "Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.",
      ],
    },
  ],
];

saysWordForWord(CASES);
saysEachOfItsInput(CASES);

describe('the modes table, word for word', () => {
  // What each mode is: the failure line, the summary's row and how its token is handled.
  test.each([
    ['access-keys', false, false, false, 'with the access keys', 'access keys (inputs)'],
    ['token-file', true, true, false, 'with the web identity token file', 'web identity token file'],
    [
      'role-chaining',
      false,
      false,
      false,
      'with the credentials in the environment (role-chaining)',
      'an earlier step (role-chaining)',
    ],
    ['oidc', true, false, true, 'with a GitHub OIDC token', 'GitHub OIDC'],
    ['ambient', false, false, false, "with the runner's own credentials", "the runner's own credentials"],
  ] as const)('%s', (mode, webIdentity, freshTokenEachAttempt, prefetch, said, source) => {
    const { chosenWhen: _, ...facts } = modeOf(mode);
    expect(facts).toEqual({ webIdentity, freshTokenEachAttempt, prefetch, with: said, source });
  });

  test('ambient is chosen when nothing else is given', () => {
    const none = { keys: false, tokenFile: false, roleChaining: false, role: false, forceSkipOidc: false };
    expect(modeOf('ambient').chosenWhen(none)).toBe(true);
  });
});
