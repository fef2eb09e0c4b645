// print-trust-policy: the IAM trust policy that admits exactly this job, built from the claims of
// its own GitHub OIDC token (the issuer it has, the sub in the form the repository has), and the
// AWS CLI commands that create the OIDC provider and the role with it. Pure.

import type { Claims } from '../errors.js';
import { INVISIBLE } from '../runner/escape.js';
import { issuerKey, trustCondition } from './diagnostics.js';

/** The role the policy is for: from role-to-assume when given, placeholders otherwise. */
interface TrustTarget {
  readonly partition: string;
  readonly accountId: string | undefined;
  readonly roleName: string | undefined;
}

const ACCOUNT_PLACEHOLDER = 'ACCOUNT_ID';
const ROLE_PLACEHOLDER = 'ROLE_NAME';

/** The trust policy document: the issuer's OIDC provider in the role's account, and the Condition. */
export function trustPolicyOf(claims: Claims, target: TrustTarget) {
  const account = target.accountId ?? ACCOUNT_PLACEHOLDER;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: {
          Federated: `arn:${target.partition}:iam::${account}:oidc-provider/${issuerKey(claims.iss)}`,
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: trustCondition(claims),
      },
    ],
  };
}

/** A word for sh: single quotes, so that nothing in it is expanded. */
const sh = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** The AWS CLI commands that make the provider (once per account) and the role with the policy. */
function setupCommands(claims: Claims, target: TrustTarget): string[] {
  const role = sh(target.roleName ?? ROLE_PLACEHOLDER);
  const issuer = claims.iss ?? 'https://token.actions.githubusercontent.com';
  return [
    '# Once per account, if the provider is not there yet (IAM pins the issuer\u2019s certificate itself):',
    `aws iam create-open-id-connect-provider --url ${sh(issuer)} --client-id-list ${sh(claims.aud ?? 'sts.amazonaws.com')}`,
    '# The policy above saved as trust-policy.json; a new role, or an existing one updated:',
    `aws iam create-role --role-name ${role} --assume-role-policy-document file://trust-policy.json`,
    `aws iam update-assume-role-policy --role-name ${role} --policy-document file://trust-policy.json`,
  ];
}

/**
 * The policy as JSON that the log shows as it is: characters the log would rewrite, or a reader
 * could misread (DEL and C1 controls, invisible and direction-changing ones, the "[" of "##["), as
 * JSON \u escapes, which keep it valid and equal to the trust-policy output.
 */
function policyJson(policy: unknown): string {
  const unicode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(policy, null, 2)
    .replace(/[\u007f-\u009f]/g, unicode)
    .replace(INVISIBLE, unicode)
    .replace(/##\[/g, '##\\u005b');
}

/** What the log group and the summary say: the policy, then the commands, then what to change. */
export function trustPolicyLines(claims: Claims, target: TrustTarget): string[] {
  const policy = policyJson(trustPolicyOf(claims, target));
  const placeholders = [
    target.accountId === undefined && `${ACCOUNT_PLACEHOLDER} (your 12-digit account ID)`,
    target.roleName === undefined && `${ROLE_PLACEHOLDER} (the role's name)`,
  ].filter(Boolean);
  return [
    `Trust policy admitting exactly this job (issuer ${claims.iss ?? '(not set)'}, sub ${claims.sub ?? '(not set)'}):`,
    ...policy.split('\n'),
    '',
    ...setupCommands(claims, target),
    ...(placeholders.length > 0
      ? ['', `Replace ${placeholders.join(' and ')}, or give role-to-assume and run this step again.`]
      : []),
    '',
    'Then remove print-trust-policy: the next run assumes the role.',
  ];
}
