// Generated jobs for the differential suites: a HOME with AWS files in the spellings people write
// (and the ones that read differently: quotes, spaces, "profile default", duplicates, a DEFAULT
// section, CRLF, a lone CR, a BOM), and an environment with each variable unset, empty, or set to
// one of its meaningful values (~/..., $VAR/..., relative, /dev/null, a link, a directory). Each
// case is written to a directory of its own, so that no tool's cache mixes two cases.

import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll } from '@jest/globals';
import fc from 'fast-check';
import { filesOf } from '../src/job/seen.js';
import { jsSdk } from '../src/tools/js-sdk.js';
import type { ToolModel } from '../src/tools/resolution.js';
import type { Answer } from './js-resolve.ts';

export const PROFILES = ['default', 'deploy', 'other'] as const;

/** A credential_process every tool can run (botocore splits the line with shlex, the JS SDK runs a shell). */
const PROCESS_SCRIPT =
  '#!/bin/sh\necho \'{"Version": 1, "AccessKeyId": "AKIAPROCESS", "SecretAccessKey": "s"}\'\n';

/**
 * A section's body: placeholders @DIR@ are the case's directory. No role_arn here: whether a role's
 * source resolves is a chain of its own in each tool (botocore refuses a bad one at once, the JS
 * SDK goes on to the next provider), and for the step any role profile is another identity; the
 * unit tests of tools/ have rows for roles.
 */
const BODIES: Readonly<Record<string, (p: string) => Record<string, string>>> = {
  region: () => ({ region: 'ap-south-1' }),
  keys: (p) => ({ aws_access_key_id: `AKIAFILE${p.toUpperCase()}`, aws_secret_access_key: 'file-secret' }),
  keysAndRegion: (p) => ({
    region: 'sa-east-1',
    aws_access_key_id: `AKIAFILE${p.toUpperCase()}X`,
    aws_secret_access_key: 'file-secret',
  }),
  process: () => ({ credential_process: '@DIR@/process.sh' }),
  webIdentity: () => ({
    web_identity_token_file: '@DIR@/token',
    role_arn: 'arn:aws:iam::123456789012:role/wi',
  }),
  sso: () => ({
    sso_account_id: '1',
    sso_role_name: 'r',
    sso_start_url: 'https://x',
    sso_region: 'us-east-1',
  }),
  tokenOnly: () => ({ aws_session_token: 'token-only' }),
};

const CONFIG_HEADERS = [
  (p: string) => (p === 'default' ? '[default]' : `[profile ${p}]`),
  (p: string) => (p === 'default' ? '[default]' : `[profile ${p}]`),
  (p: string) => `[profile ${p}]`,
  (p: string) => `[profile "${p}"]`,
  (p: string) => `[profile '${p}']`,
  (p: string) => `[profile  ${p} ]`,
  (p: string) => `[ profile ${p} ]`,
  (p: string) => `[profile.${p}]`,
  (p: string) => `[profiles ${p}]`,
  (p: string) => `[${p}]`,
  (p: string) => `[profile ${p}] x`,
  (p: string) => `[profile ${p}] ; a comment`,
  (p: string) => `[profile ${p}]#c`,
  () => '[DEFAULT]',
];
const CREDENTIALS_HEADERS = [
  (p: string) => `[${p}]`,
  (p: string) => `[${p}]`,
  (p: string) => `[ ${p} ]`,
  (p: string) => `[profile ${p}]`,
  (p: string) => `[${p}] ; mine`,
  (p: string) => `[${p}] x`,
  () => '[DEFAULT]',
];

const section = (headers: readonly ((p: string) => string)[]) =>
  fc.record({
    header: fc.nat(headers.length - 1),
    profile: fc.constantFrom(...PROFILES),
    body: fc.constantFrom(...Object.keys(BODIES)),
  });

const text = (headers: readonly ((p: string) => string)[]) =>
  fc
    .record({
      sections: fc.array(section(headers), { maxLength: 4 }),
      eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
      bom: fc.nat(9).map((n) => n === 0),
    })
    .map(({ sections, eol, bom }) => {
      const lines = sections.flatMap((s) => [
        (headers[s.header] as (p: string) => string)(s.profile),
        ...Object.entries((BODIES[s.body] as (p: string) => Record<string, string>)(s.profile)).map(
          ([k, v]) => `${k} = ${v}`,
        ),
        '',
      ]);
      return (bom ? '\uFEFF' : '') + lines.join(eol);
    });

/** A variable's value: unset (undefined), empty, or one of these. */
const variable = (...values: string[]) => fc.constantFrom<string | undefined>(undefined, '', ...values);

