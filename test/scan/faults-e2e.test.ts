/**
 * Issue 3 fault matrix for `customs scan`, from the built CLI: each registry or lockfile fault must end in a
 * clear message naming the package and the problem and never in a silent pass — the package's finding is
 * `customs/uninspectable`, `customs/integrity-mismatch` or `pkg/lockfile-source`, or the scan fails outright,
 * and the exit code is 1. Transient faults (500, 429 + Retry-After) must pass after a retry. The npm
 * registry here is the scriptable test/support/http-server.ts (Verdaccio cannot be made to fault); the
 * PyPI side uses the PEP 691 index stand-in. A registry token is configured throughout and must never show.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepo } from '../support/git-repo.js';
import { startServer, type TestServer } from '../support/http-server.js';
import { startPypiIndex, writeIndexFolder, type PypiIndexServer } from '../support/pypi-index.js';
import { buildTarball } from '../support/verdaccio.js';

const CLI = resolve(process.cwd(), process.env['CUSTOMS_DIST'] ?? 'dist', 'cli.js');
const TOKEN = 'npm_FaultTestToken0123456789abcdef';

interface Finding { ruleId: string; severity: string; message: string }
interface Pkg { ref: { name: string; version: string }; decision: string; findings: Finding[] }
interface Outcome { code: number; stdout: string; stderr: string; seconds: number; report?: { decision: string; packages: Pkg[] } }

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) =>
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number }).code ?? 99) : 0;
      let report: Outcome['report'];
      try {
        report = JSON.parse(stdout) as Outcome['report'];
      } catch {
        report = undefined;
      }
      done({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, ...(report ? { report } : {}) });
    }),
  );
}

const sri = (b: Uint8Array): string => `sha512-${createHash('sha512').update(b).digest('base64')}`;
const pkgJson = (deps: Record<string, string>): string => JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: deps }, null, 2) + '\n';

let npm: TestServer;
let mirror: TestServer;
let pypi: PypiIndexServer;
const repos: string[] = [];
const tarballs = new Map<string, Buffer>();

const tarballUrl = (server: TestServer, name: string): string => `${server.url}/${name}/-/${name}-1.0.0.tgz`;

/** Serves the packument of `name` 1.0.0 (digest of its real tarball) and, unless told otherwise, the tarball. */
function servePackage(name: string, opts: { tarball?: (res: import('node:http').ServerResponse, bytes: Buffer) => void } = {}): void {
  const bytes = tarballs.get(name)!;
  npm.on(`/${name}`, (_req, res) => {
    const dist = { tarball: tarballUrl(npm, name), integrity: sri(bytes), shasum: createHash('sha1').update(bytes).digest('hex') };
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        name,
        'dist-tags': { latest: '1.0.0' },
        versions: { '1.0.0': { name, version: '1.0.0', main: 'index.js', dist } },
        time: { created: '2024-01-01T00:00:00.000Z', '1.0.0': '2024-01-01T00:00:00.000Z' },
        maintainers: [{ name: 'fixture', email: 'fixture@example.test' }],
      }),
    );
  });
  npm.on(`/${name}/-/${name}-1.0.0.tgz`, (_req, res) => {
    if (opts.tarball) return opts.tarball(res, bytes);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }).end(bytes);
  });
}

/** A repository whose head adds `name` 1.0.0 to js/package.json (plus any extra head files); scans it. */
async function scanAdding(name: string, extraHead: Record<string, string> = {}, args: string[] = []): Promise<Outcome> {
  const repo = await buildRepo({ 'js/package.json': pkgJson({}) }, { 'js/package.json': pkgJson({ [name]: '1.0.0' }), ...extraHead });
  repos.push(repo);
  const host = new URL(npm.url).host;
  const r = await runCli(
    ['scan', '--repo', repo, '--base', 'base', '--head', 'head', '--format', 'json', '--no-osv', '--no-cache', '--ecosystems', 'npm,pypi', '--npm-registry', `${npm.url}/`, '--pypi-index-url', pypi.indexUrl, ...args],
    { CUSTOMS_REGISTRY_TOKENS: `${host}=${TOKEN}` },
  );
  expect(r.stdout + r.stderr).not.toContain(TOKEN);
  return r;
}

function packageOf(r: Outcome, name: string): Pkg {
  const p = r.report?.packages.find((x) => x.ref.name === name);
  if (!p) throw new Error(`${name} not in the report (exit ${r.code}): ${r.stdout.slice(0, 2000)} ${r.stderr.slice(0, 2000)}`);
  return p;
}

/** The fail-closed shape: exit 1, decision fail, the package carries `rule` with a message naming it. */
function expectFailClosed(r: Outcome, name: string, rule: string, problem: RegExp): Finding {
  const p = packageOf(r, name);
  const f = p.findings.find((x) => x.ruleId === rule);
  expect(f, `${name}: ${JSON.stringify(p.findings)}`).toBeDefined();
  expect(f!.message).toContain(name);
  expect(f!.message).toMatch(problem);
  expect(p.decision).toBe('fail');
  expect(r.report!.decision).toBe('fail');
  expect(r.code).toBe(1);
  return f!;
}

