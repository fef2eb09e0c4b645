// The job's own AWS files, in real files: a copy of what every tool reads with the profile in it,
// sections any tool reads as the profile taken out, the user's files only read, and later edits
// named.

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { ProfileExistsError, ProfileFileError } from '../../../src/errors.js';
import {
  checkNameable,
  type PlannedFiles,
  planJobFiles,
  probeJobFiles,
  removeJobFiles,
  unwritable,
  writeJobFiles,
} from '../../../src/job/profile.js';
import { userFiles } from '../../../src/job/seen.js';
import { posixTest } from '../../../test-support/platform.ts';

let home: string;
let temp: string;
const KEYS = { region: 'eu-west-1', aws_access_key_id: 'ASIANEW', aws_secret_access_key: 'new-secret' };
const USER_CONFIG = '[default]\nregion = us-east-1\n\n[profile other]\nregion = ap-south-1\n';
const USER_CREDENTIALS = '[default]\naws_access_key_id = AKIAUSER\n\n[ci]\naws_access_key_id = AKIAMINE\n';
const read = (path: string) => readFileSync(path, 'utf8');
const userConfig = () => join(home, '.aws', 'config');
const userCredentials = () => join(home, '.aws', 'credentials');
const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ HOME: home, ...extra });
const plan = (e: NodeJS.ProcessEnv, name = 'ci', overwrite = false): PlannedFiles =>
  planJobFiles(
    userFiles(e, home),
    { name, named: true, overwrite, values: KEYS },
    join(temp, `job-${Math.random().toString(16).slice(2)}`),
  );
/** What a user's file is: bytes, inode, mtime, mode, owner. */
const identity = (path: string) => {
  const s = statSync(path);
  return { text: read(path), ino: s.ino, mtime: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid };
};

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'home-'));
  temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  mkdirSync(join(home, '.aws'));
  writeFileSync(userConfig(), USER_CONFIG, { mode: 0o600 });
  writeFileSync(userCredentials(), USER_CREDENTIALS.replace('[ci]', '[mine]'), { mode: 0o600 });
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

