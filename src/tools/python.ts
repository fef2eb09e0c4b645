// What botocore gets from Python's standard library when it reads a path or a section header:
// str.isspace, shlex.split and os.path.expandvars / expanduser. Each is written from CPython 3.11's
// source (Lib/shlex.py, Lib/posixpath.py, Objects/unicodetype_db.h for isspace), the Python the
// AWS CLI v1 and boto3 run on here. Pure: no file, no environment but the one given.

/** The characters Python's str.isspace and str.strip() take as space (none above U+3000). */
const PY_SPACE =
  '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** PY_SPACE as a table of character codes: a file's every line asks, and a regular expression per character would cost. */
const SPACE_CODES = (() => {
  const one = new RegExp(`[${PY_SPACE}]`);
  return Uint8Array.from({ length: 0x3001 }, (_, c) => (one.test(String.fromCharCode(c)) ? 1 : 0));
})();
const isPySpace = (c: number): boolean => SPACE_CODES[c] === 1;

/** Python's str.strip() with no argument. */
export function pyStrip(text: string): string {
  const first = firstNonSpace(text);
  return text.slice(first, lastNonSpace(text, first));
}

/** The index of the first character of `text` from `from` on that is not Python space, or its length. */
export function firstNonSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isPySpace(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last character of `text` before `to` that is not Python space, or `from`. */
export function lastNonSpace(text: string, from: number, to = text.length): number {
  let j = to;
  while (j > from && isPySpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The splitting state of shlex in POSIX mode, as Lib/shlex.py's read_token keeps it. */
type ShlexState = 'space' | 'word' | "'" | '"';

/**
 * shlex.split(text): POSIX mode, whitespace " \t\r\n", quotes ' and ", backslash escapes outside
 * quotes and (only before \ or ") inside double quotes. Undefined where shlex raises ValueError
 * (an open quote, a trailing backslash). A quoted empty string is a word of its own.
 */
export function shlexSplit(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let state: ShlexState = 'space';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (state === "'" || state === '"') {
      if (c === state) state = 'word';
      else if (c === '\\' && state === '"') {
        const next = text[++i];
        if (next === undefined) return undefined;
        word += next === '\\' || next === '"' ? next : `\\${next}`;
      } else word += c;
    } else if (' \t\r\n'.includes(c)) {
      if (state === 'word') words.push(word);
      word = '';
      state = 'space';
    } else if (c === "'" || c === '"') state = c;
    else if (c === '\\') {
      const next = text[++i];
      if (next === undefined) return undefined;
      word += next;
      state = 'word';
    } else {
      word += c;
      state = 'word';
    }
  }
  if (state === "'" || state === '"') return undefined;
  if (state === 'word') words.push(word);
  return words;
}

const VARIABLE = /\$([A-Za-z0-9_]+|\{[^}]*\})/g;

/** posixpath.expandvars: $NAME and ${NAME} of variables that are set; the others are left as written. */
export function expandVars(path: string, env: Readonly<Record<string, string | undefined>>): string {
  return path.replace(VARIABLE, (whole, name: string) => {
    const bare = name.startsWith('{') ? name.slice(1, -1) : name;
    const value = Object.hasOwn(env, bare) ? env[bare] : undefined;
    return value === undefined ? whole : value;
  });
}

/**
 * posixpath.expanduser: a leading "~" or "~/" is HOME (undefined when HOME is unset: Python then
 * asks the password database, which this model does not read); "~NAME" is NAME's home directory
 * from the password database, also undefined here. Any other path is returned as it is.
 */
export function expandUser(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (!path.startsWith('~')) return path;
  const slash = path.indexOf('/', 1);
  const end = slash === -1 ? path.length : slash;
  if (end !== 1) return undefined;
  const home = env.HOME;
  if (home === undefined) return undefined;
  return home.replace(/\/+$/, '') + path.slice(end) || '/';
}
