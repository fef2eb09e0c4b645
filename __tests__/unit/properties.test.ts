// Hostile input: properties of the configuration parser over arbitrary strings (fast-check), and a
// table of values people really paste, each with the message it must produce.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import type { Config } from '../../src/inputs/config.js';
import { parseInputs } from '../../src/inputs/parse.js';
import { INPUT_NAMES, type InputName, SECRET_INPUTS } from '../../src/inputs/spec.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const BASE: Partial<Record<InputName, string>> = { 'aws-region': 'us-east-1', 'role-to-assume': ROLE };

function outcome(inputs: Partial<Record<InputName, string>>): Config | Error | unknown {
  try {
    return parseInputs((name) => inputs[name] ?? '', '/workspace');
  } catch (error) {
    return error;
  }
}

// Strings as they arrive from YAML and secrets: any unicode, control characters, JSON-ish, URLs.
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\n', '\r\n', ' ', '\0', '%0A', '::error::x', 'true\n', '1e9', '-1', '{', '[]', 'null'),
  fc.json({ maxDepth: 2 }),
  fc.webUrl(),
);

describe('properties of parseInputs', () => {
  test('any string for any input: a frozen Config, or an InputError whose message names that input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INPUT_NAMES), hostile, (name, value) => {
        const result = outcome({ ...BASE, [name]: value });
        if (result instanceof InputError) {
          expect(result.message).toContain(name);
          expect(result.problems.length).toBeGreaterThan(0);
        } else {
          // Nothing else may be thrown: no TypeError from a missed case, no string.
          expect(result).not.toBeInstanceOf(Error);
          expect(Object.isFrozen(result)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('several inputs at once: a frozen Config, or an InputError each of whose problems names an input given', () => {
    const some = fc.dictionary(fc.constantFrom(...INPUT_NAMES), hostile, { maxKeys: 6 });
    fc.assert(
      fc.property(some, (inputs) => {
        const result = outcome({ ...BASE, ...inputs });
        if (result instanceof InputError) {
          const given = Object.keys({ ...BASE, ...inputs });
          for (const problem of result.problems) {
            expect(given.some((name) => problem.includes(name))).toBe(true);
            expect(result.message).toContain(problem);
          }
        } else {
          expect(result).not.toBeInstanceOf(Error);
          expect(Object.isFrozen(result)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  // Valid key IDs, so that every branch after the key ID check is reached (and counted below).
  test('no message ever echoes a key, a secret or a session token, on every branch of the key checks', () => {
    const keyId = fc.oneof(
      fc.stringMatching(/^(AKIA|ASIA)[A-Z0-9]{16}$/),
      fc.constantFrom('', 'akia-bad id'),
    );
    const secretish = fc.oneof(
      fc.constant(''),
      fc.stringMatching(/^[A-Za-z0-9/+]{30,40}$/),
      fc
        .tuple(
          fc.stringMatching(/^[A-Za-z0-9/+]{12,20}$/),
          fc.constantFrom(' ', '\n', '\t', '\r\n'),
          fc.stringMatching(/^[A-Za-z0-9/+]{12,20}$/),
        )
        .map(([a, ws, b]) => a + ws + b),
    );
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        keyId,
        secretish,
        secretish,
        fc.dictionary(fc.constantFrom(...INPUT_NAMES), hostile, { maxKeys: 2 }),
        (id, secret, token, others) => {
          const keys = {
            'aws-access-key-id': id,
            'aws-secret-access-key': secret,
            'aws-session-token': token,
          };
          const result = outcome({ ...BASE, ...others, ...keys });
          if (result instanceof InputError) {
            for (const value of [id, secret, token].filter((v) => v.length >= 8))
              expect(result.message).not.toContain(value);
            const branch =
              /Input '(aws-[a-z-]+)' (is empty|is not an access key ID|contains whitespace)/.exec(
                result.message,
              );
            if (branch) reached.add(`${branch[1]} ${branch[2]}`);
          } else {
            expect(result).not.toBeInstanceOf(Error);
            const config = result as Config;
            if (config.mode === 'access-keys') {
              expect(config.accessKeys).toEqual({
                accessKeyId: id,
                secretAccessKey: secret,
                sessionToken: token || undefined,
              });
              reached.add('accepted');
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
    expect([...reached].sort()).toEqual([
      'accepted',
      'aws-access-key-id is empty',
      'aws-access-key-id is not an access key ID',
      'aws-secret-access-key contains whitespace',
      'aws-secret-access-key is empty',
      'aws-session-token contains whitespace',
    ]);
  });

  test('no message ever echoes any other secret input, whatever else is wrong', () => {
    const secret = fc
      .string({ unit: 'grapheme', minLength: 8, maxLength: 60 })
      .filter((s) => s.trim().length >= 8);
    fc.assert(
      fc.property(
        fc.constantFrom(...SECRET_INPUTS),
        secret,
        fc.dictionary(fc.constantFrom(...INPUT_NAMES), hostile, { maxKeys: 3 }),
        (name, value, others) => {
          const result = outcome({ ...BASE, ...others, [name]: value });
          if (result instanceof InputError) expect(result.message).not.toContain(value);
          else expect(Object.isFrozen(result)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a proxy password is never echoed', () => {
    fc.assert(
      fc.property(
        // % included: an invalid %-escape is an input error of its own.
        fc.stringMatching(/^[A-Za-z0-9%]{10,20}$/),
        fc.constantFrom('http', 'ftp', 'htp:'),
        (password, scheme) => {
          // Every one of these is a bad URL: there is always an error to read.
          const result = outcome({ ...BASE, 'http-proxy': `${scheme}://user:${password}@proxy:3128 bad` });
          expect(result).toBeInstanceOf(InputError);
          expect((result as InputError).message).toContain("Input 'http-proxy'");
          expect((result as InputError).message).not.toContain(password);
        },
      ),
    );
  });
});

describe('hostile values, each with its message', () => {
  const sixtyFive = 'a'.repeat(65);
  test.each<[InputName, string, RegExp]>([
    [
      'role-to-assume',
      'arn:aws:iam::123456789012:role/my role',
      /^Input 'role-to-assume' is ".*my role": not an IAM role ARN\. Use the full ARN/,
    ],
    ['role-to-assume', ` ${ROLE}`, /is " arn:aws:iam::123456789012:role\/deploy": not an IAM role ARN/],
    [
      'role-to-assume',
      'arn:aws-cn:iam::123456789012:role/r',
      /the role is in partition aws-cn but aws-region us-east-1 is in aws/,
    ],
    [
      'aws-region',
      'us-east-1\n',
      /^Input 'aws-region' is "us-east-1\\n": not a region of any AWS partition this action knows \(aws, .*\)\. Use a region code/,
    ],
    ['aws-region', 'US-EAST-1', /is "US-EAST-1": not a region of any AWS partition/],
    ['aws-region', '', /^Input 'aws-region' is required\. Set it to the AWS region/],
    ['role-duration-seconds', '1e9', /is "1e9": it must be a whole number from 900 to 43200\. Use seconds/],
    ['role-duration-seconds', '3600.5', /is "3600\.5": it must be a whole number from 900 to 43200/],
    ['role-duration-seconds', '-900', /is "-900": it must be a whole number/],
    ['role-session-name', sixtyFive, /it is 65 characters long, and STS needs 2 to 64/],
    ['role-session-name', 'a', /it is 1 character long, and STS needs 2 to 64/],
    ['role-session-name', 'deploy 😀/prod', /it contains " " "😀" "\/", and STS allows only letters/],
    [
      'custom-tags',
      '{Team: platform}',
      /^Input 'custom-tags' is "\{Team: platform\}": not JSON \(.*\)\. Use a JSON object of strings/,
    ],
    ['custom-tags', '["Team"]', /is "\[\\"Team\\"\]": not a JSON object/],
    ['custom-tags', '{"Team": 42}', /the value of "Team" is not a string/],
    ['custom-tags', '{"aws:team": "x"}', /the key "aws:team" is not a valid tag key/],
    ['custom-tags', '{"Actor": "me"}', /the key "Actor" is one this action sets itself/],
    [
      'inline-session-policy',
      '{"Version": "2012-10-17"}',
      /not a policy document \(a JSON object with a Statement\)/,
    ],
    [
      'managed-session-policies',
      'arn:aws:iam::123:policy/x',
      /is "arn:aws:iam::123:policy\/x": not an IAM policy ARN/,
    ],
    ['allowed-account-ids', '12345678901a', /is "12345678901a": not a 12-digit AWS account ID/],
    [
      'aws-profile',
      '../../etc/passwd',
      /^Input 'aws-profile' is "\.\.\/\.\.\/etc\/passwd": a profile name is 1 to 64 letters/,
    ],
    ['aws-profile', '[default]', /a profile name is 1 to 64 letters, digits/],
    ['mask-aws-account-id', 'yes', /is "yes": not a boolean\. Use true or false/],
    ['retry-max-attempts', '0', /is "0": it must be a whole number at least 1/],
    ['retry-max-attempts', '9007199254740993', /it must be a whole number at least 1/],
    ['action-timeout-s', '432001', /it must be a whole number from 0 to 432000/],
    ['http-timeout-s', '0', /it must be a whole number from 1 to 300/],
    ['audience', 'sts.amazonaws.com github', /is "sts\.amazonaws\.com github": it contains whitespace/],
    ['sts-endpoint', 'ftp://sts.amazonaws.com', /is "ftp:\/\/sts\.amazonaws\.com": not an http\(s\) URL/],
    [
      'sts-endpoint',
      'https://admin:hunter2@sts.amazonaws.com',
      /^Input 'sts-endpoint' contains a user name or password\. Remove the user:password@ part/,
    ],
    ['http-proxy', 'proxy.internal:3128', /is "proxy\.internal:3128": not an http\(s\) URL/],
    ['role-external-id', 'x', /STS takes 2 to 1224 letters/],
    ['transitive-tag-keys', 'NotSent', /is "NotSent": it is not the key of a session tag this action sends/],
    ['web-identity-token-file', 'token\0', /it contains a control character/],
    [
      'aws-access-key-id',
      'AKIA 123',
      /^Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128/,
    ],
  ])('%s = %j', (name, value, message) => {
    const result = outcome({
      ...BASE,
      'aws-secret-access-key': name === 'aws-access-key-id' ? 's' : '',
      [name]: value,
    });
    expect(result).toBeInstanceOf(InputError);
    const problems = (result as InputError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).not.toContain('hunter2');
  });
});
