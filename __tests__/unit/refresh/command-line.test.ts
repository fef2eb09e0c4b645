// credential_process quoting against every consumer's splitting rules. POSIX: the real sh (what the
// SDKs for JavaScript, Go and Java run it with) and Python's shlex (what the AWS CLI and botocore
// split it with), over arbitrary strings. Windows: the documented CommandLineToArgvW rules (what
// botocore mimics, and node.exe parses), and cmd.exe's special characters, which must only ever
// appear inside quotes.

import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { UnsafePathError } from '../../../src/errors.js';
import { argumentsOf, commandLine } from '../../../src/refresh/command-line.js';
import { posixDescribe, windowsTest } from '../../../test-support/platform.ts';

const arg = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !/[\0\r\n]/.test(s));
const args = fc.array(arg, { minLength: 1, maxLength: 4 });
const HOSTILE = [
  [
    '/tmp/a b/$(touch /tmp/pwned)/`id`/"q"/\'s\'/ü日本/node',
    '/x/dist/refresh/index.js',
    "/tmp/it's here/settings.json",
  ],
  ['/opt/x;rm -rf ~;/node', '/p/a\\b\\c', '$HOME', '*', '~', '!$', '&&', '|', '>out'],
];

/** What `sh -c` hands the program: each argument, NUL-terminated. */
function viaShell(line: string): string[] {
  const out = execFileSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** What botocore's shlex.split makes of each line (one Python process for all of them). */
function viaShlex(lines: readonly string[]): string[][] {
  const script =
    'import json,shlex,sys\nfor l in sys.stdin.read().split("\\0")[:-1]: print(json.dumps(shlex.split(l)))';
  const out = execFileSync('python3', ['-c', script], {
    input: lines.map((l) => `${l}\0`).join(''),
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as string[]);
}

posixDescribe('POSIX', () => {
  test.each(HOSTILE)('hostile paths come back as they went in, under sh and shlex (%#)', (...given) => {
    const line = commandLine(given, 'linux');
    expect(viaShell(line)).toEqual(given);
    expect(viaShlex([line])).toEqual([given]);
    expect(argumentsOf(line, 'linux')).toEqual(given);
  });

  test('any strings: sh, shlex and our own reading agree with what was written', () => {
    const samples = fc.sample(args, 150);
    const lines = samples.map((a) => commandLine(a, 'linux'));
    expect(viaShlex(lines)).toEqual(samples);
    for (const [i, line] of lines.entries()) {
      expect(viaShell(line)).toEqual(samples[i]);
      expect(argumentsOf(line, 'linux')).toEqual(samples[i]);
    }
  });
});

/**
 * CommandLineToArgvW / the MSVC runtime (Microsoft's "Parsing C++ command-line arguments"): words
 * split on spaces and tabs; double quotes group; 2n backslashes before a quote are n backslashes
 * and the quote toggles; 2n+1 are n backslashes and a literal quote; other backslashes are literal.
 */
function commandLineToArgv(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let inWord = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\') {
      let n = 0;
      while (line[i] === '\\') {
        n++;
        i++;
      }
      if (line[i] === '"') {
        current += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) current += '"';
        else {
          quoted = !quoted;
        }
      } else {
        current += '\\'.repeat(n);
        i--;
      }
      inWord = true;
    } else if (c === '"') {
      quoted = !quoted;
      inWord = true;
    } else if ((c === ' ' || c === '\t') && !quoted) {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) out.push(current);
  return out;
}

/** cmd.exe: outside double quotes, these make it do something other than pass characters along. */
function cmdSpecialsOutsideQuotes(line: string): string[] {
  return line
    .split('"')
    .filter((_, i) => i % 2 === 0)
    .flatMap((outside) => [...outside.matchAll(/[&|<>^()%!]/g)].map((m) => m[0]));
}

const windowsPath = fc
  .array(
    fc.constantFrom(
      'C:',
      'D:',
      'a',
      'Program Files',
      'x86',
      '_temp',
      'ü',
      '日本',
      'a^b',
      'a&b',
      'a(1)',
      'a;b',
      'a,b',
      'a=b',
      'a!b',
      '\\\\',
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => `${parts.join('\\')}\\file.exe`);

describe('Windows', () => {
  test.each([
    [
      ['C:\\hostedtoolcache\\windows\\node\\24.11.0\\x64\\node.exe', 'D:\\a\\_temp\\x\\settings.json'],
      'C:\\hostedtoolcache\\windows\\node\\24.11.0\\x64\\node.exe D:\\a\\_temp\\x\\settings.json',
    ],
    [
      ['C:\\Program Files\\nodejs\\node.exe', 'D:\\a\\b&c\\s.json'],
      '"C:\\Program Files\\nodejs\\node.exe" "D:\\a\\b&c\\s.json"',
    ],
    [['\\\\server\\share\\node.exe'], '\\\\server\\share\\node.exe'],
  ])('%j -> %s', (given, expected) => {
    expect(commandLine(given, 'win32')).toBe(expected);
    expect(commandLineToArgv(expected)).toEqual(given);
    expect(argumentsOf(expected, 'win32')).toEqual(given);
  });

  test('paths with spaces, ^ & ( ) ; , = ! and backslashes: CommandLineToArgvW reads them back, cmd.exe sees no special character outside quotes', () => {
    fc.assert(
      fc.property(fc.array(windowsPath, { minLength: 1, maxLength: 3 }), (paths) => {
        const line = commandLine(paths, 'win32');
        expect(commandLineToArgv(line)).toEqual(paths);
        expect(cmdSpecialsOutsideQuotes(line)).toEqual([]);
        expect(argumentsOf(line, 'win32')).toEqual(paths);
      }),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['C:\\50%\\node.exe', /a %/],
    ['C:\\a "b"\\node.exe', /a "/],
    ['C:\\dir with space\\', /trailing \\/],
  ])('%s is refused, not written wrong', (path, said) => {
    expect(() => commandLine([path], 'win32')).toThrow(UnsafePathError);
    expect(() => commandLine([path], 'win32')).toThrow(said);
  });
});

// On the Windows job: the real cmd.exe (child_process.exec, as the JavaScript SDK runs
// credential_process) and the real node.exe argument parser read back paths with spaces, & ^ ( ) !.
windowsTest('cmd.exe and node.exe hand the arguments over as written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'a b&c^d(1)!e '));
  try {
    const script = join(dir, 'argv.js');
    writeFileSync(script, 'process.stdout.write(JSON.stringify(process.argv.slice(2)))');
    const given = [join(dir, 'settings (1) & 2^.json'), 'C:\\x y\\', 'plain'];
    const line = commandLine([process.execPath, script, ...given.slice(0, 1), given[2] as string], 'win32');
    expect(JSON.parse(execSync(line, { encoding: 'utf8' }))).toEqual([given[0], given[2]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a line break or NUL cannot be named on any platform', () => {
  for (const platform of ['linux', 'win32'] as const) {
    expect(() => commandLine(['/a\nb'], platform)).toThrow(/line break or NUL/);
    expect(() => commandLine([''], platform)).toThrow(/empty/);
  }
});
