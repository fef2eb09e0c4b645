// Profile edits that undo byte for byte: examples, then properties over arbitrary files and any
// interleaving of several jobs' main and post steps (fast-check).

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { eolOf, findSections, fingerprintOf, insertBlock, ownerOf, removeBlock } from '../../src/ini-edit.js';
import { profileFiles, sectionName } from '../../src/profile.js';

const USER = [
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
].join('\n');
const VALUES = { aws_access_key_id: 'ASIANEW', aws_secret_access_key: 'secret' };

describe('sectionName and profileFiles', () => {
  test('config names non-default profiles "profile NAME"; credentials never does', () => {
    expect(sectionName('config', 'deploy')).toBe('profile deploy');
    expect(sectionName('config', 'default')).toBe('default');
    expect(sectionName('credentials', 'deploy')).toBe('deploy');
  });

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

describe('findSections', () => {
  test('a section runs from its header to the next header', () => {
    const [deploy] = findSections(USER, 'deploy');
    expect(USER.slice(deploy?.start, deploy?.end)).toBe(
      '[deploy]\naws_access_key_id = AKIADEPLOY\n; a comment inside deploy\n\n',
    );
    expect(findSections(USER, 'deplo')).toEqual([]);
  });

  test('headers with spaces, a trailing comment, CRLF or a BOM still count; duplicates are all found', () => {
    const text = '\uFEFF[ deploy ] ; ours\r\nkey = 1\r\n[deployment]\r\n[deploy]\r\n';
    expect(findSections(text, 'deploy').map((r) => text.slice(r.start, r.end))).toEqual([
      '[ deploy ] ; ours\r\nkey = 1\r\n',
      '[deploy]\r\n',
    ]);
  });
});

describe('insertBlock and removeBlock', () => {
  test('a new section goes at the end after a blank line, between marker lines; removal restores the bytes', () => {
    const { text, replaced } = insertBlock(USER, 'abcd1234', 'ci', VALUES);
    expect(replaced).toBeUndefined();
    expect(text).toBe(
      `${USER}\n\n# aws-oidc-credentials abcd1234 begin (sep:nn; written for one job, removed by its post step)\n` +
        '[ci]\naws_access_key_id = ASIANEW\naws_secret_access_key = secret\n# aws-oidc-credentials abcd1234 end\n',
    );
    expect(removeBlock(text, 'abcd1234')).toEqual({ text: USER, found: true, notes: [] });
  });

  test('overwrite: the section is replaced in place, and put back byte for byte', () => {
    const { text, replaced } = insertBlock(USER, 'abcd1234', 'deploy', VALUES);
    expect(replaced).toBe('[deploy]\naws_access_key_id = AKIADEPLOY\n; a comment inside deploy\n\n');
    expect(text).not.toContain('AKIADEPLOY');
    expect(text.indexOf('[default]')).toBeLessThan(text.indexOf('[deploy]'));
    expect(text.indexOf('[deploy]')).toBeLessThan(text.indexOf('[after]'));
    expect(removeBlock(text, 'abcd1234', { replaced })).toEqual({ text: USER, found: true, notes: [] });
  });

  test('a CRLF file gets CRLF lines; a new file is deleted again when nothing else is in it', () => {
    const crlf = '[a]\r\nk = 1\r\n';
    expect(eolOf(crlf)).toBe('\r\n');
    expect(insertBlock(crlf, 'aa', 'b', { k: '2' }).text).toContain('\r\n[b]\r\nk = 2\r\n');
    const made = insertBlock(undefined, 'aa', 'b', { k: '2' }).text;
    expect(removeBlock(made, 'aa')).toEqual({ text: undefined, found: true, notes: [] });
    // An empty file that existed stays, empty.
    expect(removeBlock(insertBlock('', 'aa', 'b', { k: '2' }).text, 'aa')).toEqual({
      text: '',
      found: true,
      notes: [],
    });
  });

  test('what another tool added after the block stays, on lines of its own', () => {
    const noFinalNewline = '[default]\nk = 1';
    const { text } = insertBlock(noFinalNewline, 'abcd1234', 'ci', VALUES);
    const later = '[added-later]\nk = 2\n';
    expect(removeBlock(text + later, 'abcd1234')).toEqual({
      text: `${noFinalNewline}\n\n${later}`,
      found: true,
      notes: [],
    });
    const { text: withNewline } = insertBlock(`${noFinalNewline}\n`, 'abcd1234', 'ci', VALUES);
    expect(removeBlock(withNewline + later, 'abcd1234')).toEqual({
      text: `${noFinalNewline}\n${later}`,
      found: true,
      notes: [],
    });
  });

  test("another job's block: its owner is known; another id's removal does not touch it", () => {
    const { text } = insertBlock(USER, 'aaaa0001', 'ci', VALUES);
    const [ci] = findSections(text, 'ci');
    expect(ci && ownerOf(text, ci)).toBe('aaaa0001');
    expect(removeBlock(text, 'bbbb0002')).toEqual({ text, found: false, notes: [] });
  });
});

// --- properties -------------------------------------------------------------------------------

const NAMES = ['default', 'deploy', 'ci', 'profile deploy', 'x'];
const line = fc.oneof(
  fc.constantFrom(...NAMES).map((n) => `[${n}]`),
  fc.constantFrom(...NAMES).map((n) => ` [ ${n} ] ; note`),
  fc
    .tuple(fc.constantFrom('aws_access_key_id', 'region', 'k'), fc.string({ maxLength: 12 }))
    .map(([k, v]) => `${k} = ${v}`),
  fc.constantFrom('', '# comment', '; comment', '   ', '[unclosed', 'no equals sign'),
  fc.string({ maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)),
);
/** Any file a person or another tool could leave: BOM, CRLF or LF or both, no final newline. */
const userFile = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 14 }),
    fc.boolean(),
  )
  .map(([bom, lines, finalBreak]) => {
    const body = lines.map(([l, eol]) => l + eol).join('');
    return (bom ? '\uFEFF' : '') + (finalBreak ? body : body.replace(/\r?\n$/, ''));
  });

