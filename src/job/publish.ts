// Every effect on the job goes through here: masks, the job's own files, exported variables,
// outputs, state. Nothing is written until authentication has fully succeeded, and then in an
// order that a kill at any point cannot turn into half state: masks; the post step's state (what
// is about to be written, so that it can undo a partial write); the files; the environment in one
// write; the outputs in one write. What is exported is planned, then checked against every AWS
// tool's reading of it (tools/): the same plan runs before any request, with placeholder keys.

import { rmSync } from 'node:fs';
import { ProfileFileError } from '../errors.js';
import type { DestinationSettings } from '../inputs/config.js';
import { exportVariables, setOutputs } from '../runner/file-commands.js';
import { privateDirectoryName } from '../runner/files.js';
import { info, mask, warning } from '../runner/log.js';
import type { Credentials, Identity } from '../sts/sts.js';
import { botocore } from '../tools/botocore.js';
import { type Env, FILE_VARIABLE, type Files, KINDS, type Kind, type Seen } from '../tools/resolution.js';
import { type Expected, misreadings, standIn } from '../tools/view.js';
import type { Published } from './outcome.js';
import { type PostState, saveState } from './post-state.js';
import {
  type JobFiles,
  makeJobDirectory,
  type PlannedFiles,
  planJobFiles,
  probeJobFiles,
  unwritable,
  writeJobFiles,
} from './profile.js';
import {
  DEFAULT_REFRESH_PROFILE,
  planRefreshFiles,
  type RefreshFiles,
  type RefreshInputs,
  refreshSettings,
  writeRefreshFiles,
} from './refresh-profile.js';
import { deletedJobFiles, filesOf, readSeen, userFiles } from './seen.js';
import { CREDENTIAL_VARIABLES, exportsFor, type Target } from './variables.js';

/** What publishing reads: where the credentials go, and what a refreshing profile repeats. */
type PublishSettings = DestinationSettings & RefreshInputs;

export function maskCredentials(creds: Credentials | undefined): void {
  mask(creds?.accessKeyId);
  mask(creds?.secretAccessKey);
  mask(creds?.sessionToken);
}

function maskIdentity(config: Pick<DestinationSettings, 'maskAccountId'>, identity: Identity): void {
  if (!config.maskAccountId) return;
  mask(identity.account);
  mask(identity.arn);
}

/** What publish() will write: planned before anything is, so the post step knows it all. */
interface Plan {
  readonly env: Record<string, string>;
  readonly files: PlannedFiles | undefined;
  readonly refresh: RefreshFiles | undefined;
  readonly said: readonly string[];
}

/** Publishes the outcome. On a failure while writing files, what was written is taken back before it throws. */
export async function publish(config: PublishSettings, outcome: Published): Promise<void> {
  const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
  maskCredentials(creds);
  maskIdentity(config, outcome.identity);
  const planned = planFor(config, outcome, process.env, process.cwd(), false);
  // The directory first, empty: the state names it as made, so that the post step deletes only it.
  const plan = planned.files
    ? { ...planned, files: { ...planned.files, files: madeFor(planned.files.files) } }
    : planned;
  saveState(postStateOf(plan, process.env));
  if (plan.files) writeFiles(config, plan.files, plan.refresh, outcome);
  for (const said of plan.said) info(said);
  exportVariables(plan.env);
  setOutputs(outputsFor(config, creds, outcome.identity));
}

/** The private directory made, or the error that names RUNNER_TEMP. */
function madeFor(files: JobFiles): JobFiles {
  try {
    return makeJobDirectory(files);
  } catch (error) {
    throw error instanceof Error && 'code' in error && !(error instanceof ProfileFileError)
      ? unwritable(files.dir, error)
      : error;
  }
}

/** Placeholder keys: what the plan checks before any request, shaped as STS's. */
const PLACEHOLDER = {
  accessKeyId: 'ASIAPLANNEDBEFOREANY',
  secretAccessKey: 'placeholder-secret-key',
  sessionToken: 'placeholder-session-token',
};

/**
 * Before any request: the files and variables this step would publish, checked against every
 * tool's reading. What fails here (a file the tools read differently, a profile that exists) fails
 * before the token request, with what to change.
 */
