// Every input is read, parsed and validated here, once, before anything touches the network.
// The parser is pure: it takes a reader, so tests feed it tables without a runner.

import { isAbsolute, resolve } from 'node:path';

export const INPUT_NAMES = [
  'aws-region',
  'role-to-assume',
  'audience',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'web-identity-token-file',
  'role-chaining',
  'role-duration-seconds',
  'role-session-name',
  'role-external-id',
  'role-skip-session-tagging',
  'transitive-tag-keys',
  'custom-tags',
  'inline-session-policy',
  'managed-session-policies',
  'aws-profile',
  'overwrite-aws-profile',
  'http-proxy',
  'no-proxy',
  'sts-endpoint',
  'mask-aws-account-id',
  'output-credentials',
  'output-env-credentials',
  'unset-current-credentials',
  'use-existing-credentials',
  'disable-retry',
  'retry-max-attempts',
  'special-characters-workaround',
  'allowed-account-ids',
  'force-skip-oidc',
  'action-timeout-s',
  'http-timeout-s',
  'refresh-credentials',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type InputReader = (name: InputName) => string;

/** Inputs whose value is a secret: masked at once, never echoed in an error. */
export const SECRET_INPUTS = ['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token'] as const;

// The incumbent (configure-aws-credentials) lets these inputs come from environment variables of
// the same name in upper case (ROLE_TO_ASSUME for role-to-assume); workflows rely on it.
const ENV_FALLBACKS: readonly InputName[] = [
  'aws-region',
  'role-to-assume',
  'web-identity-token-file',
  'role-chaining',
  'audience',
  'mask-aws-account-id',
  'role-duration-seconds',
  'role-external-id',
  'role-session-name',
  'role-skip-session-tagging',
  'transitive-tag-keys',
  'inline-session-policy',
  'managed-session-policies',
  'output-credentials',
  'unset-current-credentials',
  'disable-retry',
  'retry-max-attempts',
  'special-characters-workaround',
  'use-existing-credentials',
  'overwrite-aws-profile',
];

/**
 * An input, else its environment fallback. http-proxy falls back to HTTPS_PROXY before HTTP_PROXY
 * (either case), no-proxy to NO_PROXY / no_proxy.
 */
export function withEnvFallbacks(getInput: InputReader, env: NodeJS.ProcessEnv): InputReader {
  const first = (...names: string[]) => names.map((n) => env[n]?.trim() ?? '').find((v) => v !== '') ?? '';
  return (name) => {
    const value = getInput(name);
    if (value !== '') return value;
    if (name === 'http-proxy') return first('HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy');
    if (name === 'no-proxy') return first('NO_PROXY', 'no_proxy');
    return ENV_FALLBACKS.includes(name) ? first(name.toUpperCase().replace(/-/g, '_')) : '';
  };
}

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/**
 * Where the credentials that call STS come from:
 * - oidc: a GitHub OIDC token, AssumeRoleWithWebIdentity
 * - token-file: a web identity token read from a file, AssumeRoleWithWebIdentity
 * - access-keys: the aws-access-key-id inputs; AssumeRole when a role is given, else exported as they are
 * - role-chaining: the credentials already in the environment, AssumeRole
 * - ambient: the SDK's default chain (instance profile, env, ~/.aws); AssumeRole when a role is given
 */
export type AuthMode = 'oidc' | 'token-file' | 'access-keys' | 'role-chaining' | 'ambient';

export interface Role {
  readonly partition: Partition;
  readonly roleName: string;
  /** undefined when role-to-assume is a bare name: the account is the source credentials'. */
  readonly accountId: string | undefined;
  /** The full ARN, when role-to-assume gave one. */
  readonly arn: string | undefined;
}

export interface StaticKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string | undefined;
}

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

