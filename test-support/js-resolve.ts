// What the AWS SDK for JavaScript itself resolves for an environment, in this process: its default
// credential chain (defaultProvider) and a client's region. Credentials that would need a request
// (a role, a web identity, SSO) are told apart by the provider's own debug line, logged before the
// request that then fails at once (AWS_ENDPOINT_URL_STS is a closed port, the metadata service off).

import { STSClient } from '@aws-sdk/client-sts';
import { defaultProvider } from '@aws-sdk/credential-provider-node';

export interface Answer {
  readonly ok: boolean;
  readonly profile?: string | null;
  readonly source?: { readonly kind: string; readonly accessKeyId?: string };
  readonly region?: string | null;
  readonly error?: string;
}

/** The debug line each provider logs before it goes to the network, and the kind it stands for. */
const MARKERS: readonly [string, string][] = [
  ['resolveAssumeRoleCredentials', 'assume-role'],
  ['credential-provider-web-identity - fromWebToken', 'web-identity'],
  ['credential-provider-sso - fromSSO', 'sso'],
];

function kindOf(logs: readonly string[], ok: boolean): string {
  if (ok) {
    if (logs.some((l) => l.includes('resolveStaticCredentials'))) return 'keys';
    if (logs.some((l) => l.includes('credential-provider-process - fromProcess'))) return 'process';
    return 'env';
  }
  return MARKERS.find(([marker]) => logs.some((l) => l.includes(marker)))?.[1] ?? 'none';
}

/** Runs the SDK with exactly `env` and `cwd`, then puts this process back as it was. */
export async function jsResolve(env: Readonly<Record<string, string>>, cwd: string): Promise<Answer> {
  const saved = { env: process.env, cwd: process.cwd(), warn: console.warn };
  // The SDK warns on the console about what a case sets up on purpose (a default STS region).
  console.warn = () => undefined;
  process.env = { ...env };
  process.chdir(cwd);
  const logs: string[] = [];
  const logger = {
    debug: (m: unknown) => logs.push(String(m)),
    info() {},
    warn() {},
    error() {},
    trace() {},
  };
  try {
    let source: Answer['source'];
    try {
      const credentials = await defaultProvider({ logger })();
      const kind = kindOf(logs, true);
      source = kind === 'process' ? { kind } : { kind, accessKeyId: credentials.accessKeyId };
    } catch {
      source = { kind: kindOf(logs, false) };
    }
    let region: string | null = null;
    const client = new STSClient({});
    try {
      region = await client.config.region();
    } catch {
      region = null;
    } finally {
      client.destroy();
    }
    return { ok: true, profile: env.AWS_PROFILE || null, source, region };
  } finally {
    process.env = saved.env;
    process.chdir(saved.cwd);
    console.warn = saved.warn;
  }
}
