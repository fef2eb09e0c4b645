// Runs a bundled entry point (dist/index.js, dist/cleanup/index.js) as the Actions runner does:
// a child process of the current node, INPUT_* variables with the hyphens kept, and the
// GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY file commands, read back after.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, tagsOf } from './markdown.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MAIN = join(ROOT, 'dist', 'index.js');
export const POST = join(ROOT, 'dist', 'cleanup', 'index.js');
const PEAK_MEMORY = join(ROOT, 'test-support', 'peak-memory.cjs');

export interface RunOptions {
  readonly inputs?: Readonly<Record<string, string>>;
  /** Added to the minimal runner environment; undefined removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** STATE_* from a main step, for a post step. */
  readonly state?: Readonly<Record<string, string>>;
  readonly script?: string;
  /** Node's arguments instead of [script], e.g. ['-e', ''] for a bare start. */
  readonly args?: readonly string[];
  /** The child is killed after this; a kill is reported as timedOut. */
  readonly killAfterMs?: number;
  /** Measure the child's peak memory (RunResult.peakRssKiB). */
  readonly measureMemory?: boolean;
  /** CommonJS files to preload into the child (node --require), e.g. fault injection. */
  readonly preload?: readonly string[];
  /** A Node warning on stderr ("(node:PID) ...Warning") fails the run unless this is set. */
  readonly allowNodeWarnings?: boolean;
  /** The step's working directory (the runner's GITHUB_WORKSPACE); default: a new directory of its own. */
  readonly cwd?: string;
}

export interface RunResult {
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly durationMs: number;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_ENV as the next step would see it. */
  readonly env: Record<string, string>;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  /**
   * The job summary as GitHub shows it: the Markdown the step appended, rendered (markdown.ts). A
   * run whose summary renders any element the action does not write fails (summaryMarkup).
   */
  readonly summary: string;
  /** Values registered with ::add-mask::, in order. */
  readonly masks: string[];
  /** ::error:: annotations, decoded. */
  readonly errors: string[];
  /** ::warning:: annotations, decoded. */
  readonly warnings: string[];
  /** Peak resident set size of the child, with measureMemory; undefined if it did not exit itself. */
  readonly peakRssKiB: number | undefined;
}

/** Reads a file-command file: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** Undoes the runner's command escaping (%25, %0D, %0A). */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** What a Windows process needs to start at all (the system directory, the shell), and nothing else. */
function windowsBasics(): Record<string, string> {
  if (process.platform !== 'win32') return {};
  const names = ['SystemRoot', 'ComSpec', 'PATHEXT', 'WINDIR'];
  return Object.fromEntries(names.flatMap((n) => (process.env[n] ? [[n, process.env[n] as string]] : [])));
}

