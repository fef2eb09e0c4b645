// special-characters-workaround: some tools mangle a secret with these characters, so the role is
// assumed again until STS issues one without them (bounded by the retry limits).

import { SpecialCharactersError } from '../errors.js';

// The incumbent's set, so that the workaround rejects exactly what it rejected.
const SPECIAL_CHARACTERS = /[!@#$%^&*()_+\-=[\]{};':"\\|,.<>/?]/;

export function hasSpecialCharacters(accessKeyId: string, secretAccessKey: string): boolean {
  return SPECIAL_CHARACTERS.test(accessKeyId) || SPECIAL_CHARACTERS.test(secretAccessKey);
}

/** The credentials, or a retryable SpecialCharactersError when the workaround is on and they have some. */
export async function withoutSpecialCharacters<T extends { accessKeyId: string; secretAccessKey: string }>(
  enabled: boolean,
  credentials: Promise<T>,
): Promise<T> {
  const c = await credentials;
  if (enabled && hasSpecialCharacters(c.accessKeyId, c.secretAccessKey)) {
    throw new SpecialCharactersError('The secret STS issued has special characters; assuming the role again');
  }
  return c;
}
