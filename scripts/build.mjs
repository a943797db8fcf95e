// Bundles the CLI (and, when present, the Action entry) into self-contained files in dist/, and copies the
// tree-sitter wasm beside them: `node dist/cli.js` must run from a fresh clone with no node_modules.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';

const entries = [
  ['src/cli.ts', 'dist/cli.js'],
  ['src/main.ts', 'dist/index.js'],
].filter(([src]) => existsSync(src));

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
for (const [src, out] of entries) {
  await build({
    entryPoints: [src],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __customsCreateRequire } from 'node:module';\nconst require = __customsCreateRequire(import.meta.url);" },
  });
}
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm');
copyFileSync('node_modules/tree-sitter-python/tree-sitter-python.wasm', 'dist/tree-sitter-python.wasm');
