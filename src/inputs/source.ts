// The credential source: which inputs were given decides the auth mode (the first row of MODES
// whose test passes), and what each mode is: web identity or signed, how it is described. What each
// mode does (what signs, where tokens come from) is its row in ../modes.ts.

import { isAbsolute, resolve } from 'node:path';
import type { AuthMode, StaticKeys } from './config.js';
import type { Fields } from './fields.js';
import type { InputName } from './spec.js';

/** Which of the inputs were given (source.ts): the first row whose test passes is the mode. */
interface Given {
  readonly keys: boolean;
  readonly tokenFile: boolean;
  readonly roleChaining: boolean;
  readonly role: boolean;
  readonly forceSkipOidc: boolean;
}

export interface ModeFacts {
  readonly chosenWhen: (given: Given) => boolean;
  /** AssumeRoleWithWebIdentity with a token; the other modes sign AssumeRole and GetCallerIdentity. */
  readonly webIdentity: boolean;
  /** A token read anew before every attempt: whatever writes the file may have replaced it. */
  readonly freshTokenEachAttempt: boolean;
  /** The first token is requested while the AWS SDK loads (it is a network call). */
  readonly prefetch: boolean;
  /** The failure line: "Failed to assume role R with a GitHub OIDC token". */
  readonly with: string;
  /** The summary's "Credentials from" row. */
  readonly source: string;
}

const signed = { webIdentity: false, freshTokenEachAttempt: false, prefetch: false };

/** In order: the first mode whose inputs are given is the one. */
const MODES: { readonly [M in AuthMode]: ModeFacts } = {
  'access-keys': {
    ...signed,
    chosenWhen: (g) => g.keys,
    with: 'with the access keys',
    source: 'access keys (inputs)',
  },
  'token-file': {
    chosenWhen: (g) => g.tokenFile,
    webIdentity: true,
    freshTokenEachAttempt: true,
    prefetch: false,
    with: 'with the web identity token file',
    source: 'web identity token file',
  },
  'role-chaining': {
    ...signed,
    chosenWhen: (g) => g.roleChaining,
    with: 'with the credentials in the environment (role-chaining)',
    source: 'an earlier step (role-chaining)',
  },
  oidc: {
    chosenWhen: (g) => g.role && !g.forceSkipOidc,
    webIdentity: true,
    freshTokenEachAttempt: false,
    prefetch: true,
    with: 'with a GitHub OIDC token',
    source: 'GitHub OIDC',
  },
  ambient: {
    ...signed,
    chosenWhen: () => true,
    with: "with the runner's own credentials",
    source: "the runner's own credentials",
  },
};

export function modeOf(mode: AuthMode): ModeFacts {
  return MODES[mode];
}

const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;

export interface SourceDraft {
  readonly mode: AuthMode;
  /** Set when the key inputs parsed. */
  readonly accessKeys: StaticKeys | undefined;
  /** Absolute; set when web-identity-token-file parsed. */
  readonly webIdentityTokenFile: string | undefined;
  /** The inputs given that each choose a source of credentials: more than one is a mistake. */
  readonly sources: readonly InputName[];
}

export function parseSource(f: Fields, workspace: string): SourceDraft {
  const given: Given = {
    keys: f.read('aws-access-key-id') !== '' || f.read('aws-secret-access-key') !== '',
    tokenFile: f.read('web-identity-token-file') !== '',
    roleChaining: f.bool('role-chaining'),
    role: f.read('role-to-assume') !== '',
    forceSkipOidc: f.bool('force-skip-oidc'),
  };
  const modes = Object.entries(MODES) as [AuthMode, (typeof MODES)[AuthMode]][];
  const mode = modes.find(([, row]) => row.chosenWhen(given))?.[0] ?? 'ambient';
  const sources: InputName[] = [];
  if (given.keys) sources.push('aws-access-key-id');
  if (given.tokenFile) sources.push('web-identity-token-file');
  if (given.roleChaining) sources.push('role-chaining');
  return { mode, accessKeys: parseKeys(f), webIdentityTokenFile: parseTokenFile(f, workspace), sources };
}

/** The three key inputs are secrets: their messages never show a value. */
function parseKeys(f: Fields): StaticKeys | undefined {
  const accessKeyId = f.read('aws-access-key-id');
  const secretAccessKey = f.read('aws-secret-access-key');
  const sessionToken = f.read('aws-session-token');
  if (accessKeyId === '' && secretAccessKey === '' && sessionToken === '') return undefined;
  const unset = 'a secret that does not exist (or that a fork cannot see) reads as empty.';
  if (accessKeyId === '') {
    f.say(
      'aws-access-key-id',
      `Input 'aws-access-key-id' is empty, but ${secretAccessKey !== '' ? 'aws-secret-access-key' : 'aws-session-token'} is set. ` +
        `Set all the keys of one identity, or none; ${unset}`,
    );
  } else if (!ACCESS_KEY_ID.test(accessKeyId)) {
    f.say(
      'aws-access-key-id',
      `Input 'aws-access-key-id' is not an access key ID: it must be 16 to 128 upper-case letters and digits (AKIA... or ASIA...). ` +
        'Check the secret it comes from for stray spaces or quotes.',
    );
  } else if (secretAccessKey === '') {
    f.say(
      'aws-secret-access-key',
      `Input 'aws-secret-access-key' is empty, but aws-access-key-id is set. ` +
        `Pass the secret access key of the same identity; ${unset}`,
    );
  } else if (/\s/.test(secretAccessKey) || /\s/.test(sessionToken)) {
    const name = /\s/.test(secretAccessKey) ? 'aws-secret-access-key' : 'aws-session-token';
    f.say(name, `Input '${name}' contains whitespace. Copy the value again without spaces or line breaks.`);
  } else {
    return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined };
  }
  return undefined;
}

function parseTokenFile(f: Fields, workspace: string): string | undefined {
  const input = f.read('web-identity-token-file');
  if (input === '') return undefined;
  if (/[\0\n\r]/.test(input)) {
    f.bad('web-identity-token-file', input, 'it contains a control character', 'Use a plain path.');
    return undefined;
  }
  return isAbsolute(input) ? input : resolve(workspace, input);
}
