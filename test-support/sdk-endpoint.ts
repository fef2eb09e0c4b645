// The STS origin the AWS SDK itself resolves for a region and endpoint variant, asked of a real
// STSClient whose request handler refuses to send: the oracle the partition tests compare with.

import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

export interface Variant {
  readonly fips?: boolean;
  readonly dualstack?: boolean;
}

class Resolved extends Error {
  readonly origin: string;
  constructor(origin: string) {
    super(origin);
    this.origin = origin;
  }
}

export async function sdkStsOrigin(region: string, variant: Variant = {}): Promise<string> {
  const client = new STSClient({
    region,
    useFipsEndpoint: variant.fips ?? false,
    useDualstackEndpoint: variant.dualstack ?? false,
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' },
    requestHandler: {
      handle: async (request: { protocol: string; hostname: string; port?: number }) => {
        throw new Resolved(
          `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}`,
        );
      },
    },
  });
  try {
    await client.send(new GetCallerIdentityCommand({}));
  } catch (error) {
    if (error instanceof Resolved) return error.origin;
    throw error;
  } finally {
    client.destroy();
  }
  throw new Error('the request handler was not called');
}
