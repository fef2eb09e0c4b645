// Which values the step exports, and which the post step writes back, so that every AWS tool reads
// what is meant. GITHUB_ENV can set a variable, even to "", but never unset it, and the tools read
// an empty value differently (tools/): botocore reads AWS_PROFILE="" as a profile named "" that
// must exist, the JS SDK as no profile. So a profile variable is set only where one is needed, to a
// profile that botocore finds; and the post step writes back what was there before, or, for a
// variable that was unset, the value that every tool reads as unset. Pure.

import type { Env } from '../tools/resolution.js';

export const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;

/** What the step means later steps to read. */
export interface Target {
  /** Keys exported in the environment (output-env-credentials). */
  readonly keys: Readonly<Record<(typeof CREDENTIAL_VARIABLES)[number], string>> | undefined;
  /** Keys an earlier step left are cleared (unset-current-credentials, or a profile without keys). */
  readonly clearKeys: boolean;
  /** The profile written to the job's own config file. */
  readonly profile: string | undefined;
  readonly region: string | undefined;
  /** AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE pointed at the job's files. */
  readonly files: Readonly<Record<string, string>>;
}

/** The exports, and whether the job's config file needs an empty [default] for botocore to find. */
interface Exports {
  readonly env: Record<string, string>;
  readonly emptyDefault: boolean;
  /** What was cleared and why, for the log. */
  readonly said: readonly string[];
}

const set = (env: Env, name: string) => Object.hasOwn(env, name) && env[name] !== undefined;
const blank = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, '']));

/**
 * Keys mode: the JS SDK skips keys in the environment when AWS_PROFILE is set and not "", so it is
 * made "". botocore takes the keys whatever profile is named, but a named profile must exist: it
 * reads AWS_DEFAULT_PROFILE first, so that names one that exists (the one named before, or
 * default), or an empty [default] the job's config file adds.
 */
function keysModeProfile(env: Env, exists: (name: string) => boolean): Pick<Exports, 'env' | 'emptyDefault'> {
  const out: Record<string, string> = {};
  if (env.AWS_PROFILE) out.AWS_PROFILE = '';
  const named = set(env, 'AWS_DEFAULT_PROFILE')
    ? env.AWS_DEFAULT_PROFILE
    : (out.AWS_PROFILE ?? env.AWS_PROFILE);
  if (named === undefined || (named !== '' && exists(named))) return { env: out, emptyDefault: false };
  const choice = [env.AWS_DEFAULT_PROFILE, env.AWS_PROFILE, 'default'].find((n) => n && exists(n));
  return { env: { ...out, AWS_DEFAULT_PROFILE: choice ?? 'default' }, emptyDefault: choice === undefined };
}

/**
 * Profile mode: AWS_PROFILE names it (the JS SDK reads only that), and AWS_DEFAULT_PROFILE too when
 * it is set (botocore reads it first). Without keys beside the profile, botocore would take an
 * AWS_WEB_IDENTITY_TOKEN_FILE (IRSA) before the profile: it is made "", which botocore reads as none.
 */
function profileModeVariables(env: Env, profile: string, keysOut: boolean): Record<string, string> {
  return {
    AWS_PROFILE: profile,
    ...(set(env, 'AWS_DEFAULT_PROFILE') ? { AWS_DEFAULT_PROFILE: profile } : {}),
    ...(!keysOut && env.AWS_WEB_IDENTITY_TOKEN_FILE ? { AWS_WEB_IDENTITY_TOKEN_FILE: '' } : {}),
  };
}