export interface Config {
  readonly region: string;
  readonly mode: AuthMode;
  /** undefined: no role to assume (access keys as they are, or the ambient identity). */
  readonly role: Role | undefined;
  readonly accessKeys: StaticKeys | undefined;
  /** Absolute path of web-identity-token-file. */
  readonly webIdentityTokenFile: string | undefined;
  readonly audience: string;
  readonly roleSessionName: string;
  readonly roleDurationSeconds: number;
  readonly roleExternalId: string | undefined;
  readonly skipSessionTagging: boolean;
  readonly customTags: readonly Tag[];
  readonly transitiveTagKeys: readonly string[];
  /** Minified JSON. */
  readonly inlineSessionPolicy: string | undefined;
  readonly managedSessionPolicies: readonly string[];
  readonly profile: { readonly name: string; readonly overwrite: boolean } | undefined;
  readonly proxy: { readonly url: string | undefined; readonly noProxy: string };
  readonly maskAccountId: boolean;
  readonly outputCredentials: boolean;
  readonly outputEnvCredentials: boolean;
  readonly unsetCurrentCredentials: boolean;
  readonly useExistingCredentials: boolean;
  readonly specialCharactersWorkaround: boolean;
  readonly allowedAccountIds: readonly string[];
  /** Total attempts, first one included. 1 with disable-retry. */
  readonly maxAttempts: number;
  /** Hard limit on the whole step; undefined when action-timeout-s is 0 or unset. */
  readonly actionTimeoutMs: number | undefined;
  readonly stsEndpoint: string | undefined;
  /** Per-request limit for the token endpoint and STS. */
  readonly httpTimeoutMs: number;
  /** Write a credential_process profile that fetches fresh credentials whenever they near expiry. */
  readonly refreshCredentials: boolean;
  /** Things that are allowed but do nothing in this mode; said as warnings. */
  readonly warnings: readonly string[];
}

export const DEFAULTS = {
  audience: 'sts.amazonaws.com',
  roleSessionName: 'GitHubActions',
  roleDurationSeconds: 3600,
  retryMaxAttempts: 12,
  httpTimeoutSeconds: 10,
} as const;

/** The session tags this action sets itself (AssumeRole only); custom-tags may not reuse them. */
export const AUTOMATIC_TAGS = ['Repository', 'Workflow', 'Action', 'Actor', 'Commit', 'Branch'] as const;
/** Sent too, but dropped first when STS answers PackedPolicyTooLarge. */
export const DROPPABLE_TAGS = ['EventName', 'BaseRef', 'HeadRef', 'RunId', 'Job', 'TriggeringActor'] as const;

/** Thrown for bad inputs; its message lists every problem, one per line. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid:\n${problems.join('\n')}`,
    );
    this.problems = problems;
  }
}

// IAM role path and name rules (IAM API reference, CreateRole): the path is printable ASCII between
// slashes, the name 1-64 of [\w+=,.@-]. Partitions limited to those STS serves.
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-isob-east-1 ...
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const WHOLE_NUMBER = /^\d+$/;
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const ACCOUNT_ID = /^\d{12}$/;
const POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}|aws):policy\/[\x21-\x7e]{1,512}$/;
// STS Tag: keys 1-128, values 0-256, of letters, spaces, digits and _ . : / = + - @.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
// A profile name is an INI section name and a file-name-safe word: no spaces, brackets, separators.
const PROFILE_NAME = /^[\w.+@:-]{1,64}$/;
const MAX_SESSION_TAGS = 50;
const MAX_MANAGED_POLICIES = 10;
const MAX_INLINE_POLICY = 2048;

/** Shows a value in an error so that stray whitespace or newlines are visible. */
function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

