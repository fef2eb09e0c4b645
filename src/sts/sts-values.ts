// What STS sends back is checked before it goes into any file, variable or output: a value with a
// line break would add lines to ~/.aws/credentials or GITHUB_ENV, and credentials that are about to
// expire are no use to any later step. No value is ever shown in the error.

import { IDENTITY_ARN, parseAssumedRoleArn, parseRoleArn } from '../aws/arn.js';
import { ExpiredCredentialsError, MalformedResponseError, UnexpectedRoleError } from '../errors.js';

const PRINTABLE = (max: number) => new RegExp(`^[\\x21-\\x7e]{1,${max}}$`);

/** The shapes STS documents (or, where it documents none, printable ASCII within a sane length). */
const SHAPES = {
  AccessKeyId: [/^[A-Z0-9]{16,128}$/, '16 to 128 upper-case letters and digits'],
  SecretAccessKey: [PRINTABLE(1024), '1 to 1024 printable ASCII characters'],
  SessionToken: [PRINTABLE(16384), '1 to 16384 printable ASCII characters'],
  Arn: [IDENTITY_ARN, 'an IAM or STS ARN'],
  Account: [/^\d{12}$/, 'a 12-digit account ID'],
} as const;

export function checked(field: keyof typeof SHAPES, value: string): string {
  const [shape, said] = SHAPES[field];
  if (shape.test(value)) return value;
  throw new MalformedResponseError(
    `STS returned a ${field} that is not ${said} (no spaces or line breaks); it was not used`,
  );
}

/** Credentials with less than this left are of no use to any later step; STS issues 900 s at least. */
const MIN_VALIDITY_MS = 60_000;

/** Credentials that are expired, or about to be, by this runner's clock are never exported. */
export function refuseExpired(expiration: Date, nowMs: number): void {
  const leftMs = expiration.getTime() - nowMs;
  if (Number.isFinite(leftMs) && leftMs >= MIN_VALIDITY_MS) return;
  const when = Number.isFinite(leftMs) ? `${Math.round(leftMs / 1000)} s from` : 'not a time by';
  throw new ExpiredCredentialsError(
    `STS issued credentials whose Expiration (${Number.isFinite(leftMs) ? expiration.toISOString() : 'invalid'}) is ${when} this runner's clock ` +
      `(${new Date(nowMs).toISOString()}); they need at least ${MIN_VALIDITY_MS / 1000} s`,
  );
}

/**
 * The assumed-role ARN STS answered with, when it is a session of the role asked for: the same
 * partition, account and role name. Credentials for anything else are never used.
 */
export function checkAssumedRole(assumedArn: string, roleArn: string): string {
  const asked = parseRoleArn(roleArn);
  const got = parseAssumedRoleArn(assumedArn);
  const parts = [
    ['partition', 'partition'],
    ['account', 'accountId'],
    ['role name', 'roleName'],
  ] as const;
  const differ = parts.filter(([, key]) => !asked || !got || asked[key] !== got[key]);
  if (differ.length === 0) return assumedArn;
  const said = got
    ? differ
        .map(([words, key]) => `the ${words} (${got[key]}, not ${asked?.[key]})`)
        .join(', ')
        .concat(' differs')
    : 'it is not an assumed-role ARN';
  throw new UnexpectedRoleError(
    `STS answered with credentials for ${assumedArn}, which is not a session of ${roleArn}: ${said}; they were not used`,
  );
}
