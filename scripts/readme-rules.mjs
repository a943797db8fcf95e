// Regenerates the README's tables (rules, Action inputs and outputs, policy keys) from the code, between their
// <!-- NAME:start --> / <!-- NAME:end --> markers. `--check` only reports stale sections (exit 1).
// Usage: node scripts/readme-rules.mjs [--check] [README]   (test/build/readme.test.ts runs the same check)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const check = args.includes('--check');
const readmePath = args.find((a) => !a.startsWith('--')) ?? 'README.md';

// The generator is TypeScript (it shares the code's types); bundle it so plain node can run it.
const tmp = mkdtempSync(join(tmpdir(), 'customs-readme-'));
try {
  const outfile = join(tmp, 'readme-tables.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'readme-tables.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);" },
  });
  const { staleSections, updateReadme } = await import(pathToFileURL(outfile).href);
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'policy.schema.json'), 'utf8'));
  const readme = readFileSync(readmePath, 'utf8');
  if (check) {
    const stale = staleSections(readme, schema);
    if (stale.length > 0) {
      console.error(`${readmePath}: generated sections out of date: ${stale.join(', ')} (run node scripts/readme-rules.mjs)`);
      process.exitCode = 1;
    } else console.log(`${readmePath}: generated sections up to date`);
  } else {
    writeFileSync(readmePath, updateReadme(readme, schema));
    console.log(`${readmePath}: generated sections written`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
