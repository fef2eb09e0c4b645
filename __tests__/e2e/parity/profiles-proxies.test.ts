// Drop-in parity with configure-aws-credentials, end to end: named profiles, proxies, and
// impossible combinations of inputs.

import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { leftIn } from '../../../test-support/assertions.ts';
import {
  expectFailed,
  expectOk,
  home,
  issuedEnv,
  oidc,
  parityServers,
  ROLE,
  run,
  sts,
  USER,
  USER_KEYS,
} from '../../../test-support/parity.ts';
import { expectMode, posixTest } from '../../../test-support/platform.ts';
import { type ProxyServer, startProxyServer } from '../../../test-support/proxy-server.ts';
import { leaks, runPost } from '../../../test-support/runner.ts';

parityServers();

describe('named profiles', () => {
  const credentialsFile = () => join(home, '.aws', 'credentials');
  const configFile = () => join(home, '.aws', 'config');
  const OTHER = '# keep me\n[other]\naws_access_key_id = AKIAOTHER\naws_secret_access_key = other\n';

  test("written to the job's own config file, 0600 in a 0700 directory, read back by the SDK (fromIni), deleted by the post step; ~/.aws only read", async () => {
    mkdirSync(join(home, '.aws'), { mode: 0o755 });
    writeFileSync(credentialsFile(), OTHER, { mode: 0o644 });
    const temp = join(home, 'runner-temp');
    mkdirSync(temp);
    const r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' }, { env: { RUNNER_TEMP: temp } });
    expectOk(r);
    // Static keys would shadow the profile: not exported unless asked.
    expect(r.env).toEqual({
      AWS_CONFIG_FILE: expect.stringMatching(/aws-oidc-credentials-[0-9a-f]{16}\/config$/),
      AWS_PROFILE: 'deploy',
    });
    const config = r.env.AWS_CONFIG_FILE as string;
    expectMode(config, 0o600);
    expectMode(dirname(config), 0o700);
    const [issued] = sts.issued;
    expect(readFileSync(config, 'utf8')).toBe(
      `[profile deploy]\nregion = us-east-1\naws_access_key_id = ${issued?.accessKeyId}\n` +
        `aws_secret_access_key = ${issued?.secretAccessKey}\naws_session_token = ${issued?.sessionToken}\n`,
    );
    // ~/.aws is the user's: read, not written, not chmod'ed.
    expectMode(join(home, '.aws'), 0o755);
    expectMode(credentialsFile(), 0o644);
    expect(() => statSync(configFile())).toThrow();

    // The real SDK credential chain reads the profile back; STS says who it is.
    const client = new STSClient({
      region: 'us-east-1',
      endpoint: sts.url,
      credentials: fromIni({
        profile: 'deploy',
        filepath: credentialsFile(),
        configFilepath: config,
        ignoreCache: true,
      }),
    });
    const who = await client.send(new GetCallerIdentityCommand({}));
    client.destroy();
    expect(who.Arn).toBe('arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions');
    expect(sts.calls.at(-1)?.caller).toBe(sts.issued[0]?.accessKeyId);

    const post = await runPost(r, { env: { HOME: home, RUNNER_TEMP: temp, ...r.env } });
    expect(post.code).toBe(0);
    // Before the step neither profile variable was set, and no file had a default profile. GITHUB_ENV
    // cannot unset AWS_PROFILE, and botocore reads AWS_PROFILE="" as a profile named "" that has to
    // exist: so AWS_DEFAULT_PROFILE=default, which botocore reads first, with a config file of the
    // job's that has an empty [default] and no key.
    expect(post.env).toEqual({
      AWS_PROFILE: '',
      AWS_DEFAULT_PROFILE: 'default',
      AWS_CONFIG_FILE: expect.stringMatching(/aws-oidc-credentials-[0-9a-f]{16}\/config$/),
    });
    expect(readFileSync(post.env.AWS_CONFIG_FILE as string, 'utf8')).toBe('[default]\n');
    expect(readFileSync(credentialsFile(), 'utf8')).toBe(OTHER);
    expect(() => statSync(dirname(config))).toThrow();
    expect(() => statSync(configFile())).toThrow(); // it did not exist before, and still does not
  });

  test('an existing profile fails before any request, unless overwrite-aws-profile', async () => {
    mkdirSync(join(home, '.aws'));
    writeFileSync(credentialsFile(), '[deploy]\naws_access_key_id = AKIAOLD\n');
    let r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
    expectFailed(
      r,
      /already has "\[deploy\]", which the AWS tools read as that profile\. Set overwrite-aws-profile: true/,
    );
    expect(oidc.requests).toHaveLength(0);
    const temp = join(home, 'runner-temp');
    mkdirSync(temp);
    r = await run(
      { 'role-to-assume': ROLE, 'aws-profile': 'deploy', 'overwrite-aws-profile': 'true' },
      { env: { RUNNER_TEMP: temp } },
    );
    expectOk(r);
    expect(readFileSync(r.env.AWS_SHARED_CREDENTIALS_FILE as string, 'utf8')).not.toContain('AKIAOLD');
    expect(readFileSync(credentialsFile(), 'utf8')).toContain('AKIAOLD');
  });

  test('output-env-credentials: true exports the keys too', async () => {
    const r = await run({
      'role-to-assume': ROLE,
      'aws-profile': 'deploy',
      'output-env-credentials': 'true',
    });
    expectOk(r);
    expect(r.env).toEqual({ ...issuedEnv(), AWS_CONFIG_FILE: expect.any(String), AWS_PROFILE: 'deploy' });
  });

  // macOS runners: /var is a link to /private/var, and a self-hosted HOME may be a link too.
  posixTest(
    'links higher up the path are followed: a HOME and RUNNER_TEMP under a linked directory, a HOME that is a link',
    async () => {
      const real = join(home, 'private-var');
      mkdirSync(join(real, 'home'), { recursive: true });
      mkdirSync(join(real, 'temp'));
      symlinkSync(real, join(home, 'var'));
      symlinkSync(join(real, 'home'), join(home, 'linked-home'));
      for (const linkedHome of [join(home, 'var', 'home'), join(home, 'linked-home')]) {
        for (const inputs of [{ 'aws-profile': 'deploy' }, { 'refresh-credentials': 'true' }] as Record<
          string,
          string
        >[]) {
          const r = await run(
            { 'role-to-assume': ROLE, 'overwrite-aws-profile': 'true', ...inputs },
            { env: { HOME: linkedHome, RUNNER_TEMP: join(home, 'var', 'temp') } },
          );
          expectOk(r);
          expect(readFileSync(r.env.AWS_CONFIG_FILE as string, 'utf8')).toMatch(
            /\[profile (deploy|aws-oidc-refresh)\]/,
          );
          expect((await runPost(r, { env: { HOME: linkedHome, ...r.env } })).code).toBe(0);
          expect(leftIn(join(real, 'temp'))).toEqual([]);
        }
      }
    },
  );

  // Every AWS tool opens the file a link names (botocore: os.path.isfile and open; the JS SDK:
  // readFile), so the step reads it too, and writes nothing through it.
  posixTest(
    'a symlinked credentials file is read through, as the tools read it; nothing is written through it',
    async () => {
      mkdirSync(join(home, '.aws'));
      const target = join(home, 'elsewhere');
      writeFileSync(target, '[deploy]\naws_access_key_id = AKIALINKED\n');
      symlinkSync(target, credentialsFile());
      const r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
      expectFailed(r, /elsewhere|credentials already has "\[deploy\]"/);
      expect(oidc.requests).toHaveLength(0);
      expect(readFileSync(target, 'utf8')).toBe('[deploy]\naws_access_key_id = AKIALINKED\n');
    },
  );

  posixTest('a ~/.aws that is a symlink is read through, and nothing is written through it', async () => {
    const real = join(home, 'elsewhere-aws');
    mkdirSync(real);
    writeFileSync(join(real, 'credentials'), '[other]\n');
    symlinkSync(real, join(home, '.aws'));
    const r = await run({ 'role-to-assume': ROLE, 'aws-profile': 'deploy' });
    expectOk(r);
    expect(readdirSync(real)).toEqual(['credentials']);
    expect(readFileSync(join(real, 'credentials'), 'utf8')).toBe('[other]\n');
  });
});

