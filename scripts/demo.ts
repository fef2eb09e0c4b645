// `npm run demo [-- --expired | --denied | --print-trust-policy]`: the bundled action, run once as
// the runner would, against the local token endpoint and STS of the test suite. No AWS account
// needed. --expired: STS finds the first token expired; --denied: the role's trust policy does not
// admit this workflow; --print-trust-policy: a first run, printing the policy and the commands that
// make the role (a path, two-hour sessions, both sub forms), with a local GitHub API saying which
// sub template the repository has.

import { startGitHubApi } from '../test-support/github-api.ts';
import { codeBlocksOf } from '../test-support/markdown.ts';
import { startOidcServer } from '../test-support/oidc-server.ts';
import { runAction, runPost } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';

const expired = process.argv.includes('--expired');
const denied = process.argv.includes('--denied');
const printing = process.argv.includes('--print-trust-policy');
const ROLE = printing
  ? 'arn:aws:iam::123456789012:role/team/github-deploy'
  : 'arn:aws:iam::123456789012:role/github-deploy';
const GITHUB_TOKEN = 'ghs_demo-job-token';

const oidc = await startOidcServer();
// --denied: a trust policy written for another branch, the most common first-run mistake.
const sts = await startStsServer({
  jwks: oidc.jwks,
  ...(denied
    ? { trust: (claims) => claims.sub === 'repo:octo-org/octo-repo:ref:refs/heads/production' }
    : {}),
});
const api = await startGitHubApi(GITHUB_TOKEN, {
  template: { use_default: true, sub_claim_prefix: 'repo:octo-org@123456/octo-repo@456789' },
});
try {
  if (expired) {
    // What a slow runner meets: the token was valid when fetched and is expired when STS reads it.
    sts.fail({
      error: 'ExpiredTokenException',
      message: 'Token expired: current date/time must be before the expiration date/time',
    });
  }

  const inputs: Record<string, string> = {
    'aws-region': 'eu-west-1',
    'role-to-assume': ROLE,
    'role-session-name': 'demo',
    ...(printing
      ? {
          'print-trust-policy': 'true',
          'role-duration-seconds': '7200',
          'trust-policy-sub': 'both',
          'github-token': GITHUB_TOKEN,
        }
      : {}),
  };
  console.log(`Local GitHub OIDC token endpoint: ${oidc.requestUrl}`);
  const twist = expired
    ? '  (answers ExpiredTokenException once)'
    : denied
      ? '  (the role trusts only repo:octo-org/octo-repo:ref:refs/heads/production)'
      : '';
  console.log(`Local STS:                        ${sts.url}${twist}`);
  console.log('\nStep inputs:');
  for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);

  if (printing) console.log(`Local GitHub API:                 ${api.url}  (the default sub template)`);
  const env = { ...oidc.env(), AWS_ENDPOINT_URL_STS: sts.url, GITHUB_API_URL: api.url };
  const main = await runAction({ inputs, env });

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
    if (secret === GITHUB_TOKEN) return 'github-token (the job token)';
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

  if (printing) {
    console.log('\nJob summary, rendered: its one code block, the script to paste:');
    for (const line of (codeBlocksOf(main.summary)[0] ?? '').split('\n')) console.log(`  | ${line}`);
  }
  const post = await runPost(main);
  console.log(
    `\nPost step (end of job, exit code ${post.code}) blanks: ${Object.keys(post.env).join(', ') || 'nothing'}`,
  );
  if (!expired && !denied && !printing) {
    console.log('\nTry `npm run demo -- --expired` to see a token that expires in flight,');
    console.log('`npm run demo -- --denied` to see what a trust-policy mistake says,');
    console.log('and `npm run demo -- --print-trust-policy` for the first run that sets the role up.');
  }
  // --denied fails on purpose: the demo itself succeeded.
  process.exitCode = denied ? (main.code === 1 ? 0 : 1) : (main.code ?? 1);
} finally {
  await Promise.all([oidc.close(), sts.close(), api.close()]);
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
