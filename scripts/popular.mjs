// Builds the bundled popularity lists used by pkg/typosquat (src/data/popular-{pypi,npm}.json).
//
//   node scripts/popular.mjs                 convert ../shared/data/popular-*.tsv (captured 2026-11) to JSON
//   node scripts/popular.mjs --data DIR      read the TSVs from DIR instead
//   node scripts/popular.mjs --refresh       fetch fresh lists from the public sources first (needs network)
//   --out DIR (default src/data), --top N (default 5000), --captured YYYY-MM (default 2026-11)
//
// Each JSON holds the top TOP names by downloads (the typosquat *targets*, in rank order) and 32-bit FNV-1a
// hashes of the remaining names (the *exemptions*: a name anywhere in the list is never flagged). Hashes keep
// the files small; a collision can only hide a finding, never raise one.
//
// Sources:
//  - PyPI: Hugo van Kemenade's top-pypi-packages dataset (BigQuery export of PyPI's public download data),
//    https://hugovk.github.io/top-pypi-packages/ (30-day download counts).
//  - npm: the registry download-counts API, https://github.com/npm/registry/blob/main/docs/download-counts.md.
//    npm publishes no ranking, so a refresh re-counts a candidate list: the current TSV plus any names given
//    with --candidates FILE (one per line). Unscoped names go 128 per bulk request; scoped ones one at a time.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

let TOP = 5000;
const FULL = 15000;
const PYPI_URL = 'https://hugovk.github.io/top-pypi-packages/top-pypi-packages-30-days.min.json';
const NPM_API = 'https://api.npmjs.org/downloads/point/last-month/';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dataDir = opt('--data', join(import.meta.dirname, '..', '..', 'shared', 'data'));
const outDir = opt('--out', join(import.meta.dirname, '..', 'src', 'data'));
TOP = Number(opt('--top', TOP));

const pep503 = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');

/** Same function as src/detectors/shared/names.ts fnv1a32. */
function fnv1a32(text) {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function readTsv(file) {
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
  return rows.map((r) => r.split('\t')).map(([n, name]) => ({ n: Number(n), name: name.trim() }));
}

async function getJson(url) {
  const res = await fetch(url, { headers: { 'user-agent': 'customs-popular-refresh' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function refreshPypi() {
  const body = await getJson(PYPI_URL);
  const rows = body.rows.slice(0, FULL).map((r, i) => `${i + 1}\t${r.project}`);
  writeFileSync(join(dataDir, 'popular-pypi.tsv'), `rank\tname\n${rows.join('\n')}\n`);
  return body.last_update?.slice(0, 7);
}

async function refreshNpm() {
  const current = readTsv(join(dataDir, 'popular-npm.tsv')).map((r) => r.name);
  const extra = opt('--candidates') ? readFileSync(opt('--candidates'), 'utf8').split('\n').map((s) => s.trim()) : [];
  const names = [...new Set([...current, ...extra].filter(Boolean))];
  const counts = new Map();
  const unscoped = names.filter((n) => !n.startsWith('@'));
  for (let i = 0; i < unscoped.length; i += 128) {
    const batch = unscoped.slice(i, i + 128);
    const body = await getJson(NPM_API + batch.map(encodeURIComponent).join(','));
    for (const [name, v] of Object.entries(body)) if (v) counts.set(name, v.downloads);
  }
  for (const name of names.filter((n) => n.startsWith('@'))) {
    const body = await getJson(NPM_API + name.replace('/', '%2F')).catch(() => undefined);
    if (body) counts.set(name, body.downloads);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]).slice(0, FULL);
  writeFileSync(join(dataDir, 'popular-npm.tsv'), `downloads_a_month\tname\n${rows.map(([n, d]) => `${d}\t${n}`).join('\n')}\n`);
}

function toBase64(hashes) {
  const buf = Buffer.alloc(hashes.length * 4);
  hashes.forEach((h, i) => buf.writeUInt32BE(h, i * 4));
  return buf.toString('base64');
}

function build(ecosystem, rows, source, captured) {
  // The PyPI file is by rank ascending, the npm file by downloads descending: both are already in rank order.
  const names = [...new Set(rows.map((r) => (ecosystem === 'pypi' ? pep503(r.name) : r.name.toLowerCase())))];
  const top = names.slice(0, TOP);
  const rest = [...new Set(names.slice(TOP, FULL).map(fnv1a32))].sort((a, b) => a - b);
  // Every npm scope in the list, so a scope that merely resembles a popular one is not mistaken for a typo of it.
  const scopes = [...new Set(names.slice(0, FULL).filter((n) => n.startsWith('@')).map((n) => n.slice(1, n.indexOf('/'))))].sort();
  const out = { ecosystem, source, captured, total: Math.min(names.length, FULL), top, scopes, restHashes: toBase64(rest) };
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `popular-${ecosystem}.json`);
  writeFileSync(file, `${JSON.stringify(out)}\n`);
  console.log(`${file}: ${top.length} targets, ${rest.length} more names hashed, ${JSON.stringify(out).length} bytes`);
}

let captured = opt('--captured', '2026-11');
if (args.includes('--refresh')) {
  captured = (await refreshPypi()) ?? new Date().toISOString().slice(0, 7);
  await refreshNpm();
}
build('pypi', readTsv(join(dataDir, 'popular-pypi.tsv')), 'PyPI public download data (top-pypi-packages, 30 days)', captured);
build('npm', readTsv(join(dataDir, 'popular-npm.tsv')), 'npm registry download counts (last month)', captured);
