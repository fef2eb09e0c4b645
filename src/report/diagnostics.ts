// Why a trust policy said no: the token's claims that trust policies match on, a Condition that
// would admit this job (built from the claims the token really has, preferring the
// immutable IDs STS accepts as condition keys since February 2026), and what to check for the error
// and the kind of call. Pure; the claims are not secret, and the token itself never comes here.

import { iamArn, parseRoleArn } from '../aws/arn.js';
import type { Claims } from '../errors.js';
import { GITHUB_ISSUER, TRUST_CLAIMS } from '../github/claims.js';
import { defaultOf } from '../inputs/spec.js';
import { canonicalCode } from '../sts/classify.js';
import { subPrefixes } from './sub-forms.js';

/** The audience a token without an aud claim was asked for: the audience input's default. */
export const DEFAULT_AUDIENCE = defaultOf('audience');

/** The codes after which a person needs to see the claims (or, for a signed call, the principals). */
export function isTrustFailure(code: string): boolean {
  return ['AccessDenied', 'InvalidIdentityToken', 'IDPRejectedClaim'].includes(canonicalCode(code));
}

const UNSAFE =
  'The trust policy has a :sub or a :repository_id condition (without one, any repository on GitHub can assume the role), ' +
  'and no ForAllValues: operator in an Allow (it matches when the claim is absent).';

const CHECKS: Record<string, readonly string[]> = {
  AccessDenied: [
    "The role's trust policy Principal is the IAM OIDC provider of the token's issuer (iss above).",
    'Its conditions match the claims above: :sub exactly (StringEquals) or by pattern (StringLike with *), :aud, and :repository_id, :job_workflow_ref or :environment where it has them.',
    'The sub form: repositories created, renamed or transferred on github.com after 2026-07-15 (or opted in) have repo:OWNER@ID/REPO@ID:..., others repo:OWNER/REPO:... (GitHub Enterprise Server always); a custom sub template replaces the format. A condition for another form does not match.',
    UNSAFE,
    'The role ARN, account and partition are the ones you meant (a typo reads as AccessDenied).',
  ],
  InvalidIdentityToken: [
    'An IAM OIDC provider exists in the account for exactly the iss above (https://...).',
    'Its audience list (client IDs) contains the aud above; otherwise set the audience input to one it lists.',
    'For GitHub Enterprise Server, the provider URL is https://HOSTNAME/_services/token.',
  ],
  IDPRejectedClaim: [
    'The trust policy conditions on the claims above (sub, aud, repository_id, job_workflow_ref, environment) match this run.',
    'A job with environment: gets sub repo:...:environment:NAME, not the branch form.',
    UNSAFE,
  ],
  MissingIdTokenPermission: [
    'The job (or workflow) has permissions: id-token: write; a reusable workflow needs it from its caller too.',
    'A pull request from a fork gets no id-token: write (GitHub lowers it for forks); a Dependabot run starts read-only and needs id-token: write granted explicitly.',
    'Do not switch to pull_request_target for a token: it runs with this repository\u2019s permissions, and a step that checks out the pull request\u2019s code then hands the role to its author.',
  ],
  // AssumeRole, signed by access keys, role-chaining or the runner's own credentials.
  SignedAccessDenied: [
    "The identity that signed (named in STS's message above) may call sts:AssumeRole on this role: its own IAM policy allows it.",
    "The role's trust policy names that identity (or its account) as Principal, with sts:AssumeRole.",
    'This action sends session tags with AssumeRole: the trust policy also allows sts:TagSession for that Principal, or set role-skip-session-tagging: true.',
    'With role-chaining, the source session lasts at most an hour and cannot be extended by chaining.',
  ],
};

