// Both tools at once: the decisions of the step hold only when every tool reads the same thing, so
// each question here is asked of every model and answered with where they differ.

import { botocore } from './botocore.js';
import { readIni } from './configparser.js';
import { jsSdk } from './js-sdk.js';
import {
  type Env,
  type Files,
  type Kind,
  lastFour,
  type Resolution,
  type ToolModel,
  type Values,
  type Where,
} from './resolution.js';

export const TOOLS: readonly ToolModel[] = [botocore, jsSdk];

/** A line that some tool reads as a header, and the profile names the tools give it. */
interface Boundary {
  readonly offset: number;
  readonly names: readonly (string | undefined)[];
}

/** Every line any tool reads as a header, in order: the tools' lists (each in text order) merged. */
function boundariesIn(kind: Kind, text: string): Boundary[] {
  const lists = TOOLS.map((tool) => tool.headers(kind, text));
  const next = lists.map(() => 0);
  const all: Boundary[] = [];
  for (;;) {
    const heads = lists.map((list, t) => list[next[t] ?? 0]);
    const offset = Math.min(...heads.map((h) => h?.[0] ?? Number.POSITIVE_INFINITY));
    if (offset === Number.POSITIVE_INFINITY) return all;
    const names: (string | undefined)[] = [];
    for (const [t, h] of heads.entries()) {
      if (h?.[0] !== offset) continue;
      names.push(h[1]);
      next[t] = (next[t] ?? 0) + 1;
    }
    all.push({ offset, names });
  }
}

const boundariesOf: Record<Kind, (text: string) => Boundary[]> = {
  config: lastFour((text) => boundariesIn('config', text)),
  credentials: lastFour((text) => boundariesIn('credentials', text)),
};
const boundaries = (kind: Kind, text: string) => boundariesOf[kind](text);

/** The header lines that any tool reads as the profile `name`, as written (line breaks cut). */
export function headersNaming(kind: Kind, text: string, name: string): string[] {
  return boundaries(kind, text)
    .filter((b) => b.names.includes(name))
    .map((b) => (/^[^\r\n]*/.exec(text.slice(b.offset))?.[0] ?? '').trim());
}

/**
 * The text without every section that any tool reads as the profile `name`: each from its header
 * line to the next line that any tool reads as a header. The rest keeps its bytes.
 */
export function withoutProfile(kind: Kind, text: string, name: string): string {
  const all = boundaries(kind, text);
  let out = '';
  let kept = 0;
  for (const [i, b] of all.entries()) {
    if (!b.names.includes(name)) continue;
    out += text.slice(kept, b.offset);
    kept = all[i + 1]?.offset ?? text.length;
  }
  return out + text.slice(kept);
}

/** Profile names whose values differ between two readings of one file, for any tool. */
export function changedProfiles(kind: Kind, before: string, after: string, except: string): string[] {
  const changed = new Set<string>();
  if (before === after) return [];
  for (const tool of TOOLS) {
    const read = tool.profiles(kind, { text: before, utf8: true });
    // A file the tool refuses whole cannot be read worse: what a copy makes readable is no change.
    if (read.refused !== undefined) continue;
    const was = read.profiles;
    const is = tool.profiles(kind, { text: after, utf8: true }).profiles;
    for (const name of new Set([...was.keys(), ...is.keys()])) {
      if (name !== except && !sameValues(was.get(name), is.get(name))) changed.add(name);
    }
  }
  return [...changed];
}

function sameValues(a: Values | undefined, b: Values | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** Where each tool opens a file, by tool name. */
export function whereEach(kind: Kind, env: Env, cwd: string): ReadonlyMap<ToolModel, Where> {
  return new Map(TOOLS.map((tool) => [tool, tool.where(kind, env, cwd)]));
}

/** What every tool resolves, given what each opens (`files` by tool: the tools may open different files). */
export function resolveEach(env: Env, files: (tool: ToolModel) => Files): ReadonlyMap<ToolModel, Resolution> {
  return new Map(TOOLS.map((tool) => [tool, tool.resolve(env, files(tool))]));
}

/** The credentials and region a step means every tool to resolve. */
export interface Expected {
  /** The access key ID of the keys, from the environment or the profile. */
  readonly accessKeyId?: string;
  /** The profile's credential_process. */
  readonly command?: string;
  readonly region?: string;
}

/** What a source is, in words. */
function described(source: Resolution & { ok: true }): string {
  const s = source.source;
  const profile = source.profile === undefined ? 'the default profile' : `profile ${source.profile}`;
  switch (s.kind) {
    case 'env':
      return 'the keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
    case 'keys':
      return `other keys, from the ${s.file} file's section of ${profile}`;
    case 'process':
      return `another credential_process, of ${profile}`;
    case 'assume-role':
      return `role_arn ${s.roleArn}, which ${profile} has (a [DEFAULT] section gives its keys to every section)`;
    case 'web-identity':
      return s.from === 'environment'
        ? 'AWS_WEB_IDENTITY_TOKEN_FILE'
        : `web_identity_token_file of ${profile}`;
    case 'sso':
    case 'login':
      return `the ${s.kind} settings of ${profile}`;
    default:
      return `no credentials of ${profile} (a container or instance role, or none)`;
  }
}

function meant(source: Resolution & { ok: true }, expected: Expected): boolean {
  const s = source.source;
  if (expected.command !== undefined) return s.kind === 'process' && s.command === expected.command;
  return (s.kind === 'env' || s.kind === 'keys') && s.accessKeyId === expected.accessKeyId;
}

/** For each tool that would not resolve what is expected: what it would do instead. */
export function misreadings(env: Env, files: (tool: ToolModel) => Files, expected: Expected): string[] {
  const found: string[] = [];
  for (const [tool, r] of resolveEach(env, files)) {
    if (!r.ok) found.push(`${tool.name}: ${r.why}`);
    else if (!meant(r, expected)) found.push(`${tool.name} would use ${described(r)}`);
    else if (expected.region !== undefined && r.region !== expected.region)
      found.push(`${tool.name} would use the region ${JSON.stringify(r.region ?? '')}`);
  }
  return found;
}

/** Each section as the union of the tools' headers cuts the text: its header line as written, and its text. */
export function sectionsOf(kind: Kind, text: string): { header: string; text: string }[] {
  const all = boundaries(kind, text);
  return all.map((b, i) => {
    const body = text.slice(b.offset, all[i + 1]?.offset ?? text.length);
    return { header: (/^[^\r\n]*/.exec(body)?.[0] ?? '').trim(), text: body };
  });
}

/**
 * A short text that every tool reads as it reads `base + appended` for the appended section's
 * profile, where `appended` is one section whose profile no section of `base` has: botocore gives
 * it only base's [DEFAULT] keys, and refuses it only when it refuses base; the JS SDK reads it on
 * its own, and nothing when it refuses base. A user's file of a million lines is then read once.
 */
export function standIn(kind: Kind, base: string, appended: string): string {
  const refused = TOOLS.some((tool) => tool.profiles(kind, { text: base, utf8: true }).refused !== undefined);
  if (refused) return base + appended;
  const read = readIni(base);
  const all = boundaries(kind, base);
  const defaults = read.headers
    .filter((h) => h.name === 'DEFAULT')
    .map((h) => base.slice(h.offset, all.find((b) => b.offset > h.offset)?.offset ?? base.length));
  return defaults.map((d) => (/[\r\n]$/.test(d) ? d : `${d}\n`)).join('') + appended;
}
