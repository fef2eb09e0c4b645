// The STS calls. p-retry is the only retry loop, so the SDK's own is off (maxAttempts: 1), and
// every request carries its own deadline so that a silent server cannot stall the step.

import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { IncompleteResponseError, RequestTimeoutError } from '../errors.js';
import type { RequestSettings, SessionSettings } from '../inputs/config.js';
import { canonicalCode } from './classify.js';
import { CappedHttpHandler, type OnDial } from './sts-handler.js';
import { checkAssumedRole, checked, refuseExpired } from './sts-values.js';
import type { SessionTags } from './tags.js';

/** Keys that sign a call, or that the step publishes. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  /** Absent for access keys exported as they were given. */
  readonly expiration?: Date | undefined;
}

/** What AssumeRole and AssumeRoleWithWebIdentity return. */
export interface StsCredentials extends Credentials {
  readonly sessionToken: string;
  readonly expiration: Date;
  /** AssumedRoleUser.Arn: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  readonly assumedRoleArn: string;
}

/** Who a set of credentials is, as STS says. */
export interface Identity {
  readonly account: string;
  readonly arn: string;
}

/** Where the client sends its requests, and how long it waits for each. */
export type Endpoint = { readonly region: string } & Pick<RequestSettings, 'stsEndpoint' | 'httpTimeoutMs'>;

/** What the STS calls read from the configuration; the refresher builds it from its settings file. */
export type StsConfig = Endpoint &
  Pick<
    SessionSettings,
    | 'roleSessionName'
    | 'roleDurationSeconds'
    | 'inlineSessionPolicy'
    | 'managedSessionPolicies'
    | 'transitiveTagKeys'
    | 'roleExternalId'
  >;

export interface ClientOptions {
  /** Signing credentials; undefined: the SDK's default chain (only asked when a call needs signing). */
  readonly credentials?: AwsCredentialIdentity | undefined;
  /** Told of each request's origin and whether it goes through the proxy. */
  readonly onDial?: OnDial | undefined;
}

export function createStsClient(config: Endpoint, options: ClientOptions = {}): STSClient {
  return new STSClient({
    region: config.region,
    maxAttempts: 1,
    // Unset: the SDK's regional default, or AWS_ENDPOINT_URL_STS, which it honours itself.
    ...(config.stsEndpoint ? { endpoint: config.stsEndpoint } : {}),
    // A copy: the SDK annotates the object it is given, and the config's is frozen.
    ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
    // The per-request deadline is the abort signal in send() below; this only gives up sooner on
    // a host that does not accept the connection.
    requestHandler: new CappedHttpHandler(
      { connectionTimeout: Math.min(config.httpTimeoutMs, 5_000) },
      options.onDial,
    ),
  });
}

/** One deadline for the whole request: a silent server, stalled headers or a body that trickles. */
async function withDeadline<T>(
  config: Pick<Endpoint, 'httpTimeoutMs'>,
  signal: AbortSignal,
  send: (abortSignal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = AbortSignal.timeout(config.httpTimeoutMs);
  try {
    return await send(AbortSignal.any([signal, deadline]));
  } catch (error) {
    if (deadline.aborted && !signal.aborted) {
      throw new RequestTimeoutError(`STS did not answer within ${config.httpTimeoutMs} ms`, { cause: error });
    }
    throw error;
  }
}

interface Output {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date };
  AssumedRoleUser?: { Arn?: string };
}

/** The session STS issued, checked: complete, well-formed, not expired, and of the role asked for. */
function credentialsOf(out: Output, roleArn: string): StsCredentials {
  const c = out.Credentials;
  const arn = out.AssumedRoleUser?.Arn;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
    throw new IncompleteResponseError(
      'STS answered 200 but the response has no complete Credentials and AssumedRoleUser',
    );
  }
  refuseExpired(c.Expiration, Date.now());
  return {
    accessKeyId: checked('AccessKeyId', c.AccessKeyId),
    secretAccessKey: checked('SecretAccessKey', c.SecretAccessKey),
    sessionToken: checked('SessionToken', c.SessionToken),
    expiration: c.Expiration,
    assumedRoleArn: checkAssumedRole(checked('Arn', arn), roleArn),
  };
}

/** What both AssumeRole calls share: name, duration, session policies. */
function sessionParams(config: StsConfig, roleArn: string) {
  return {
    RoleArn: roleArn,
    RoleSessionName: config.roleSessionName,
    DurationSeconds: config.roleDurationSeconds,
    ...(config.inlineSessionPolicy ? { Policy: config.inlineSessionPolicy } : {}),
    ...(config.managedSessionPolicies.length > 0
      ? { PolicyArns: config.managedSessionPolicies.map((arn) => ({ arn })) }
      : {}),
  };
}

export function assumeRoleWithWebIdentity(
  client: STSClient,
  config: StsConfig,
  roleArn: string,
  token: string,
  signal: AbortSignal,
): Promise<StsCredentials> {
  return withDeadline(config, signal, async (abortSignal) =>
    credentialsOf(
      await client.send(
        new AssumeRoleWithWebIdentityCommand({ ...sessionParams(config, roleArn), WebIdentityToken: token }),
        { abortSignal },
      ),
      roleArn,
    ),
  );
}

/** AssumeRole, SigV4-signed by the client's credentials. */
export async function assumeRole(
  client: STSClient,
  config: StsConfig,
  roleArn: string,
  session: SessionTags,
  signal: AbortSignal,
  log: (line: string) => void,
): Promise<StsCredentials> {
  const call = (tags: SessionTags['tags']) =>
    withDeadline(config, signal, async (abortSignal) =>
      credentialsOf(
        await client.send(
          new AssumeRoleCommand({
            ...sessionParams(config, roleArn),
            ...(tags.length > 0 ? { Tags: [...tags] } : {}),
            ...(config.transitiveTagKeys.length > 0
              ? { TransitiveTagKeys: [...config.transitiveTagKeys] }
              : {}),
            ...(config.roleExternalId ? { ExternalId: config.roleExternalId } : {}),
          }),
          { abortSignal },
        ),
        roleArn,
      ),
    );
  try {
    return await call(session.tags);
  } catch (error) {
    const code = canonicalCode((error as { name?: string }).name ?? '');
    const kept = session.tags.filter((t) => !session.droppable.includes(t.Key ?? ''));
    if (code !== 'PackedPolicyTooLarge' || kept.length === session.tags.length) throw error;
    log(
      `STS said the session policy and tags are too large; trying once more without ${session.droppable.join(', ')}.`,
    );
    return call(kept);
  }
}

export function getCallerIdentity(
  client: STSClient,
  config: Pick<Endpoint, 'httpTimeoutMs'>,
  signal: AbortSignal,
): Promise<Identity> {
  return withDeadline(config, signal, async (abortSignal) => {
    const out = await client.send(new GetCallerIdentityCommand({}), { abortSignal });
    if (!out.Account || !out.Arn) {
      throw new IncompleteResponseError('STS answered GetCallerIdentity without Account and Arn');
    }
    return { account: checked('Account', out.Account), arn: checked('Arn', out.Arn) };
  });
}
