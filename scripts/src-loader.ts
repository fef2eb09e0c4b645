// `node --import ./scripts/src-loader.ts script.ts`: lets a script run src/ as it is. Node strips the
// types of src/*.ts itself, but src/ imports its siblings as './x.js' (what the bundler and tsc
// want); this hook resolves such a relative import to the .ts file beside it when no .js exists.

import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (!existsSync(new URL(specifier, context.parentURL)) && existsSync(fileURLToPath(ts))) {
        return nextResolve(ts.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
