/**
 * Issue 3 format matrix: one monorepo whose base and head commits change every manifest and lockfile format
 * Customs reads, each in its own folder with its own package names, served by a real PEP 691 index (with
 * JSON API) and the real Verdaccio. The built CLI scans base..head and the test asserts exactly which
 * packages were added, updated and removed, with versions, directness and the file:line to annotate, so a
 * format that stops being read fails here. Packages are tiny benign fixtures built in the test.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepo } from '../support/git-repo.js';
import { startPypiIndex, writeIndexFolder, type IndexDescription, type PypiIndexServer } from '../support/pypi-index.js';
import { NPM_PREFIXES, npmFiles, PY_SERVED, pyBytes, pythonFiles, sdistName, type Pub, type RepoFiles } from '../support/format-fixtures.js';
import { publish, startVerdaccio, type VerdaccioServer } from '../support/verdaccio.js';

const CLI = resolve(process.cwd(), process.env['CUSTOMS_DIST'] ?? 'dist', 'cli.js');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'], HOME: process.env['HOME'] }, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr }),
    ),
  );
}

// ---- servers, repository, scan ----------------------------------------------------------------------------

let index: PypiIndexServer;
let npm: VerdaccioServer;
let repo: string;
let cache: string;
let result: { code: number; stdout: string; stderr: string };
let seconds = 0;
let files: RepoFiles;

beforeAll(async () => {
  const desc: IndexDescription = {};
  for (const [n, v] of PY_SERVED) (desc[n] ??= []).push({ filename: sdistName(n, v), bytes: pyBytes.get(`${n}@${v}`)!, uploadTime: '2025-01-02T03:04:05Z' });
  const folder = await writeIndexFolder(desc);
  const jsonApi = Object.fromEntries(PY_SERVED.map(([n]) => [n, { summary: `fixture ${n}`, author: 'Fixture', requires_dist: [] }]));
  [index, npm] = await Promise.all([startPypiIndex(folder, { jsonApi }), startVerdaccio()]);
  const pub: Pub = {};
  for (const p of NPM_PREFIXES) {
    const specs: [string, string, Record<string, string>?][] = [[`${p}-a`, '1.1.0', { [`${p}-t`]: '^1.0.0' }], [`${p}-n`, '1.0.0'], [`${p}-t`, '1.0.0']];
    for (const [n, v, deps] of specs) {
      pub[`${n}@${v}`] = await publish(npm, { name: n, version: v, main: 'index.js', ...(deps ? { dependencies: deps } : {}) }, { 'index.js': `module.exports = ${JSON.stringify(`${n}@${v}`)};\n` });
    }
  }
  const fileUrl = (f: string): string => new URL(`../files/${f}`, index.indexUrl).href;
  const py = pythonFiles(index.indexUrl, fileUrl);
  const js = npmFiles(npm.url, pub);
  files = { base: { ...py.base, ...js.base }, head: { ...py.head, ...js.head } };
  repo = await buildRepo(files.base, files.head);
  cache = await mkdtemp(join(tmpdir(), 'customs-formats-cache-'));
  const started = performance.now();
  result = await run(['scan', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json', '--no-osv', '--cache-dir', cache, '--pypi-index-url', index.indexUrl, '--npm-registry', npm.url]);
  seconds = (performance.now() - started) / 1000;
}, 120_000);

afterAll(async () => {
  await Promise.all([index?.close(), npm?.close()]);
  await Promise.all([repo, cache].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

interface Change {
  ref: { ecosystem: string; name: string; version: string };
  previous?: string;
  change: string;
  direct: boolean;
  source: { file: string; line: number };
}
interface Report {
  decision: string;
  changes: Change[];
  packages: { ref: { name: string; version: string }; decision: string; change: Change; findings: { ruleId: string; message: string }[] }[];
}

/** 1-based line of `file` (at base or head) that starts with `needle`, else the first that contains it. */
function lineOf(side: 'base' | 'head', file: string, needle: string): number {
  const lines = files[side][file]!.split('\n');
  const at = lines.findIndex((l) => l.startsWith(needle));
  const i = at >= 0 ? at : lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${side}:${file}`);
  return i + 1;
}

type Expect = [eco: 'pypi' | 'npm', name: string, version: string, change: 'added' | 'updated' | 'removed', previous: string | undefined, direct: boolean, file: string, needle: string];

/** Per format: updated direct (a), added direct (n), removed (r, annotated at its base line), added transitive (t). */
function expected(): Expect[] {
  const out: Expect[] = [];
  const py = (prefix: string, dir: string, manifest: string, aNeedle: string, nNeedle: string, rNeedle: string, lock?: string): void => {
    const m = `py/${dir}/${manifest}`;
    out.push(['pypi', `${prefix}-a`, '2.0', 'updated', '1.0', true, m, aNeedle]);
    out.push(['pypi', `${prefix}-r`, '1.0', 'removed', undefined, true, m, rNeedle]);
    // Pipfile.lock has no dependency graph, so what only it lists counts as direct.
    if (lock) out.push(['pypi', `${prefix}-t`, '1.0', 'added', undefined, lock === 'Pipfile.lock', `py/${dir}/${lock}`, lock === 'Pipfile.lock' ? `"${prefix}-t": {` : `name = "${prefix}-t"`]);
  };
  out.push(['pypi', 'req-n', '1.0', 'added', undefined, true, 'py/req/shared.txt', 'req-n==1.0']);
  py('req', 'req', 'requirements.txt', 'req-a==2.0', '', 'req-r==1.0');
  out.push(['pypi', 'pep-n', '', 'added', undefined, true, 'py/pep621/pyproject.toml', 'pep-n>=0.5']);
  py('pep', 'pep621', 'pyproject.toml', 'pep-a==2.0', '', 'pep-r==1.0');
  out.push(['pypi', 'poet-n', '1.0', 'added', undefined, true, 'py/poetry/pyproject.toml', 'poet-n = "^1.0"']);
  py('poet', 'poetry', 'pyproject.toml', 'poet-a = "2.0"', '', 'poet-r = "1.0"', 'poetry.lock');
  out.push(['pypi', 'cfg-n', '1.0', 'added', undefined, true, 'py/setupcfg/setup.cfg', 'cfg-n==1.0']);
  py('cfg', 'setupcfg', 'setup.cfg', 'cfg-a==2.0', '', 'cfg-r==1.0');
  out.push(['pypi', 'pipe-n', '1.0', 'added', undefined, true, 'py/pipenv/Pipfile', 'pipe-n = "*"']);
  py('pipe', 'pipenv', 'Pipfile', 'pipe-a = "==2.0"', '', 'pipe-r = "==1.0"', 'Pipfile.lock');
  out.push(['pypi', 'uv-n', '1.0', 'added', undefined, true, 'py/uv/pyproject.toml', 'uv-n>=1.0']);
  py('uv', 'uv', 'pyproject.toml', 'uv-a==2.0', '', 'uv-r==1.0', 'uv.lock');
  out.push(['pypi', 'pdm-n', '1.0', 'added', undefined, true, 'py/pdm/pyproject.toml', 'pdm-n>=1.0']);
  py('pdm', 'pdm', 'pyproject.toml', 'pdm-a==2.0', '', 'pdm-r==1.0', 'pdm.lock');
  const lockNames: Record<string, string> = { lock: 'package-lock.json', shrink: 'npm-shrinkwrap.json', yone: 'yarn.lock', berry: 'yarn.lock', pnpm: 'pnpm-lock.yaml', bun: 'bun.lock' };
  for (const p of NPM_PREFIXES) {
    const m = `js/${p}/package.json`;
    out.push(['npm', `${p}-a`, '1.1.0', 'updated', '1.0.0', true, m, `"${p}-a"`]);
    out.push(['npm', `${p}-n`, '1.0.0', 'added', undefined, true, m, `"${p}-n"`]);
    out.push(['npm', `${p}-r`, '1.0.0', 'removed', undefined, true, m, `"${p}-r"`]);
    // The transitive one is annotated where its lockfile entry starts.
    const needle = { lock: '"node_modules/lock-t"', shrink: '"node_modules/shrink-t"', yone: 'yone-t@^1.0.0:', berry: '"berry-t@npm:^1.0.0":', pnpm: '  pnpm-t@1.0.0:', bun: '"bun-t": [' }[p]!;
    out.push(['npm', `${p}-t`, '1.0.0', 'added', undefined, false, `js/${p}/${lockNames[p]}`, needle]);
  }
  return out;
}

const describeChange = (c: Change): string =>
  `${c.ref.ecosystem} ${c.ref.name}@${c.ref.version} ${c.change}${c.previous ? ` from ${c.previous}` : ''} ${c.direct ? 'direct' : 'transitive'} ${c.source.file}:${c.source.line}`;

describe('customs scan reads every manifest and lockfile format (built CLI)', () => {
  const report = (): Report => {
    if (result.code > 1 || !result.stdout.startsWith('{')) throw new Error(`scan failed (exit ${result.code}): ${result.stderr}`);
    return JSON.parse(result.stdout) as Report;
  };

  it('finds exactly the added, updated and removed packages of each format, with versions, directness and file:line', () => {
    const want = expected().map(([eco, name, version, change, previous, direct, file, needle]) =>
      describeChange({ ref: { ecosystem: eco, name, version }, change, direct, source: { file, line: lineOf(change === 'removed' ? 'base' : 'head', file, needle) }, ...(previous ? { previous } : {}) }),
    );
    expect(report().changes.map(describeChange).sort()).toEqual(want.sort());
    // Every format contributed (the list above is per folder; a silent parser would drop its folder's lines).
    const folders = new Set(report().changes.map((c) => c.source.file.split('/').slice(0, 2).join('/')));
    expect([...folders].sort()).toEqual(['js/berry', 'js/bun', 'js/lock', 'js/pnpm', 'js/shrink', 'js/yone', 'py/pdm', 'py/pep621', 'py/pipenv', 'py/poetry', 'py/req', 'py/setupcfg', 'py/uv']);
  });

  it('inspects each new version once, resolving ranges against the index, and carries the change on each package', () => {
    const r = report();
    const inspected = r.packages.map((p) => `${p.ref.name}@${p.ref.version}`).sort();
    const want = expected()
      .filter(([, , , change]) => change !== 'removed')
      .map(([, name, version]) => `${name}@${version || '1.0'}`)
      .sort();
    expect(inspected).toEqual(want);
    for (const p of r.packages) {
      const c = r.changes.find((x) => x.ref.name === p.ref.name)!;
      expect(p.change).toMatchObject({ change: c.change, direct: c.direct, source: c.source });
    }
    console.log(`formats scan: ${r.changes.length} changes, ${r.packages.length} packages inspected in ${seconds.toFixed(1)} s`);
  });

  it('does not fail the benign fixtures; Berry entries warn because its checksum hashes the zip cache, not the tarball', () => {
    const r = report();
    for (const p of r.packages) {
      if (p.ref.name.startsWith('berry-')) {
        expect(p.decision, p.ref.name).toBe('warn');
        expect(p.findings.filter((f) => f.ruleId.startsWith('customs/') || f.ruleId === 'pkg/lockfile-source').map((f) => f.ruleId)).toEqual(['pkg/lockfile-source']);
        expect(p.findings.find((f) => f.ruleId === 'pkg/lockfile-source')!.message).toContain(`lockfile entry for ${p.ref.name} has no integrity hash`);
      } else {
        // Nothing may say it was not inspected or came from elsewhere.
        const serious = p.findings.filter((f) => f.ruleId.startsWith('customs/') || f.ruleId === 'pkg/lockfile-source');
        // Fresh fixtures may draw low metadata notes (first published a minute ago, single release) and so warn.
        expect({ name: p.ref.name, failed: p.decision === 'fail', serious }, JSON.stringify(p.findings.map((f) => `${f.ruleId}: ${f.message}`))).toEqual({ name: p.ref.name, failed: false, serious: [] });
      }
    }
    expect(r.decision).toBe('warn');
    expect(result.code).toBe(0);
    // Every PyPI download was checked against the hashes the lockfiles and requirements carry.
    expect(index.requests.filter((q) => q.path.startsWith('/files/')).length).toBe(r.packages.filter((p) => !/^(lock|shrink|yone|berry|pnpm|bun)-/.test(p.ref.name)).length);
  });
});
