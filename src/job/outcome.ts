// What authenticate() ends with, one kind per way it can end; publish() and the report switch on
// the kind, so that no combination the types exclude has to be checked again.

import type { Credentials, Identity, StsCredentials } from '../sts/sts.js';
import type { SessionTags } from '../sts/tags.js';

/** What the STS calls cost, and where they went. */
interface Counts {
  readonly attempts: number;
  readonly tokensFetched: number;
  /** The STS origin last dialed, as the SDK resolved it (regional, FIPS, dual-stack or configured). */
  readonly stsEndpoint: string | undefined;
}

/** A role was assumed: session credentials, and what a refreshing profile needs to do it again. */
interface Assumed extends Counts {
  readonly kind: 'assumed';
  readonly identity: Identity;
  readonly credentials: StsCredentials;
  /** The role's full ARN (a bare name resolved). */
  readonly roleArn: string;
  /** Sent with AssumeRole; none for a web identity. */
  readonly tags: SessionTags;
  /** role-chaining from a refreshing profile: its settings file. */
  readonly chainedFrom: string | undefined;
}

/** Access keys without a role: checked, and published as they were given. */
interface Keys extends Counts {
  readonly kind: 'keys';
  readonly identity: Identity;
  readonly credentials: Credentials;
}

/** No role and no keys: the runner's own identity; there are no keys to publish. */
interface Ambient extends Counts {
  readonly kind: 'ambient';
  readonly identity: Identity;
}

/** use-existing-credentials found working ones: nothing new. */
interface Existing {
  readonly kind: 'existing';
  readonly identity: Identity;
}

export type Outcome = Assumed | Keys | Ambient | Existing;
export type Published = Exclude<Outcome, Existing>;
