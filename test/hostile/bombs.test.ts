/**
 * Compression bombs: ratio and absolute size, for zip (one entry, overlapping entries) and gzip. Each
 * case checks the verdict (fail: the package was not fully read) and that peak RSS stays ≤ 512 MiB.
 */
import { createGzip, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unpackArtifact } from '../../src/unpack/index.js';
import { tarArchive, tarHeader } from '../unpack/tar-builder.js';
import { zipArchive } from '../unpack/zip-builder.js';
import { decide, expectFails, MiB, note, peakRssMiB, printSummary } from './harness.js';

printSummary('bombs');

const RSS_CAP_MIB = 512;

/** gzip of a tar holding one file of `size` zero bytes, made in chunks so the test never holds it. */
function gzipTarOfZeros(name: string, size: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 6 });
    const out: Buffer[] = [];
    gzip.on('data', (c: Buffer) => out.push(c));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    gzip.on('error', reject);
    gzip.write(tarHeader({ name, size }));
    const zeros = Buffer.alloc(8 * MiB);
    let left = size;
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, zeros.length);
        left -= n;
        if (!gzip.write(zeros.subarray(0, n))) return void gzip.once('drain', pump);
      }
      gzip.end(Buffer.alloc(1024 + ((512 - (size % 512)) % 512)));
    };
    pump();
  });
}

describe('compression bombs', () => {
  it('zip bomb (ratio): one 30 MiB entry of zeros in a ~30 KiB wheel is stopped', async () => {
    const zeros = deflateRawSync(Buffer.alloc(30 * MiB), { level: 9 });
    const zip = zipArchive([
      { name: 'demo/__init__.py', data: 'VALUE = 1\n' },
      { name: 'demo/zeros.bin', compressed: zeros, method: 8, declaredSize: 30 * MiB },
      { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' },
    ]);
    const d = await decide('zip bomb ratio', zip, 'demo-1.0-py3-none-any.whl');
    expect(d.contents.skipped.map((s) => s.reason)).toContain('compression-ratio');
    expect(d.contents.error).toMatch(/compression bomb/);
    expect(d.rules).toContain('customs/uninspectable');
    expectFails(d);
    expect(peakRssMiB()).toBeLessThanOrEqual(RSS_CAP_MIB);
  });

  it('a 64 MiB source file (over the per-file limit) is skipped and fails the package', async () => {
    const zeros = deflateRawSync(Buffer.alloc(64 * MiB, 0x20), { level: 9 });
    const zip = zipArchive([
      { name: 'demo/__init__.py', compressed: zeros, method: 8, declaredSize: 64 * MiB },
      { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' },
    ]);
    const d = await decide('oversized source', zip, 'demo-1.0-py3-none-any.whl');
    expect(d.contents.skipped.map((s) => s.reason)).toContain('file-too-large');
    expect(d.contents.error).toMatch(/demo\/__init__\.py/);
    expectFails(d);
  });

  it('zip bomb (overlapping entries): 40 central records over one 24 MiB entry are stopped', async () => {
    const zeros = deflateRawSync(Buffer.alloc(24 * MiB), { level: 9 });
    const members = [{ name: 'demo/zeros.bin', compressed: zeros, method: 8, declaredSize: 24 * MiB }];
    const zip = zipArchive(members, { centralOnly: Array.from({ length: 40 }, () => 0) });
    const d = await decide('zip bomb overlap', zip, 'demo-1.0.zip');
    expect(d.contents.error).toMatch(/exceeds/);
    expectFails(d);
    expect(peakRssMiB()).toBeLessThanOrEqual(RSS_CAP_MIB);
  });

  it('zip bomb (absolute size): 12 entries of 30 MiB pass no ratio limit but the 256 MiB total stops them', async () => {
    const zeros = deflateRawSync(Buffer.alloc(30 * MiB), { level: 9 });
    const members = Array.from({ length: 12 }, (_, i) => ({ name: `big/${i}.bin`, compressed: zeros, method: 8, declaredSize: 30 * MiB }));
    const start = performance.now();
    const contents = await unpackArtifact(zipArchive(members), 'big.zip', { maxRatio: 1e9 });
    note('zip bomb absolute', performance.now() - start);
    expect(contents.skipped.map((s) => s.reason)).toContain('total-size-exceeded');
    expect(contents.error).toMatch(/exceeds 268435456 bytes/);
    // Files read before the limit are kept; reading stopped at the one that crossed it.
    expect(contents.files.length).toBe(8);
    expect(peakRssMiB()).toBeLessThanOrEqual(RSS_CAP_MIB);
  });

  it('gzip bomb (ratio): a tar.gz holding 1 GiB of zeros (~1 MiB) is stopped', async () => {
    const bomb = await gzipTarOfZeros('bomb-1.0/zeros.bin', 1024 * MiB);
    expect(bomb.length).toBeLessThan(2 * MiB);
    const d = await decide('gzip bomb ratio', bomb, 'bomb-1.0.tar.gz');
    expect(d.contents.skipped.map((s) => s.reason)).toContain('compression-ratio');
    expect(d.rules).toContain('customs/uninspectable');
    expectFails(d);
    expect(d.ms).toBeLessThan(10_000);
    expect(peakRssMiB()).toBeLessThanOrEqual(RSS_CAP_MIB);
  });

  it('gzip bomb (absolute size): 300 MiB of zeros with the ratio limit off stops at the total limit', async () => {
    const bomb = await gzipTarOfZeros('bomb-1.0/zeros.bin', 300 * MiB);
    const start = performance.now();
    const contents = await unpackArtifact(bomb, 'bomb.tar.gz', { maxRatio: 1e9, maxFileBytes: 512 * MiB });
    note('gzip bomb absolute', performance.now() - start);
    expect(contents.skipped.map((s) => s.reason)).toContain('total-size-exceeded');
    expect(contents.files).toHaveLength(0);
    expect(peakRssMiB()).toBeLessThanOrEqual(RSS_CAP_MIB);
  });

  it('gzip inside gzip is not a tar: reported, not inflated again', async () => {
    const inner = gzipSync(tarArchive([{ name: 'demo-1.0/setup.py', body: 'print(1)\n' }]));
    const d = await decide('gzip in gzip', gzipSync(inner), 'demo-1.0.tar.gz');
    expect(d.contents.error).toMatch(/gzip again/);
    expectFails(d);
  });
});
