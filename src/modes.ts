// What each auth mode does, one row per mode: what signs its calls and where its tokens come from.
// What each mode is (which inputs choose it, web identity or signed, how it is described) is the
// row of the same mode in inputs/source.ts. A new mode is a row there, a row here, and its input
// parser.

import { SourceCredentialsError } from './errors.js';
import { fetchGitHubToken, readTokenFile } from './github/token.js';
import type {
  AuthMode,
  CredentialSource,
  DestinationSettings,
  RequestSettings,
  SessionSettings,
} from './inputs/config.js';
import { type ModeFacts, modeOf } from './inputs/source.js';
import { settingsFileOfProfile } from './job/refresh-profile.js';
import { credentialsOf, refreshedCredentials } from './refresh/credentials.js';
import { info } from './runner/log.js';
import type { Credentials } from './sts/sts.js';
import type { TokenSource } from './sts/sts-session.js';

/** What the rows read: the credential source, and the settings its tokens and signer need. */
type ModeSettings = CredentialSource &
  Pick<SessionSettings, 'audience'> &
  Pick<RequestSettings, 'httpTimeoutMs'> &
  Pick<DestinationSettings, 'refreshCredentials'>;

type Of<M extends AuthMode> = Extract<ModeSettings, { readonly mode: M }>;

/** The credentials that sign, and (role-chaining) the refreshing profile they came from. */
export interface Signer {
  /** undefined: the SDK's default chain (instance profile, environment, ~/.aws). */
  readonly credentials: Credentials | undefined;
  /** The settings file of the refreshing profile whose credentials sign. */
  readonly refreshingSource?: string | undefined;
}

interface Behaviour<M extends AuthMode = AuthMode> {
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

const signed = { tokens: () => undefined };

const BEHAVIOURS: { readonly [M in AuthMode]: Behaviour<M> } = {
  'access-keys': { ...signed, signing: async (s) => ({ credentials: s.accessKeys }) },
  'token-file': {
    signing: async () => DEFAULT_CHAIN,
    tokens: (s) => async () => readTokenFile(s.webIdentityTokenFile),
  },
  'role-chaining': { ...signed, signing: chainedSigner },
  oidc: {
    signing: async () => DEFAULT_CHAIN,
    tokens: (s) => (signal) => fetchGitHubToken(s.audience, s.httpTimeoutMs, signal),
  },
  ambient: { ...signed, signing: async () => DEFAULT_CHAIN },
};

/** The row for these settings, with its functions bound to them. */
export function behaviourOf(settings: ModeSettings): ModeFacts & {
  signing(env: NodeJS.ProcessEnv): Promise<Signer>;
  tokens(): TokenSource | undefined;
} {
  // The row reads only its own mode's fields.
  const row = BEHAVIOURS[settings.mode] as unknown as Behaviour;
  return {
    ...modeOf(settings.mode),
    signing: (env) => row.signing(settings, env),
    tokens: () => row.tokens(settings),
  };
}