export function checkPublishable(
  config: PublishSettings & { readonly hasRole: boolean },
  env: Env,
  cwd: string,
): void {
  const identity: Identity = { account: '000000000000', arn: 'arn:aws:iam::000000000000:root' };
  const outcome: Published = config.hasRole
    ? {
        kind: 'assumed',
        identity,
        credentials: { ...PLACEHOLDER, expiration: new Date(0), assumedRoleArn: identity.arn },
        roleArn: identity.arn,
        tags: { tags: [], droppable: [] },
        chainedFrom: undefined,
        attempts: 0,
        tokensFetched: 0,
        stsEndpoint: undefined,
      }
    : {
        kind: 'keys',
        identity,
        credentials: PLACEHOLDER,
        attempts: 0,
        tokensFetched: 0,
        stsEndpoint: undefined,
      };
  for (const said of deletedJobFiles(env)) warning(said);
  const plan = planFor(config, outcome, env, cwd, true);
  if (plan.files) probeJobFiles(plan.files);
}

/** The state the post step reads: what was exported, and what each variable held before. */
function postStateOf(plan: Plan, env: Env): PostState {
  const before: Record<string, string | null> = {};
  for (const name of Object.keys(plan.env)) {
    const value = Object.hasOwn(env, name) ? env[name] : undefined;
    // An earlier step's keys go into the state: masked first, as the runner may log the state.
    if ((CREDENTIAL_VARIABLES as readonly string[]).includes(name)) mask(value);
    before[name] = value ?? null;
  }
  return { exported: plan.env, before, files: plan.files?.files, refresh: plan.refresh };
}

