// Workflow and action YAML validated the way GitHub's own editor tooling validates it
// (@actions/languageservice, which runs @actions/workflow-parser), with this repository's
// action.yml as the metadata of `uses: OWNER/aws-oidc-credentials@...`: a misspelled input, a
// missing required one, an unknown output, a reusable workflow called with inputs it does not
// declare, are all diagnostics.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { ROOT } from './runner.ts';

const metadata = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

/** A YAML list of steps, as docs show them, wrapped in the smallest workflow that runs them. */
function asWorkflow(text: string): string {
  const steps = text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
  return `on: push\npermissions:\n  id-token: write\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`;
}

export type Kind = 'workflow' | 'action' | 'steps';

let documents = 0;

/**
 * The diagnostics (errors and warnings) for `text`. `localFiles` answers `uses: ./path` of
 * reusable workflows (path -> content).
 */
export async function validateYaml(
  text: string,
  kind: Kind,
  localFiles: Readonly<Record<string, string>> = {},
): Promise<string[]> {
  // A new URI each time: the service caches what it parsed by URI and version.
  documents++;
  const uri =
    kind === 'action'
      ? `file:///repo/${documents}/action.yml`
      : `file:///repo/.github/workflows/check-${documents}.yml`;
  const body = kind === 'steps' ? asWorkflow(text) : text;
  const diagnostics = await validate(TextDocument.create(uri, 'yaml', 1, body), {
    actionsMetadataProvider: {
      fetchActionMetadata: async (ref) => (ref.name === 'aws-oidc-credentials' ? metadata : undefined),
    },
    fileProvider: {
      getFileContent: async (ref) => {
        const content = localFiles[ref.path.replace(/^\.\//, '')];
        if (content === undefined) throw new Error(`no local file ${ref.path}`);
        return { name: ref.path, content };
      },
    },
  });
  // 1: error, 2: warning; none given means an error (the workflow parser's own findings come so).
  // Information and hints are not findings. Other actions (actions/checkout) cannot be fetched
  // here, with no network; this action always resolves.
  return (
    diagnostics
      .filter((d) => d.severity === undefined || d.severity === 1 || d.severity === 2)
      .map((d) => ({
        line: d.range.start.line + 1,
        message: typeof d.message === 'string' ? d.message : d.message.value,
      }))
      .filter((d) => !/^Unable to resolve action `(?!\w+\/aws-oidc-credentials@)/.test(d.message))
      // act sets env.ACT in every step; no workflow declares it, so the service cannot know it.
      .filter((d) => d.message !== 'Context access might be invalid: ACT')
      .map((d) => `line ${d.line}: ${d.message}`)
  );
}

/** Every fenced block of this language in a Markdown text, with the line it starts on. */
export function fencedBlocks(markdown: string, language: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm');
  for (const m of markdown.matchAll(fence)) {
    blocks.push({ line: markdown.slice(0, m.index).split('\n').length, text: m[1] ?? '' });
  }
  return blocks;
}