export async function runAction(options: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const files = {
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');

  // A clean environment: nothing from the developer's shell (AWS_*, NODE_OPTIONS) leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...windowsBasics(),
    ...files,
  };
  // ACTION_TEST_DEBUG=1 runs every scenario with the runner's debug logging on, so that the leak
  // checker sees what debug lines print (npm run test:debug).
  if (process.env.ACTION_TEST_DEBUG === '1') {
    env.RUNNER_DEBUG = '1';
    env.ACTIONS_STEP_DEBUG = 'true';
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const peakFile = join(dir, 'peak');
  const args = options.args ?? [options.script ?? MAIN];
  if (options.measureMemory) env.ACTION_TEST_PEAK_FILE = peakFile;
  const started = performance.now();
  const preloads = [...(options.measureMemory ? [PEAK_MEMORY] : []), ...(options.preload ?? [])];
  const child = spawn(process.execPath, [...preloads.flatMap((p) => ['--require', p]), ...args], {
    env,
    cwd: options.cwd ?? dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.killAfterMs ?? 45_000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(killer);
  const durationMs = performance.now() - started;

  const read = (f: string) => readFileSync(f, 'utf8');
  const lines = stdout.split('\n');
  const annotations = (kind: string) =>
    lines.filter((l) => l.startsWith(`::${kind}`)).map((l) => unescapeData(l.slice(l.indexOf('::', 2) + 2)));
  const result: RunResult = {
    code,
    timedOut,
    durationMs,
    stdout,
    stderr,
    env: parseFileCommands(read(files.GITHUB_ENV)),
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    state: parseFileCommands(read(files.GITHUB_STATE)),
    summary: render(read(files.GITHUB_STEP_SUMMARY)),
    masks: lines
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => unescapeData(l.slice('::add-mask::'.length))),
    errors: annotations('error'),
    warnings: annotations('warning'),
    peakRssKiB: existsSync(peakFile) ? Number(read(peakFile)) : undefined,
  };
  rmSync(dir, { recursive: true, force: true });
  // A runner shows a step's stderr in its log: a Node warning there (a deprecation, an
  // experimental feature) is noise every user of the action would read.
  const warning = /^\(node:\d+\) .*Warning.*$/m.exec(stderr);
  if (warning && !options.allowNodeWarnings)
    throw new Error(`The step printed a Node warning: ${warning[0]}`);
  const markup = summaryMarkup(result.summary);
  if (markup.length > 0)
    throw new Error(`The job summary renders markup the action did not write: ${markup}`);
  return result;
}

let startMs: number | undefined;

/**
 * How long a step takes on this machine, now, to start and stop: Node's start and the bundle's load,
 * failing on a missing aws-region before any request. Measured once per test file. A test that
 * bounds the action's own time adds a few of these, so that a busy machine, which slows the start
 * as much as anything, does not fail a bound meant for the action's deadlines.
 */
export async function stepStartMs(): Promise<number> {
  if (startMs === undefined) {
    const r = await runAction({ inputs: { 'translate-env-variables': 'false' } });
    if (r.code !== 1) throw new Error(`A step with no aws-region should fail at once; it exited ${r.code}`);
    startMs = r.durationMs;
  }
  return startMs;
}

/** What the action writes to the summary: these elements, and these headings. */
const SUMMARY_TAGS = new Set([
  'h3',
  'p',
  'table',
  'tr',
  'th',
  'td',
  'br',
  'pre',
  'code',
  'details',
  'summary',
]);
const SUMMARY_HEADINGS = new Set([
  'AWS credentials',
  'AWS credentials: failed',
  'AWS trust policy for this workflow',
]);

/** Elements and headings in the rendered summary that the action did not write. */
export function summaryMarkup(html: string): string[] {
  const tags = tagsOf(html).filter((t) => !SUMMARY_TAGS.has(t));
  const headings = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1] ?? '');
  return [
    ...tags.map((t) => `<${t}>`),
    ...headings.filter((h) => !SUMMARY_HEADINGS.has(h)).map((h) => `<h3>${h}`),
  ];
}

/**
 * Lines a runner would have taken as workflow commands that the action did not write itself: a
 * line whose command part (between the first :: and the next) carries `marker`, or any line with
 * the old "##[" syntax, which this action never writes.
 */
export function injectedCommands(result: Pick<RunResult, 'stdout' | 'stderr'>, marker: string): string[] {
  return `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => {
    const l = line.trimStart();
    if (l.includes('##[')) return true;
    if (!l.startsWith('::')) return false;
    const end = l.indexOf('::', 2);
    return (end === -1 ? l : l.slice(0, end)).includes(marker);
  });
}

/** The private directory a main step made for the job's files, from its saved state. */
export function privateDirOf(main: Pick<RunResult, 'state'>): string {
  const state = JSON.parse(main.state['aws-oidc-credentials'] ?? '{}') as { files?: { dir?: string } };
  return state.files?.dir ?? '';
}

/** The post step, given the main step's saved state. */
export function runPost(main: RunResult, options: RunOptions = {}): Promise<RunResult> {
  return runAction({ script: POST, ...options, state: { ...main.state, ...options.state } });
}

/**
 * Secrets that a runner would have printed unmasked: any that appears in stdout before its own
 * ::add-mask:: line (the runner only redacts later lines), or in stderr at all (no ordering
 * between the two streams can be trusted).
 */
export function leaks(result: Pick<RunResult, 'stdout' | 'stderr'>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const lines = result.stdout.split('\n');
  for (const secret of secrets) {
    if (secret === '') continue;
    const maskedAt = lines.findIndex(
      (l) => l.startsWith('::add-mask::') && unescapeData(l.slice(12)) === secret,
    );
    const seenAt = lines.findIndex((l, i) => l.includes(secret) && i !== maskedAt);
    if ((seenAt !== -1 && (maskedAt === -1 || seenAt < maskedAt)) || result.stderr.includes(secret)) {
      found.push(`${secret.slice(0, 12)}... (line ${seenAt + 1}, masked at line ${maskedAt + 1})`);
    }
  }
  return found;
}
