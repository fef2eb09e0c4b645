// A role's trust policy as STS evaluates it for AssumeRoleWithWebIdentity, for the local STS: the
// statement's Federated principal must be the OIDC provider of the token's issuer in the role's
// account, and every condition must hold (StringEquals, StringLike with * and ?; a key the token
// does not have fails, as in IAM). Enough to check that a printed policy admits the token it was
// printed for, and nothing else.

import type { JWTPayload } from 'jose';

interface Statement {
  readonly Effect: string;
  readonly Principal: { readonly Federated?: string };
  readonly Action: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

export interface TrustPolicy {
  readonly Statement: readonly Statement[];
}

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

const OPERATORS: Record<string, (actual: string, expected: string) => boolean> = {
  StringEquals: (actual, expected) => actual === expected,
  StringLike: (actual, expected) => glob(expected).test(actual),
};

function holds(condition: Statement['Condition'], claims: JWTPayload, prefix: string): boolean {
  return Object.entries(condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, wanted]) => {
      const test = OPERATORS[operator];
      if (!test || !key.startsWith(`${prefix}:`)) return false;
      const raw = claims[key.slice(prefix.length + 1)];
      const actual = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
      const expected = Array.isArray(wanted) ? wanted : [wanted as string];
      return actual.some((a) => expected.some((e) => test(a, e)));
    }),
  );
}

/** Whether the policy admits a token with these claims to assume roleArn. */
export function admits(policy: TrustPolicy, claims: JWTPayload, roleArn: string): boolean {
  const role = /^arn:([^:]+):iam::(\d{12}):role\//.exec(roleArn);
  const prefix = String(claims.iss ?? '').replace(/^https:\/\//, '');
  if (!role) return false;
  const provider = `arn:${role[1]}:iam::${role[2]}:oidc-provider/${prefix}`;
  return policy.Statement.some(
    (s) =>
      s.Effect === 'Allow' &&
      [s.Action].flat().includes('sts:AssumeRoleWithWebIdentity') &&
      s.Principal.Federated === provider &&
      holds(s.Condition, claims, prefix),
  );
}
