// A later step of the job, as the AWS SDK for JS sees it: the default credential chain (which runs
// a profile's credential_process), then GetCallerIdentity, `calls` times in one process, `waitMs`
// apart. Prints one JSON line per call with the ARN STS says signed it.
// Usage: node resolve-credentials.ts <calls> [waitMs] [region]: the region only where the test is
// about who the credentials are, not where they go.

import { setTimeout as delay } from 'node:timers/promises';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

const calls = Number(process.argv[2] ?? '1');
const waitMs = Number(process.argv[3] ?? '0');
const region = process.argv[4];
const client = new STSClient({ maxAttempts: 1, ...(region ? { region } : {}) });
for (let i = 0; i < calls; i++) {
  if (i > 0) await delay(waitMs);
  const who = await client.send(new GetCallerIdentityCommand({}));
  console.log(JSON.stringify({ arn: who.Arn }));
}
client.destroy();
