// The job's own AWS files, in real files: a copy of what the job sees with the profile in it, the
// user's files only read, the variables pointed at the copy and back, and later edits named.

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
  checkProfileWritable,
  type PlannedFiles,
  planJobFiles,
  removeJobFiles,
  variablesOf,
  writeJobFiles,
} from '../../../src/job/profile.js';
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
  planJobFiles(e, { name, overwrite, dir: join(temp, `job-${Math.random().toString(16).slice(2)}`) }, KEYS);
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
    expect(variablesOf(planned.files)).toEqual({ AWS_CONFIG_FILE: config });
    expect([identity(userConfig()), identity(userCredentials())]).toEqual(before);
  });

  posixTest('the directory is 0700 and every file in it 0600', () => {
    writeFileSync(userCredentials(), USER_CREDENTIALS);
    const planned = plan(env(), 'ci', true);
    writeJobFiles(planned);
    expect(statSync(planned.files.dir).mode & 0o777).toBe(0o700);
    for (const path of planned.files.secrets) expect(statSync(path).mode & 0o777).toBe(0o600);
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

  test('AWS_CONFIG_FILE names the file the job sees: that one is copied, and pointed back to afterwards', () => {
    const custom = join(home, 'custom-config');
    writeFileSync(custom, '[profile custom]\nregion = sa-east-1\n');
    const planned = plan(env({ AWS_CONFIG_FILE: custom }));
    expect(planned.texts[planned.files.config]).toMatch(
      /^\[profile custom\]\nregion = sa-east-1\n\n\[profile ci\]/,
    );
    expect(planned.files.pointed.AWS_CONFIG_FILE?.before).toBe(custom);
  });

  test('a section of the name in the credentials file would win: with overwrite, a copy without it, pointed at', () => {
    writeFileSync(userCredentials(), USER_CREDENTIALS);
    expect(() => plan(env())).toThrow(ProfileExistsError);
    const planned = plan(env(), 'ci', true);
    writeJobFiles(planned);
    const credentials = planned.files.pointed.AWS_SHARED_CREDENTIALS_FILE?.ours as string;
    expect(read(credentials)).toBe('[default]\naws_access_key_id = AKIAUSER\n\n');
    expect(variablesOf(planned.files)).toEqual({
      AWS_CONFIG_FILE: planned.files.config,
      AWS_SHARED_CREDENTIALS_FILE: credentials,
    });
    expect(read(userCredentials())).toBe(USER_CREDENTIALS);
  });

  test("overwrite replaces the user's section in the copy only; without it, the clash names the file and the fix", () => {
    writeFileSync(userConfig(), '[profile ci]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = other\n');
    expect(() => checkProfileWritable(env(), 'ci', false)).toThrow(
      `${userConfig()} already has a [profile ci] section. Set overwrite-aws-profile: true`,
    );
    const planned = plan(env(), 'ci', true);
    expect(planned.texts[planned.files.config]).not.toContain('role_arn');
  });

  test('the default profile is [default] in both files', () => {
    expect(() => checkProfileWritable(env(), 'default', false)).toThrow(/already has a \[default\] section/);
    const planned = plan(env(), 'default', true);
    expect(planned.texts[planned.files.config]).toMatch(
      /^\[profile other\]\nregion = ap-south-1\n\n\[default\]\n/,
    );
  });

  test('a section that is in the file twice is refused, overwrite or not', () => {
    writeFileSync(userConfig(), '[profile ci]\nregion = a\n[profile  ci ]\nregion = b\n');
    expect(() => checkProfileWritable(env(), 'ci', true)).toThrow(ProfileFileError);
    expect(() => checkProfileWritable(env(), 'ci', true)).toThrow(/has 2 \[profile ci\] sections/);
  });

  test('profile names are case-sensitive, as botocore reads them', () => {
    writeFileSync(userConfig(), '[profile CI]\nregion = a\n');
    expect(() => checkProfileWritable(env(), 'ci', false)).not.toThrow();
    expect(() => checkProfileWritable(env(), 'CI', false)).toThrow(ProfileExistsError);
  });

  posixTest(
    'a symlink or a FIFO where a file should be is refused, naming the variable that fixes it',
    () => {
      writeFileSync(join(home, 'real'), USER_CONFIG);
      rmSync(userConfig());
      symlinkSync(join(home, 'real'), userConfig());
      expect(() => checkProfileWritable(env(), 'ci', false)).toThrow(ProfileFileError);
      expect(() => checkProfileWritable(env(), 'ci', false)).toThrow(
        /is a symbolic link.*point AWS_CONFIG_FILE/,
      );
      rmSync(userCredentials());
      execFileSync('mkfifo', [userCredentials()]);
      rmSync(userConfig());
      expect(() => checkProfileWritable(env(), 'ci', false)).toThrow(/FIFO.*AWS_SHARED_CREDENTIALS_FILE/);
    },
  );

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
  test('deletes the directory; points the variable back to the default path when it was unset', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    const removal = await removeJobFiles(planned.files, env(variablesOf(planned.files)));
    expect(existsSync(planned.files.dir)).toBe(false);
    expect(removal).toEqual({ variables: { AWS_CONFIG_FILE: userConfig() }, edits: [] });
    expect(read(userConfig())).toBe(USER_CONFIG);
  });

  test.each([
    ['a path', '/somewhere/config'],
    ['empty', ''],
  ])('a variable that was %s before is given that value back', async (_, before) => {
    const planned = plan(env({ AWS_CONFIG_FILE: before }));
    writeJobFiles(planned);
    const removal = await removeJobFiles(planned.files, env(variablesOf(planned.files)));
    expect(removal.variables).toEqual({ AWS_CONFIG_FILE: before });
  });

  test('a variable a later step pointed elsewhere is left alone', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    const removal = await removeJobFiles(planned.files, env({ AWS_CONFIG_FILE: '/theirs' }));
    expect(removal.variables).toEqual({});
    expect(existsSync(planned.files.dir)).toBe(false);
  });

  test('sections later steps changed, added or removed in the copy are named', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    const { config } = planned.files;
    const edited = read(config)
      .replace('region = ap-south-1', 'region = eu-north-1')
      .replace('[default]\nregion = us-east-1\n\n', '');
    writeFileSync(config, `${edited}\n[profile added]\nregion = x\n`);
    const removal = await removeJobFiles(planned.files, env());
    expect(removal.edits).toEqual(['[default] removed', '[profile other] changed', '[profile added] added']);
  });

  test('the files with keys go before the directory does', async () => {
    const planned = plan(env());
    writeJobFiles(planned);
    const seen: boolean[] = [];
    await removeJobFiles(planned.files, env(), async (dir) => {
      seen.push(existsSync(planned.files.config), existsSync(dir));
      rmSync(dir, { recursive: true });
    });
    expect(seen).toEqual([false, true]);
  });
});