describe('proxies', () => {
  let proxy: ProxyServer;
  beforeEach(async () => {
    proxy = await startProxyServer();
  });
  afterEach(async () => {
    await proxy.close();
  });

  // *.test hosts resolve only inside the proxy, so reaching them proves the traffic went through it.
  const viaNames = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl.replace('127.0.0.1', 'oidc.test'),
  });
  const stsPort = () => new URL(sts.url).port;

  test('http-proxy carries both the token request and STS (CONNECT)', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'http-proxy': proxy.url, 'sts-endpoint': `http://sts.test:${stsPort()}` },
      { env: viaNames() },
    );
    expectOk(r);
    expect(proxy.seen).toEqual(
      expect.arrayContaining([
        `CONNECT oidc.test:${new URL(oidc.url).port}`,
        `CONNECT sts.test:${stsPort()}`,
      ]),
    );
  });

  test('HTTPS_PROXY wins over HTTP_PROXY', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'sts-endpoint': `http://sts.test:${stsPort()}` },
      { env: { ...viaNames(), HTTPS_PROXY: proxy.url, HTTP_PROXY: 'http://127.0.0.1:9' } },
    );
    expectOk(r);
    expect(proxy.seen).toContain(`CONNECT sts.test:${stsPort()}`);
  });

  test('no-proxy hosts bypass it', async () => {
    const r = await run(
      { 'role-to-assume': ROLE, 'http-proxy': proxy.url, 'no-proxy': '127.0.0.1', 'sts-endpoint': sts.url },
      { env: viaNames() },
    );
    expectOk(r);
    expect(proxy.seen).toEqual([`CONNECT oidc.test:${new URL(oidc.url).port}`]);
    expect(sts.calls).toHaveLength(1);
  });

  // A proxy on another machine would dial its own loopback: 127.0.0.1 always goes direct, as
  // @actions/http-client and Go's net/http decide too.
  test('loopback never goes through it: STS and the token endpoint on 127.0.0.1 go direct', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'http-proxy': proxy.url, 'sts-endpoint': sts.url });
    expectOk(r);
    expect(proxy.seen).toEqual([]);
    expect(sts.calls).toHaveLength(1);
  });

  test('a proxy password is masked', async () => {
    const url = proxy.url.replace('http://', 'http://user:pr0xy-pa55@');
    const r = await run({ 'role-to-assume': ROLE, 'http-proxy': url });
    expectOk(r);
    expect(r.masks).toContain('pr0xy-pa55');
  });

  // The password goes out decoded (in Proxy-Authorization), so that form is a secret too.
  test('a %-escaped proxy password is masked as written and as decoded', async () => {
    const url = proxy.url.replace('http://', 'http://user:pr0xy%40pa55%2F@');
    const r = await run({ 'role-to-assume': ROLE, 'http-proxy': url });
    expectOk(r);
    expect(r.masks).toEqual(expect.arrayContaining(['pr0xy%40pa55%2F', 'pr0xy@pa55/']));
    expect(leaks(r, ['pr0xy%40pa55%2F', 'pr0xy@pa55/'])).toEqual([]);
  });
});