export function regionPartition(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** A list input: one item a line, or comma-separated. */
function list(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * @param workspace GITHUB_WORKSPACE, against which a relative web-identity-token-file is resolved.
 */
export function parseInputs(read: InputReader, workspace = ''): Config {
  const problems: string[] = [];
  const warnings: string[] = [];
  const problem = (name: InputName, value: string, what: string, fix: string) =>
    problems.push(`Input '${name}' is ${show(value)}: ${what}. ${fix}`);
  // For secret inputs and for combinations: the value is never shown.
  const said = (text: string) => problems.push(text);

  const bool = (name: InputName, fallback: boolean): boolean => {
    const raw = read(name);
    if (raw === '') return fallback;
    // YAML 1.2 core schema, as the runner's own getBooleanInput.
    if (['true', 'True', 'TRUE'].includes(raw)) return true;
    if (['false', 'False', 'FALSE'].includes(raw)) return false;
    problem(
      name,
      raw,
      'not a boolean',
      'Use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE).',
    );
    return fallback;
  };

  const wholeNumber = (name: InputName, fallback: number, min: number, max: number, fix: string): number => {
    const raw = read(name);
    if (raw === '') return fallback;
    const n = WHOLE_NUMBER.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
      problem(name, raw, `it must be a whole number ${range}`, fix);
      return fallback;
    }
    return n;
  };

  const url = (name: InputName, fix: string): string | undefined => {
    const raw = read(name);
    if (raw === '') return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      // reported below
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      // A URL that does not parse may still carry a password; show only its start.
      const shown = raw.includes('@') ? `${raw.slice(0, raw.indexOf('//') + 2)}...` : raw;
      problem(name, shown, 'not an http(s) URL', fix);
      return undefined;
    }
    return raw;
  };

  // --- where and who ---------------------------------------------------------------------------
  const region = read('aws-region');
  if (region === '') {
    said(`Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.`);
  } else if (!REGION.test(region)) {
    problem(
      'aws-region',
      region,
      'not an AWS region name',
      'Use a region code such as us-east-1 or eu-west-2.',
    );
  }
  const regionOk = REGION.test(region);

  const roleInput = read('role-to-assume');
  let role: Role | undefined;
  if (roleInput !== '') {
    const m = ROLE_ARN.exec(roleInput);
    if (m) {
      role = {
        partition: m[1] as Partition,
        accountId: m[2] as string,
        roleName: m[3] as string,
        arn: roleInput,
      };
      if (regionOk && regionPartition(region) !== role.partition) {
        problem(
          'role-to-assume',
          roleInput,
          `the role is in partition ${role.partition} but aws-region ${region} is in ${regionPartition(region)}`,
          'Use a region of the role\u2019s partition, or the role ARN of that partition.',
        );
      }
    } else if (ROLE_NAME.test(roleInput)) {
      role = {
        partition: regionPartition(region),
        accountId: undefined,
        roleName: roleInput,
        arn: undefined,
      };
    } else {
      problem(
        'role-to-assume',
        roleInput,
        'not an IAM role ARN',
        'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name> (aws-cn and aws-us-gov partitions work too).',
      );
    }
  }

  // --- credentials: which auth mode ------------------------------------------------------------
  const accessKeyId = read('aws-access-key-id');
  const secretAccessKey = read('aws-secret-access-key');
  const sessionToken = read('aws-session-token');
  const tokenFileInput = read('web-identity-token-file');
  const roleChaining = bool('role-chaining', false);
  const forceSkipOidc = bool('force-skip-oidc', false);
  const unsetCurrentCredentials = bool('unset-current-credentials', false);

  let accessKeys: StaticKeys | undefined;
  if (accessKeyId !== '' || secretAccessKey !== '' || sessionToken !== '') {
    if (accessKeyId === '') {
      said(
        `Input 'aws-access-key-id' is empty, but ${secretAccessKey !== '' ? 'aws-secret-access-key' : 'aws-session-token'} is set. ` +
          'Set all the keys of one identity, or none. A secret that does not exist (or that a fork cannot see) reads as empty.',
      );
    } else if (!ACCESS_KEY_ID.test(accessKeyId)) {
      said(
        `Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128 upper-case letters and digits (AKIA... or ASIA...). ` +
          'Check the secret it comes from for stray spaces or quotes.',
      );
    } else if (secretAccessKey === '') {
      said(
        `Input 'aws-secret-access-key' is empty, but aws-access-key-id is set. ` +
          'Pass the secret access key of the same identity; a secret that does not exist (or that a fork cannot see) reads as empty.',
      );
    } else if (/\s/.test(secretAccessKey) || /\s/.test(sessionToken)) {
      said(
        `Input '${/\s/.test(secretAccessKey) ? 'aws-secret-access-key' : 'aws-session-token'}' contains whitespace. ` +
          'Copy the value again without spaces or line breaks.',
      );
    } else {
      accessKeys = { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined };
    }
  }

  const sources = [
    (accessKeyId !== '' || secretAccessKey !== '') && 'aws-access-key-id',
    tokenFileInput !== '' && 'web-identity-token-file',
    roleChaining && 'role-chaining',
  ].filter((s): s is string => typeof s === 'string');
  if (sources.length > 1) {
    said(
      `Inputs ${sources.join(' and ')} are both set, but each is a different source of credentials. ` +
        'Keep the one this step should use.',
    );
  }
  for (const source of ['web-identity-token-file', 'role-chaining'] as const) {
    if (sources.includes(source) && roleInput === '') {
      said(
        `Input '${source}' needs role-to-assume: it is a way to assume a role. Set role-to-assume to the role's ARN.`,
      );
    }
  }
  if (roleChaining && unsetCurrentCredentials) {
    said(
      `Inputs role-chaining and unset-current-credentials are both true, but role chaining assumes the role with ` +
        'the current credentials. Remove unset-current-credentials.',
    );
  }

  const mode: AuthMode =
    accessKeyId !== '' || secretAccessKey !== ''
      ? 'access-keys'
      : tokenFileInput !== ''
        ? 'token-file'
        : roleChaining
          ? 'role-chaining'
          : roleInput !== '' && !forceSkipOidc
            ? 'oidc'
            : 'ambient';
  const webIdentity = mode === 'oidc' || mode === 'token-file';

  if (role && role.arn === undefined && webIdentity) {
    problem(
      'role-to-assume',
      roleInput,
      'a role name alone works only with source credentials (access keys, role-chaining, force-skip-oidc)',
      'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>.',
    );
  }

  let webIdentityTokenFile: string | undefined;
  if (tokenFileInput !== '') {
    if (/[\0\n\r]/.test(tokenFileInput)) {
      problem(
        'web-identity-token-file',
        tokenFileInput,
        'it contains a control character',
        'Use a plain path.',
      );
    } else {
      webIdentityTokenFile = isAbsolute(tokenFileInput) ? tokenFileInput : resolve(workspace, tokenFileInput);
    }
  }

  // --- the role session ------------------------------------------------------------------------
  const audience = read('audience') || DEFAULTS.audience;
  if (/\s/.test(audience)) {
    problem(
      'audience',
      audience,
      'it contains whitespace',
      `Use the audience the IAM OIDC provider lists, normally ${DEFAULTS.audience}.`,
    );
  }

  const roleSessionName = read('role-session-name') || DEFAULTS.roleSessionName;
  if (!SESSION_NAME.test(roleSessionName)) {
    const bad = [...new Set(roleSessionName.replace(/[\w+=,.@-]/g, ''))]
      .map((c) => JSON.stringify(c))
      .join(' ');
    problem(
      'role-session-name',
      roleSessionName,
      bad
        ? `it contains ${bad}, and STS allows only letters, digits and + = , . @ _ -`
        : `it is ${roleSessionName.length} character${roleSessionName.length === 1 ? '' : 's'} long, and STS needs 2 to 64`,
      `Use e.g. ${DEFAULTS.roleSessionName}, or replace the other characters with - or _.`,
    );
  }

  const roleDurationSeconds = wholeNumber(
    'role-duration-seconds',
    DEFAULTS.roleDurationSeconds,
    900,
    43200,
    'Use seconds, e.g. 3600 for one hour (the role\u2019s own maximum session duration also applies).',
  );
  if (roleChaining && roleDurationSeconds > 3600) {
    problem(
      'role-duration-seconds',
      String(roleDurationSeconds),
      'role chaining caps a session at 3600 seconds (one hour)',
      'Use 3600 or less with role-chaining.',
    );
  }

  const externalId = read('role-external-id');
  if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
    problem(
      'role-external-id',
      externalId,
      'STS takes 2 to 1224 letters, digits and + = , . @ : / - _',
      'Use the external ID the role owner gave you, exactly.',
    );
  }

  const skipSessionTagging = bool('role-skip-session-tagging', false);
  const customTags = parseCustomTags(read('custom-tags'), problem);
  const transitiveTagKeys = list(read('transitive-tag-keys'));
  const tagKeys = new Set([...AUTOMATIC_TAGS, ...DROPPABLE_TAGS, ...customTags.map((t) => t.Key)]);
  for (const key of transitiveTagKeys) {
    if (!tagKeys.has(key)) {
      problem(
        'transitive-tag-keys',
        key,
        'it is not the key of a session tag this action sends',
        `Use keys among ${AUTOMATIC_TAGS.join(', ')} or those of custom-tags.`,
      );
    }
  }
  if (skipSessionTagging && (customTags.length > 0 || transitiveTagKeys.length > 0)) {
    said(
      `Input 'role-skip-session-tagging' is true, so no session tags are sent, but ` +
        `${customTags.length > 0 ? 'custom-tags' : 'transitive-tag-keys'} is set. Remove one of them.`,
    );
  }

  const inlineSessionPolicy = parsePolicy(read('inline-session-policy'), problem);
  const managedSessionPolicies = list(read('managed-session-policies'));
  for (const arn of managedSessionPolicies) {
    if (!POLICY_ARN.test(arn)) {
      problem(
        'managed-session-policies',
        arn,
        'not an IAM policy ARN',
        'Use one ARN a line, e.g. arn:aws:iam::aws:policy/ReadOnlyAccess.',
      );
    }
  }
  if (managedSessionPolicies.length > MAX_MANAGED_POLICIES) {
    said(
      `Input 'managed-session-policies' lists ${managedSessionPolicies.length} policies; STS takes at most ${MAX_MANAGED_POLICIES}. Merge some of them.`,
    );
  }

  // AssumeRoleWithWebIdentity takes no tags and no external ID: the token's claims play that part.
  if (webIdentity) {
    const ignored = [
      customTags.length > 0 && 'custom-tags',
      transitiveTagKeys.length > 0 && 'transitive-tag-keys',
      externalId !== '' && 'role-external-id',
    ].filter(Boolean);
    if (ignored.length > 0) {
      warnings.push(
        `${ignored.join(', ')} ${ignored.length === 1 ? 'has' : 'have'} no effect with a web identity token ` +
          '(AssumeRoleWithWebIdentity takes neither session tags nor an external ID); it was ignored.',
      );
    }
  }

  // --- where the credentials go ----------------------------------------------------------------
  const profileName = read('aws-profile');
  let profile: Config['profile'];
  if (profileName !== '') {
    if (!PROFILE_NAME.test(profileName)) {
      problem(
        'aws-profile',
        profileName,
        'a profile name is 1 to 64 letters, digits and _ . + @ : - (no spaces, brackets or slashes)',
        'Use e.g. aws-profile: deploy.',
      );
    } else if (roleInput === '' && accessKeys === undefined) {
      said(
        `Input 'aws-profile' needs credentials to write, but neither role-to-assume nor aws-access-key-id is set. ` +
          'Set one of them, or remove aws-profile.',
      );
    }
    profile = { name: profileName, overwrite: bool('overwrite-aws-profile', false) };
  }

  const maskAccountId = bool('mask-aws-account-id', false);
  const outputCredentials = bool('output-credentials', false);
  const refreshCredentials = bool('refresh-credentials', false);
  // Static keys in the environment win over a profile, so profile mode does not export them
  // unless asked; a refreshing profile never has them beside it.
  const outputEnvCredentials = bool('output-env-credentials', profile === undefined && !refreshCredentials);
  if (refreshCredentials) {
    if (mode !== 'oidc') {
      said(
        `Input 'refresh-credentials' is true, but it refreshes through GitHub OIDC and the inputs choose ${mode}. ` +
          'Use role-to-assume alone (with permissions: id-token: write), or remove refresh-credentials.',
      );
    }
    if (outputEnvCredentials) {
      said(
        `Inputs refresh-credentials and output-env-credentials are both true, but exported keys would shadow the ` +
          'refreshing profile and expire with the session. Remove output-env-credentials.',
      );
    }
  }
  const useExistingCredentials = bool('use-existing-credentials', false);
  const specialCharactersWorkaround = bool('special-characters-workaround', false);
  const disableRetry = bool('disable-retry', false);
  if (specialCharactersWorkaround && disableRetry) {
    said(
      `Inputs special-characters-workaround and disable-retry are both true, but the workaround works by ` +
        're-assuming the role. Remove disable-retry.',
    );
  }

  const allowedAccountIds = list(read('allowed-account-ids'));
  for (const id of allowedAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      problem(
        'allowed-account-ids',
        id,
        'not a 12-digit AWS account ID',
        'Use account IDs separated by commas, e.g. 123456789012,210987654321.',
      );
    }
  }
  // Checked only against a list that parsed: one problem at a time.
  const allowedOk = allowedAccountIds.every((id) => ACCOUNT_ID.test(id));
  if (
    role?.accountId &&
    allowedOk &&
    allowedAccountIds.length > 0 &&
    !allowedAccountIds.includes(role.accountId)
  ) {
    problem(
      'role-to-assume',
      roleInput,
      `its account ${role.accountId} is not in allowed-account-ids (${allowedAccountIds.join(', ')})`,
      'Use a role in an allowed account, or add the account to allowed-account-ids.',
    );
  }

  // --- retries, time, network ------------------------------------------------------------------
  const retryMaxAttempts = wholeNumber(
    'retry-max-attempts',
    DEFAULTS.retryMaxAttempts,
    1,
    Number.MAX_SAFE_INTEGER,
    `Use 1 for a single attempt, or leave it empty for the default of ${DEFAULTS.retryMaxAttempts}.`,
  );
  const actionTimeoutS = wholeNumber(
    'action-timeout-s',
    0,
    0,
    // Five days, the longest a self-hosted job may run; also keeps setTimeout in range.
    432000,
    'Use seconds, e.g. 60, or 0 for no limit.',
  );
  const httpTimeoutS = wholeNumber(
    'http-timeout-s',
    DEFAULTS.httpTimeoutSeconds,
    1,
    300,
    `Use seconds, e.g. ${DEFAULTS.httpTimeoutSeconds}.`,
  );

  const stsEndpoint = url(
    'sts-endpoint',
    'Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
  );
  if (stsEndpoint) {
    const u = new URL(stsEndpoint);
    if (u.username || u.password) {
      said(
        `Input 'sts-endpoint' contains a user name or password. Remove the user:password@ part; STS needs none.`,
      );
    }
  }
  const proxyUrl = url(
    'http-proxy',
    'Use a URL such as http://proxy.example.com:3128 (the input, or HTTPS_PROXY / HTTP_PROXY).',
  );
  const noProxy = read('no-proxy');

  if (problems.length > 0) throw new InputError(problems);

  return Object.freeze({
    region,
    mode,
    role: role && Object.freeze(role),
    accessKeys: accessKeys && Object.freeze(accessKeys),
    webIdentityTokenFile,
    audience,
    roleSessionName,
    roleDurationSeconds,
    roleExternalId: externalId || undefined,
    skipSessionTagging,
    customTags: Object.freeze(customTags),
    transitiveTagKeys: Object.freeze(transitiveTagKeys),
    inlineSessionPolicy,
    managedSessionPolicies: Object.freeze(managedSessionPolicies),
    profile: profile && Object.freeze(profile),
    proxy: Object.freeze({ url: proxyUrl, noProxy }),
    maskAccountId,
    outputCredentials,
    outputEnvCredentials,
    unsetCurrentCredentials,
    useExistingCredentials,
    specialCharactersWorkaround,
    allowedAccountIds: Object.freeze(allowedAccountIds),
    maxAttempts: disableRetry ? 1 : retryMaxAttempts,
    actionTimeoutMs: actionTimeoutS > 0 ? actionTimeoutS * 1000 : undefined,
    stsEndpoint,
    httpTimeoutMs: httpTimeoutS * 1000,
    refreshCredentials,
    warnings: Object.freeze(warnings),
  });
}

