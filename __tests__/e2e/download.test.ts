// The action as a user's runner gets it: the repository's archive, with everything export-ignore
// leaves out gone (tests, scripts, docs, source maps). The main step, a later step's refresher and
// the post step all run from the extracted archive.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { extractedArchive } from '../../test-support/archive.ts';
import { leftIn } from '../../test-support/assertions.ts';
import { type OidcServer, startOidcServer } from '../../test-support/oidc-server.ts';
import { ROOT, runAction, runPost } from '../../test-support/runner.ts';
import { type StsServer, startStsServer } from '../../test-support/sts-server.ts';

let dir: string;
let oidc: OidcServer;
let sts: StsServer;
beforeAll(async () => {
  dir = extractedArchive();
  oidc = await startOidcServer();
  sts = await startStsServer({ jwks: oidc.jwks });
});
afterAll(async () => {
  await Promise.all([oidc.close(), sts.close()]);
  rmSync(dir, { recursive: true, force: true });
});

test('the download holds no tests, scripts, docs or source maps', () => {
  expect(readdirSync(dir).sort()).toEqual(['LICENSE', 'README.md', 'action.yml', 'dist']);
  const maps = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.map'));
  expect(maps).toEqual([]);
});

test('main step, a refreshing profile used by a later step, and the post step, all from the download', async () => {
  const home = mkdtempSync(join(tmpdir(), 'home-'));
  const env = { ...oidc.env(), HOME: home, RUNNER_TEMP: home, AWS_ENDPOINT_URL_STS: sts.url };
  try {
    const main = await runAction({
      script: join(dir, 'dist', 'index.js'),
      inputs: {
        'aws-region': 'us-east-1',
        'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
        'refresh-credentials': 'true',
      },
      env,
    });
    expect([main.code, main.errors]).toEqual([0, []]);
    // A later step: the JS SDK's default chain runs the profile's credential_process, which names
    // the refresher inside the download.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'test-support', 'resolve-credentials.ts'), '1'],
      { env: { PATH: process.env.PATH, ...env, ...main.env, AWS_EC2_METADATA_DISABLED: 'true' } },
    );
    const config = readFileSync(main.env.AWS_CONFIG_FILE ?? '', 'utf8');
    expect(config).toContain(join(dir, 'dist', 'refresh', 'index.js'));
    expect(stdout).toMatch(/"arn":"arn:aws:sts::123456789012:assumed-role\/deploy\//);
    const post = await runPost(main, { script: join(dir, 'dist', 'cleanup', 'index.js'), env });
    expect([post.code, post.warnings]).toEqual([0, []]);
    expect(leftIn(home).filter((f) => f.startsWith('aws-oidc-credentials-'))).toEqual([]);
    expect(existsSync(join(home, '.aws'))).toBe(false);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
