// print-trust-policy: the IAM trust policy built from the claims of this job's own GitHub OIDC
// token (the issuer it has, the sub in the form the repository has), which admits every job whose
// token has the same claims, and an AWS CLI script that makes or updates the OIDC provider and the
// role with it, and can run twice. Pure.

import { iamArn } from '../aws/arn.js';
import type { Claims } from '../errors.js';
import { GITHUB_ISSUER } from '../github/claims.js';
import { jsonSafe, oneLine } from '../runner/escape.js';
import { admitsLine, pullRequestWarning } from './admits.js';
import { DEFAULT_AUDIENCE, issuerKey, trustCondition } from './diagnostics.js';
import { subForms } from './sub-forms.js';

/** The role the policy is for (from role-to-assume, placeholders otherwise), and what it admits. */
interface TrustTarget {
  readonly partition: string;
  readonly accountId?: string | undefined;
  readonly roleName?: string | undefined;
  /** The role's IAM path, from role-to-assume (/team/ in role/team/deploy); / when none is given. */
  readonly path?: string | undefined;
  /** role-duration-seconds: above an hour, the role's maximum session duration must allow it. */
  readonly durationSeconds: number;
  /** trust-policy-sub: the token's sub, or both default forms of it. */
  readonly subs: 'token' | 'both';
}

const ACCOUNT_PLACEHOLDER = 'ACCOUNT_ID';
const ROLE_PLACEHOLDER = 'ROLE_NAME';
/** IAM's default maximum session duration for a role, which create-role sets when not told. */
const DEFAULT_MAX_SESSION_S = 3600;
const accountOf = (target: Pick<TrustTarget, 'accountId'>) => target.accountId ?? ACCOUNT_PLACEHOLDER;

/** The Condition, with sub as both its forms when asked for and the token allows. */
function conditionOf(claims: Claims, subs: TrustTarget['subs']) {
  const { StringEquals } = trustCondition(claims);
  const forms = subs === 'both' ? subForms(claims) : undefined;
  if (!forms) return { StringEquals };
  return {
    StringEquals: { ...StringEquals, [`${issuerKey(claims.iss)}:sub`]: [forms.name, forms.immutable] },
  };
}

/** The trust policy document: the issuer's OIDC provider in the role's account, and the Condition. */
export function trustPolicyOf(claims: Claims, target: Pick<TrustTarget, 'partition' | 'accountId' | 'subs'>) {
  const account = accountOf(target);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated: iamArn(target.partition, account, `oidc-provider/${issuerKey(claims.iss)}`),
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: conditionOf(claims, target.subs),
      },
    ],
  };
}

/** A word for sh: single quotes, so that nothing in it is expanded, on one line whatever it holds. */
const sh = (word: string) => `'${oneLine(word).replace(/'/g, `'\\''`)}'`;

/** A line for stderr, then the end of the script: printf's format is ours, the values its words. */
const stop = (format: string, ...words: string[]) => [
  `  printf '${format}\\n' ${words.join(' ')} >&2`,
  '  exit 1',
];

/** The CLI must be signed in to the role's account, or the role would be made in another one. */
function accountCheck(target: TrustTarget): string[] {
  const account = sh(accountOf(target));
  return [
    "# The AWS CLI must be signed in to the role's account:",
    'account=$(aws sts get-caller-identity --query Account --output text)',
    `if [ "$account" != ${account} ]; then`,
    ...stop(
      'The AWS CLI is signed in to the account %s, and the role belongs in %s: sign in to that account (AWS_PROFILE, aws sso login or aws configure) and run this again.',
      '"$account"',
      account,
    ),
    'fi',
  ];
}

/** The issuer's provider: made when the account has none, given the audience when it lacks it. */
function providerCommands(claims: Claims, target: TrustTarget): string[] {
  const issuer = sh(claims.iss ?? GITHUB_ISSUER);
  const audience = sh(claims.aud ?? DEFAULT_AUDIENCE);
  const arn = iamArn(target.partition, accountOf(target), `oidc-provider/${issuerKey(claims.iss)}`);
  return [
    "# The issuer's OIDC provider, once per account (IAM pins the issuer\u2019s certificate itself):",
    `provider=${sh(arn)}`,
    'if audiences=$(aws iam get-open-id-connect-provider --open-id-connect-provider-arn "$provider" --query ClientIDList --output text 2>/dev/null); then',
    `  if ! printf '%s\\n' "$audiences" | tr '\\t' '\\n' | grep -qxF -- ${audience}; then`,
    `    aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$provider" --client-id ${audience}`,
    '  fi',
    'else',
    `  aws iam create-open-id-connect-provider --url ${issuer} --client-id-list ${audience}`,
    'fi',
  ];
}