type Problem = (name: InputName, value: string, what: string, fix: string) => void;

function parseCustomTags(raw: string, problem: Problem): Tag[] {
  if (raw === '') return [];
  const fix = 'Use a JSON object of strings, e.g. {"Team": "platform", "CostCenter": "42"}.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    problem('custom-tags', raw, `not JSON (${(error as Error).message})`, fix);
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problem('custom-tags', raw, 'not a JSON object', fix);
    return [];
  }
  const protectedKeys = new Set([...AUTOMATIC_TAGS, ...DROPPABLE_TAGS].map((k) => k.toLowerCase()));
  const tags: Tag[] = [];
  for (const [Key, Value] of Object.entries(parsed)) {
    if (typeof Value !== 'string') {
      problem('custom-tags', raw, `the value of ${JSON.stringify(Key)} is not a string`, fix);
    } else if (protectedKeys.has(Key.toLowerCase())) {
      problem(
        'custom-tags',
        raw,
        `the key ${JSON.stringify(Key)} is one this action sets itself`,
        `Rename it; ${[...AUTOMATIC_TAGS, ...DROPPABLE_TAGS].join(', ')} are reserved.`,
      );
    } else if (Key.length < 1 || Key.length > 128 || !TAG_TEXT.test(Key) || /^aws:/i.test(Key)) {
      problem(
        'custom-tags',
        raw,
        `the key ${JSON.stringify(Key)} is not a valid tag key (1-128 letters, digits, spaces and _ . : / = + - @, not starting with aws:)`,
        fix,
      );
    } else if (Value.length > 256 || !TAG_TEXT.test(Value)) {
      problem(
        'custom-tags',
        raw,
        `the value of ${JSON.stringify(Key)} is not a valid tag value (at most 256 letters, digits, spaces and _ . : / = + - @)`,
        fix,
      );
    } else {
      tags.push(Object.freeze({ Key, Value }));
    }
  }
  const room = MAX_SESSION_TAGS - AUTOMATIC_TAGS.length - DROPPABLE_TAGS.length;
  if (tags.length > room) {
    problem(
      'custom-tags',
      raw,
      `it has ${tags.length} tags; with this action's own ${AUTOMATIC_TAGS.length + DROPPABLE_TAGS.length}, STS takes at most ${room}`,
      'Remove some tags.',
    );
  }
  return tags;
}

function parsePolicy(raw: string, problem: Problem): string | undefined {
  if (raw === '') return undefined;
  const fix = 'Use an IAM policy document, e.g. {"Version":"2012-10-17","Statement":[...]}.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    problem('inline-session-policy', raw, `not JSON (${(error as Error).message})`, fix);
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('Statement' in parsed)) {
    problem('inline-session-policy', raw, 'not a policy document (a JSON object with a Statement)', fix);
    return undefined;
  }
  const minified = JSON.stringify(parsed);
  if (minified.length > MAX_INLINE_POLICY) {
    problem(
      'inline-session-policy',
      raw,
      `it is ${minified.length} characters without whitespace; STS takes at most ${MAX_INLINE_POLICY}`,
      'Shorten it, or use managed-session-policies.',
    );
    return undefined;
  }
  return minified;
}