interface Job {
  readonly id: string;
  readonly section: string;
  readonly overwrite: boolean;
}
const jobs = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[0-9a-f]{8}$/),
    section: fc.constantFrom(...NAMES),
    overwrite: fc.boolean(),
  }),
  { minLength: 1, maxLength: 4, selector: (j) => j.id },
);

/** The conflict check writeProfile makes under the lock: duplicate, another job's, or existing. */
function canWrite(text: string | undefined, job: Job): boolean {
  if (text === undefined) return true;
  const found = findSections(text, job.section);
  if (found.length > 1) return false;
  if (found.length === 0) return true;
  return ownerOf(text, found[0] as (typeof found)[number]) === undefined && job.overwrite;
}

describe('properties', () => {
  test('any interleaving of several jobs on any file: after every post step, the file is byte for byte what it was', () => {
    fc.assert(
      fc.property(
        fc.option(userFile, { nil: undefined }),
        jobs,
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (original, all, order) => {
          // Each job's main step comes before its post step; otherwise any order.
          const events = all.flatMap((job) => [job, job]);
          const sequence: Job[] = [];
          for (const pick of order.concat(Array(events.length).fill(0))) {
            if (events.length === 0) break;
            sequence.push(...events.splice(pick % events.length, 1));
          }
          let text = original;
          const wrote = new Map<string, string | undefined>();
          for (const job of sequence) {
            if (!wrote.has(job.id) && !wrote.has(`post ${job.id}`)) {
              wrote.set(`post ${job.id}`, undefined);
              if (!canWrite(text, job)) continue;
              const inserted = insertBlock(text, job.id, job.section, { k: `v-${job.id}` });
              text = inserted.text;
              wrote.set(job.id, inserted.replaced);
            } else if (wrote.has(job.id)) {
              text = removeBlock(text, job.id, { replaced: wrote.get(job.id) }).text;
              wrote.delete(job.id);
            }
          }
          expect(text).toBe(original);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('while written, the profile is the one section of that name, with exactly the values written', () => {
    fc.assert(
      fc.property(userFile, fc.constantFrom(...NAMES), fc.boolean(), (original, section, overwrite) => {
        const job = { id: 'abcdef01', section, overwrite };
        fc.pre(canWrite(original, job));
        const { text } = insertBlock(original, job.id, section, VALUES);
        const [only, ...more] = findSections(text, section);
        expect(more).toEqual([]);
        const body = text
          .slice(only?.start, only?.end)
          .split(/\r?\n/)
          .filter((l) => l.includes(' = '));
        expect(body).toEqual(['aws_access_key_id = ASIANEW', 'aws_secret_access_key = secret']);
      }),
      { numRuns: 2000 },
    );
  });
});

// --- the edges, one by one ---------------------------------------------------------------------

describe('what counts as a header', () => {
  test.each([
    ['[ci]', true],
    ['  [ ci ]  ', true],
    ['[ci] ; a comment', true],
    ['[ci] # a comment', true],
    ['[ci]\r', true],
    ['x[ci]', false],
    ['[ci] trailing words', false],
    ['# [ci]', false],
    ['[ci', false],
  ])('%j: %s', (line, isHeader) => {
    expect(findSections(`${line}\nk = 1\n`, 'ci').length).toBe(isHeader ? 1 : 0);
  });

  test('a section ends at the next header, however that header is written', () => {
    const text = '[ci]\nk = 1\n  [other] ; x\nk = 2\n';
    expect(findSections(text, 'ci')).toEqual([{ start: 0, end: 11 }]);
  });

  test("a section before this action's block ends where the block's own line breaks begin", () => {
    const { text } = insertBlock('[ci]\nk = 1', 'abcd1234', 'other', { k: '2' });
    // '[ci]\nk = 1' then the block's sep '\n\n': the section stops before those.
    expect(findSections(text, 'ci')).toEqual([{ start: 0, end: 10 }]);
    const afterNewline = insertBlock('[ci]\nk = 1\n', 'abcd1234', 'other', { k: '2' }).text;
    expect(findSections(afterNewline, 'ci')).toEqual([{ start: 0, end: 11 }]);
  });
});

describe('the line breaks before a block', () => {
  test('none in an empty file or after a lone BOM; one after a final newline (a blank line); two without one', () => {
    const first = (text: string) => insertBlock(text, 'abcd1234', 'ci', { k: '1' }).text;
    expect(first('')).toMatch(/^# aws-oidc-credentials abcd1234 begin \(sep:-;/);
    expect(first('\uFEFF')).toMatch(/^\uFEFF# aws-oidc-credentials abcd1234 begin \(sep:-;/);
    expect(first('[a]\n')).toMatch(/^\[a\]\n\n# aws-oidc-credentials abcd1234 begin \(sep:n;/);
    expect(first('[a]')).toMatch(/^\[a\]\n\n# aws-oidc-credentials abcd1234 begin \(sep:nn;/);
    expect(first('[a]\r\nk = 1')).toMatch(
      /^\[a\]\r\nk = 1\r\n\r\n# aws-oidc-credentials abcd1234 begin \(sep:rnrn;/,
    );
    for (const text of ['', '\uFEFF', '[a]\n', '[a]', '[a]\r\nk = 1']) {
      expect(removeBlock(first(text), 'abcd1234')).toEqual({ text, found: true, notes: [] });
    }
  });
});

describe('removeBlock, the odd cases', () => {
  test('no file: nothing found, still no file', () => {
    expect(removeBlock(undefined, 'abcd1234')).toEqual({ text: undefined, found: false, notes: [] });
  });

  test('a begin line without its end line delimits only our own section, and is said', () => {
    const { text } = insertBlock('[a]\n', 'abcd1234', 'ci', { k: '1' });
    const cut = `${text.slice(0, text.indexOf('# aws-oidc-credentials abcd1234 end'))}[b]\nk = 2\n`;
    expect(removeBlock(cut, 'abcd1234', { section: 'ci' })).toEqual({
      text: '[a]\n\n[b]\nk = 2\n',
      found: true,
      notes: [
        'line 3 is a "begin" marker of this job without its "end" line; removed it and the [ci] section it belongs to',
      ],
    });
    // Without the section's name, only the marker line itself is ours to take.
    expect(removeBlock(cut, 'abcd1234').text).toBe(
      cut.replace(/# aws-oidc-credentials abcd1234 begin[^\n]*\n/, ''),
    );
  });

  test('a marker that is not at the start of a line is not ours', () => {
    const { text } = insertBlock('[a]\n', 'abcd1234', 'ci', { k: '1' });
    const quoted = text.replace(
      '# aws-oidc-credentials abcd1234 begin',
      'x # aws-oidc-credentials abcd1234 begin',
    );
    const removed = removeBlock(quoted, 'abcd1234');
    expect(removed.found).toBe(false);
    // The quoted begin stays as the user wrote it; the end line, now alone, is the only line taken.
    expect(removed.text).toBe(quoted.replace('# aws-oidc-credentials abcd1234 end\n', ''));
  });

  test('a file this action made is deleted only when nothing else is left in it', () => {
    const made = insertBlock(undefined, 'aaaa0001', 'ci', { k: '1' }).text;
    const second = insertBlock(made, 'bbbb0002', 'cd', { k: '2' }).text;
    // Only blocks of this action, in a file it made: the later block is marked new-file too.
    expect(second).toContain('# aws-oidc-credentials bbbb0002 begin (sep:n new-file;');
    const withUser = `${made}[user]\nk = 3\n`;
    expect(insertBlock(withUser, 'bbbb0002', 'cd', { k: '2' }).text).toContain('bbbb0002 begin (sep:n;');
    const firstGone = removeBlock(second, 'aaaa0001').text;
    expect(removeBlock(firstGone, 'bbbb0002')).toEqual({ text: undefined, found: true, notes: [] });
    expect(removeBlock(removeBlock(withUser, 'aaaa0001').text, 'bbbb0002')).toEqual({
      text: '[user]\nk = 3\n',
      found: false,
      notes: [],
    });
  });

  test('the owner of a section is the block right before it, not one further up', () => {
    const { text } = insertBlock('[a]\n', 'aaaa0001', 'ci', { k: '1' });
    const [ci] = findSections(text, 'ci');
    expect(ci && ownerOf(text, ci)).toBe('aaaa0001');
    const [a] = findSections(text, 'a');
    expect(a && ownerOf(text, a)).toBeUndefined();
  });
});

// Every branch of the removal, one case each, with the exact text left and the exact note: a tool
// rewrote the file and dropped a marker, or both; the markers lost their start-of-line place; a
// block sits next to another job's or a user's lines.
describe('removeBlock, case by case', () => {
  const ID = 'abcd1234';
  const ours = (text = '[a]\nk = 0\n') => insertBlock(text, ID, 'ci', { k: '1' }).text;
  const without = (text: string, kind: 'begin' | 'end') =>
    text.replace(new RegExp(`# aws-oidc-credentials ${ID} ${kind}[^\\n]*\\n`), '');

  test('an end line without its begin: with the section it closes when that is ours, else that line only', () => {
    const lone = without(ours(), 'begin');
    expect(removeBlock(lone, ID, { section: 'ci' })).toEqual({
      text: '[a]\nk = 0\n\n',
      found: true,
      notes: [
        'line 6 is a "end" marker of this job without its "begin" line; removed it and the [ci] section it belongs to',
      ],
    });
    expect(removeBlock(lone, ID, { section: 'other' })).toEqual({
      text: '[a]\nk = 0\n\n[ci]\nk = 1\n',
      found: false,
      notes: ['line 6 is a "end" marker of this job without its "begin" line; removed that line only'],
    });
  });

  test('an end line is matched to the header above it, even the first line of the file', () => {
    const text = `[ci]\nk = 1\nx = 2\n# aws-oidc-credentials ${ID} end\n[b]\nk = 2\n`;
    expect(removeBlock(text, ID, { section: 'ci' }).text).toBe('[b]\nk = 2\n');
  });

  test('a begin line finds its header past blank and comment lines, not past content or the end of the file', () => {
    const begin = `# aws-oidc-credentials ${ID} begin (sep:n; written for one job, removed by its post step)`;
    expect(removeBlock(`[a]\n${begin}\n\n; note\n[ci]\nk = 1\n`, ID, { section: 'ci' }).text).toBe('[a]\n');
    // Directly after content (a tool dropped the blank line): the header after it is still found.
    expect(removeBlock(`[a]\nk = 0\n${begin}\n[ci]\nk = 1\n`, ID, { section: 'ci' }).text).toBe(
      '[a]\nk = 0\n',
    );
    // Content between the begin line and a header: the header is not the marker's.
    const notOurs = `[a]\n${begin}\nx = 1\n[ci]\nk = 1\n`;
    expect(removeBlock(notOurs, ID, { section: 'ci' })).toEqual({
      text: '[a]\nx = 1\n[ci]\nk = 1\n',
      found: false,
      notes: ['line 2 is a "begin" marker of this job without its "end" line; removed that line only'],
    });
    // Nothing but blank lines after it, to the end of the file.
    expect(removeBlock(`[a]\n${begin}\n\n`, ID, { section: 'ci' }).text).toBe('[a]\n\n');
  });

  test('two begin lines in a row: the first is alone; a begin and end around two sections: both alone', () => {
    const block = ours();
    const doubled = block.replace(/(# aws-oidc-credentials abcd1234 begin[^\n]*\n)/, '$1[x]\ny = 1\n$1');
    const first = removeBlock(doubled, ID, { section: 'ci' });
    // The second begin line's separator goes with its block: here, the line break after y = 1.
    expect(first.text).toBe('[a]\nk = 0\n\n[x]\ny = 1');
    expect(first.notes).toEqual([
      'line 4 is a "begin" marker of this job without its "end" line; removed that line only',
    ]);
    const spread = block.replace('k = 1\n', 'k = 1\n[x]\ny = 1\n');
    const both = removeBlock(spread, ID, { section: 'ci' });
    expect(both.text).toBe('[a]\nk = 0\n\n[x]\ny = 1\n');
    expect(both.notes).toEqual([
      'line 4 is a "begin" marker of this job without its "end" line; removed it and the [ci] section it belongs to',
      'line 9 is a "end" marker of this job without its "begin" line; removed that line only',
    ]);
  });

  test('cuts at several places are made from the last to the first; found when any took a section', () => {
    const text = `[a]\n# aws-oidc-credentials ${ID} end\nk = 0\n`;
    const removed = removeBlock(ours(text), ID, { section: 'ci' });
    expect(removed.text).toBe('[a]\nk = 0\n');
    expect(removed.found).toBe(true);
    expect(removed.notes).toEqual([
      'line 2 is a "end" marker of this job without its "begin" line; removed that line only',
    ]);
  });

  test("the tail stops at another job's block, and a comment after the block stays", () => {
    const other = insertBlock(ours(), 'ffff0000', 'cd', { k: '2' }).text;
    const withTail = other
      .replace(
        '# aws-oidc-credentials abcd1234 end\n',
        '# aws-oidc-credentials abcd1234 end\n  # a tool was here\n',
      )
      .replace(/(# aws-oidc-credentials ffff0000 begin[^\n]*\n)/, '$1x = 1\n');
    const removed = removeBlock(withTail, ID, { section: 'ci' }).text ?? '';
    expect(removed).toContain('  # a tool was here\n');
    expect(removed).toMatch(/# aws-oidc-credentials ffff0000 begin[^\n]*\nx = 1\n\[cd\]\n/);
    // A marker quoted inside a comment is not a block's start: the tail goes on past it.
    const quoted = ours().replace(
      '# aws-oidc-credentials abcd1234 end\n',
      `# aws-oidc-credentials abcd1234 end\n; see # aws-oidc-credentials ffff0000 begin (sep:n; x)\nadded = 1\n`,
    );
    // A marker quoted inside a comment is not a block's start: the tail goes on past it, to the
    // last line of content before the next section.
    expect(removeBlock(quoted, ID).text).toBe('[a]\nk = 0\n');
  });

  test("the line breaks before the block stay when a user's lines, not another block, follow it", () => {
    // The file had no final line break; the block brought two; a user's section came after it.
    const block = insertBlock('[a]', ID, 'ci', { k: '1' }).text;
    const then = insertBlock(`${block}[user]\nk = 3\n`, 'ffff0000', 'cd', { k: '2' }).text;
    expect(removeBlock(then, ID).text).toBe(
      then.replace(/# aws-oidc-credentials abcd1234 begin[\s\S]*?abcd1234 end\n/, ''),
    );
    // A blank line and then another job's block: the block's own line breaks go with it.
    const spaced = insertBlock(`${block}\n`, 'ffff0000', 'cd', { k: '2' }).text;
    expect(removeBlock(spaced, ID).text).toBe(
      `[a]\n\n${spaced.slice(spaced.indexOf('# aws-oidc-credentials ffff0000'))}`,
    );
  });

  test('a section after a block is not owned by it', () => {
    const text = `${ours()}[later]\nk = 2\n`;
    const [later] = findSections(text, 'later');
    expect(later && ownerOf(text, later)).toBeUndefined();
  });

  test('an overwrite block is never marked as the file it made; a made file turned CRLF is still known', () => {
    expect(insertBlock('[ci]\nk = 0\n', ID, 'ci', { k: '1' }).text).not.toContain('new-file');
    const made = insertBlock(undefined, ID, 'ci', { k: '1' }).text.replace(/\n/g, '\r\n');
    const second = insertBlock(made, 'ffff0000', 'cd', { k: '2' }).text;
    expect(second).toContain('ffff0000 begin (sep:rn new-file;');
    expect(removeBlock(removeBlock(second, ID).text, 'ffff0000').text).toBeUndefined();
  });
});

describe('removeBlock without any marker: the section of our name, only with the values written', () => {
  const ID = 'abcd1234';
  const VALS = { aws_access_key_id: 'ASIANEW', aws_secret_access_key: 'secret' };
  const rewritten = (section: string) => `[a]\nk = 0\n\n[ci]\n${section}`;
  const fp1 = fingerprintOf(VALS, ['aws_access_key_id']);
  const fp2 = fingerprintOf(VALS, ['aws_access_key_id', 'aws_secret_access_key']);

  test('the values match: removed, and said', () => {
    for (const section of [
      'aws_access_key_id = ASIANEW\naws_secret_access_key = secret\n',
      'aws_access_key_id=ASIANEW\n',
      '  aws_access_key_id =ASIANEW  \r\n',
    ]) {
      expect(removeBlock(rewritten(section), ID, { section: 'ci', fingerprint: fp1 })).toEqual({
        text: '[a]\nk = 0\n\n',
        found: true,
        notes: [
          'its marker lines were gone (a tool rewrote the file); removed the [ci] section by its name and aws_access_key_id',
        ],
      });
    }
  });

  test('a value that differs, a key that is missing, or only in a comment or another section: left, and said', () => {
    const left = (section: string, fingerprint = fp1) => {
      const text = rewritten(section);
      const removed = removeBlock(text, ID, { section: 'ci', fingerprint });
      expect([removed.text, removed.found]).toEqual([text, false]);
      return removed.notes;
    };
    expect(left('aws_access_key_id = AKIAOTHER\n')).toEqual([
      'left the [ci] section in place: its aws_access_key_id is not what this job wrote',
    ]);
    left('region = us-east-1\n');
    left('aws_access_key_id = AKIAOTHER\n# aws_access_key_id = ASIANEW\n');
    left('aws_access_key_id = AKIAOTHER\n[other]\naws_access_key_id = ASIANEW\n');
    expect(left('aws_access_key_id = ASIANEW\naws_secret_access_key = changed\n', fp2)).toEqual([
      'left the [ci] section in place: its aws_access_key_id and aws_secret_access_key are not what this job wrote',
    ]);
  });

  test('without a fingerprint, or an empty one, nothing is taken by name alone', () => {
    const text = rewritten('aws_access_key_id = ASIANEW\n');
    expect(removeBlock(text, ID, { section: 'ci' })).toEqual({ text, found: false, notes: [] });
    expect(removeBlock(text, ID, { section: 'ci', fingerprint: {} })).toEqual({
      text,
      found: false,
      notes: [],
    });
    expect(removeBlock(text, ID, { fingerprint: fp1 })).toEqual({ text, found: false, notes: [] });
  });

  test('a fingerprint holds 128-bit hashes of the values, never the values', () => {
    expect(fp2.aws_access_key_id).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(fp2)).not.toContain('ASIANEW');
    expect(fp2.aws_access_key_id).not.toBe(fp2.aws_secret_access_key);
  });
});

describe('removeBlock, the markers around what they delimit', () => {
  const ID = 'abcd1234';
  const begin = `# aws-oidc-credentials ${ID} begin (sep:n; written for one job, removed by its post step)`;
  const end = `# aws-oidc-credentials ${ID} end`;

  test('a begin and an end with no header between them (a tool dropped it): each alone, that line only', () => {
    const removed = removeBlock(`[a]\nk = 0\n${begin}\nk = 1\n${end}\n[b]\n`, ID, { section: 'ci' });
    expect(removed.text).toBe('[a]\nk = 0\nk = 1\n[b]\n');
    expect(removed.notes).toHaveLength(2);
  });

  test('an end line after a whole block is alone, whatever the block before it held', () => {
    const text = `${insertBlock('[a]\n', ID, 'ci', { k: '1' }).text}[b]\nk = 2\n${end}\n`;
    const removed = removeBlock(text, ID, { section: 'ci' });
    expect(removed.text).toBe('[a]\n[b]\nk = 2\n');
    expect(removed.notes).toEqual([
      'line 9 is a "end" marker of this job without its "begin" line; removed that line only',
    ]);
  });

  test('a marker quoted inside a line does not end the section it is in', () => {
    const text = `[ci]\nnote = see # aws-oidc-credentials ${ID} begin (sep:n; x)\nk = 1\n[b]\n`;
    expect(findSections(text, 'ci')).toEqual([{ start: 0, end: text.indexOf('[b]') }]);
  });

  test('a file it made, turned CRLF, is still known as made by every block after', () => {
    const made = insertBlock(undefined, 'aaaa0001', 'a', { k: '1' }).text.replace(/\n/g, '\r\n');
    const second = insertBlock(made, 'bbbb0002', 'b', { k: '2' }).text;
    const third = insertBlock(second, 'cccc0003', 'c', { k: '3' }).text;
    expect(third).toContain('cccc0003 begin (sep:rn new-file;');
  });
});
