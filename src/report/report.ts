// What a person reads: the trust-failure block in the log and the job summary. Nothing secret
// reaches here: claims are not secret, keys never come in, a masked account shows as ***.

import * as core from '@actions/core';
import { ExchangeError, MissingIdTokenPermissionError } from '../errors.js';
import type { RunFacts } from '../github/run-facts.js';
import type { DestinationSettings, SessionSettings } from '../inputs/config.js';
import { modeOf } from '../inputs/source.js';
import { hideAccounts } from '../runner/escape.js';
import { debug, group } from '../runner/log.js';
import { isTrustFailure, missingTokenDiagnostics, trustDiagnostics } from './diagnostics.js';
import { codeBlock, details, heading, markdown, paragraph, table } from './markdown.js';
import type { Attempted } from './messages.js';

/** What the summary of a success shows besides the report. */
type Summarized = Attempted &
  Pick<DestinationSettings, 'maskAccountId'> &
  Pick<SessionSettings, 'roleSessionName'> & { readonly region: string };

interface SuccessReport {
  readonly roleArn: string | undefined;
  readonly identityArn: string;
  readonly account: string;
  readonly expiration: Date | undefined;
  readonly attempts: number;
  readonly tokensFetched: number;
  /** The STS origin the SDK dialed; undefined when no request was needed. */
  readonly stsEndpoint?: string | undefined;
  readonly durationMs: number;
}

/** The diagnostics lines for a failure, or [] when the failure is not about trust. */
export async function diagnosticsFor(
  error: unknown,
  config: Attempted | undefined,
  facts: () => Promise<RunFacts>,
): Promise<string[]> {
  const roleArn = config?.role?.arn;
  // No token to read: what this run's sub would be, from the run's facts.
  if (error instanceof MissingIdTokenPermissionError) return missingTokenDiagnostics(await facts());
  if (error instanceof ExchangeError && isTrustFailure(error.classified.code)) {
    const signed = config !== undefined && !modeOf(config.mode).webIdentity;
    return trustDiagnostics(error.classified.code, error.claims, roleArn, signed);
  }
  return [];
}

/** The grouped block in the log: one click to open, never in the way. */
export function logDiagnostics(lines: readonly string[]): void {
  group('Why the role did not trust this workflow: token claims and a suggested condition', lines);
}

const minutesLeft = (d: Date) => Math.round((d.getTime() - Date.now()) / 60_000);

export async function summarizeSuccess(config: Summarized, r: SuccessReport): Promise<void> {
  const hide = (s: string) => (config.maskAccountId ? hideAccounts(s) : s);
  const rows: [string, string][] = [
    ['Role', r.roleArn ? hide(r.roleArn) : '(none: credentials as given)'],
    ['Authenticated as', hide(r.identityArn)],
    ['Credentials from', modeOf(config.mode).source],
    ['Account', config.maskAccountId ? '***' : r.account],
    ['Session name', config.role ? config.roleSessionName : '-'],
    ['Region', config.region],
    ['STS endpoint', r.stsEndpoint ?? '-'],
    [
      'Expires',
      r.expiration
        ? `${r.expiration.toISOString()} (in ${minutesLeft(r.expiration)} min)`
        : '- (long-term keys)',
    ],
    ['Attempts', String(r.attempts)],
    ['Tokens fetched', String(r.tokensFetched)],
    ['Time taken', `${Math.round(r.durationMs)} ms`],
  ];
  await write([heading('AWS credentials'), table([['What', 'Value'], ...rows])]);
}

/** The error and the diagnostics, as code: both carry STS's words and the token's claims. */
export async function summarizeFailure(message: string, diagnostics: readonly string[]): Promise<void> {
  const fold = 'Token claims, a suggested condition, what to check';
  await write([
    heading('AWS credentials: failed'),
    codeBlock(message),
    ...(diagnostics.length > 0 ? [details(fold, codeBlock(diagnostics.join('\n')))] : []),
  ]);
}

/** print-trust-policy's lines: the policy and the commands, as one code block to copy. */
export async function summarizeTrustPolicy(lines: readonly string[], maskAccountId: boolean): Promise<void> {
  const text = lines.join('\n');
  await write([
    heading('AWS trust policy for this workflow'),
    paragraph('Built from this job\u2019s own GitHub OIDC token; no STS call was made.'),
    codeBlock(maskAccountId ? hideAccounts(text) : text),
  ]);
}

/** The blocks as GitHub-flavoured Markdown (markdown.ts), appended to the job summary. */
async function write(blocks: readonly string[]): Promise<void> {
  // Outside a runner there is no summary file; the step must not fail for it.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown(blocks)).write();
  } catch (error) {
    debug(`Job summary not written: ${error instanceof Error ? error.message : String(error)}`);
  }
}
