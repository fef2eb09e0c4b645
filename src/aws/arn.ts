// Every ARN the action reads or writes, in IAM's grammar, in one place: a role's (with its path), a
// session of a role, a managed policy's, and the IAM ARNs the printed commands name. IAM API
// reference (CreateRole, CreatePolicy; "IAM identifiers"): a path is printable ASCII between
// slashes, a role name 1-64 of [\w+=,.@-], a policy path and name up to 512 printable characters.
// The partition field is only shaped here; whether AWS has it is partition.ts's answer. Pure.

/** A role's name, as CreateRole takes it. */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
/** arn:PARTITION:iam::ACCOUNT:role/PATH/NAME; the path is / or /a/b/. */
const ROLE_ARN = /^arn:([a-z][a-z-]*):iam::(\d{12}):role(\/(?:[\x21-\x7e]*\/)?)([\w+=,.@-]{1,64})$/;
/** What STS answers for a session: arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/SESSION. */
const ASSUMED_ROLE_ARN = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;
/** Any IAM or STS ARN of an account, as GetCallerIdentity and AssumeRole answer with. */
export const IDENTITY_ARN = /^arn:[a-z0-9-]+:(?:iam|sts)::\d{12}:[\x21-\x7e]{1,2048}$/;
/** A managed policy: the account's, or AWS's own (account field "aws"). */
const POLICY_ARN = /^arn:([a-z][a-z-]*):iam::(\d{12}|aws):policy\/[\x21-\x7e]{1,512}$/;

/** A role ARN's parts. `path` is the role's IAM path: / for none, /team/ for role/team/deploy. */
export interface RoleArnParts {
  readonly partition: string;
  readonly accountId: string;
  readonly path: string;
  readonly roleName: string;
}

/** The parts of a role ARN, or undefined when the text is not one. */
export function parseRoleArn(arn: string): RoleArnParts | undefined {
  const m = ROLE_ARN.exec(arn);
  if (!m) return undefined;
  const [, partition, accountId, path, roleName] = m as unknown as [string, string, string, string, string];
  return { partition, accountId, path, roleName };
}

/** A role's ARN from its parts. */
export function arnOfRole(parts: RoleArnParts): string {
  return iamArn(parts.partition, parts.accountId, `role${parts.path}${parts.roleName}`);
}

/** Whether a text is a role name (role-to-assume given without its ARN). */
export const isRoleName = (text: string): boolean => ROLE_NAME.test(text);

/** The partition, account and role of a session ARN, or undefined when the text is not one. */
export function parseAssumedRoleArn(
  arn: string,
): Pick<RoleArnParts, 'partition' | 'accountId' | 'roleName'> | undefined {
  const m = ASSUMED_ROLE_ARN.exec(arn);
  if (!m) return undefined;
  const [, partition, accountId, roleName] = m as unknown as [string, string, string, string];
  return { partition, accountId, roleName };
}

/** The partition field of a managed policy's ARN, or undefined when the text is not one. */
export const policyArnPartition = (arn: string): string | undefined => POLICY_ARN.exec(arn)?.[1];

/** The account field of an ARN: arn:aws:sts::123456789012:assumed-role/ROLE/SESSION -> 123456789012 */
export function accountOfArn(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/** An IAM ARN: arn:PARTITION:iam::ACCOUNT:RESOURCE (a role, an OIDC provider, a policy). */
export function iamArn(partition: string, accountId: string, resource: string): string {
  return `arn:${partition}:iam::${accountId}:${resource}`;
}