/** The role: made with the policy, or, when it exists at the same path, given the policy. */
function roleCommands(target: TrustTarget): string[] {
  const role = sh(target.roleName ?? ROLE_PLACEHOLDER);
  const path = target.path ?? '/';
  const seconds = target.durationSeconds;
  const longer = seconds > DEFAULT_MAX_SESSION_S;
  const max = longer ? ` --max-session-duration ${seconds}` : '';
  return [
    `# The role, with this policy${longer ? ` and sessions of up to ${seconds} s (role-duration-seconds)` : ''}: made, or updated when it exists.`,
    `if path=$(aws iam get-role --role-name ${role} --query Role.Path --output text 2>/dev/null); then`,
    `  if [ "$path" != ${sh(path)} ]; then`,
    ...stop(
      'The role %s exists with the path %s, not %s as role-to-assume has it, and IAM cannot move a role: put its ARN in role-to-assume, or delete it and run this again.',
      role,
      '"$path"',
      sh(path),
    ).map((l) => `  ${l}`),
    '  fi',
    `  aws iam update-assume-role-policy --role-name ${role} --policy-document file://trust-policy.json`,
    ...(longer
      ? [
          `  if [ "$(aws iam get-role --role-name ${role} --query Role.MaxSessionDuration --output text)" -lt ${seconds} ]; then`,
          `    aws iam update-role --role-name ${role}${max}`,
          '  fi',
        ]
      : []),
    'else',
    `  aws iam create-role --role-name ${role}${path === '/' ? '' : ` --path ${sh(path)}`}${max} --assume-role-policy-document file://trust-policy.json`,
    'fi',
    `printf 'The role %s trusts this policy.\\n' ${role}`,
  ];
}

/** What to do after the script: a policy for what the job does. */
function attachLines(target: TrustTarget): string[] {
  const role = sh(target.roleName ?? ROLE_PLACEHOLDER);
  const policyArn = iamArn(target.partition, accountOf(target), 'policy/POLICY_NAME');
  return [
    '# The role may do nothing until a policy grants it what the job needs. Attach one: put its name',
    '# in place of POLICY_NAME (or the ARN of an AWS managed policy) and run this line without the #:',
    `# aws iam attach-role-policy --role-name ${role} --policy-arn ${sh(policyArn)}`,
  ];
}

/** Why both forms could not be built: the claims they come from, or a sub in neither form. */
function whyNotBoth(claims: Claims): string {
  const missing = (['repository', 'repository_id', 'repository_owner_id'] as const).filter((k) => !claims[k]);
  return missing.length > 0
    ? `the token has no ${missing.join(', ')} claim to build the other form from`
    : 'this sub is in neither default form, so a custom sub template is in force';
}

/** Which sub the policy admits, and what to do about the other form. */
function subLines(claims: Claims, subs: TrustTarget['subs']): string[] {
  const forms = subForms(claims);
  if (subs === 'token' || !forms) {
    const why =
      subs === 'both'
        ? ` (trust-policy-sub: both, but ${whyNotBoth(claims)}: only this sub is admitted)`
        : '';
    return [`# Admits the sub this job's token has: ${oneLine(claims.sub ?? '(not set)')}${why}`];
  }
  return [
    `# Admits both forms of sub: ${oneLine(forms.name)} (the name form) and ${oneLine(forms.immutable)} (the immutable form; this token has the ${forms.current} form).`,
    forms.current === 'name'
      ? '# Once this job\u2019s tokens carry the immutable form (run print-trust-policy again to see), narrow :sub to it.'
      : '# This token has the immutable form already: narrow :sub to it (trust-policy-sub: token prints that policy).',
  ];
}

/** The comments before the script: whom it admits, which sub, what GitHub said, what to replace. */
function headLines(claims: Claims, target: TrustTarget, notes: readonly string[]): string[] {
  const placeholders = [
    target.accountId === undefined && `${ACCOUNT_PLACEHOLDER} (your 12-digit account ID)`,
    target.roleName === undefined && `${ROLE_PLACEHOLDER} (the role's name)`,
  ].filter(Boolean);
  const warned = pullRequestWarning(claims);
  return [
    `# Trust policy for GitHub's OIDC tokens (issuer ${oneLine(claims.iss ?? '(not set)')}), saved as trust-policy.json.`,
    admitsLine(claims),
    ...subLines(claims, target.subs),
    // What GitHub's API said, word for word where it quotes the answer: one comment line each.
    ...notes.map((n) => `# ${oneLine(n)}`),
    ...(warned ? [`# Warning: ${warned}`] : []),
    ...(placeholders.length > 0
      ? [`# Replace ${placeholders.join(' and ')} first, or give role-to-assume and run this step again.`]
      : []),
    '# Paste it into a shell, or run it with sh or bash: it stops at the first error, and can run again.',
  ];
}

/**
 * What the log group and the summary say, as one shell script to paste: the policy written to
 * trust-policy.json, then, in a subshell that stops at the first error, the account check, the
 * provider and the role, each made or updated; then what is left to do. `notes` (the repository's
 * sub customization) are shown as comments.
 */
export function trustPolicyLines(
  claims: Claims,
  target: TrustTarget,
  notes: readonly string[] = [],
): string[] {
  return [
    ...headLines(claims, target, notes),
    '(',
    'set -e',
    "cat > trust-policy.json <<'EOF'",
    ...jsonSafe(trustPolicyOf(claims, target)).split('\n'),
    'EOF',
    '',
    ...accountCheck(target),
    '',
    ...providerCommands(claims, target),
    '',
    ...roleCommands(target),
    ')',
    '',
    ...attachLines(target),
    '# Then remove print-trust-policy: the next run assumes the role.',
  ];
}
