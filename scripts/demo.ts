// `npm run demo [-- --expired]`: the bundled action, run once as the runner would, against the
// local token endpoint and STS of the test suite. No AWS account needed.

import { startOidcServer } from '../test-support/oidc-server.ts';
import { runAction, runPost } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';

const expired = process.argv.includes('--expired');
const ROLE = 'arn:aws:iam::123456789012:role/github-deploy';

const oidc = await startOidcServer();
const sts = await startStsServer({ jwks: oidc.jwks });
try {
  if (expired) {
    // What a slow runner meets: the token was valid when fetched and is expired when STS reads it.
    sts.fail({
      error: 'ExpiredTokenException',
      message: 'Token expired: current date/time must be before the expiration date/time',
    });
  }

  const inputs = { 'aws-region': 'eu-west-1', 'role-to-assume': ROLE, 'role-session-name': 'demo' };
  console.log(`Local GitHub OIDC token endpoint: ${oidc.requestUrl}`);
  console.log(
    `Local STS:                        ${sts.url}${expired ? '  (answers ExpiredTokenException once)' : ''}`,
  );
  console.log('\nStep inputs:');
  for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);

  const main = await runAction({ inputs, env: { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url } });

  // The runner hides the workflow commands and redacts every masked value from later lines.
  const redact = (line: string) => main.masks.reduce((l, secret) => l.split(secret).join('***'), line);
  console.log(
    `\nStep log, as the runner shows it (exit code ${main.code}, ${Math.round(main.durationMs)} ms):`,
  );
  for (const line of main.stdout.split('\n')) {
    if (line === '' || line.startsWith('::add-mask::') || line.startsWith('::debug::')) continue;
    console.log(`  | ${redact(line)}`);
  }

  const name = (secret: string): string => {
    if (secret === oidc.requestToken) return 'ACTIONS_ID_TOKEN_REQUEST_TOKEN (the runner request token)';
    const jwt = oidc.issued.indexOf(secret);
    if (jwt !== -1) return `GitHub OIDC JWT #${jwt + 1}`;
    const [key] = Object.entries(main.env).find(([, v]) => v === secret) ?? [];
    return key ? `${key} value` : 'another value';
  };
  console.log('\nMasked (::add-mask::), in order:');
  for (const secret of main.masks) console.log(`  - ${name(secret)}`);

  console.log('\nWhat the next step receives in its environment (GITHUB_ENV):');
  for (const [key, value] of Object.entries(main.env)) console.log(`  ${key}=${redact(value)}`);
  console.log('\nStep outputs (GITHUB_OUTPUT):');
  for (const [key, value] of Object.entries(main.outputs))
    console.log(`  steps.<id>.outputs.${key} = ${redact(value)}`);

  console.log('\nTraffic:');
  console.log(`  token requests: ${oidc.requests.length}`);
  sts.calls.forEach((call, i) => {
    const token = call.token ? `token #${oidc.issued.indexOf(call.token) + 1}` : 'no token';
    console.log(`  STS call ${i + 1}: ${call.action} with ${token} -> ${call.outcome}`);
  });

  const post = await runPost(main);
  console.log(
    `\nPost step (end of job, exit code ${post.code}) blanks: ${Object.keys(post.env).join(', ') || 'nothing'}`,
  );
  if (!expired) console.log('\nTry `npm run demo -- --expired` to see a token that expires in flight.');
  process.exitCode = main.code ?? 1;
} finally {
  await Promise.all([oidc.close(), sts.close()]);
}
