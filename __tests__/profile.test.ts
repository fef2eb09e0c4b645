// Section editing of ~/.aws/credentials and ~/.aws/config: pure text in, text out.

import { describe, expect, test } from '@jest/globals';
import { hasSection, profileFiles, putSection, removeSection, sectionName } from '../src/profile.js';

const USER_FILE = [
  '# my credentials',
  '[default]',
  'aws_access_key_id = AKIADEFAULT',
  '',
  '[deploy]',
  'aws_access_key_id = AKIADEPLOY',
  '; a comment inside deploy',
  '',
  '[after]',
  'aws_access_key_id = AKIAAFTER',
  '',
].join('\n');

describe('sectionName', () => {
  test('config names non-default profiles "profile NAME"; credentials never does', () => {
    expect(sectionName('config', 'deploy')).toBe('profile deploy');
    expect(sectionName('config', 'default')).toBe('default');
    expect(sectionName('credentials', 'deploy')).toBe('deploy');
  });
});

describe('removeSection', () => {
  test('removes exactly the section, keeping those before and after it', () => {
    const { text, found } = removeSection(USER_FILE, 'deploy');
    expect(found).toBe(true);
    expect(text).toBe(
      [
        '# my credentials',
        '[default]',
        'aws_access_key_id = AKIADEFAULT',
        '',
        '[after]',
        'aws_access_key_id = AKIAAFTER',
        '',
      ].join('\n'),
    );
  });

  test('the last section too, and reports a missing one as not found, text unchanged', () => {
    expect(removeSection(USER_FILE, 'after').text).not.toContain('AKIAAFTER');
    expect(removeSection(USER_FILE, 'after').text).toContain('AKIADEPLOY');
    expect(removeSection(USER_FILE, 'nope')).toEqual({ text: USER_FILE, found: false });
  });

  test('headers with spaces, a trailing comment or CRLF still match; a prefix of the name does not', () => {
    const text = '[ deploy ] ; ours\r\nkey = 1\r\n[deployment]\r\nkey = 2\r\n';
    const { text: rest, found } = removeSection(text, 'deploy');
    expect(found).toBe(true);
    expect(rest).toBe('[deployment]\r\nkey = 2\r\n');
  });
});

describe('hasSection', () => {
  test.each([
    ['deploy', true],
    ['default', true],
    ['after', true],
    ['deplo', false],
    ['profile deploy', false],
  ])('%s: %s', (name, expected) => {
    expect(hasSection(USER_FILE, name)).toBe(expected);
  });
});

describe('putSection', () => {
  test('adds a section at the end, after one blank line, with a final newline', () => {
    expect(putSection('[a]\nk = 1\n\n\n', 'b', { x: '1', y: '2' })).toBe('[a]\nk = 1\n\n[b]\nx = 1\ny = 2\n');
  });

  test('into an empty file: only the section', () => {
    expect(putSection('', 'b', { x: '1' })).toBe('[b]\nx = 1\n');
  });

  test('replaces an existing section and keeps every other one', () => {
    const out = putSection(USER_FILE, 'deploy', { aws_access_key_id: 'ASIANEW' });
    expect(out).not.toContain('AKIADEPLOY');
    expect(out).toContain('ASIANEW');
    expect(out).toContain('AKIADEFAULT');
    expect(out).toContain('AKIAAFTER');
    expect(out).toContain('# my credentials');
    expect(removeSection(out, 'deploy').text.trimEnd()).toBe(
      removeSection(USER_FILE, 'deploy').text.trimEnd(),
    );
  });
});

describe('profileFiles', () => {
  test('AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE win over HOME', () => {
    expect(profileFiles({ HOME: '/h' })).toEqual({
      credentials: '/h/.aws/credentials',
      config: '/h/.aws/config',
    });
    expect(profileFiles({ HOME: '/h', AWS_SHARED_CREDENTIALS_FILE: '/c', AWS_CONFIG_FILE: '/k' })).toEqual({
      credentials: '/c',
      config: '/k',
    });
  });
});