/** Inspected after all: not failed, and nothing says it could not be fetched or read (low metadata notes may remain). */
function expectPassed(r: Outcome, name: string): void {
  const p = packageOf(r, name);
  expect(p.findings.filter((f) => f.ruleId.startsWith('customs/') || f.severity === 'high' || f.severity === 'critical')).toEqual([]);
  expect(p.decision).not.toBe('fail');
  expect(r.code).toBe(0);
}

beforeAll(async () => {
  [npm, mirror] = await Promise.all([startServer(), startServer()]);
  pypi = await startPypiIndex(await writeIndexFolder({}));
  for (const name of ['gone-pkg', 'flaky-pkg', 'busy-pkg', 'hang-pkg', 'cut-pkg', 'swap-pkg', 'big-pkg', 'away-pkg', 'bun-reg-pkg']) {
    // Random text does not compress: big-pkg's tarball stays well over the 1 KiB limit given below.
    const padding: Record<string, string> = name === 'big-pkg' ? { 'data.js': `module.exports = ${JSON.stringify(randomBytes(6000).toString('base64'))};\n` } : {};
    tarballs.set(name, await buildTarball({ 'package.json': JSON.stringify({ name, version: '1.0.0', main: 'index.js' }), 'index.js': `module.exports = ${JSON.stringify(name)};\n`, ...padding }));
  }
}, 30_000);

afterAll(async () => {
  await Promise.all([npm?.close(), mirror?.close(), pypi?.close()]);
  await Promise.all(repos.map((d) => rm(d, { recursive: true, force: true })));
});

