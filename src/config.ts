// Every input is read, parsed and validated here, once, before anything touches the network.
// The parser is pure: it takes a reader, so tests feed it tables without a runner.

export const INPUT_NAMES = [
  'aws-region',
  'role-to-assume',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'mask-aws-account-id',
  'output-credentials',
  'output-env-credentials',
  'disable-retry',
  'retry-max-attempts',
  'action-timeout-s',
  'sts-endpoint',
  'http-timeout-s',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type InputReader = (name: InputName) => string;

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

export interface RoleArn {
  readonly arn: string;
  readonly partition: Partition;
  readonly accountId: string;
  readonly roleName: string;
}

export interface Config {
  readonly region: string;
  readonly role: RoleArn;
  readonly audience: string;
  readonly roleSessionName: string;
  readonly roleDurationSeconds: number;
  readonly maskAccountId: boolean;
  readonly outputCredentials: boolean;
  readonly outputEnvCredentials: boolean;
  /** Total attempts, first one included. 1 with disable-retry. */
  readonly maxAttempts: number;
  /** Hard limit on the whole step; undefined when action-timeout-s is 0 or unset. */
  readonly actionTimeoutMs: number | undefined;
  readonly stsEndpoint: string | undefined;
  /** Per-request limit for the token endpoint and STS. */
  readonly httpTimeoutMs: number;
}

export const DEFAULTS = {
  audience: 'sts.amazonaws.com',
  roleSessionName: 'GitHubActions',
  roleDurationSeconds: 3600,
  retryMaxAttempts: 12,
  httpTimeoutSeconds: 10,
} as const;

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
// slashes, the name 1-64 of [\w+=,.@-]. Partitions limited to those STS OIDC federation serves.
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, us-isob-east-1 ...
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const WHOLE_NUMBER = /^\d+$/;

/** Shows a value in an error so that stray whitespace or newlines are visible. */
function show(value: string): string {
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return shown;
}

function regionPartition(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function parseInputs(read: InputReader): Config {
  const problems: string[] = [];
  const problem = (name: InputName, value: string, what: string, fix: string) =>
    problems.push(`Input '${name}' is ${show(value)}: ${what}. ${fix}`);

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

  const region = read('aws-region');
  if (region === '') {
    problems.push(
      `Input 'aws-region' is required. Set it to the AWS region to use, e.g. aws-region: us-east-1.`,
    );
  } else if (!REGION.test(region)) {
    problem(
      'aws-region',
      region,
      'not an AWS region name',
      'Use a region code such as us-east-1 or eu-west-2.',
    );
  }

  const roleInput = read('role-to-assume');
  let role: RoleArn | undefined;
  if (roleInput === '') {
    problems.push(
      `Input 'role-to-assume' is required. Set it to the ARN of the IAM role to assume, ` +
        `e.g. role-to-assume: arn:aws:iam::123456789012:role/my-github-role.`,
    );
  } else {
    const m = ROLE_ARN.exec(roleInput);
    if (!m) {
      problem(
        'role-to-assume',
        roleInput,
        'not an IAM role ARN',
        'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name> (aws-cn and aws-us-gov partitions work too).',
      );
    } else {
      role = {
        arn: roleInput,
        partition: m[1] as Partition,
        accountId: m[2] as string,
        roleName: m[3] as string,
      };
      if (REGION.test(region) && regionPartition(region) !== role.partition) {
        problem(
          'role-to-assume',
          roleInput,
          `the role is in partition ${role.partition} but aws-region ${region} is in ${regionPartition(region)}`,
          'Use a region of the role\u2019s partition, or the role ARN of that partition.',
        );
      }
    }
  }

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

  const maskAccountId = bool('mask-aws-account-id', false);
  const outputCredentials = bool('output-credentials', false);
  const outputEnvCredentials = bool('output-env-credentials', true);
  const disableRetry = bool('disable-retry', false);

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

  const endpointInput = read('sts-endpoint');
  let stsEndpoint: string | undefined;
  if (endpointInput !== '') {
    let url: URL | undefined;
    try {
      url = new URL(endpointInput);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      problem(
        'sts-endpoint',
        endpointInput,
        'not an http(s) URL',
        'Use a URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
      );
    } else if (url.username || url.password) {
      // Never echo it: the user part may be a password.
      problems.push(
        `Input 'sts-endpoint' contains a user name or password. Remove the user:password@ part; STS needs none.`,
      );
    } else {
      stsEndpoint = endpointInput;
    }
  }

  if (problems.length > 0 || role === undefined) throw new InputError(problems);

  return Object.freeze({
    region,
    role: Object.freeze(role),
    audience,
    roleSessionName,
    roleDurationSeconds,
    maskAccountId,
    outputCredentials,
    outputEnvCredentials,
    maxAttempts: disableRetry ? 1 : retryMaxAttempts,
    actionTimeoutMs: actionTimeoutS > 0 ? actionTimeoutS * 1000 : undefined,
    stsEndpoint,
    httpTimeoutMs: httpTimeoutS * 1000,
  });
}
