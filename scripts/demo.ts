// `npm run demo [-- --expired | --denied]`: the bundled action, run once as the runner would,
// against the local token endpoint and STS of the test suite. No AWS account needed. --expired: STS
// finds the first token expired; --denied: the role's trust policy does not admit this workflow.

import { startOidcServer } from '../test-support/oidc-server.ts';
import { runAction, runPost } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';

const expired = process.argv.includes('--expired');
const denied = process.argv.includes('--denied');
const ROLE = 'arn:aws:iam::123456789012:role/github-deploy';

const oidc = await startOidcServer();
// --denied: a trust policy written for another branch, the most common first-run mistake.
const sts = await startStsServer({
  jwks: oidc.jwks,
  ...(denied
    ? { trust: (claims) => claims.sub === 'repo:octo-org/octo-repo:ref:refs/heads/production' }
    : {}),
});
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
  const twist = expired
    ? '  (answers ExpiredTokenException once)'
    : denied
      ? '  (the role trusts only repo:octo-org/octo-repo:ref:refs/heads/production)'
      : '';
  console.log(`Local STS:                        ${sts.url}${twist}`);
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
    console.log(`  | ${shown(redact(line))}`);
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
  if (!expired && !denied) {
    console.log('\nTry `npm run demo -- --expired` to see a token that expires in flight,');
    console.log('and `npm run demo -- --denied` to see what a trust-policy mistake says.');
  }
  // --denied fails on purpose: the demo itself succeeded.
  process.exitCode = denied ? (main.code === 1 ? 0 : 1) : (main.code ?? 1);
} finally {
  await Promise.all([oidc.close(), sts.close()]);
}

/** A workflow command as the runner shows it: a group as a heading, an annotation as its text. */
function shown(line: string): string {
  const group = /^::group::(.*)$/.exec(line);
  if (group) return `\u25bc ${group[1]}`;
  if (line === '::endgroup::') return '\u25b2';
  const annotation = /^::(error|warning|notice)[^:]*::(.*)$/.exec(line);
  if (annotation) {
    const text = (annotation[2] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%');
    return `${annotation[1] === 'error' ? 'Error' : annotation[1] === 'warning' ? 'Warning' : 'Notice'}: ${text}`;
  }
  return line;
}