/** The condition-key prefix: the issuer's host and path, as IAM names it. */
export function issuerKey(iss: string | undefined): string {
  return (iss ?? GITHUB_ISSUER).replace(/^https:\/\//, '').replace(/\/$/, '');
}

/** A reusable workflow's job: the workflow file that runs the job is not the one the run started from. */
function inReusableWorkflow(claims: Claims): boolean {
  return Boolean(
    claims.job_workflow_ref && claims.workflow_ref && claims.job_workflow_ref !== claims.workflow_ref,
  );
}

/** A Condition that admits this job (and every job with the same claims), from its token. */
export function suggestedCondition(claims: Claims): string {
  return JSON.stringify({ Condition: trustCondition(claims) }, null, 2);
}

/** The Condition block itself: StringEquals on the claims that pin this workflow. */
export function trustCondition(claims: Claims): { StringEquals: Record<string, string> } {
  const key = issuerKey(claims.iss);
  const equals: Record<string, string> = {
    [`${key}:aud`]: claims.aud ?? DEFAULT_AUDIENCE,
    [`${key}:sub`]: claims.sub ?? 'repo:ORG/REPO:ref:refs/heads/BRANCH',
  };
  if (claims.repository_id) equals[`${key}:repository_id`] = claims.repository_id;
  if (inReusableWorkflow(claims) && claims.job_workflow_ref) {
    equals[`${key}:job_workflow_ref`] = claims.job_workflow_ref;
  }
  if (claims.environment) equals[`${key}:environment`] = claims.environment;
  return { StringEquals: equals };
}

function repositoryPattern(claims: Claims): string | undefined {
  const repo = /^(repo:[^:]+):/.exec(claims.sub ?? '')?.[1];
  return repo ? `${repo}:*` : undefined;
}

function conditionLines(claims: Claims, roleArn: string | undefined): string[] {
  const lines = [
    `Suggested trust-policy condition${roleArn ? ` for ${roleArn}` : ''}, from this job's claims:`,
    ...suggestedCondition(claims)
      .split('\n')
      .map((l) => `  ${l}`),
  ];
  if (claims.repository_id) {
    lines.push(
      '  (repository_id is the repository\u2019s immutable ID: it survives renames and transfers, and a deleted name taken by someone else does not match it)',
    );
  }
  const pattern = repositoryPattern(claims);
  if (pattern) lines.push(`  (or StringLike on :sub with "${pattern}" to admit every ref of the repository)`);
  return lines;
}

/** The lines of the diagnostics block, for the log and the job summary. */
export function trustDiagnostics(
  code: string,
  claims: Claims | undefined,
  roleArn: string | undefined,
  signed = false,
): string[] {
  const lines: string[] = [];
  if (claims) {
    lines.push('Token claims (trust policies match on these; the token itself is not shown):');
    for (const name of TRUST_CLAIMS) lines.push(`  ${name}: ${claims[name] ?? '(not set)'}`);
    lines.push(...conditionLines(claims, roleArn));
  }
  const canonical = canonicalCode(code);
  const checks = CHECKS[signed && canonical === 'AccessDenied' ? 'SignedAccessDenied' : canonical] ?? [];
  if (checks.length > 0) {
    lines.push('What to check:');
    lines.push(...checks.map((c) => `  - ${c}`));
  }
  if (canonical === 'InvalidIdentityToken') lines.push(...audienceLines(claims, roleArn));
  if (canonical === 'AccessDenied' && /[A-Z]/.test(claims?.sub ?? ''))
    lines.push(caseLine(claims?.sub ?? ''));
  return lines;
}

/** IAM compares :sub with StringEquals and StringLike case-sensitively: a policy written in lower case misses. */
const caseLine = (sub: string) =>
  `  - This sub has upper-case letters (${sub}), and IAM's StringEquals and StringLike compare values case-sensitively: the policy must spell the owner and repository exactly as the token does.`;

/**
 * The provider's audience list is the account owner's choice, so the way to know it is to ask IAM.
 * In aws-cn many providers list sts.amazonaws.com.cn (the China-region guides use it) while this
 * action, like configure-aws-credentials, asks for sts.amazonaws.com by default: say so there.
 */
function audienceLines(claims: Claims | undefined, roleArn: string | undefined): string[] {
  const role = parseRoleArn(roleArn ?? '');
  if (!role) return [];
  const { partition } = role;
  const provider = iamArn(partition, role.accountId, `oidc-provider/${issuerKey(claims?.iss)}`);
  const lines = [
    `  - The audiences the provider accepts: aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${provider} --query ClientIDList`,
  ];
  if (partition === 'aws-cn' && (claims?.aud ?? DEFAULT_AUDIENCE) === DEFAULT_AUDIENCE) {
    lines.push(
      '  - In the China regions providers are often registered with the audience sts.amazonaws.com.cn: if the list has it, set audience: sts.amazonaws.com.cn (or add sts.amazonaws.com to the list).',
    );
  }
  return lines;
}

/** What this run's token would say, from the runner's environment (no token was issued), in both sub forms. */
export function missingTokenDiagnostics(facts: {
  repository?: string | undefined;
  repositoryId?: string | undefined;
  repositoryOwnerId?: string | undefined;
  ref?: string | undefined;
  eventName?: string | undefined;
}): string[] {
  const { repository, repositoryId, repositoryOwnerId, ref, eventName } = facts;
  const lines: string[] = [];
  const tail = eventName === 'pull_request' ? 'pull_request' : ref ? `ref:${ref}` : undefined;
  if (repository) {
    const prefixes = subPrefixes(repository, repositoryOwnerId, repositoryId);
    lines.push("This run's token would carry (from the runner's environment; no token was issued):");
    lines.push(`  repository: ${repository}`);
    if (repositoryId) lines.push(`  repository_id: ${repositoryId}`);
    if (tail) {
      lines.push(
        `  sub: ${prefixes.name}:${tail} (the name form: GitHub Enterprise Server, and github.com repositories not created, renamed, transferred or opted in after 2026-07-15)`,
      );
      if (prefixes.immutable) {
        lines.push(
          `  sub: ${prefixes.immutable}:${tail} (the immutable form: github.com repositories created, renamed or transferred after 2026-07-15, or opted in)`,
        );
      }
      lines.push('  (a job with environment: gets repo:...:environment:NAME instead)');
    }
  }
  return [...lines, ...trustDiagnostics('MissingIdTokenPermission', undefined, undefined)];
}
