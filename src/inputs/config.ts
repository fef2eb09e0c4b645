// The settings the rest of the action reads: every input parsed, checked and defaulted, frozen.
// The credential source is a union on `mode`, so that each mode carries exactly what it needs.

/** An AWS partition id: aws, aws-cn, aws-us-gov, aws-eusc, aws-iso... (aws/partitions.ts). */
export type Partition = string;

/** role-to-assume given as a full ARN. */
interface RoleArn {
  readonly partition: Partition;
  readonly roleName: string;
  readonly accountId: string;
  /** The role's IAM path: / for none, /team/ for role/team/deploy. */
  readonly path: string;
  readonly arn: string;
}

/** role-to-assume given as a bare name: the account is the source credentials'. */
interface RoleName {
  readonly partition: Partition;
  readonly roleName: string;
  readonly accountId: undefined;
  readonly path: '/';
  readonly arn: undefined;
}

export type Role = RoleArn | RoleName;

/** Keys from the aws-access-key-id, aws-secret-access-key and aws-session-token inputs. */
export interface StaticKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string | undefined;
}

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

/**
 * Where the credentials that call STS come from, chosen by the inputs given:
 * - oidc: the job's GitHub OIDC token, AssumeRoleWithWebIdentity
 * - token-file: a web identity token read from a file, AssumeRoleWithWebIdentity
 * - access-keys: the key inputs; AssumeRole when a role is given, else exported as they are
 * - role-chaining: the credentials already in the environment, AssumeRole
 * - ambient: the SDK's default chain (instance profile, env, ~/.aws); AssumeRole when a role is given
 */
export type CredentialSource =
  | { readonly mode: 'oidc'; readonly role: RoleArn }
  | {
      readonly mode: 'token-file';
      readonly role: RoleArn;
      /** Absolute path of web-identity-token-file (relative ones resolved against the workspace). */
      readonly webIdentityTokenFile: string;
    }
  | { readonly mode: 'access-keys'; readonly role: Role | undefined; readonly accessKeys: StaticKeys }
  | { readonly mode: 'role-chaining'; readonly role: Role }
  | { readonly mode: 'ambient'; readonly role: Role | undefined };

export type AuthMode = CredentialSource['mode'];

/** The role session: what AssumeRole and AssumeRoleWithWebIdentity are asked for. */
export interface SessionSettings {
  /** aud of the GitHub OIDC token. */
  readonly audience: string;
  readonly roleSessionName: string;
  readonly roleDurationSeconds: number;
  readonly roleExternalId: string | undefined;
  /** role-skip-session-tagging: AssumeRole sends no tags at all. */
  readonly skipSessionTagging: boolean;
  readonly customTags: readonly Tag[];
  readonly transitiveTagKeys: readonly string[];
  /** inline-session-policy, minified JSON. */
  readonly inlineSessionPolicy: string | undefined;
  readonly managedSessionPolicies: readonly string[];
}

/** Where the credentials go, and what else is said about them. */
export interface DestinationSettings {
  /** aws-profile and overwrite-aws-profile. */
  readonly profile: { readonly name: string; readonly overwrite: boolean } | undefined;
  readonly maskAccountId: boolean;
  /** Set the credential outputs. */
  readonly outputCredentials: boolean;
  /** Export AWS_REGION and the keys to the job environment. */
  readonly outputEnvCredentials: boolean;
  /** Clear the keys an earlier step exported, and do not sign with them. */
  readonly unsetCurrentCredentials: boolean;
  /** Keep credentials that already pass GetCallerIdentity, and do nothing else. */
  readonly useExistingCredentials: boolean;
  /** Write a credential_process profile that fetches fresh credentials whenever they near expiry. */
  readonly refreshCredentials: boolean;
}

/** print-trust-policy, and what it reads: which sub to admit, and the token that reads the template. */
export interface TrustPolicySettings {
  /** Print the trust policy built from this job's token, and do nothing else (no STS call). */
  readonly printTrustPolicy: boolean;
  /** trust-policy-sub: the sub the token has, or both default forms (name and immutable). */
  readonly trustPolicySub: 'token' | 'both';
  /** github-token: reads the repository's sub customization for print-trust-policy; '' without one. */
  readonly githubToken: string;
}

/** How each request is made and bounded: attempts, timeouts, the endpoint, the proxy, the accounts allowed. */
export interface RequestSettings {
  /** Total attempts, first one included; 1 with disable-retry. */
  readonly maxAttempts: number;
  /**
   * retry-max-attempts (or disable-retry) was given: throttled attempts count toward it, as the
   * user asked. Left to its default, throttling is bounded by the throttle budget instead.
   */
  readonly throttlesCount: boolean;
  /** Re-assume until the secret has no special characters (bounded by maxAttempts). */
  readonly specialCharactersWorkaround: boolean;
  /** Accounts the credentials may belong to; empty: any. */
  readonly allowedAccountIds: readonly string[];
  /** Hard limit on the whole step; undefined when action-timeout-s is 0. */
  readonly actionTimeoutMs: number | undefined;
  /** Per-request limit for the token endpoint and STS. */
  readonly httpTimeoutMs: number;
  /** sts-endpoint; undefined: AWS_ENDPOINT_URL_STS or the regional endpoint. */
  readonly stsEndpoint: string | undefined;
  /** http-proxy (or HTTPS_PROXY / HTTP_PROXY) and no-proxy (or NO_PROXY). */
  readonly proxy: {
    readonly url: string | undefined;
    readonly noProxy: string;
    /** The URL came from HTTPS_PROXY or HTTP_PROXY, which later steps have too, not from with:. */
    readonly fromEnvironment: boolean;
  };
}

export type Config = { readonly region: string } & CredentialSource &
  SessionSettings &
  DestinationSettings &
  TrustPolicySettings &
  RequestSettings & {
    /** Things that are allowed but do nothing in this mode; said as warnings. */
    readonly warnings: readonly string[];
  };