describe('customs scan under registry and lockfile faults (built CLI)', () => {
  it('404: a package the registry does not have is uninspectable and fails (npm and PyPI)', async () => {
    npm.on('/gone-pkg', (_req, res) => void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}'));
    const r = await scanAdding('gone-pkg', { 'py/requirements.txt': 'ghost-lib==1.0\n' });
    expectFailClosed(r, 'gone-pkg', 'customs/uninspectable', /404|not found/i);
    expectFailClosed(r, 'ghost-lib', 'customs/uninspectable', /404|not found/i);
    console.log(`404: ${r.seconds.toFixed(1)} s; ${packageOf(r, 'gone-pkg').findings[0]!.message} / ${packageOf(r, 'ghost-lib').findings[0]!.message}`);
  }, 30_000);

  it('500 then success: passes after a retry', async () => {
    let calls = 0;
    servePackage('flaky-pkg', {
      tarball: (res, bytes) => {
        if (++calls === 1) return void res.writeHead(500).end('internal error');
        res.writeHead(200, { 'content-length': String(bytes.length) }).end(bytes);
      },
    });
    const r = await scanAdding('flaky-pkg');
    expectPassed(r, 'flaky-pkg');
    expect(calls).toBe(2);
    expect(r.code).toBe(0);
  }, 30_000);

  it('429 with Retry-After: 1 then success: waits about a second and passes', async () => {
    const at: number[] = [];
    servePackage('busy-pkg');
    npm.on('/busy-pkg', (_req, res) => {
      at.push(Date.now());
      if (at.length === 1) return void res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      const bytes = tarballs.get('busy-pkg')!;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({ name: 'busy-pkg', 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { name: 'busy-pkg', version: '1.0.0', dist: { tarball: tarballUrl(npm, 'busy-pkg'), integrity: sri(bytes) } } } }),
      );
    });
    const r = await scanAdding('busy-pkg');
    expectPassed(r, 'busy-pkg');
    expect(at.length).toBe(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(950);
    expect(r.code).toBe(0);
  }, 30_000);

  it('a hanging registry times out (--http-timeout 1) and fails closed', async () => {
    servePackage('hang-pkg', { tarball: () => undefined /* never answers */ });
    const r = await scanAdding('hang-pkg', {}, ['--http-timeout', '1']);
    expectFailClosed(r, 'hang-pkg', 'customs/uninspectable', /timed out/);
    console.log(`hang: ${r.seconds.toFixed(1)} s; ${packageOf(r, 'hang-pkg').findings[0]!.message}`);
  }, 60_000);

  it('a truncated body (connection cut before Content-Length) fails closed', async () => {
    servePackage('cut-pkg', {
      tarball: (res, bytes) => {
        res.writeHead(200, { 'content-length': String(bytes.length) });
        res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.destroy());
      },
    });
    const r = await scanAdding('cut-pkg');
    const f = expectFailClosed(r, 'cut-pkg', 'customs/uninspectable', /./);
    console.log(`truncated: ${r.seconds.toFixed(1)} s; ${f.message}`);
  }, 60_000);

  it('integrity mismatch: the lockfile pins other bytes than the registry serves', async () => {
    servePackage('swap-pkg');
    const lock = {
      name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { 'swap-pkg': '1.0.0' } },
        'node_modules/swap-pkg': { version: '1.0.0', resolved: tarballUrl(npm, 'swap-pkg'), integrity: sri(Buffer.from('other bytes')) },
      },
    };
    const r = await scanAdding('swap-pkg', { 'js/package-lock.json': JSON.stringify(lock, null, 2) + '\n' });
    const f = expectFailClosed(r, 'swap-pkg', 'customs/integrity-mismatch', /integrity|digest|sha512/i);
    console.log(`integrity: ${f.message}`);
  }, 30_000);

  it('an artifact over --max-artifact-mb is uninspectable and fails', async () => {
    servePackage('big-pkg');
    expect(tarballs.get('big-pkg')!.length).toBeGreaterThan(2048);
    const r = await scanAdding('big-pkg', {}, ['--max-artifact-mb', '0.001']);
    const f = expectFailClosed(r, 'big-pkg', 'customs/uninspectable', /limit|large|bytes/i);
    console.log(`oversized: ${f.message}`);
  }, 30_000);

  it('a malformed lockfile fails the scan with its file:line', async () => {
    const lock = "lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      x-pkg:\n        specifier: ^1.0.0\n        version: [1.0.0\n";
    const r = await scanAdding('away-pkg', { 'js/pnpm-lock.yaml': lock });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/js\/pnpm-lock\.yaml:\d+/);
    console.log(`malformed: ${(r.stdout + r.stderr).match(/js\/pnpm-lock\.yaml:[^\n"]*/)?.[0]}`);
  }, 30_000);

  // The resolved URL is not registry-shaped (`<registry>/<name>/-/<file>.tgz`): before the fix the parsers took
  // such entries for URL dependencies, downloaded them from the URL and raised nothing (a silent pass).
  const awayLocks = (url: string, integrity: string): Record<string, string> => ({
    'package-lock.json':
      JSON.stringify(
        {
          name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
          packages: { '': { name: 'app', version: '1.0.0', dependencies: { 'away-pkg': '1.0.0' } }, 'node_modules/away-pkg': { version: '1.0.0', resolved: url, integrity } },
        },
        null,
        2,
      ) + '\n',
    'yarn.lock': `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\naway-pkg@1.0.0:\n  version "1.0.0"\n  resolved "${url}"\n  integrity ${integrity}\n`,
    'pnpm-lock.yaml': `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      away-pkg:\n        specifier: 1.0.0\n        version: 1.0.0\n\npackages:\n\n  away-pkg@1.0.0:\n    resolution: {integrity: ${integrity}, tarball: ${url}}\n\nsnapshots:\n\n  away-pkg@1.0.0: {}\n`,
  });

  for (const lockfile of ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml']) {
    it(`a ${lockfile} entry resolved to another host than the registry is flagged pkg/lockfile-source and fails`, async () => {
      servePackage('away-pkg');
      const bytes = tarballs.get('away-pkg')!;
      mirror.on('/away-pkg-1.0.0.tgz', (_req, res) => void res.writeHead(200, { 'content-length': String(bytes.length) }).end(bytes));
      const before = mirror.hits('/away-pkg-1.0.0.tgz');
      const r = await scanAdding('away-pkg', { [`js/${lockfile}`]: awayLocks(`${mirror.url}/away-pkg-1.0.0.tgz`, sri(bytes))[lockfile]! });
      const f = expectFailClosed(r, 'away-pkg', 'pkg/lockfile-source', new RegExp(new URL(mirror.url).host.replace(/\./g, '\\.')));
      // What the installer would fetch is what got inspected: the lockfile's URL, without the registry's token.
      expect(mirror.hits('/away-pkg-1.0.0.tgz')).toBe(before + 1);
      expect(mirror.requests.every((q) => q.headers['authorization'] === undefined)).toBe(true);
      console.log(`lockfile-source (${lockfile}): ${f.message}`);
    }, 30_000);
  }

  // bun.lock records the registry root, not a tarball URL (Origin.url: "or the registry the lockfile names"):
  // the scan must then fetch the registry's tarball, not the root.
  it('a bun.lock entry that names the registry root (as bun does for a non-default registry) is inspected and passes', async () => {
    servePackage('bun-reg-pkg');
    const bytes = tarballs.get('bun-reg-pkg')!;
    const lock = `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "app",\n      "dependencies": {\n        "bun-reg-pkg": "1.0.0",\n      },\n    },\n  },\n  "packages": {\n    "bun-reg-pkg": ["bun-reg-pkg@1.0.0", "${npm.url}/", {}, "${sri(bytes)}"],\n  }\n}\n`;
    const r = await scanAdding('bun-reg-pkg', { 'js/bun.lock': lock });
    console.log(`bun registry root: ${packageOf(r, 'bun-reg-pkg').findings.map((f) => `${f.ruleId}: ${f.message}`).join(' | ')}`);
    expectPassed(r, 'bun-reg-pkg');
  }, 30_000);

  it('sent the token only to the registry host it belongs to', () => {
    expect(npm.requests.some((q) => q.headers['authorization'] === `Bearer ${TOKEN}`)).toBe(true);
    expect(pypi.requests.every((q) => q.authorization === undefined)).toBe(true);
  });
});
