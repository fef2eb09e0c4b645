// The inputs table: one entry per input of action.yml, in its order. The names, the environment
// fallbacks, which inputs are secret and the defaults live here and nowhere else; the parsers in
// this folder read values through it.

/**
 * The one rule for the proxy variables, for the main step and the refresher alike: lower case
 * first, the https variables before the http ones, as @actions/http-client 4.0.1 reads them
 * (lib/proxy.js) and as curl does.
 */
export const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const;
export const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'] as const;

/** The parsers of this folder: a group's file, or parse.ts for an input it checks itself. */
type Parser =
  | 'target'
  | 'source'
  | 'session'
  | 'custom-tags'
  | 'policies'
  | 'destination'
  | 'limits'
  | 'parse';

interface InputSpec {
  readonly name: string;
  /** The file of this folder that parses the input's value. */
  readonly parser: Parser;
  /**
   * Environment variables read when the input is empty, first non-empty wins. The incumbent
   * (configure-aws-credentials) reads ROLE_TO_ASSUME for role-to-assume and so on, and workflows
   * rely on it; http-proxy and no-proxy follow the usual proxy variables in either case.
   */
  readonly env?: readonly string[];
  /** Masked as soon as it is read, and never echoed in an error. */
  readonly secret?: true;
  /** Applied when neither the input nor a fallback has a value. */
  readonly default?: string;
  /**
   * The fallbacks are the environment's standard proxy variables, which every HTTP client on the
   * runner reads: they apply even with translate-env-variables: false.
   */
  readonly standard?: true;
}

const INPUTS = [
  { name: 'aws-region', parser: 'target', env: ['AWS_REGION'] },
  { name: 'role-to-assume', parser: 'target', env: ['ROLE_TO_ASSUME'] },
  { name: 'audience', parser: 'session', env: ['AUDIENCE'], default: 'sts.amazonaws.com' },
  { name: 'aws-access-key-id', parser: 'source', secret: true },
  { name: 'aws-secret-access-key', parser: 'source', secret: true },
  { name: 'aws-session-token', parser: 'source', secret: true },
  { name: 'web-identity-token-file', parser: 'source', env: ['WEB_IDENTITY_TOKEN_FILE'] },
  { name: 'role-chaining', parser: 'source', env: ['ROLE_CHAINING'], default: 'false' },
  { name: 'role-duration-seconds', parser: 'session', env: ['ROLE_DURATION_SECONDS'], default: '3600' },
  { name: 'role-session-name', parser: 'session', env: ['ROLE_SESSION_NAME'], default: 'GitHubActions' },
  { name: 'role-external-id', parser: 'session', env: ['ROLE_EXTERNAL_ID'] },
  {
    name: 'role-skip-session-tagging',
    parser: 'session',
    env: ['ROLE_SKIP_SESSION_TAGGING'],
    default: 'false',
  },
  { name: 'transitive-tag-keys', parser: 'session', env: ['TRANSITIVE_TAG_KEYS'] },
  { name: 'custom-tags', parser: 'custom-tags' },
  { name: 'inline-session-policy', parser: 'policies', env: ['INLINE_SESSION_POLICY'] },
  { name: 'managed-session-policies', parser: 'policies', env: ['MANAGED_SESSION_POLICIES'] },
  { name: 'aws-profile', parser: 'destination' },
  { name: 'overwrite-aws-profile', parser: 'destination', env: ['OVERWRITE_AWS_PROFILE'], default: 'false' },
  { name: 'http-proxy', parser: 'limits', env: PROXY_VARIABLES, standard: true },
  { name: 'no-proxy', parser: 'limits', env: NO_PROXY_VARIABLES, standard: true },
  { name: 'sts-endpoint', parser: 'limits' },
  { name: 'mask-aws-account-id', parser: 'destination', env: ['MASK_AWS_ACCOUNT_ID'], default: 'false' },
  { name: 'output-credentials', parser: 'destination', env: ['OUTPUT_CREDENTIALS'], default: 'false' },
  // Its default depends on aws-profile and refresh-credentials (destination.ts).
  { name: 'output-env-credentials', parser: 'destination' },
  {
    name: 'unset-current-credentials',
    parser: 'destination',
    env: ['UNSET_CURRENT_CREDENTIALS'],
    default: 'false',
  },
  {
    name: 'use-existing-credentials',
    parser: 'destination',
    env: ['USE_EXISTING_CREDENTIALS'],
    default: 'false',
  },
  { name: 'disable-retry', parser: 'limits', env: ['DISABLE_RETRY'], default: 'false' },
  { name: 'retry-max-attempts', parser: 'limits', env: ['RETRY_MAX_ATTEMPTS'], default: '12' },
  {
    name: 'special-characters-workaround',
    parser: 'limits',
    env: ['SPECIAL_CHARACTERS_WORKAROUND'],
    default: 'false',
  },
  { name: 'allowed-account-ids', parser: 'limits' },
  { name: 'force-skip-oidc', parser: 'source', default: 'false' },
  { name: 'action-timeout-s', parser: 'limits', default: '0' },
  { name: 'http-timeout-s', parser: 'limits', default: '10' },
  { name: 'refresh-credentials', parser: 'destination', default: 'false' },
  { name: 'print-trust-policy', parser: 'destination', default: 'false' },
  { name: 'trust-policy-sub', parser: 'destination', default: 'token' },
  // The runner fills the default; a run without it (act, a test) has no token and skips the lookup.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the expression action.yml declares, as text.
  { name: 'github-token', parser: 'destination', secret: true, default: '${{ github.token }}' },
  { name: 'translate-env-variables', parser: 'parse', default: 'true' },
] as const satisfies readonly InputSpec[];
export type InputName = (typeof INPUTS)[number]['name'];
export type InputReader = ((name: InputName) => string) & {
  /** Whether the value came from an environment variable, not from with: (absent: never). */
  readonly fromEnvironment?: (name: InputName) => boolean;
};

