// Named profiles in real files: written as a block, taken out by the post step byte for byte, what
// others added around it kept, an overwritten section put back, and a failed write taken back.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { ProfileExistsError, ProfileFileError } from '../../src/errors.js';
import {
  checkProfileWritable,
  planProfile,
  removeProfile,
  type WrittenProfile,
  writeProfile,
} from '../../src/profile.js';

let dir: string;
let files: { credentials: string; config: string };
const VALUES = {
  credentials: { aws_access_key_id: 'ASIANEW', aws_secret_access_key: 'new-secret' },
  config: { region: 'eu-west-1' },
};
const profile = (over: Partial<WrittenProfile> = {}): WrittenProfile =>
  planProfile(
    { id: 'a1b2c3d4', name: 'ci', files, overwrite: false, backupDir: join(dir, 'private'), ...over },
    VALUES,
  );
const read = (path: string) => readFileSync(path, 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'profile-'));
  mkdirSync(join(dir, 'aws'));
  files = { credentials: join(dir, 'aws', 'credentials'), config: join(dir, 'aws', 'config') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeProfile and removeProfile', () => {
  test('written into both files as the named sections; removed, the files are as before', async () => {
    writeFileSync(files.credentials, '[default]\naws_access_key_id = AKIAUSER\n');
    writeFileSync(files.config, '[default]\nregion = us-east-1\n');
    await writeProfile(profile(), VALUES);
    expect(read(files.credentials)).toMatch(
      /\n\[ci\]\naws_access_key_id = ASIANEW\naws_secret_access_key = new-secret\n/,
    );
    expect(read(files.config)).toMatch(/\n\[profile ci\]\nregion = eu-west-1\n/);
    expect(await removeProfile(profile())).toEqual({ found: true, notes: [] });
    expect(read(files.credentials)).toBe('[default]\naws_access_key_id = AKIAUSER\n');
    expect(read(files.config)).toBe('[default]\nregion = us-east-1\n');
  });

  test('sections other tools added after ours stay, every one of them, and in order', async () => {
    writeFileSync(files.credentials, '[default]\naws_access_key_id = AKIAUSER\n');
    await writeProfile(profile(), { credentials: VALUES.credentials });
    const later = '[one]\nk = 1\n\n[two]\nk = 2\n';
    writeFileSync(files.credentials, read(files.credentials) + later);
    await removeProfile(profile());
    expect(read(files.credentials)).toBe(`[default]\naws_access_key_id = AKIAUSER\n${later}`);
  });

  test('files it made are deleted again; a file it did not make stays, even if empty', async () => {
    writeFileSync(files.config, '');
    await writeProfile(profile(), VALUES);
    await removeProfile(profile());
    expect(existsSync(files.credentials)).toBe(false);
    expect(read(files.config)).toBe('');
  });

  test('overwrite: the user section is replaced in place, saved privately, and put back byte for byte', async () => {
    const user = '[default]\nk = 0\n\n[ci] ; mine\naws_access_key_id = AKIAMINE\n\n[after]\nk = 9\n';
    writeFileSync(files.credentials, user);
    await expect(checkProfileWritable(files, 'ci', false)).rejects.toThrow(ProfileExistsError);
    await writeProfile(profile({ overwrite: true }), { credentials: VALUES.credentials });
    const text = read(files.credentials);
    expect(text).not.toContain('AKIAMINE');
    expect(text.indexOf('ASIANEW')).toBeLessThan(text.indexOf('[after]'));
    expect(read(join(dir, 'private', 'credentials'))).toBe('[ci] ; mine\naws_access_key_id = AKIAMINE\n\n');
    await removeProfile(profile({ overwrite: true }));
    expect(read(files.credentials)).toBe(user);
    expect(existsSync(join(dir, 'private'))).toBe(false);
  });

  test('a section another job wrote is refused, naming that job; two sections of one name are refused', async () => {
    await writeProfile(profile({ id: 'ffff0000' }), VALUES);
    await expect(writeProfile(profile({ overwrite: true }), VALUES)).rejects.toThrow(
      /another job of this action wrote \(ffff0000\)/,
    );
    writeFileSync(files.credentials, '[ci]\nk = 1\n[ci]\nk = 2\n');
    await expect(checkProfileWritable(files, 'ci', true)).rejects.toThrow(ProfileFileError);
  });

  test('a write that fails half way takes back the half it did', async () => {
    writeFileSync(files.credentials, '[default]\nk = 1\n');
    writeFileSync(files.config, '[profile ci]\nregion = x\n[profile ci]\nregion = y\n');
    await expect(writeProfile(profile(), VALUES)).rejects.toThrow(/2 \[profile ci\] sections/);
    expect(read(files.credentials)).toBe('[default]\nk = 1\n');
  });

  test('removing a profile that is not there finds nothing and changes nothing', async () => {
    writeFileSync(files.credentials, '[default]\nk = 1\n');
    expect(await removeProfile(profile())).toEqual({ found: false, notes: [] });
    expect(read(files.credentials)).toBe('[default]\nk = 1\n');
  });
});
