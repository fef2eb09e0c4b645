// Every environment variable the action reads, with a value of each kind, for the matrix that runs
// the built action with each one unset, empty, blank, a relative path, valid and invalid
// (__tests__/e2e/variables.test.ts). __tests__/unit/variables.test.ts derives the names the code
// reads and fails when one has no row here.

export interface VariableRow {
  readonly name: string;
  /** What reads it, in a few words. */
  readonly role: string;
  /** A value the action takes; undefined: the one the runner (or the fixture) gives. */
  readonly valid?: string;
  /** A value it must refuse or ignore, with one clear error at most. */
  readonly invalid: string;
  /**
   * The action reads "" as it reads unset: an input fallback (the first non-empty wins, spec.ts),
   * a proxy variable (as @actions/http-client reads them), a default in its place.
   */
  readonly emptyIsUnset: boolean;
}

/** The inputs' fallbacks: read when the input is empty, the first non-empty one winning. */
const FALLBACKS: [string, string, string][] = [
  ['AWS_REGION', 'us-east-1', 'moon-base-1'],
  ['ROLE_TO_ASSUME', 'arn:aws:iam::123456789012:role/deploy', 'not an arn'],
  ['AUDIENCE', 'sts.amazonaws.com', 'x'.repeat(300)],
  ['WEB_IDENTITY_TOKEN_FILE', '', '/no/such/token'],
  ['ROLE_CHAINING', 'false', 'perhaps'],
  ['ROLE_DURATION_SECONDS', '3600', '12'],
  ['ROLE_SESSION_NAME', 'GitHubActions', 'has space'],
  ['ROLE_EXTERNAL_ID', 'external-id-1', 'x'],
  ['ROLE_SKIP_SESSION_TAGGING', 'false', 'perhaps'],
  ['TRANSITIVE_TAG_KEYS', 'Repository', '???'],
  ['INLINE_SESSION_POLICY', '{"Version":"2012-10-17","Statement":[]}', '{not json'],
  ['MANAGED_SESSION_POLICIES', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'not-an-arn'],
  ['OVERWRITE_AWS_PROFILE', 'false', 'perhaps'],
  ['MASK_AWS_ACCOUNT_ID', 'true', 'perhaps'],
  ['OUTPUT_CREDENTIALS', 'false', 'perhaps'],
  ['UNSET_CURRENT_CREDENTIALS', 'false', 'perhaps'],
  ['USE_EXISTING_CREDENTIALS', 'false', 'perhaps'],
  ['DISABLE_RETRY', 'false', 'perhaps'],
  ['RETRY_MAX_ATTEMPTS', '3', '0'],
  ['SPECIAL_CHARACTERS_WORKAROUND', 'false', 'perhaps'],
];

const PROXIES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