describe('impossible combinations and bad values: one clear error, no request, nothing exported', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    [
      'secret without key ID',
      { 'aws-secret-access-key': 'x' },
      /^Input 'aws-access-key-id' is empty, but aws-secret-access-key is set/,
    ],
    [
      'key ID without secret',
      { 'aws-access-key-id': USER.accessKeyId },
      /^Input 'aws-secret-access-key' is empty, but aws-access-key-id is set/,
    ],
    [
      'keys and role-chaining',
      { ...USER_KEYS, 'role-to-assume': ROLE, 'role-chaining': 'true' },
      /are both set/,
    ],
    [
      'token file and keys',
      { ...USER_KEYS, 'role-to-assume': ROLE, 'web-identity-token-file': 't' },
      /aws-access-key-id and web-identity-token-file are both set/,
    ],
    [
      'token file without role',
      { 'web-identity-token-file': 't' },
      /'web-identity-token-file' needs role-to-assume/,
    ],
    ['chaining without role', { 'role-chaining': 'true' }, /'role-chaining' needs role-to-assume/],
    [
      'chaining and unset',
      { 'role-to-assume': ROLE, 'role-chaining': 'true', 'unset-current-credentials': 'true' },
      /role-chaining and unset-current-credentials are both true/,
    ],
    [
      'chaining over an hour',
      { 'role-to-assume': ROLE, 'role-chaining': 'true', 'role-duration-seconds': '7200' },
      /role chaining caps a session at 3600 seconds/,
    ],
    [
      'workaround without retries',
      { 'role-to-assume': ROLE, 'special-characters-workaround': 'true', 'disable-retry': 'true' },
      /special-characters-workaround and disable-retry are both true/,
    ],
    [
      'custom-tags not JSON',
      { ...USER_KEYS, 'custom-tags': '{Team: platform}' },
      /'custom-tags' is .*: not JSON/,
    ],
    [
      'custom-tags protected key',
      { ...USER_KEYS, 'custom-tags': '{"Repository": "x"}' },
      /the key "Repository" is one this action sets itself/,
    ],
    [
      'skip tagging with custom tags',
      { ...USER_KEYS, 'role-skip-session-tagging': 'true', 'custom-tags': '{"Team": "x"}' },
      /so no session tags are sent, but custom-tags is set/,
    ],
    [
      'transitive key not sent',
      { ...USER_KEYS, 'transitive-tag-keys': 'Nope' },
      /it is not the key of a session tag/,
    ],
    ['inline policy not JSON', { 'role-to-assume': ROLE, 'inline-session-policy': 'Allow *' }, /not JSON/],
    [
      'managed policy not an ARN',
      { 'role-to-assume': ROLE, 'managed-session-policies': 'ReadOnlyAccess' },
      /'managed-session-policies' is "ReadOnlyAccess": not an IAM policy ARN/,
    ],
    [
      'allowed account not 12 digits',
      { 'role-to-assume': ROLE, 'allowed-account-ids': '1234' },
      /'allowed-account-ids' is "1234": not a 12-digit AWS account ID/,
    ],
    [
      'profile name with a space',
      { 'role-to-assume': ROLE, 'aws-profile': 'my profile' },
      /'aws-profile' is "my profile"/,
    ],
    ['profile without credentials', { 'aws-profile': 'p' }, /'aws-profile' needs credentials to write/],
    [
      'proxy not a URL',
      { 'role-to-assume': ROLE, 'http-proxy': 'proxy:3128' },
      /'http-proxy' is "proxy:3128": not an http\(s\) URL/,
    ],
    [
      'external ID with a space',
      { ...USER_KEYS, 'role-to-assume': ROLE, 'role-external-id': 'a b' },
      /'role-external-id'/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const r = await run(inputs);
    expectFailed(r, message);
    expect(oidc.requests).toHaveLength(0);
    expect(sts.calls).toHaveLength(0);
    // The secret inputs of the row, masked before anything (the leak checker), however the row fails.
    const given = [inputs['aws-secret-access-key'], inputs['aws-session-token']].filter(
      (s) => s !== undefined,
    );
    for (const secret of given) expect(r.masks).toContain(secret);
    expect(leaks(r, [...given, USER.secretAccessKey])).toEqual([]);
  });
});
