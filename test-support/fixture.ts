// One step's world for an end-to-end file: a GitHub OIDC token endpoint, an STS that trusts its
// keys, and a HOME and a RUNNER_TEMP of the test's own, made before each test and removed after.
// A file calls useStep() once at its top level and reads the servers through what it returns
// (they are new for every test); run() is the built action with that environment.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from '@jest/globals';
import { type OidcServer, type OidcServerOptions, startOidcServer } from './oidc-server.ts';
import { type RunOptions, type RunResult, runAction } from './runner.ts';
import { type StsServer, type StsServerOptions, startStsServer } from './sts-server.ts';

interface Setup {
  readonly oidc?: OidcServerOptions;
  readonly sts?: StsServerOptions;
  /** The inputs every run has unless it says otherwise. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** More of every step's environment (GITHUB_REF, ...). */
  readonly env?: Readonly<Record<string, string>>;
  /** Make HOME/.aws, empty. */
  readonly awsDirectory?: boolean;
}

export interface StepFixture {
  readonly oidc: OidcServer;
  readonly sts: StsServer;
  readonly home: string;
  /** RUNNER_TEMP; a test may point it at a directory it made inside (removed with the first). */
  temp: string;
  /** The environment a step gets: the token endpoint, HOME, RUNNER_TEMP, the local STS. */
  env(extra?: RunOptions['env']): NonNullable<RunOptions['env']>;
  /** The built action with the fixture's inputs and environment, and the run's own. */
  run(inputs?: Record<string, string>, options?: RunOptions): Promise<RunResult>;
  /** The token endpoint again, with other options; STS then trusts its new keys. */
  restartOidc(options: OidcServerOptions): Promise<void>;
  /** STS again, with other options, trusting the token endpoint. */
  restartSts(options?: StsServerOptions): Promise<void>;
  /** Every secret the servers issued, for leak checks. */
  secrets(): string[];
}

/** The fixture, with the defaults of `setup`; its servers and directories are new for every test. */
export function useStep(setup: Setup = {}): StepFixture {
  let oidc: OidcServer;
  let sts: StsServer;
  let home: string;
  let temp: string;
  let made: string[] = [];
  beforeEach(async () => {
    oidc = await startOidcServer(setup.oidc);
    sts = await startStsServer({ jwks: oidc.jwks, ...setup.sts });
    home = mkdtempSync(join(tmpdir(), 'home-'));
    temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    made = [home, temp];
    if (setup.awsDirectory) mkdirSync(join(home, '.aws'));
  });
  afterEach(async () => {
    await Promise.all([oidc.close(), sts.close()]);
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const env = (extra: RunOptions['env'] = {}) => ({
    ...oidc.env(),
    HOME: home,
    RUNNER_TEMP: temp,
    AWS_ENDPOINT_URL_STS: sts.url,
    ...setup.env,
    ...extra,
  });
  return {
    get oidc() {
      return oidc;
    },
    get sts() {
      return sts;
    },
    get home() {
      return home;
    },
    get temp() {
      return temp;
    },
    set temp(dir: string) {
      temp = dir;
    },
    env,
    run: (inputs = {}, options = {}) =>
      runAction({ ...options, inputs: { ...setup.inputs, ...inputs }, env: env(options.env) }),
    async restartOidc(options) {
      await oidc.close();
      oidc = await startOidcServer(options);
    },
    async restartSts(options = {}) {
      await sts.close();
      sts = await startStsServer({ jwks: oidc.jwks, ...options });
    },
    secrets: () => [
      ...sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
      ...oidc.issued,
      oidc.requestToken,
    ],
  };
}
