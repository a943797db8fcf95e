// Bundles the CLI (and, when present, the Action entry) into self-contained files in dist/, and copies the
// tree-sitter wasm beside them: `node dist/cli.js` must run from a fresh clone with no node_modules.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// `node scripts/build.mjs [OUTDIR]`: OUTDIR defaults to dist (the dist test builds into a temporary folder).
const outDir = process.argv[2] ?? 'dist';

const entries = [
  ['src/cli.ts', 'cli.js'],
  ['src/main.ts', 'index.js'],
].filter(([src]) => existsSync(src));

/**
 * A digest of everything the verdicts come from (the sources with the data and schemas they import, and the
 * locked dependencies, wasm grammars included): cached scan results are keyed by it, so a new build never
 * serves an older build's verdicts.
 */
function analysisDigest() {
  const hash = createHash('sha256');
  const files = ['src', 'schemas']
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, 'package-lock.json']) hash.update(f).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
const digest = analysisDigest();

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [src, out] of entries) {
  await build({
    entryPoints: [src],
    outfile: join(outDir, out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    define: { __CUSTOMS_ANALYSIS_DIGEST__: JSON.stringify(digest) },
    // Prefer ESM builds: some packages' UMD "main" (jsonc-parser) requires files esbuild cannot see.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    // Keep module paths as seen from here: a worktree whose node_modules is a symlink builds the same bundle.
    preserveSymlinks: true,
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __customsCreateRequire } from 'node:module';\nconst require = __customsCreateRequire(import.meta.url);" },
  });
}
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', join(outDir, 'web-tree-sitter.wasm'));
copyFileSync('node_modules/tree-sitter-python/tree-sitter-python.wasm', join(outDir, 'tree-sitter-python.wasm'));
