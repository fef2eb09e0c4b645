// The runner's own credentials, as the AWS SDK's default chain finds them (the environment's keys,
// a profile, credential_process, a web identity token file, a container's or the instance's role),
// and where they came from in words, from the mark each provider leaves on what it returns ($source,
// @aws-sdk/core's setCredentialFeature). configure-aws-credentials 6.2.3 assumes role-to-assume with
// them when the job has no OIDC token endpoint (its src/index.ts: useGitHubOIDCProvider() false,
// then validateCredentials through the default chain); so does this action, and says so.

import type { AwsCredentialIdentity } from '@smithy/types';
import { createStsClient, type Endpoint } from './sts.js';

/** Each provider's mark, and the words for where its credentials came from. */
const FROM: readonly [feature: string, from: (env: NodeJS.ProcessEnv) => string][] = [
  ['CREDENTIALS_ENV_VARS', () => 'the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'],
  [
    'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN',
    () => 'the web identity token file AWS_WEB_IDENTITY_TOKEN_FILE names',
  ],
  [
    'CREDENTIALS_PROFILE_PROCESS',
    (env) => `the credential_process of profile ${env.AWS_PROFILE || 'default'}`,
  ],
  ['CREDENTIALS_PROFILE_SSO', (env) => `the SSO settings of profile ${env.AWS_PROFILE || 'default'}`],
  [
    'CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN',
    (env) => `the web identity token file of profile ${env.AWS_PROFILE || 'default'}`,
  ],
  [
    'CREDENTIALS_PROFILE',
    (env) => `profile ${env.AWS_PROFILE || 'default'} of the AWS config and credentials files`,
  ],
  ['CREDENTIALS_HTTP', () => "the container's credentials endpoint"],
  ['CREDENTIALS_IMDS', () => "the instance's role (the instance metadata service)"],
];

type Marked = AwsCredentialIdentity & { readonly $source?: Readonly<Record<string, string>> };

/** Where credentials came from, in words. */
export function fromWhere(credentials: Marked, env: NodeJS.ProcessEnv): string {
  const marks = credentials.$source ?? {};
  return FROM.find(([feature]) => feature in marks)?.[1](env) ?? "the AWS SDK's default credential chain";
}

/**
 * The credentials the default chain finds, and where from; undefined when it finds none (or not
 * within the request deadline: an instance metadata service that does not answer is none).
 */
export async function runnerCredentials(
  endpoint: Endpoint,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<{ readonly credentials: AwsCredentialIdentity; readonly from: string } | undefined> {
  const client = createStsClient(endpoint);
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(endpoint.httpTimeoutMs)]);
  try {
    const found = client.config.credentials() as Promise<Marked>;
    const ended = new Promise<undefined>((resolve) =>
      deadline.addEventListener('abort', () => resolve(undefined)),
    );
    const credentials = await Promise.race([found.catch(() => undefined), ended]);
    if (signal.aborted) throw signal.reason;
    return credentials ? { credentials, from: fromWhere(credentials, env) } : undefined;
  } finally {
    client.destroy();
  }
}
