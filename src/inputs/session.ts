// The role session: audience, name, duration, external ID, tags and session policies.

import type { SessionSettings } from './config.js';
import { parseCustomTags } from './custom-tags.js';
import type { Fields } from './fields.js';
import { parseInlinePolicy, parseManagedPolicies } from './policies.js';
import { defaultOf } from './spec.js';

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

export function parseSession(f: Fields): SessionSettings {
  return {
    audience: parseAudience(f),
    roleSessionName: parseSessionName(f),
    roleDurationSeconds: f.wholeNumber(
      'role-duration-seconds',
      900,
      43200,
      'Use seconds, e.g. 3600 for one hour (the role\u2019s own maximum session duration also applies).',
    ),
    roleExternalId: parseExternalId(f),
    skipSessionTagging: f.bool('role-skip-session-tagging'),
    customTags: parseCustomTags(f),
    transitiveTagKeys: f.list('transitive-tag-keys'),
    inlineSessionPolicy: parseInlinePolicy(f),
    managedSessionPolicies: parseManagedPolicies(f),
  };
}

function parseAudience(f: Fields): string {
  const audience = f.read('audience');
  if (/\s/.test(audience)) {
    f.bad(
      'audience',
      audience,
      'it contains whitespace',
      `Use the audience the IAM OIDC provider lists, normally ${defaultOf('audience')}.`,
    );
  }
  return audience;
}

function parseSessionName(f: Fields): string {
  const name = f.read('role-session-name');
  if (SESSION_NAME.test(name)) return name;
  const bad = [...new Set(name.replace(/[\w+=,.@-]/g, ''))].map((c) => JSON.stringify(c)).join(' ');
  f.bad(
    'role-session-name',
    name,
    bad
      ? `it contains ${bad}, and STS allows only letters, digits and + = , . @ _ -`
      : `it is ${name.length} character${name.length === 1 ? '' : 's'} long, and STS needs 2 to 64`,
    `Use e.g. ${defaultOf('role-session-name')}, or replace the other characters with - or _.`,
  );
  return name;
}

function parseExternalId(f: Fields): string | undefined {
  const id = f.read('role-external-id');
  if (id === '') return undefined;
  if (!EXTERNAL_ID.test(id)) {
    f.bad(
      'role-external-id',
      id,
      'STS takes 2 to 1224 letters, digits and + = , . @ : / - _',
      'Use the external ID the role owner gave you, exactly.',
    );
  }
  return id;
}