const SPECS = Object.fromEntries(INPUTS.map((s) => [s.name, s])) as Readonly<Record<InputName, InputSpec>>;

export const INPUT_NAMES: readonly InputName[] = INPUTS.map((s) => s.name);
export const SECRET_INPUTS: readonly InputName[] = INPUTS.filter((s: InputSpec) => s.secret).map(
  (s) => s.name,
);

/** The file of src/inputs/ that parses the input, without .ts. */
export function parserOf(name: InputName): Parser {
  return SPECS[name].parser;
}

/** The input's default from the table, '' when it has none. */
export function defaultOf(name: InputName): string {
  return SPECS[name].default ?? '';
}

/** Where the input stands in action.yml: problems are reported in this order. */
export function orderOf(name: InputName): number {
  return INPUT_NAMES.indexOf(name);
}

/**
 * An input, else its environment fallbacks (first non-empty); never the default. With
 * translate-env-variables: false (as in configure-aws-credentials 6.3.0), only the standard proxy
 * variables fall back: every other input comes from `with:` alone.
 */
export function withEnvFallbacks(getInput: InputReader, env: NodeJS.ProcessEnv): InputReader {
  const translate = !['false', 'False', 'FALSE'].includes(getInput('translate-env-variables'));
  const read = (name: InputName) => {
    const value = getInput(name);
    const spec: InputSpec = SPECS[name];
    if (value !== '' || (!translate && !spec.standard)) return value;
    return (spec.env ?? []).map((n) => env[n]?.trim() ?? '').find((v) => v !== '') ?? '';
  };
  return Object.assign(read, {
    fromEnvironment: (name: InputName) => getInput(name) === '' && read(name) !== '',
  });
}

/** The inputs whose fallbacks still apply with translate-env-variables: false. */
export const STANDARD_FALLBACKS: readonly InputName[] = INPUTS.filter((s: InputSpec) => s.standard).map(
  (s) => s.name,
);
