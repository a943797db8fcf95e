/**
 * The scan benchmark's pieces that can be checked without the corpus or a build: the repository it
 * scans (base without dependencies, head adding them in package.json and a v3 lockfile) and the child
 * measurement (wall time, CPU time, peak RSS) on a stand-in script written here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, runCli } from '../../bench/scan.mjs';

const cleanup: string[] = [];
afterAll(async () => {
  await Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true })));
});

const show = (repo: string, spec: string): string => execFileSync('git', ['show', spec], { cwd: repo }).toString();

describe('makeRepo', () => {
  it('commits a base with no dependencies and a head that adds every package, locked with resolved and integrity', () => {
    const packages = [
      { name: 'zeta', version: '2.0.0', tarball: 'http://127.0.0.1:1/zeta/-/zeta-2.0.0.tgz', integrity: 'sha512-AAAA' },
      { name: '@scope/alpha', version: '1.0.0-rc.1', tarball: 'http://127.0.0.1:1/@scope/alpha/-/alpha-1.0.0-rc.1.tgz', integrity: 'sha512-BBBB' },
    ];
    const repo = makeRepo(packages);
    cleanup.push(repo);
    const base = JSON.parse(show(repo, 'base:package-lock.json')) as { lockfileVersion: number; packages: Record<string, unknown> };
    expect(base.lockfileVersion).toBe(3);
    expect(Object.keys(base.packages)).toEqual(['']);
    expect(JSON.parse(show(repo, 'base:package.json'))).toMatchObject({ dependencies: {} });
    const pkg = JSON.parse(show(repo, 'head:package.json')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies).toEqual({ '@scope/alpha': '1.0.0-rc.1', zeta: '2.0.0' });
    const lock = JSON.parse(show(repo, 'head:package-lock.json')) as { lockfileVersion: number; packages: Record<string, Record<string, unknown>> };
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']).toMatchObject({ dependencies: pkg.dependencies });
    expect(lock.packages['node_modules/@scope/alpha']).toEqual({ version: '1.0.0-rc.1', resolved: packages[1]!.tarball, integrity: 'sha512-BBBB' });
    expect(lock.packages['node_modules/zeta']).toEqual({ version: '2.0.0', resolved: packages[0]!.tarball, integrity: 'sha512-AAAA' });
    expect(execFileSync('git', ['show', '--stat', 'head'], { cwd: repo }).toString()).toContain('package-lock.json');
  });
});

describe('runCli', () => {
  it('reports exit code, output, wall time and the peak RSS of the child', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'customs-bench-child-'));
    cleanup.push(dir);
    const script = join(dir, 'fake-cli.js');
    // Touches 160 MiB so the peak is unmistakable, then answers like the CLI does.
    await writeFile(script, "const b = Buffer.alloc(160 * 1024 * 1024, 1); process.stdout.write(JSON.stringify({ args: process.argv.slice(2), n: b[5] })); process.exitCode = 3;\n");
    const r = await runCli(['scan', '--x'], { cli: script });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({ args: ['scan', '--x'], n: 1 });
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.peakMiB).toBeGreaterThan(160);
    expect(r.peakMiB).toBeLessThan(1024);
  }, 60_000);
});
