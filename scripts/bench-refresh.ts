// What refresh-credentials costs a later step: the same call with static keys in the environment,
// and with the refreshing profile (its credentials served from the cache), in separate processes,
// interleaved. The AWS SDK for JavaScript, and the AWS CLI when there is one.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startOidcServer } from '../test-support/oidc-server.ts';
import { ROOT, runAction } from '../test-support/runner.ts';
import { startStsServer } from '../test-support/sts-server.ts';

const RESOLVER = join(ROOT, 'test-support', 'resolve-credentials.ts');
const AWS_CLI = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : 'aws';
const KEYS = {
  accessKeyId: 'AKIABENCHKEY00000001',
  secretAccessKey: 'bench/secret+key/00000000000000000000000',
  arn: 'arn:aws:iam::111111111111:user/bench',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function refreshCost(runs: number): Promise<void> {
  const oidc = await startOidcServer();
  const sts = await startStsServer({ jwks: oidc.jwks, principals: [KEYS] });
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  const temp = mkdtempSync(join(tmpdir(), 'bench-temp-'));
  const base = {
    HOME: home,
    RUNNER_TEMP: temp,
    AWS_ENDPOINT_URL_STS: sts.url,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
  };
  try {
    const main = await runAction({
      inputs: {
        'aws-region': 'us-east-1',
        'role-to-assume': 'arn:aws:iam::123456789012:role/bench',
        'refresh-credentials': 'true',
      },
      env: { ...oidc.env(), ...base },
    });
    if (main.code !== 0) throw new Error(`refresh main step failed: ${main.errors.join('; ')}`);
    const staticEnv = {
      ...base,
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    };
    const profileEnv = { ...oidc.env(), ...base, ...main.env };
    const js = (env: Record<string, string>) => async () => {
      const r = await runAction({ args: [RESOLVER, '1'], env });
      if (r.code !== 0) throw new Error(r.stderr);
      return r.durationMs;
    };
    const cli = (env: Record<string, string>) => async () => {
      const started = performance.now();
      await promisify(execFile)(AWS_CLI, ['sts', 'get-caller-identity', '--endpoint-url', sts.url], {
        env: { PATH: process.env.PATH ?? '', AWS_EC2_METADATA_DISABLED: 'true', ...env },
      });
      return performance.now() - started;
    };
    const pairs: [string, () => Promise<number>, () => Promise<number>][] = [
      ['AWS SDK for JavaScript', js(staticEnv), js(profileEnv)],
    ];
    const hasCli = await promisify(execFile)(AWS_CLI, ['--version']).then(
      () => true,
      () => false,
    );
    if (hasCli) pairs.push(['AWS CLI', cli(staticEnv), cli(profileEnv)]);
    const exchangesBefore = sts.calls.filter((c) => c.action === 'AssumeRoleWithWebIdentity').length;
    console.log(
      `\nrefresh-credentials, a later step's call: static keys vs the refreshing profile (cached); ${runs} runs each, interleaved`,
    );
    console.log(
      `${'client'.padEnd(26)}${'static keys'.padStart(13)}${'profile'.padStart(10)}${'added'.padStart(10)}${'limit'.padStart(8)}`,
    );
    for (const [name, keys, profile] of pairs) {
      await keys();
      await profile();
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < runs; i++) {
        a.push(await keys());
        b.push(await profile());
      }
      const added = median(b) - median(a);
      const cell = (x: number) => `${x.toFixed(0)} ms`.padStart(10);
      console.log(
        `${name.padEnd(26)}${cell(median(a)).padStart(13)}${cell(median(b))}${cell(added)}${'60 ms'.padStart(8)}  ${added <= 60 ? 'met' : 'MISSED'}`,
      );
    }
    const minted = sts.calls.filter((c) => c.action === 'AssumeRoleWithWebIdentity').length - exchangesBefore;
    console.log(
      `new sessions minted by all those calls: ${minted}; token requests in all: ${oidc.requests.length}`,
    );
  } finally {
    await Promise.all([oidc.close(), sts.close()]);
    rmSync(home, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}
