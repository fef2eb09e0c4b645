// Every input is read, parsed and validated here, once, before anything touches the network.
// Pure: it takes a reader, so tests feed it tables without a runner. One parser per group of
// inputs, then the cross-field rules, then one InputError listing every problem.

import type { Config, CredentialSource } from './config.js';
import { parseDestination } from './destination.js';
import { Fields } from './fields.js';
import { parseLimits } from './limits.js';
import { type Draft, RULES } from './rules.js';
import { parseSession } from './session.js';
import { parseSource } from './source.js';
import type { InputReader } from './spec.js';
import { parseTarget } from './target.js';

/**
 * @param read the inputs, with their environment fallbacks (withEnvFallbacks), without defaults.
 * @param workspace GITHUB_WORKSPACE, against which a relative web-identity-token-file is resolved.
 */
export function parseInputs(read: InputReader, workspace = ''): Config {
  const f = new Fields(read);
  const draft: Draft = {
    ...parseTarget(f),
    ...parseSource(f, workspace),
    ...parseSession(f),
    ...parseDestination(f),
    ...parseLimits(f),
  };
  // Read by withEnvFallbacks before any other input; checked here, so that a typo is reported.
  // Stryker disable next-line BooleanLiteral: the value is not used, only checked; no default can show.
  f.bool('translate-env-variables', true);
  for (const rule of Object.values(RULES)) rule(draft, f);
  f.throwIfAny();
  const { mode, role, accessKeys, webIdentityTokenFile, sources: _, ...settings } = draft;
  return deepFreeze({
    ...settings,
    ...credentialSource(draft),
    warnings: f.warnings,
  });
}

/** The union member of the draft's mode; the rules have made sure each has what it needs. */
function credentialSource(d: Draft): CredentialSource {
  switch (d.mode) {
    case 'oidc':
      return { mode: d.mode, role: withArn(d.role) };
    case 'token-file':
      return { mode: d.mode, role: withArn(d.role), webIdentityTokenFile: present(d.webIdentityTokenFile) };
    case 'access-keys':
      return { mode: d.mode, role: d.role, accessKeys: present(d.accessKeys) };
    // Stryker disable next-line ConditionalExpression: falling through to ambient differs only by present(), which a rule makes sure of.
    case 'role-chaining':
      return { mode: d.mode, role: present(d.role) };
    case 'ambient':
      return { mode: d.mode, role: d.role };
  }
}

// The two guards below hold by the rules (rules.ts), which every mode's test shows; no input reaches
// them, so their mutants cannot be killed and are not counted.
function present<T>(value: T | undefined): T {
  // Stryker disable next-line all: unreachable while the rules hold.
  if (value === undefined) throw new Error('Internal error: an input the rules require is missing');
  return value;
}

function withArn(role: Draft['role']) {
  const r = present(role);
  // Stryker disable next-line all: unreachable while the rules hold.
  if (r.arn === undefined) throw new Error('Internal error: a web identity mode without a role ARN');
  return r;
}

function deepFreeze<T>(value: T): T {
  // Object.isFrozen is true of every primitive, undefined and null included: objects go on.
  if (Object.isFrozen(value)) return value;
  for (const v of Object.values(value as object)) deepFreeze(v);
  return Object.freeze(value);
}