export const VARIABLES: readonly VariableRow[] = [
  ...FALLBACKS.map(([name, valid, invalid]) => ({
    name,
    role: 'an input fallback',
    valid,
    invalid,
    emptyIsUnset: true,
  })),
  ...PROXIES.map((name) => ({
    name,
    role: 'the proxy',
    valid: 'http://127.0.0.1:9',
    invalid: 'not a url',
    emptyIsUnset: true,
  })),
  ...['no_proxy', 'NO_PROXY'].map((name) => ({
    name,
    role: 'the proxy exemptions',
    valid: '127.0.0.1',
    invalid: '[[[',
    emptyIsUnset: true,
  })),
  {
    name: 'ACTIONS_ID_TOKEN_REQUEST_URL',
    role: 'the token endpoint',
    invalid: 'not a url',
    emptyIsUnset: true,
  },
  {
    name: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    role: 'the token endpoint',
    invalid: 'wrong',
    emptyIsUnset: true,
  },
  { name: 'ACT', role: 'act, a local runner', valid: 'true', invalid: 'perhaps', emptyIsUnset: true },
  { name: 'RUNNER_TEMP', role: "the job's private directory", invalid: '/no/such/dir', emptyIsUnset: false },
  {
    name: 'LOCALAPPDATA',
    role: "Windows: the job's private directory",
    invalid: '/no/such/dir',
    emptyIsUnset: true,
  },
  { name: 'HOME', role: "the user's ~/.aws", invalid: '/no/such/home', emptyIsUnset: false },
  { name: 'USERPROFILE', role: "Windows: the user's ~/.aws", invalid: '/no/such/home', emptyIsUnset: true },
  { name: 'HOMEDRIVE', role: "Windows: the user's ~/.aws", invalid: 'Q:', emptyIsUnset: true },
  { name: 'HOMEPATH', role: "Windows: the user's ~/.aws", invalid: '\\no\\such', emptyIsUnset: true },
  {
    name: 'AWS_CONFIG_FILE',
    role: 'the AWS config file',
    valid: '/no/such/config',
    invalid: '/dev/null',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_SHARED_CREDENTIALS_FILE',
    role: 'the AWS credentials file',
    valid: '/no/such/credentials',
    invalid: '/dev/null',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_PROFILE',
    role: 'the profile the tools use',
    valid: 'other',
    invalid: '[bad]',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_DEFAULT_PROFILE',
    role: 'botocore reads it first',
    valid: 'other',
    invalid: '[bad]',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_DEFAULT_REGION',
    role: 'the region the tools use',
    valid: 'eu-west-1',
    invalid: 'moon-base-1',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_ACCESS_KEY_ID',
    role: 'keys an earlier step left',
    valid: 'AKIAEARLIERSTEP00001',
    invalid: 'x',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_SECRET_ACCESS_KEY',
    role: 'keys an earlier step left',
    valid: 'earlier-secret',
    invalid: 'x y',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_SESSION_TOKEN',
    role: 'keys an earlier step left',
    valid: 'earlier-token',
    invalid: 'x y',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_ROLE_ARN',
    role: "IRSA's role, which outranks a profile",
    valid: 'arn:aws:iam::123456789012:role/irsa',
    invalid: 'x',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_WEB_IDENTITY_TOKEN_FILE',
    role: "IRSA's token file",
    valid: '/no/such/token',
    invalid: '/dev/null',
    emptyIsUnset: false,
  },
  {
    name: 'AWS_ENDPOINT_URL',
    role: "the SDK's endpoint for every service",
    valid: 'http://127.0.0.1:9',
    invalid: 'not a url',
    emptyIsUnset: true,
  },
  { name: 'AWS_ENDPOINT_URL_STS', role: "STS's endpoint", invalid: 'not a url', emptyIsUnset: true },
  {
    name: 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
    role: 'the SDK ignores the endpoint variables',
    valid: 'true',
    invalid: 'perhaps',
    emptyIsUnset: true,
  },
  {
    name: 'GITHUB_API_URL',
    role: 'the sub template lookup',
    valid: 'https://api.github.com',
    invalid: 'not a url',
    emptyIsUnset: true,
  },
  {
    name: 'GITHUB_SERVER_URL',
    role: 'the run facts',
    valid: 'https://github.com',
    invalid: 'not a url',
    emptyIsUnset: true,
  },
  {
    name: 'GITHUB_EVENT_PATH',
    role: 'the refresher: whether RUNNER_TEMP was emptied',
    valid: '/no/such/event.json',
    invalid: '..',
    emptyIsUnset: true,
  },
  {
    name: 'GITHUB_WORKSPACE',
    role: 'a relative token file',
    invalid: '/no/such/workspace',
    emptyIsUnset: true,
  },
  ...[
    'GITHUB_ACTION',
    'GITHUB_ACTION_REF',
    'GITHUB_ACTION_REPOSITORY',
    'GITHUB_ACTOR',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_ID',
    'GITHUB_REPOSITORY_OWNER_ID',
    'GITHUB_RUN_ID',
    'GITHUB_SHA',
    'GITHUB_TRIGGERING_ACTOR',
    'GITHUB_WORKFLOW',
  ].map((name) => ({
    name,
    role: 'the run facts (session tags, diagnostics)',
    valid: name === 'GITHUB_REPOSITORY' ? 'octo-org/octo-repo' : 'x',
    invalid: 'a\nb',
    emptyIsUnset: true,
  })),
  ...['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => ({
    name,
    role: 'a file command',
    invalid: '/no/such/dir/file',
    emptyIsUnset: false,
  })),
];