/** Where AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE points; the file itself is the case's `kind` text. */
const fileVariable = (kind: 'config' | 'credentials') =>
  fc.constantFrom<string | undefined>(
    undefined,
    undefined,
    '',
    `@DIR@/files/${kind}`,
    `~/files/${kind}`,
    `$HOME/files/${kind}`,
    `@REL@/${kind}`,
    '/dev/null',
    `@DIR@/link-${kind}`,
    '@DIR@/files',
  );

export interface ToolCase {
  readonly config: string | undefined;
  readonly credentials: string | undefined;
  /** Where the files are: in ~/.aws, or in files/ (named by the variables). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const toolCase: fc.Arbitrary<ToolCase> = fc.record({
  config: fc.option(text(CONFIG_HEADERS), { nil: undefined }),
  credentials: fc.option(text(CREDENTIALS_HEADERS), { nil: undefined }),
  env: fc.record({
    AWS_PROFILE: variable('default', 'deploy', 'other', 'missing'),
    AWS_DEFAULT_PROFILE: fc.constantFrom(undefined, undefined, undefined, '', 'default', 'deploy', 'missing'),
    AWS_ACCESS_KEY_ID: variable('AKIAENVIRONMENT'),
    AWS_SECRET_ACCESS_KEY: variable('env-secret'),
    AWS_REGION: variable('eu-west-3'),
    AWS_DEFAULT_REGION: variable('eu-north-1'),
    AWS_WEB_IDENTITY_TOKEN_FILE: fc.constantFrom(undefined, undefined, undefined, '', '@DIR@/token'),
    AWS_ROLE_ARN: fc.constantFrom(undefined, undefined, 'arn:aws:iam::123456789012:role/irsa'),
    AWS_CONFIG_FILE: fileVariable('config'),
    AWS_SHARED_CREDENTIALS_FILE: fileVariable('credentials'),
  }),
});

/**
 * Writes the case under `dir`: HOME is dir/home, the files both in ~/.aws and in files/, links to
 * them, the token and the credential_process script. Returns the environment, with @DIR@ filled,
 * and @REL@ a path relative to `dir` that no other case has (the JS SDK caches a file by its path).
 */
export function writeCase(c: ToolCase, dir: string): Record<string, string> {
  const home = join(dir, 'home');
  mkdirSync(join(home, '.aws'), { recursive: true });
  mkdirSync(join(home, 'files'));
  mkdirSync(join(dir, 'files'));
  const rel = `rel-${basename(dir)}`;
  mkdirSync(join(dir, rel));
  const fill = (s: string) => s.replaceAll('@DIR@', dir).replaceAll('@REL@', rel);
  for (const kind of ['config', 'credentials'] as const) {
    const t = c[kind];
    if (t === undefined) continue;
    for (const at of [
      join(home, '.aws', kind),
      join(dir, 'files', kind),
      join(home, 'files', kind),
      join(dir, rel, kind),
    ])
      writeFileSync(at, fill(t));
    symlinkSync(join(dir, 'files', kind), join(dir, `link-${kind}`));
  }
  writeFileSync(join(dir, 'token'), 'eyJ.token.x');
  writeFileSync(join(dir, 'process.sh'), PROCESS_SCRIPT);
  chmodSync(join(dir, 'process.sh'), 0o755);
  const env: Record<string, string> = {
    HOME: home,
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    AWS_EC2_METADATA_DISABLED: 'true',
    // Any STS call a tool would make is refused at once: nothing here needs the network.
    AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9',
  };
  for (const [name, value] of Object.entries(c.env)) if (value !== undefined) env[name] = fill(value);
  return env;
}

/** A case written to a directory of its own, with the environment a tool is run with there. */
export interface Written {
  readonly c: ToolCase;
  readonly env: Record<string, string>;
  readonly dir: string;
}

/** Writes each case under one new temporary directory, removed after the suite. */
export function writeCases(prefix: string, cases: readonly ToolCase[]): Written[] {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return cases.map((c, i) => {
    const dir = join(root, String(i));
    mkdirSync(dir);
    return { c, env: writeCase(c, dir), dir };
  });
}

/** A model's resolution of a written case, in the words of the tools' own answers. */
export function modelAnswer(tool: ToolModel, w: Pick<Written, 'env' | 'dir'>): Answer {
  const r = tool.resolve(w.env, filesOf(tool, w.env, w.dir));
  if (!r.ok) return { ok: false };
  const s = r.source;
  const source = 'accessKeyId' in s ? { kind: s.kind, accessKeyId: s.accessKeyId } : { kind: s.kind };
  // The JS SDK refuses a region "" where it is used; botocore keeps it.
  const region = tool === jsSdk && r.region === '' ? null : (r.region ?? null);
  return { ok: true, profile: r.profile ?? null, source, region };
}