describe('the copy', () => {
  test("the user's config with the profile in it; the user's files untouched; no credentials file of ours", () => {
    const before = [identity(userConfig()), identity(userCredentials())];
    const planned = plan(env());
    writeJobFiles(planned);
    const { config } = planned.files;
    expect(read(config)).toBe(
      `${USER_CONFIG}\n[profile ci]\nregion = eu-west-1\naws_access_key_id = ASIANEW\naws_secret_access_key = new-secret\n`,
    );
    expect(planned.variables).toEqual({ AWS_CONFIG_FILE: config });
    expect([identity(userConfig()), identity(userCredentials())]).toEqual(before);
  });

  posixTest('the directory is 0700 and every file in it 0600', () => {
    writeFileSync(userCredentials(), USER_CREDENTIALS);
    const planned = plan(env(), 'ci', true);
    writeJobFiles(planned);
    expect(statSync(planned.files.dir).mode & 0o777).toBe(0o700);
    for (const path of [...planned.files.secrets, planned.files.digests])
      expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test('no ~/.aws at all: the copy holds only the profile, and ~/.aws is not made', () => {
    rmSync(join(home, '.aws'), { recursive: true });
    const planned = plan(env());
    writeJobFiles(planned);
    expect(read(planned.files.config)).toBe(
      '[profile ci]\nregion = eu-west-1\naws_access_key_id = ASIANEW\naws_secret_access_key = new-secret\n',
    );
    expect(existsSync(join(home, '.aws'))).toBe(false);
  });

  test('AWS_CONFIG_FILE names the file the tools read: that one is copied, ~ and $VAR as both tools expand them', () => {
    const custom = join(home, 'custom-config');
    writeFileSync(custom, '[profile custom]\nregion = sa-east-1\n');
    for (const value of [custom, '~/custom-config']) {
      const planned = plan(env({ AWS_CONFIG_FILE: value }));
      expect(planned.texts[planned.files.config]).toMatch(
        /^\[profile custom\]\nregion = sa-east-1\n\n\[profile ci\]/,
      );
    }
    // botocore expands $HOME, the JS SDK opens "$HOME/custom-config" as written: no one file to copy.
    expect(() => plan(env({ AWS_CONFIG_FILE: '$HOME/custom-config' }))).toThrow(
      /AWS_CONFIG_FILE is "\$HOME\/custom-config": the AWS CLI and boto3 \(botocore\) reads .*custom-config, and the AWS SDK for JavaScript reads .*\$HOME\/custom-config/,
    );
  });

  test('AWS_CONFIG_FILE="": botocore reads no config file, the JS SDK ~/.aws/config; the same when that is missing', () => {
    expect(() => plan(env({ AWS_CONFIG_FILE: '' }))).toThrow(/AWS_CONFIG_FILE is "": .*reads no file, and/);
    rmSync(userConfig());
    expect(plan(env({ AWS_CONFIG_FILE: '' })).texts).toBeDefined();
  });

  test('a section of the name in the credentials file would win: with overwrite, a copy without it, pointed at', () => {
    writeFileSync(userCredentials(), USER_CREDENTIALS);
    expect(() => plan(env())).toThrow(ProfileExistsError);
    const planned = plan(env(), 'ci', true);
    writeJobFiles(planned);
    const credentials = planned.variables.AWS_SHARED_CREDENTIALS_FILE as string;
    expect(read(credentials)).toBe('[default]\naws_access_key_id = AKIAUSER\n\n');
    expect(planned.variables).toEqual({
      AWS_CONFIG_FILE: planned.files.config,
      AWS_SHARED_CREDENTIALS_FILE: credentials,
    });
    expect(read(userCredentials())).toBe(USER_CREDENTIALS);
  });

  test("overwrite replaces the user's section in the copy only; without it, the clash names the file, the header and the fix", () => {
    writeFileSync(userConfig(), '[profile ci]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = other\n');
    expect(() => plan(env())).toThrow(
      `${userConfig()} already has "[profile ci]", which the AWS tools read as that profile. Set overwrite-aws-profile: true`,
    );
    const planned = plan(env(), 'ci', true);
    expect(planned.texts[planned.files.config]).not.toContain('role_arn');
  });

  test.each([
    ['[profile "ci"]', 'both tools'],
    ["[profile 'ci']", 'both tools'],
    ['[profile  ci ]', 'botocore (shlex)'],
    ['[profile.ci]', 'the JS SDK'],
    ['[profiles ci]', 'botocore (any first word)'],
  ])('%s is profile ci for %s: a clash, and taken out with overwrite', (header) => {
    writeFileSync(userConfig(), `${USER_CONFIG}${header}\nrole_arn = arn:aws:iam::1:role/x\n`);
    expect(() => plan(env())).toThrow(ProfileExistsError);
    const planned = plan(env(), 'ci', true);
    expect(planned.texts[planned.files.config]).toBe(
      `${USER_CONFIG}\n[profile ci]\nregion = eu-west-1\naws_access_key_id = ASIANEW\naws_secret_access_key = new-secret\n`,
    );
  });

  test.each(['[ profile ci ]', '[profileci]', '# [profile ci]', '[profile ci', 'k = [profile ci]'])(
    '%s is no tool’s profile ci: no clash',
    (line) => {
      writeFileSync(userConfig(), `${USER_CONFIG}${line}\n`);
      expect(() => plan(env())).not.toThrow();
    },
  );

  test('the default profile is [default] and [profile default]', () => {
    expect(() => plan(env(), 'default')).toThrow(/already has "\[default\]"/);
    writeFileSync(userConfig(), '[profile default]\nregion = a\n');
    writeFileSync(userCredentials(), '');
    expect(() => plan(env(), 'default')).toThrow(/already has "\[profile default\]"/);
    const planned = plan(env(), 'default', true);
    expect(planned.texts[planned.files.config]).toMatch(/^\n?\[default\]\n/);
  });

  test('a profile in the file twice (botocore refuses such a file) is taken out, both times, with overwrite', () => {
    writeFileSync(
      userConfig(),
      '[profile ci]\nregion = a\n[profile other]\nregion = b\n[profile  ci ]\nregion = c\n',
    );
    expect(() => plan(env())).toThrow(/already has "\[profile ci\]" and "\[profile {2}ci \]"/);
    const planned = plan(env(), 'ci', true);
    expect(planned.texts[planned.files.config]).toMatch(/^\[profile other\]\nregion = b\n\n\[profile ci\]\n/);
  });

  test('profile names are case-sensitive, as both tools read them', () => {
    writeFileSync(userConfig(), '[profile CI]\nregion = a\n');
    expect(() => plan(env())).not.toThrow();
    expect(() => plan(env(), 'CI')).toThrow(ProfileExistsError);
  });

  posixTest(
    'a symlink is read through, as the tools read it; a FIFO is refused, naming the variable that fixes it',
    () => {
      writeFileSync(join(home, 'real'), '[profile linked]\nregion = a\n');
      rmSync(userConfig());
      symlinkSync(join(home, 'real'), userConfig());
      expect(plan(env()).texts[join(temp, 'x')]).toBeUndefined();
      expect(Object.values(plan(env()).texts)[0]).toMatch(/^\[profile linked\]/);
      rmSync(userCredentials());
      execFileSync('mkfifo', [userCredentials()]);
      expect(() => plan(env())).toThrow(ProfileFileError);
      expect(() => plan(env())).toThrow(/FIFO.*point AWS_SHARED_CREDENTIALS_FILE at one/);
    },
  );

  posixTest('/dev/null and a directory are no file, for every tool', () => {
    for (const value of ['/dev/null', home]) {
      const planned = plan(env({ AWS_CONFIG_FILE: value }));
      expect(Object.values(planned.texts)[0]).toMatch(/^\[profile ci\]/);
    }
  });

  test('a second use starts from the first use’s copy', () => {
    const first = plan(env());
    writeJobFiles(first);
    const second = plan(env({ AWS_CONFIG_FILE: first.files.config }), 'next');
    writeJobFiles(second);
    expect(read(second.files.config)).toMatch(
      /\[profile other\][\s\S]*\[profile ci\][\s\S]*\[profile next\]/,
    );
    expect(() => plan(env({ AWS_CONFIG_FILE: first.files.config }), 'ci')).toThrow(ProfileExistsError);
  });
});

describe('the post step', () => {
  test('deletes the directory; the user files as they were', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    expect(await removeJobFiles(planned.files)).toEqual({ edits: new Map(), left: [] });
    expect(existsSync(planned.files.dir)).toBe(false);
    expect(read(userConfig())).toBe(USER_CONFIG);
  });

  test('sections later steps changed, added or removed in the copy are named', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    const { config } = planned.files;
    const edited = read(config)
      .replace('region = ap-south-1', 'region = eu-north-1')
      .replace('[default]\nregion = us-east-1\n\n', '');
    writeFileSync(config, `${edited}\n[profile added]\nregion = x\n`);
    expect((await removeJobFiles(planned.files)).edits).toEqual(
      new Map([[config, ['[default] removed', '[profile other] changed', '[profile added] added']]]),
    );
  });

  test('the files with keys go before the directory does', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    const seen: boolean[] = [];
    await removeJobFiles(planned.files, async (dir) => {
      seen.push(existsSync(planned.files.config), existsSync(dir));
      rmSync(dir, { recursive: true });
    });
    expect(seen).toEqual([false, true]);
  });
});

