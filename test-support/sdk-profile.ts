// A later step of the job, as the AWS SDK for JS sees named profiles: who STS says the first
// profile is (credentials from the shared files, fromIni), and the access key ID of the second.
// Prints one JSON line. Usage: node sdk-profile.ts <profile> <other-profile>

import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-provider-ini';

const [profile = 'default', other = 'default'] = process.argv.slice(2);
const client = new STSClient({ region: 'us-east-1', maxAttempts: 1, credentials: fromIni({ profile }) });
const who = await client.send(new GetCallerIdentityCommand({}));
client.destroy();
const otherKeys = await fromIni({ profile: other })();
console.log(JSON.stringify({ arn: who.Arn, other: otherKeys.accessKeyId }));
