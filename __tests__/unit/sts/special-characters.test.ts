import { describe, expect, test } from '@jest/globals';
import { SpecialCharactersError } from '../../../src/errors.js';
import { hasSpecialCharacters, withoutSpecialCharacters } from '../../../src/sts/special-characters.js';

describe('special-characters-workaround', () => {
  test.each([
    ['ASIAEXAMPLE', 'abcDEF123', false],
    ['ASIAEXAMPLE', 'abc/DEF+123', true],
    ['ASIAEXAMPLE', 'abc_def', true],
    ['ASIA-X', 'abc', true],
  ])('%s / %s: %s', (id, secret, expected) => {
    expect(hasSpecialCharacters(id, secret)).toBe(expected);
  });

  test('only when enabled, and then as a retryable error', async () => {
    const creds = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'a/b' };
    await expect(withoutSpecialCharacters(false, Promise.resolve(creds))).resolves.toBe(creds);
    await expect(withoutSpecialCharacters(true, Promise.resolve(creds))).rejects.toBeInstanceOf(
      SpecialCharactersError,
    );
  });
});
