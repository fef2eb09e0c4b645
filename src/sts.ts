// The one STS call. p-retry is the only retry loop, so the SDK's own is off (maxAttempts: 1),
// and every request carries its own deadline so that a silent server cannot stall the step.

import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { RequestTimeoutError } from './classify.js';
import type { Config } from './config.js';
import type { StsCredentials } from './exchange.js';

export function createStsClient(config: Config): STSClient {
  return new STSClient({
    region: config.region,
    maxAttempts: 1,
    // Unset: the SDK's regional default, or AWS_ENDPOINT_URL_STS, which it honours itself.
    ...(config.stsEndpoint ? { endpoint: config.stsEndpoint } : {}),
    // The per-request deadline is the abort signal in assumeRoleWithWebIdentity; this only
    // gives up sooner on a host that does not accept the connection.
    requestHandler: { connectionTimeout: Math.min(config.httpTimeoutMs, 5_000) },
  });
}

/** Thrown when STS answers 200 without what a successful exchange must carry. */
export class IncompleteResponseError extends Error {
  override readonly name = 'IncompleteResponse';
}

export async function assumeRoleWithWebIdentity(
  client: STSClient,
  config: Config,
  token: string,
  signal: AbortSignal,
): Promise<StsCredentials> {
  // One deadline for the whole request: a silent server, stalled headers or a body that trickles.
  const deadline = AbortSignal.timeout(config.httpTimeoutMs);
  try {
    const out = await client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: config.role.arn,
        RoleSessionName: config.roleSessionName,
        WebIdentityToken: token,
        DurationSeconds: config.roleDurationSeconds,
      }),
      { abortSignal: AbortSignal.any([signal, deadline]) },
    );
    const c = out.Credentials;
    const arn = out.AssumedRoleUser?.Arn;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
      throw new IncompleteResponseError(
        'STS answered 200 but the response has no complete Credentials and AssumedRoleUser',
      );
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
      assumedRoleArn: arn,
    };
  } catch (error) {
    if (deadline.aborted && !signal.aborted) {
      throw new RequestTimeoutError(`STS did not answer within ${config.httpTimeoutMs} ms`, { cause: error });
    }
    throw error;
  }
}
