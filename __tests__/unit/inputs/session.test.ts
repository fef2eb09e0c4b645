// Every problem and warning of the role session: audience, session name, duration, external ID, custom-tags, session policies (inputs/session.ts and its helpers), word for word:
// the message is the product (it names the input, says what is wrong with the value, gives the fix),
// so a change to any word shows here. One case per branch, boundaries included.

import { type InputCase, saysEachOfItsInput, saysWordForWord } from '../../../test-support/input-cases.ts';

const CASES: InputCase[] = [
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
];

saysWordForWord(CASES);
saysEachOfItsInput(CASES);