/** The job's files, and the refresher's beside them; on a failure, the directory goes again. */
function writeFiles(
  config: PublishSettings,
  files: PlannedFiles,
  refresh: RefreshFiles | undefined,
  outcome: Published,
) {
  const { dir, profile, config: path } = files.files;
  try {
    writeJobFiles(files);
    if (refresh && outcome.kind === 'assumed' && profile !== undefined) {
      const chain =
        outcome.chainedFrom === undefined ? undefined : { source: outcome.chainedFrom, tags: outcome.tags };
      const where = { profile, cacheFile: refresh.cacheFile };
      const settings = refreshSettings(config, outcome.roleArn, where, process.env, chain);
      writeRefreshFiles(refresh, settings, outcome.credentials);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    // The role was assumed; what failed is the disk, which the preflight found fine a moment ago.
    throw error instanceof Error && 'code' in error && !(error instanceof ProfileFileError)
      ? unwritable(dir, error)
      : error;
  }
  if (profile === undefined)
    info(`Wrote this job's own AWS config file, ${path}, with an empty [default] profile.`);
  else
    info(
      `Wrote ${refresh ? 'refreshing ' : ''}profile ${profile} to this job's own AWS config file, ${path}.`,
    );
}

/** A named profile's lines: the region and the keys, in a [profile NAME] section of the config file. */
function namedProfileValues(region: string, creds: Credentials): Record<string, string> {
  return {
    region,
    aws_access_key_id: creds.accessKeyId,
    aws_secret_access_key: creds.secretAccessKey,
    ...(creds.sessionToken ? { aws_session_token: creds.sessionToken } : {}),
  };
}

/** What the step means the job to read, and the profile's values, for these settings and outcome. */
function targetOf(config: PublishSettings, outcome: Published) {
  const creds = outcome.kind === 'ambient' ? undefined : outcome.credentials;
  const refreshing = config.refreshCredentials && outcome.kind === 'assumed';
  const keysOut = config.outputEnvCredentials && creds !== undefined && !refreshing;
  const name = refreshing ? (config.profile?.name ?? DEFAULT_REFRESH_PROFILE) : creds && config.profile?.name;
  const target: Target = {
    keys: keysOut
      ? {
          AWS_ACCESS_KEY_ID: creds.accessKeyId,
          AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
          // Keys without a session token must not pair with an earlier step's token.
          AWS_SESSION_TOKEN: creds.sessionToken ?? '',
        }
      : undefined,
    // Never static keys beside a refreshing profile: they would shadow it, and expire.
    clearKeys: config.unsetCurrentCredentials || refreshing,
    profile: name,
    region: config.outputEnvCredentials || refreshing ? config.region : undefined,
    files: {},
  };
  return { target, creds, refreshing };
}

/**
 * The plan; with `check`, read back with every tool's rules (before any request, with placeholder
 * keys: the keys STS returns later differ only in their checked characters, not in what the tools read).
 */
function planFor(config: PublishSettings, outcome: Published, env: Env, cwd: string, check: boolean): Plan {
  const { target, creds, refreshing } = targetOf(config, outcome);
  const dir = privateDirectoryName(env);
  const user = target.profile === undefined ? undefined : userFiles(env, cwd);
  const ofBotocore = user?.files ?? filesOf(botocore, env, cwd);
  const exports = exportsFor(target, env, (name) => botocoreHas(ofBotocore, name));
  const refresh = refreshing ? planRefreshFiles(dir) : undefined;
  let files: PlannedFiles | undefined;
  if (user && target.profile !== undefined && creds) {
    const values = refresh
      ? { region: config.region, credential_process: refresh.credentialProcess }
      : namedProfileValues(config.region, creds);
    const named = config.profile !== undefined;
    const section = { name: target.profile, named, overwrite: config.profile?.overwrite ?? false, values };
    files = planJobFiles(user, section, dir, refresh ? [refresh.cacheFile] : []);
  } else if (exports.emptyDefault) {
    files = planJobFiles(
      { paths: { config: undefined, credentials: undefined }, files: ofBotocore },
      'empty-default',
      dir,
    );
  }
  const planned = { ...exports.env, ...files?.variables };
  if (check && creds && (target.keys || target.profile !== undefined))
    checkReading({ ...env, ...planned }, files, cwd, expectedOf(creds, refresh));
  return { env: planned, files, refresh, said: exports.said };
}

function expectedOf(creds: Credentials, refresh: RefreshFiles | undefined): Expected {
  return refresh ? { command: refresh.credentialProcess } : { accessKeyId: creds.accessKeyId };
}

function botocoreHas(files: Files, name: string): boolean {
  return KINDS.some((kind) => botocore.profiles(kind, files[kind]).profiles.has(name));
}

/**
 * Every tool must read the credentials this step publishes, from the variables and files as they
 * will be. Where one would not, the step fails before any request, naming what to change.
 */
function checkReading(after: Env, files: PlannedFiles | undefined, cwd: string, expected: Expected) {
  const planned = (path: string, kind: Kind): Seen | undefined => {
    // The config copy is read as its stand-in: the same answers, without reading the user's text twice.
    const a = files?.appended;
    if (a?.path === path) return { text: standIn(kind, a.base, a.section), utf8: true };
    const text = files?.texts[path];
    return text === undefined ? undefined : { text, utf8: true };
  };
  const misread = misreadings(
    after,
    (tool) => filesOf(tool, after, cwd, (p, kind) => planned(p, kind) ?? readSeen(p, kind)),
    expected,
  );
  if (misread.length === 0) return;
  const where = KINDS.map((kind) => {
    const w = botocore.where(kind, after, cwd);
    return `its ${kind} file is ${'path' in w ? w.path : 'none'}`;
  });
  throw new ProfileFileError(
    `After this step, ${misread.join('; and ')} (for the AWS CLI, ${where.join(' and ')}). ` +
      `The step stopped before any request. Change what is named (a variable of the job's env, or a section or line of that file; ${Object.values(FILE_VARIABLE).join(' or ')} may point at another file), then run the job again.`,
  );
}

function outputsFor(
  config: Pick<DestinationSettings, 'outputCredentials'>,
  creds: Credentials | undefined,
  identity: Identity,
): Record<string, string> {
  return {
    'aws-account-id': identity.account,
    'authenticated-arn': identity.arn,
    ...(creds?.expiration ? { 'aws-expiration': creds.expiration.toISOString() } : {}),
    ...(config.outputCredentials && creds
      ? {
          'aws-access-key-id': creds.accessKeyId,
          'aws-secret-access-key': creds.secretAccessKey,
          ...(creds.sessionToken ? { 'aws-session-token': creds.sessionToken } : {}),
        }
      : {}),
  };
}

/** use-existing-credentials found valid ones: only say who they are. */
export function publishExisting(
  config: Pick<DestinationSettings, 'maskAccountId'>,
  identity: Identity,
): void {
  maskIdentity(config, identity);
  setOutputs({ 'aws-account-id': identity.account, 'authenticated-arn': identity.arn });
}
