// print-trust-policy: this job's own token, its claims, and the trust policy that admits the jobs
// whose tokens have the same ones, in a log group, the job summary and the trust-policy output,
// with what GitHub says of the repository's sub template. No STS call; nothing exported.

import { partitionOf } from './aws/partition.js';
import { trustClaims } from './github/claims.js';
import { subTemplate } from './github/sub-template.js';
import { fetchGitHubToken, readRequestToken } from './github/token.js';
import type {
  AuthMode,
  DestinationSettings,
  RequestSettings,
  Role,
  SessionSettings,
  TrustPolicySettings,
} from './inputs/config.js';
import { cleartextWarnings } from './network/cleartext.js';
import { applyProxyEnv } from './network/proxy.js';
import { pullRequestWarning } from './report/admits.js';
import { summarizeTrustPolicy } from './report/report.js';
import { templateNotes } from './report/sub-forms.js';
import { trustPolicyLines, trustPolicyOf } from './report/trust-policy.js';
import { setOutputs } from './runner/file-commands.js';
import { group, info, mask, notice, warning } from './runner/log.js';
import { retryPolicy, tokenAlone } from './sts/sts-session.js';

/** What printing reads: where the role is, how to ask for the token, what to admit, what to hide. */
type PrintSettings = {
  readonly region: string;
  readonly role: Role | undefined;
  readonly mode: AuthMode;
} & Pick<SessionSettings, 'audience' | 'roleDurationSeconds'> &
  Pick<RequestSettings, 'httpTimeoutMs' | 'maxAttempts' | 'throttlesCount' | 'proxy' | 'stsEndpoint'> &
  Pick<DestinationSettings, 'maskAccountId'> &
  Pick<TrustPolicySettings, 'trustPolicySub' | 'githubToken' | 'printTrustPolicy'>;

/** What GitHub says of the repository's sub template, as notes; none without a repository claim. */
async function notesFor(repository: string | undefined, config: PrintSettings, signal: AbortSignal) {
  if (!repository) return [];
  const lookup = {
    repository,
    token: config.githubToken,
    apiUrl: process.env.GITHUB_API_URL,
    timeoutMs: config.httpTimeoutMs,
  };
  return templateNotes(await subTemplate(lookup, signal), repository);
}

export async function printTrustPolicy(config: PrintSettings, signal: AbortSignal): Promise<void> {
  mask(readRequestToken(process.env));
  // The same proxy and warnings as the main path: the token request and the lookup go the same way.
  for (const said of cleartextWarnings(config, process.env)) warning(said);
  applyProxyEnv(config.proxy);
  const { credentials: token } = await tokenAlone(
    retryPolicy(config, 'step'),
    (s) => fetchGitHubToken(config.audience, config.httpTimeoutMs, s),
    info,
    signal,
  );
  const claims = trustClaims(token) ?? {};
  const target = {
    partition: config.role?.partition ?? partitionOf(config.region) ?? 'aws',
    accountId: config.role?.accountId,
    roleName: config.role?.roleName,
    path: config.role?.path,
    durationSeconds: config.roleDurationSeconds,
    subs: config.trustPolicySub,
  };
  const lines = trustPolicyLines(claims, target, await notesFor(claims.repository, config, signal));
  const fromPullRequest = pullRequestWarning(claims);
  if (fromPullRequest) warning(fromPullRequest);
  group('Trust policy for this workflow (print-trust-policy)', lines);
  setOutputs({ 'trust-policy': JSON.stringify(trustPolicyOf(claims, target), null, 2) });
  await summarizeTrustPolicy(lines, config.maskAccountId);
  notice(
    'print-trust-policy: printed the trust policy for the jobs with this job\u2019s claims, and the script that makes the role (see the log group and the job summary); no STS call was made and nothing was exported.',
  );
}
