// Every problem and warning of bounds and the network path: retries, timeouts, allowed accounts, sts-endpoint, http-proxy (inputs/limits.ts), word for word:
// the message is the product (it names the input, says what is wrong with the value, gives the fix),
// so a change to any word shows here. One case per branch, boundaries included.

import { type InputCase, saysEachOfItsInput, saysWordForWord } from '../../../test-support/input-cases.ts';

const CASES: InputCase[] = [
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
];

saysWordForWord(CASES);
saysEachOfItsInput(CASES);
