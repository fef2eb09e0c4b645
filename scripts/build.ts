// `npm run package`: the three bundles (main, post step, credential_process refresher) with ncc's
// API rather than its CLI, for one option the CLI lacks: `externals` as a map. @actions/http-client
// imports undici's ProxyAgent at the top of its module, for getAgentDispatcher(), which this action
// never sends through (core.getIDToken goes through http-client's own agents, and the GitHub API
// lookup through the action's own request). Bundled, undici costs about 44 ms of every start
// (measured: an ncc bundle of undici alone starts 44 ms slower than bare node). It is replaced by a
// stub module emitted beside each bundle. @actions/github builds a ProxyAgent when it is imported
// behind a proxy, so the stub's may be made; only a request through one, or the stub's fetch,
// says that undici is not here.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from '../test-support/runner.ts';

type Ncc = (
  entry: string,
  options: Record<string, unknown>,
) => Promise<{
  code: string;
  map?: string;
  assets: Record<string, { source: string | Buffer; permissions?: number }>;
}>;
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc;

const UNDICI_STUB = `// Written by scripts/build.ts in place of undici, which this action never sends through.
const NOT_HERE = 'undici is not bundled with this action: a request through @actions/http-client getAgentDispatcher() is not supported here';
export class ProxyAgent {
  dispatch() {
    throw new Error(NOT_HERE);
  }
}
export async function fetch() {
  throw new Error(NOT_HERE);
}
`;

const builds: [entry: string, out: string, license?: string][] = [
  ['src/index.ts', 'dist', 'licenses.txt'],
  ['src/cleanup.ts', 'dist/cleanup'],
  ['src/refresh/main.ts', 'dist/refresh'],
];

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
for (const [entry, out, license] of builds) {
  const dir = join(ROOT, out);
  const { code, map, assets } = await ncc(join(ROOT, entry), {
    // Maps for reading a stack trace against the repository at its tag; the download leaves them
    // out (.gitattributes), so nothing at run time reads them, and no shim is loaded to (it cost
    // each start, main, post step and refresher, about 2.5 ms).
    sourceMap: true,
    sourceMapRegister: false,
    quiet: true,
    ...(license ? { license } : {}),
    externals: { undici: './undici-stub.js' },
  });
  const write = (name: string, text: string | Buffer, mode?: number) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text, mode ? { mode } : {});
  };
  write('index.js', code);
  if (map) write('index.js.map', map);
  for (const [name, asset] of Object.entries(assets)) write(name, asset.source, asset.permissions);
  write('undici-stub.js', UNDICI_STUB);
}
