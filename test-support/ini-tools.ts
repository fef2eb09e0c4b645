// Models of the other tools that edit ~/.aws files, for property tests that run thousands of
// interleavings: each is checked against the real tool (ini-tools.test.ts) on fixed cases.
// - botocoreSet: the AWS CLI's `aws configure set` (awscli's ConfigFileWriter, scalar values).
// - configparserRewrite: a tool that reads a file with Python's configparser and writes it back,
//   which drops every comment and blank line and writes "key = value" and a blank line a section.

const SECTION = /^\s*\[([^\]]+)\]/;
const OPTION = /([^:=][^:=]*)\s*([:=])\s*(.*)$/;

/** Python's readlines over a file opened in text mode: CRLF read as LF, each line with its break. */
function readlines(text: string): string[] {
  return text.replace(/\r\n/g, '\n').match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function sectionStart(lines: readonly string[], section: string): number | undefined {
  const [kind, ...rest] = section.split(' ');
  const quoted = rest.length > 0 ? `[${kind} "${rest.join(' ')}"]` : undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^[#;]/.test(line.trim())) continue;
    const m = SECTION.exec(line);
    if (m && (m[0] === `[${section}]` || m[0] === quoted)) return i;
  }
  return undefined;
}

/** `aws configure set KEY VALUE` on a section, as awscli 1.x writes it (ConfigFileWriter.update_config). */
export function botocoreSet(text: string | undefined, section: string, key: string, value: string): string {
  const lines = readlines(text ?? '');
  const start = sectionStart(lines, section);
  if (start === undefined) {
    const body = lines.join('');
    return `${body}${body !== '' && !body.endsWith('\n') ? '\n' : ''}[${section}]\n${key} = ${value}\n`;
  }
  let last = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] as string;
    if (SECTION.test(line)) {
      lines.splice(last + 1, 0, `${key} = ${value}\n`);
      return lines.join('');
    }
    // Python's $ also matches before a final line break; JavaScript's does not.
    const m = OPTION.exec(line.replace(/\n$/, ''));
    if (!m) continue;
    last = j;
    if ((m[1] as string).trim() === key) {
      lines[j] = `${key} = ${value}\n`;
      return lines.join('');
    }
  }
  if (!(lines.at(-1) ?? '').endsWith('\n')) lines.push('\n');
  // Where the section is the file's last, botocore inserts one line further down than its last key.
  lines.splice(last + 2, 0, `${key} = ${value}\n`);
  return lines.join('');
}

/** What configparser.ConfigParser(interpolation=None) reads and writes back, for plain files. */
export function configparserRewrite(text: string): string {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of readlines(text)) {
    const line = raw.replace(/\n$/, '');
    if (/^\s*([#;].*)?$/.test(line)) continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      current = sections.get(header[1] as string) ?? new Map();
      sections.set(header[1] as string, current);
      continue;
    }
    const m = /^\s*([^=:\s][^=:]*?)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m && current) current.set((m[1] as string).toLowerCase(), m[2] as string);
  }
  return [...sections]
    .map(([name, options]) => `[${name}]\n${[...options].map(([k, v]) => `${k} = ${v}\n`).join('')}\n`)
    .join('');
}
