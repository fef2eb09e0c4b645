// The credential_process line: one string that every consumer must split back into the same
// arguments. On POSIX the AWS CLI and botocore split it with shlex (POSIX rules), while the SDKs for
// JavaScript, Go and Java hand it to `sh -c`. On Windows botocore splits it by CommandLineToArgvW's
// rules and starts the program itself, while the SDKs hand it to `cmd.exe /C`.
//
// POSIX: every argument in single quotes, a quote inside written '\'' : shlex and sh both read a
// single-quoted word literally, so $(...), backticks, double quotes, spaces and any non-ASCII
// character are only characters.
// Windows: an argument goes bare when it can (no space, no character cmd.exe gives a meaning to),
// which every consumer reads the same way, the Go SDK included: it escapes any double quote in the
// line as \" for cmd.exe, which then cannot find the program (aws-sdk-go-v2 issue #3208). Runner
// paths (C:\hostedtoolcache\...\node.exe, D:\a\_temp\...) are all bare. Otherwise the argument
// goes in double quotes, inside which cmd.exe leaves & | < > ^ alone and CommandLineToArgvW keeps
// spaces. What neither form can carry is refused: a double quote (not allowed in Windows file names
// anyway), a % (cmd.exe expands %NAME% even inside quotes), a line break, and a trailing backslash
// in a quoted argument (it would escape the closing quote).

import { UnsafePathError } from '../errors.js';

const NEVER = /[\0\r\n]/;

function posixWord(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

// Characters cmd.exe reads as more than characters, and the ones that end a word.
const CMD_SPECIAL = /[\s&|<>^(),;=!]/;

function windowsWord(arg: string): string {
  if (!CMD_SPECIAL.test(arg) && !/["%]/.test(arg)) return arg;
  if (/["%]/.test(arg) || arg.endsWith('\\')) {
    throw new UnsafePathError(
      `${JSON.stringify(arg)} cannot be named in credential_process on Windows (a ", a % or a trailing \\ cannot be quoted for both cmd.exe and CommandLineToArgvW). Use a RUNNER_TEMP (on Windows, %LOCALAPPDATA%) and a node path without them.`,
    );
  }
  return `"${arg}"`;
}

/** The command line for `args`, for the platform the later steps run on; throws if one cannot be said. */
export function commandLine(args: readonly string[], platform: NodeJS.Platform = process.platform): string {
  for (const arg of args) {
    if (NEVER.test(arg) || arg === '') {
      throw new UnsafePathError(
        `${JSON.stringify(arg)} cannot be named in credential_process: it is empty or holds a line break or NUL.`,
      );
    }
  }
  return args.map(platform === 'win32' ? windowsWord : posixWord).join(' ');
}

/** The arguments of a command line this module wrote (and only such a line); undefined if not one. */
export function argumentsOf(
  line: string,
  platform: NodeJS.Platform = process.platform,
): string[] | undefined {
  const word = platform === 'win32' ? /(?:"([^"]*)"|([^\s"]+))(?: |$)/y : /'((?:[^']|'\\'')*)'(?: |$)/y;
  const args: string[] = [];
  while (word.lastIndex < line.length) {
    const m = word.exec(line);
    if (!m) return undefined;
    args.push(platform === 'win32' ? (m[1] ?? m[2] ?? '') : (m[1] ?? '').replace(/'\\''/g, "'"));
  }
  return args.length > 0 ? args : undefined;
}
