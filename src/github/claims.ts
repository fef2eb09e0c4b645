// The claims of a GitHub OIDC token that trust policies match on, read from the token without
// verifying it (STS verifies it): for the diagnostics of a trust failure and for printing the
// trust policy. The claims are not secret; the token itself is kept nowhere.

import { decodeJwt } from 'jose';
import type { Claims } from '../errors.js';

/** github.com's issuer of Actions OIDC tokens: what a token without an iss claim is taken to be from. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export const TRUST_CLAIMS = [
  'iss',
  'aud',
  'sub',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'ref',
  'environment',
  'workflow_ref',
  'job_workflow_ref',
  'event_name',
] as const satisfies readonly (keyof Claims)[];

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The claims trust policies match on, decoded without verifying; undefined if it is not a JWT. */
export function trustClaims(token: string): Claims | undefined {
  try {
    const payload = decodeJwt(token);
    const claims: Writable<Claims> = {};
    for (const name of TRUST_CLAIMS) {
      const value = payload[name];
      if (typeof value === 'string' || typeof value === 'number') claims[name] = String(value);
      else if (Array.isArray(value)) claims[name] = value.join(',');
    }
    return claims;
  } catch {
    return undefined;
  }
}