describe('a RUNNER_TEMP the files cannot go to', () => {
  test.each([
    ['EROFS', 'it is on a read-only file system'],
    ['ENOSPC', 'its file system is full'],
    ['EACCES', 'this user may not write there'],
    ['EDQUOT', "this user's disk quota is used up"],
  ])('%s: said in words, naming RUNNER_TEMP and the fix', (code, words) => {
    const error = Object.assign(new Error(`${code}: raw`), { code });
    expect(unwritable('/runner/_temp/aws-oidc-credentials-0123', error).message).toBe(
      `Could not write this job's AWS files in /runner/_temp (${code}: ${words}). ` +
        'Set RUNNER_TEMP (on Windows, LOCALAPPDATA) to a directory this user can write, with room for a few files.',
    );
  });

  test('the probe leaves nothing behind, and a directory that cannot be made is refused', () => {
    const planned = plan(env());
    probeJobFiles(planned);
    expect(existsSync(planned.files.dir)).toBe(false);
    const missing = planJobFiles(
      userFiles(env(), home),
      { name: 'ci', named: true, overwrite: false, values: KEYS },
      join(temp, 'no', 'dir'),
    );
    expect(() => probeJobFiles(missing)).toThrow(/\(ENOENT: it does not exist\)/);
  });

  test('a user file that is not UTF-8 is refused, naming it: botocore would refuse the copy', () => {
    writeFileSync(
      userConfig(),
      Buffer.from([0x5b, 0x64, 0x65, 0x66, 0x61, 0x75, 0x6c, 0x74, 0x5d, 0x0a, 0x6b, 0x3d, 0xff, 0x0a]),
    );
    expect(() => plan(env())).toThrow(
      /config is not UTF-8: the AWS CLI \(botocore\) refuses such a file whole/,
    );
  });
});

describe('a directory botocore would expand, on each platform', () => {
  test.each([
    ['/tmp/runner/$HOME/x', 'linux', true],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: botocore's ${NAME}, as text.
    ['/tmp/runner/${HOME}/x', 'linux', true],
    ['~/x', 'linux', true],
    ['/tmp/runner/%TEMP%/x', 'linux', false],
    ['/tmp/runner/$(date)/x', 'linux', false],
    ['/tmp/a$/x', 'linux', false],
    ['C:\\Users\\%USERNAME%\\x', 'win32', true],
    ['C:\\Users\\$USER\\x', 'win32', true],
    ['C:\\Users\\100% sure\\x', 'win32', false],
    ['C:\\Users\\runner\\x', 'win32', false],
  ] as const)('%s on %s: refused %s', (dir, platform, refused) => {
    const check = () => checkNameable(dir, platform);
    if (refused) expect(check).toThrow(ProfileFileError);
    else expect(check).not.toThrow();
  });
});
