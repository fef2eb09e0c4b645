// Rules across inputs, each a small named function over the parsed draft. A rule says nothing
// about an input that already failed to parse (f.ok), so each mistake is reported once.

import { partitionOf } from '../aws/partition.js';
import type { DestinationSettings, RequestSettings, SessionSettings, TrustPolicySettings } from './config.js';
import { AUTOMATIC_TAGS, DROPPABLE_TAGS } from './custom-tags.js';
import type { Fields } from './fields.js';
import type { SourceDraft } from './source.js';
import { modeOf } from './source.js';
import type { Target } from './target.js';

export type Draft = Target &
  SourceDraft &
  SessionSettings &
  DestinationSettings &
  TrustPolicySettings &
  RequestSettings;

type Rule = (d: Draft, f: Fields) => void;

const isWebIdentity = (d: Draft) => modeOf(d.mode).webIdentity;

export const RULES: Readonly<Record<string, Rule>> = {
  roleIsInTheRegionsPartition(d, f) {
    if (!d.role?.arn || !f.ok('aws-region') || partitionOf(d.region) === d.role.partition) return;
    f.bad(
      'role-to-assume',
      d.role.arn,
      `the role is in partition ${d.role.partition} but aws-region ${d.region} is in ${partitionOf(d.region)}`,
      'Use a region of the role\u2019s partition, or the role ARN of that partition.',
    );
  },

  oneSourceOfCredentials(d, f) {
    const [first] = d.sources;
    if (first === undefined || d.sources.length < 2) return;
    f.say(
      first,
      `Inputs ${d.sources.join(' and ')} are both set, but each is a different source of credentials. ` +
        'Keep the one this step should use.',
    );
  },

  tokenFileAndChainingNeedARole(d, f) {
    if (f.read('role-to-assume') !== '') return;
    for (const source of d.sources.filter((s) => s === 'web-identity-token-file' || s === 'role-chaining')) {
      f.say(
        source,
        `Input '${source}' needs role-to-assume: it is a way to assume a role. Set role-to-assume to the role's ARN.`,
      );
    }
  },

  chainingKeepsTheCurrentCredentials(d, f) {
    if (!d.sources.includes('role-chaining') || !d.unsetCurrentCredentials) return;
    f.say(
      'role-chaining',
      `Inputs role-chaining and unset-current-credentials are both true, but role chaining assumes the role with ` +
        'the current credentials. Remove unset-current-credentials.',
    );
  },

  webIdentityNeedsARoleArn(d, f) {
    if (!d.role || d.role.arn !== undefined || !isWebIdentity(d)) return;
    f.bad(
      'role-to-assume',
      d.role.roleName,
      'a role name alone works only with source credentials (access keys, role-chaining, force-skip-oidc)',
      'Use the full ARN, arn:aws:iam::<12-digit account id>:role/<name>.',
    );
  },

  chainedSessionsLastAnHour(d, f) {
    if (
      !d.sources.includes('role-chaining') ||
      !f.ok('role-duration-seconds') ||
      d.roleDurationSeconds <= 3600
    )
      return;
    f.bad(
      'role-duration-seconds',
      String(d.roleDurationSeconds),
      'role chaining caps a session at 3600 seconds (one hour)',
      'Use 3600 or less with role-chaining.',
    );
  },

  transitiveKeysAreSent(d, f) {
    const sent = new Set<string>([...AUTOMATIC_TAGS, ...DROPPABLE_TAGS, ...d.customTags.map((t) => t.Key)]);
    for (const key of d.transitiveTagKeys.filter((k) => !sent.has(k))) {
      f.bad(
        'transitive-tag-keys',
        key,
        'it is not the key of a session tag this action sends',
        `Use keys among ${AUTOMATIC_TAGS.join(', ')} or those of custom-tags.`,
      );
    }
  },

  skippedTaggingHasNoTags(d, f) {
    if (!d.skipSessionTagging || (d.customTags.length === 0 && d.transitiveTagKeys.length === 0)) return;
    f.say(
      'role-skip-session-tagging',
      `Input 'role-skip-session-tagging' is true, so no session tags are sent, but ` +
        `${d.customTags.length > 0 ? 'custom-tags' : 'transitive-tag-keys'} is set. Remove one of them.`,
    );
  },

  // AssumeRoleWithWebIdentity takes no tags and no external ID: the token's claims play that part.
  webIdentityIgnoresTags(d, f) {
    if (!isWebIdentity(d)) return;
    const ignored = [
      d.customTags.length > 0 && 'custom-tags',
      d.transitiveTagKeys.length > 0 && 'transitive-tag-keys',
      d.roleExternalId !== undefined && 'role-external-id',
    ].filter(Boolean);
    if (ignored.length === 0) return;
    f.warnings.push(
      `${ignored.join(', ')} ${ignored.length === 1 ? 'has' : 'have'} no effect with a web identity token ` +
        '(AssumeRoleWithWebIdentity takes neither session tags nor an external ID); it was ignored.',
    );
  },

  profileNeedsCredentials(d, f) {
    if (!d.profile || !f.ok('aws-profile') || f.read('role-to-assume') !== '' || d.mode === 'access-keys')
      return;
    f.say(
      'aws-profile',
      `Input 'aws-profile' needs credentials to write, but neither role-to-assume nor aws-access-key-id is set. ` +
        'Set one of them, or remove aws-profile.',
    );
  },

  refreshIsForOidcAndChains(d, f) {
    if (!d.refreshCredentials || d.mode === 'oidc' || d.mode === 'role-chaining') return;
    f.say(
      'refresh-credentials',
      `Input 'refresh-credentials' is true, but it refreshes through GitHub OIDC (or chains from a refreshing profile) and the inputs choose ${d.mode}. ` +
        'Use role-to-assume alone (with permissions: id-token: write) or with role-chaining, or remove refresh-credentials.',
    );
  },

  refreshedChainHasItsOwnName(d, f) {
    if (!d.refreshCredentials || d.mode !== 'role-chaining' || d.profile) return;
    f.say(
      'refresh-credentials',
      `Inputs refresh-credentials and role-chaining are both true, so this step writes a second refreshing profile beside the one it chains from. ` +
        'Name it with aws-profile (e.g. aws-profile: deploy-chained).',
    );
  },

  refreshExportsNoKeys(d, f) {
    if (!d.refreshCredentials || !d.outputEnvCredentials) return;
    f.say(
      'refresh-credentials',
      `Inputs refresh-credentials and output-env-credentials are both true, but exported keys would shadow the ` +
        'refreshing profile and expire with the session. Remove output-env-credentials.',
    );
  },

  workaroundNeedsRetries(d, f) {
    if (!d.specialCharactersWorkaround || !f.bool('disable-retry')) return;
    f.say(
      'special-characters-workaround',
      `Inputs special-characters-workaround and disable-retry are both true, but the workaround works by ` +
        're-assuming the role. Remove disable-retry.',
    );
  },

  printTrustPolicyIsForOidc(d, f) {
    const others = [...d.sources, ...(f.bool('force-skip-oidc') ? ['force-skip-oidc' as const] : [])];
    if (!d.printTrustPolicy || others.length === 0) return;
    f.say(
      'print-trust-policy',
      `Input 'print-trust-policy' is true, so the step prints a trust policy for this job's GitHub OIDC token, but ${others.join(' and ')} ${others.length > 1 ? 'choose' : 'chooses'} another source of credentials. ` +
        'Remove one of them: print the policy in a step of its own.',
    );
  },

  roleIsInAnAllowedAccount(d, f) {
    const account = d.role?.accountId;
    const allowed = d.allowedAccountIds;
    if (!account || !f.ok('allowed-account-ids') || allowed.length === 0 || allowed.includes(account)) return;
    f.bad(
      'role-to-assume',
      d.role?.arn ?? account,
      `its account ${account} is not in allowed-account-ids (${allowed.join(', ')})`,
      'Use a role in an allowed account, or add the account to allowed-account-ids.',
    );
  },
};
