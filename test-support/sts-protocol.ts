// The AWS Query protocol as STS speaks it (API version 2011-06-15): the XML namespace, the
// ErrorResponse document, the Credentials and AssumedRoleUser elements, and the records the local
// STS keeps of each call and of what it issued.

import { randomBytes, randomUUID } from 'node:crypto';

export interface StsCall {
  readonly action: string;
  readonly params: Readonly<Record<string, string>>;
  /** The WebIdentityToken it carried, if any. */
  readonly token: string | undefined;
  /** The access key that signed it (SigV4 verified), if signed. */
  caller: string | undefined;
  /** When it arrived (Date.now()). */
  readonly at: number;
  /** Session tags of an AssumeRole, Key -> Value. */
  readonly tags: Readonly<Record<string, string>>;
  /** "ok", the error code answered, or the fault. */
  outcome: string;
  /** The Host header: the host the client resolved (sts.eu-west-1.amazonaws.com through a proxy). */
  readonly host: string;
}

export interface IssuedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly arn: string;
}

/** Someone who can sign: an IAM user's keys, or a session's. */
export interface Principal {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  /** arn:aws:iam::ACCOUNT:user/NAME or arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  readonly arn: string;
  /** A session whose token has expired: every signed call gets ExpiredToken. */
  readonly expired?: boolean;
}

export const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function errorResponse(code: string, message: string): string {
  return (
    `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${xml(code)}</Code>` +
    `<Message>${xml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  );
}

export function randomKeyId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `ASIA${Array.from(randomBytes(16), (b) => alphabet[b % 32]).join('')}`;
}

export class StsRejection extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** What every handler shares: the options, the records, the faults queued, the keys known. */

export function credentialsXml(creds: IssuedCredentials, session: string): string {
  return (
    `<AssumedRoleUser><AssumedRoleId>AROA${randomKeyId().slice(4)}:${xml(session)}</AssumedRoleId><Arn>${xml(creds.arn)}</Arn></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId><SecretAccessKey>${xml(creds.secretAccessKey)}</SecretAccessKey>` +
    `<SessionToken>${xml(creds.sessionToken)}</SessionToken><Expiration>${creds.expiration.toISOString()}</Expiration></Credentials>`
  );
}
