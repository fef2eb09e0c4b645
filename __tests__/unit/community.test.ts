// The repository's front door for people who are not writing code: a code of conduct the README
// links, and an issue chooser that offers the two forms and sends a security problem elsewhere.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from '../../test-support/runner.ts';

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

test('CODE_OF_CONDUCT.md says how to report, and the README links it', () => {
  expect(read('CODE_OF_CONDUCT.md')).toMatch(/^## Reporting$/m);
  expect(read('README.md')).toContain('[CODE_OF_CONDUCT.md](CODE_OF_CONDUCT.md)');
});

test('the issue chooser: no blank issue, the forms there, and every link absolute https', () => {
  const chooser = parse(read('.github', 'ISSUE_TEMPLATE', 'config.yml')) as {
    blank_issues_enabled: boolean;
    contact_links: { name: string; url: string; about: string }[];
  };
  expect(chooser.blank_issues_enabled).toBe(false);
  expect(readdirSync(join(ROOT, '.github', 'ISSUE_TEMPLATE')).sort()).toEqual([
    'bug.yml',
    'config.yml',
    'feature.yml',
  ]);
  expect(chooser.contact_links.length).toBeGreaterThan(0);
  for (const link of chooser.contact_links) {
    expect([link.name.length > 0, new URL(link.url).protocol, link.about.length > 0]).toEqual([
      true,
      'https:',
      true,
    ]);
  }
});