/** The main step's exports. `exists`: whether botocore finds a profile of that name in the user's files. */
export function exportsFor(target: Target, env: Env, exists: (name: string) => boolean): Exports {
  const said: string[] = [];
  const out: Record<string, string> = target.clearKeys ? blank(CREDENTIAL_VARIABLES) : {};
  const left = CREDENTIAL_VARIABLES.filter((n) => env[n]);
  if (target.profile !== undefined && target.keys === undefined && left.length > 0) {
    said.push(
      `Cleared ${left.join(', ')} left by an earlier step: the AWS CLI would use them instead of the profile.`,
    );
    Object.assign(out, blank(CREDENTIAL_VARIABLES));
  }
  let emptyDefault = false;
  if (target.profile !== undefined) {
    Object.assign(out, profileModeVariables(env, target.profile, target.keys !== undefined));
    if (out.AWS_WEB_IDENTITY_TOKEN_FILE === '')
      said.push('Cleared AWS_WEB_IDENTITY_TOKEN_FILE: the AWS CLI would use it instead of the profile.');
  } else if (target.keys !== undefined) {
    const chosen = keysModeProfile(env, exists);
    emptyDefault = chosen.emptyDefault;
    if (Object.keys(chosen.env).length > 0)
      said.push(
        `Set ${Object.entries(chosen.env)
          .map(([n, v]) => `${n}=${JSON.stringify(v)}`)
          .join(', ')}: ` +
          'with the profile an earlier step named, the AWS SDK for JavaScript would not use these keys, and the AWS CLI needs a profile that exists.',
      );
    Object.assign(out, chosen.env);
  }
  if (target.region !== undefined)
    Object.assign(out, { AWS_REGION: target.region, AWS_DEFAULT_REGION: target.region });
  // Keys without a session token must not pair with an earlier step's token.
  if (target.keys) Object.assign(out, target.keys);
  return { env: { ...out, ...target.files }, emptyDefault, said };
}

/** What the post step needs to know of the user's files, as botocore and the JS SDK read them. */
export interface AfterView {
  /** Whether botocore finds a profile of this name. */
  readonly exists: (name: string) => boolean;
  /** The region each tool reads from a profile (botocore's AWS_DEFAULT_REGION, the JS SDK's AWS_REGION). */
  readonly region: (
    variable: 'AWS_REGION' | 'AWS_DEFAULT_REGION',
    profile: string | undefined,
  ) => string | undefined;
  /** The absolute path a file variable that was unset stands for (~/.aws/config). */
  readonly defaultFile: (variable: string) => string;
}

/**
 * The value that reads as "unset" for every tool, or undefined where none does and the step's
 * value is left (a region that was unset and that no profile gives).
 */
function unsetValue(name: string, before: Env, view: AfterView): string | undefined {
  if (name === 'AWS_REGION' || name === 'AWS_DEFAULT_REGION') {
    const profile =
      name === 'AWS_REGION'
        ? before.AWS_PROFILE || undefined
        : (before.AWS_DEFAULT_PROFILE ?? before.AWS_PROFILE);
    return view.region(name, profile);
  }
  if (name === 'AWS_CONFIG_FILE' || name === 'AWS_SHARED_CREDENTIALS_FILE') return view.defaultFile(name);
  // botocore reads AWS_DEFAULT_PROFILE first: the one AWS_PROFILE named, or default (which has to exist).
  if (name === 'AWS_DEFAULT_PROFILE') return before.AWS_PROFILE ?? 'default';
  return '';
}

/**
 * The post step's exports: each variable in `ours` (the main step exported it, and no later step
 * changed it since) back to what it was. `before` holds the values the main step found (a name
 * missing: unset). When both profile variables were unset, AWS_PROFILE="" and
 * AWS_DEFAULT_PROFILE=default read as unset, if botocore finds a default profile: else the job adds
 * an empty one (`emptyDefault`).
 */
export function restoreFor(
  ours: readonly string[],
  before: Env,
  now: Env,
  view: AfterView,
): { env: Record<string, string>; emptyDefault: boolean } {
  const env: Record<string, string> = {};
  for (const name of ours) {
    const value = set(before, name) ? before[name] : unsetValue(name, before, view);
    if (value !== undefined) env[name] = value;
  }
  const profileLost =
    env.AWS_PROFILE === '' &&
    !set(before, 'AWS_PROFILE') &&
    env.AWS_DEFAULT_PROFILE === undefined &&
    !set(now, 'AWS_DEFAULT_PROFILE');
  if (profileLost) env.AWS_DEFAULT_PROFILE = 'default';
  // "default" standing for "unset" (not a default the job named itself) needs a default profile.
  const standIn =
    env.AWS_DEFAULT_PROFILE === 'default' &&
    !set(before, 'AWS_DEFAULT_PROFILE') &&
    !set(before, 'AWS_PROFILE');
  return { env, emptyDefault: standIn && !view.exists('default') };
}
