// Why a trust policy said no: the token's claims that trust policies match on, a Condition that
// would admit exactly this workflow, and what to check for the error code. Pure; the claims are
// not secret, and the token itself never comes here.

import { decodeJwt } from 'jose';

const TRUST_CLAIMS = [
  'iss',
  'aud',
  'sub',
  'repository',
  'ref',
  'environment',
  'job_workflow_ref',
  'event_name',
] as const;

export type Claims = Partial<Record<(typeof TRUST_CLAIMS)[number], string>>;

/** The claims trust policies match on, decoded without verifying; undefined if it is not a JWT. */
export function trustClaims(token: string): Claims | undefined {
  try {
    const payload = decodeJwt(token);
    const claims: Claims = {};
    for (const name of TRUST_CLAIMS) {
      const value = payload[name];
      if (typeof value === 'string') claims[name] = value;
      else if (Array.isArray(value)) claims[name] = value.join(',');
    }
    return claims;
  } catch {
    return undefined;
  }
}

/** The codes after which a person needs to see the claims. */
export function isTrustFailure(code: string): boolean {
  return /^(AccessDenied|InvalidIdentityToken|IDPRejectedClaim)(Exception)?$/.test(code);
}

const CHECKS: Record<string, readonly string[]> = {
  AccessDenied: [
    "The role's trust policy Principal is the IAM OIDC provider of the token's issuer (iss above).",
    'Its :sub condition matches the sub above exactly (StringEquals) or by pattern (StringLike with *).',
    'Its :aud condition matches the aud above (the audience input).',
    'The role ARN, account and partition are the ones you meant (a typo reads as AccessDenied).',
  ],
  InvalidIdentityToken: [
    'An IAM OIDC provider exists in the account for exactly the iss above (https://...).',
    'Its audience list (client IDs) contains the aud above; otherwise set the audience input to one it lists.',
    'For GitHub Enterprise Server, the provider URL is https://HOSTNAME/_services/token.',
  ],
  IDPRejectedClaim: [
    'The trust policy conditions on the claims above (sub, aud, repository, job_workflow_ref) match this run.',
    'A job with environment: gets sub repo:ORG/REPO:environment:NAME, not the branch form.',
  ],
  MissingIdTokenPermission: [
    'The job (or workflow) has permissions: id-token: write; a reusable workflow needs it from its caller too.',
    'Pull requests from forks and Dependabot runs never get a token.',
  ],
};

/** The condition-key prefix: the issuer's host and path, as IAM names it. */
function issuerKey(iss: string | undefined): string {
  return (iss ?? 'https://token.actions.githubusercontent.com').replace(/^https:\/\//, '').replace(/\/$/, '');
}

/** A Condition that admits exactly this workflow, and a looser one for the whole repository. */
export function suggestedCondition(claims: Claims): string {
  const key = issuerKey(claims.iss);
  const exact = {
    StringEquals: {
      [`${key}:aud`]: claims.aud ?? 'sts.amazonaws.com',
      [`${key}:sub`]: claims.sub ?? 'repo:ORG/REPO:ref:refs/heads/BRANCH',
    },
  };
  return JSON.stringify({ Condition: exact }, null, 2);
}

function repositoryPattern(claims: Claims): string | undefined {
  const repo = /^(repo:[^:]+):/.exec(claims.sub ?? '')?.[1];
  return repo ? `${repo}:*` : undefined;
}

/** The lines of the diagnostics block, for the log and the job summary. */
export function trustDiagnostics(
  code: string,
  claims: Claims | undefined,
  roleArn: string | undefined,
): string[] {
  const lines: string[] = [];
  if (claims) {
    lines.push('Token claims (trust policies match on these; the token itself is not shown):');
    for (const name of TRUST_CLAIMS) lines.push(`  ${name}: ${claims[name] ?? '(not set)'}`);
    lines.push(
      `Suggested trust-policy condition${roleArn ? ` for ${roleArn}` : ''}, admitting exactly this workflow:`,
    );
    lines.push(
      ...suggestedCondition(claims)
        .split('\n')
        .map((l) => `  ${l}`),
    );
    const pattern = repositoryPattern(claims);
    if (pattern)
      lines.push(`  (or StringLike on :sub with "${pattern}" to admit every ref of the repository)`);
  }
  const checks = CHECKS[code.replace(/Exception$/, '')] ?? [];
  if (checks.length > 0) {
    lines.push('What to check:');
    lines.push(...checks.map((c) => `  - ${c}`));
  }
  return lines;
}
