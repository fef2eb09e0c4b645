// Each auth mode's behaviour, one row per mode: which inputs choose it, whether it uses a web
// identity, how it is described, what signs its calls and where its tokens come from. A new mode
// is a new row here plus its input parser.

import { SourceCredentialsError } from './errors.js';
import type {
  AuthMode,
  CredentialSource,
  DestinationSettings,
  LimitSettings,
  SessionSettings,
} from './inputs/config.js';
import { info } from './log.js';
import { credentialsOf, refreshedCredentials } from './refresh/credentials.js';
import { settingsFileOfProfile } from './refresh/profile.js';
import type { Credentials } from './sts.js';
import type { TokenSource } from './sts-session.js';
import { fetchGitHubToken, readTokenFile } from './token.js';

/** What the rows read: the credential source, and the settings its tokens and signer need. */
type ModeSettings = CredentialSource &
  Pick<SessionSettings, 'audience'> &
  Pick<LimitSettings, 'httpTimeoutMs'> &
  Pick<DestinationSettings, 'refreshCredentials'>;

type Of<M extends AuthMode> = Extract<ModeSettings, { readonly mode: M }>;

/** Which of the inputs were given (inputs/source.ts): the first row whose test passes is the mode. */
export interface Given {
  readonly keys: boolean;
  readonly tokenFile: boolean;
  readonly roleChaining: boolean;
  readonly role: boolean;
  readonly forceSkipOidc: boolean;
}

/** The credentials that sign, and (role-chaining) the refreshing profile they came from. */
export interface Signer {
  /** undefined: the SDK's default chain (instance profile, environment, ~/.aws). */
  readonly credentials: Credentials | undefined;
  /** The settings file of the refreshing profile whose credentials sign. */
  readonly refreshingSource?: string | undefined;
}

interface Mode<M extends AuthMode = AuthMode> {
  readonly chosenWhen: (given: Given) => boolean;
  /** AssumeRoleWithWebIdentity with a token; the other modes sign AssumeRole and GetCallerIdentity. */
  readonly webIdentity: boolean;
  /** A token read anew before every attempt: whatever writes the file may have replaced it. */
  readonly freshTokenEachAttempt: boolean;
  /** The first token is requested while the AWS SDK loads (it is a network call). */
  readonly prefetch: boolean;
  /** The failure line: "Failed to assume role R with a GitHub OIDC token". */
  readonly with: string;
  /** The summary's "Credentials from" row. */
  readonly source: string;
  signing(settings: Of<M>, env: NodeJS.ProcessEnv): Promise<Signer>;
  /** Where an attempt gets its token; undefined: the calls are signed. */
  tokens(settings: Of<M>): TokenSource | undefined;
}

const DEFAULT_CHAIN: Signer = { credentials: undefined };

/** role-chaining with refresh-credentials: the source must refresh too, or the chain dies with it. */
const NOT_REFRESHING =
  'role-chaining with refresh-credentials chains from the refreshing profile AWS_PROFILE names, and there is none. ' +
  'Run this action with refresh-credentials: true in an earlier step of the job, then chain from it.';
const NO_SOURCE =
  'role-chaining is true, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and AWS_PROFILE names no refreshing profile of this action. ' +
  'Run a step that exports credentials (this action, with output-env-credentials or refresh-credentials) before this one.';

/** role-chaining: the keys an earlier step exported, or the refreshing profile AWS_PROFILE names. */
async function chainedSigner(s: Of<'role-chaining'>, env: NodeJS.ProcessEnv): Promise<Signer> {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  // A refreshing profile refreshes the source too; keys in the environment last one session.
  if (accessKeyId && secretAccessKey && !s.refreshCredentials) {
    return {
      credentials: { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined },
    };
  }
  const source = settingsFileOfProfile(env);
  if (!source) throw new SourceCredentialsError(s.refreshCredentials ? NOT_REFRESHING : NO_SOURCE);
  return { credentials: credentialsOf(await refreshedCredentials(source, info)), refreshingSource: source };
}

const signed = { webIdentity: false, freshTokenEachAttempt: false, prefetch: false, tokens: () => undefined };

/** In order: the first mode whose inputs are given is the one. */
export const MODES: { readonly [M in AuthMode]: Mode<M> } = {
  'access-keys': {
    ...signed,
    chosenWhen: (g) => g.keys,
    with: 'with the access keys',
    source: 'access keys (inputs)',
    signing: async (s) => ({ credentials: s.accessKeys }),
  },
  'token-file': {
    chosenWhen: (g) => g.tokenFile,
    webIdentity: true,
    freshTokenEachAttempt: true,
    prefetch: false,
    with: 'with the web identity token file',
    source: 'web identity token file',
    signing: async () => DEFAULT_CHAIN,
    tokens: (s) => async () => readTokenFile(s.webIdentityTokenFile),
  },
  'role-chaining': {
    ...signed,
    chosenWhen: (g) => g.roleChaining,
    with: 'with the credentials in the environment (role-chaining)',
    source: 'an earlier step (role-chaining)',
    signing: chainedSigner,
  },
  oidc: {
    chosenWhen: (g) => g.role && !g.forceSkipOidc,
    webIdentity: true,
    freshTokenEachAttempt: false,
    prefetch: true,
    with: 'with a GitHub OIDC token',
    source: 'GitHub OIDC',
    signing: async () => DEFAULT_CHAIN,
    tokens: (s) => (signal) => fetchGitHubToken(s.audience, s.httpTimeoutMs, signal),
  },
  ambient: {
    ...signed,
    chosenWhen: () => true,
    with: "with the runner's own credentials",
    source: "the runner's own credentials",
    signing: async () => DEFAULT_CHAIN,
  },
};

/** The row of a mode, typed for settings of any mode (the row reads only its own mode's fields). */
export function modeOf(mode: AuthMode): Mode<AuthMode> {
  return MODES[mode] as unknown as Mode<AuthMode>;
}

/** The row for these settings, with its functions bound to them. */
export function behaviourOf(settings: ModeSettings) {
  const row = modeOf(settings.mode);
  return {
    ...row,
    signing: (env: NodeJS.ProcessEnv) => row.signing(settings, env),
    tokens: () => row.tokens(settings),
  };
}
