// Where the credentials go: the environment, a named profile, outputs, a refreshing profile.

import type { DestinationSettings, TrustPolicySettings } from './config.js';
import type { Fields } from './fields.js';

// A profile name is an INI section name and a file-name-safe word: no spaces, brackets, separators.
const PROFILE_NAME = /^[\w.+@:-]{1,64}$/;

export function parseDestination(f: Fields): DestinationSettings & TrustPolicySettings {
  const profile = parseProfile(f);
  const refreshCredentials = f.bool('refresh-credentials');
  return {
    profile,
    maskAccountId: f.bool('mask-aws-account-id'),
    outputCredentials: f.bool('output-credentials'),
    // Static keys in the environment win over a profile, so profile mode does not export them
    // unless asked; a refreshing profile never has them beside it.
    outputEnvCredentials: f.bool('output-env-credentials', profile === undefined && !refreshCredentials),
    unsetCurrentCredentials: f.bool('unset-current-credentials'),
    useExistingCredentials: f.bool('use-existing-credentials'),
    refreshCredentials,
    printTrustPolicy: f.bool('print-trust-policy'),
    trustPolicySub: parseTrustPolicySub(f),
    githubToken: f.given('github-token'),
  };
}

const SUB_FORMS = ['token', 'both'] as const;

function parseTrustPolicySub(f: Fields): TrustPolicySettings['trustPolicySub'] {
  const value = f.read('trust-policy-sub');
  const form = SUB_FORMS.find((v) => v === value);
  if (form) return form;
  f.bad(
    'trust-policy-sub',
    value,
    "it is 'token' (the sub this job's token has) or 'both' (the name form and the immutable form)",
    'Use trust-policy-sub: both before a rename, transfer or opt-in to immutable claims; token otherwise.',
  );
  return 'token';
}

function parseProfile(f: Fields): DestinationSettings['profile'] {
  const name = f.read('aws-profile');
  if (name === '') return undefined;
  if (!PROFILE_NAME.test(name)) {
    f.bad(
      'aws-profile',
      name,
      'a profile name is 1 to 64 letters, digits and _ . + @ : - (no spaces, brackets or slashes)',
      'Use e.g. aws-profile: deploy.',
    );
  }
  return { name, overwrite: f.bool('overwrite-aws-profile') };
}
