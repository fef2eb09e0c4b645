// print-trust-policy: this job's own token, its claims, and the trust policy that admits exactly
// them, in a log group, the job summary and the trust-policy output. No STS call; nothing exported.

import { trustClaims } from './github/claims.js';
import { fetchGitHubToken, readRequestToken } from './github/token.js';
import type { DestinationSettings, LimitSettings, Role, SessionSettings } from './inputs/config.js';
import { partitionOf } from './inputs/partition.js';
import { mask } from './job/publish.js';
import { summarizeTrustPolicy } from './report/report.js';
import { trustPolicyLines, trustPolicyOf } from './report/trust-policy.js';
import { setOutputs } from './runner/file-commands.js';
import { group, info, notice } from './runner/log.js';
import { retryPolicy, tokenAlone } from './sts/sts-session.js';

/** What printing reads: where the role is, how to ask for the token, whether to hide the account. */
type PrintSettings = { readonly region: string; readonly role: Role | undefined } & Pick<
  SessionSettings,
  'audience'
> &
  Pick<LimitSettings, 'httpTimeoutMs' | 'maxAttempts' | 'throttlesCount'> &
  Pick<DestinationSettings, 'maskAccountId'>;

export async function printTrustPolicy(config: PrintSettings, signal: AbortSignal): Promise<void> {
  mask(readRequestToken(process.env));
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
  };
  const lines = trustPolicyLines(claims, target);
  group('Trust policy for this workflow (print-trust-policy)', lines);
  setOutputs({ 'trust-policy': JSON.stringify(trustPolicyOf(claims, target), null, 2) });
  await summarizeTrustPolicy(lines, config.maskAccountId);
  notice(
    'print-trust-policy: printed the trust policy that admits this job (see the log group and the job summary); no STS call was made and nothing was exported.',
  );
}
