// Every problem and warning of where the credentials go: aws-profile, the boolean outputs and switches (inputs/destination.ts), word for word:
// the message is the product (it names the input, says what is wrong with the value, gives the fix),
// so a change to any word shows here. One case per branch, boundaries included.

import { type InputCase, saysWordForWord } from '../../../test-support/input-cases.ts';

const CASES: InputCase[] = [
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

saysWordForWord(CASES);
