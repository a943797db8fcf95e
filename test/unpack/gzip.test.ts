import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PackageContents } from '../../src/model/contents.js';
import { RATIO_FLOOR_BYTES } from '../../src/unpack/collector.js';
import { unpackArtifact } from '../../src/unpack/index.js';
import { tarArchive, tarHeader } from './tar-builder.js';

const paths = (contents: PackageContents): string[] => contents.files.map((f) => f.path);
const sdist = tarArchive([
  { name: 'demo-1.0/PKG-INFO', body: 'Name: demo\n' },
  { name: 'demo-1.0/setup.py', body: 'import os\n'.repeat(300) },
  { name: 'demo-1.0/demo/__init__.py', body: 'X = 1\n' },
]);

describe('gzip framing', () => {
  it('reads a tar split over concatenated gzip members', async () => {
    const gz = Buffer.concat([gzipSync(sdist.subarray(0, 1000)), gzipSync(sdist.subarray(1000))]);
    const contents = await unpackArtifact(gz, 'demo-1.0.tar.gz');
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['PKG-INFO', 'setup.py', 'demo/__init__.py']);
  });

  it('reads a tar spread over many gzip members', async () => {
    const members: Buffer[] = [];
    for (let offset = 0; offset < sdist.length; offset += 100) {
      members.push(gzipSync(sdist.subarray(offset, offset + 100)));
    }
    expect(members.length).toBeGreaterThan(64);
    const contents = await unpackArtifact(Buffer.concat(members), 'demo-1.0.tar.gz');
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['PKG-INFO', 'setup.py', 'demo/__init__.py']);
  });

  it('ignores trailing bytes after a complete tar, as tarfile never reads them', async () => {
    const gz = Buffer.concat([gzipSync(sdist), Buffer.from('<html><title>404 Not Found</title></html>')]);
    const contents = await unpackArtifact(gz, 'demo-1.0.tar.gz');
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['PKG-INFO', 'setup.py', 'demo/__init__.py']);
  });

  it('keeps the files of a truncated tar.gz and reports the truncation', async () => {
    const big = tarArchive([
      { name: 'demo-1.0/setup.py', body: 'print(1)\n' },
      { name: 'demo-1.0/data.bin', body: randomBytes(20_000) },
    ]);
    const gz = gzipSync(big);
    const contents = await unpackArtifact(gz.subarray(0, gz.length - 5000), 'demo-1.0.tar.gz');
    expect(paths(contents)).toEqual(['setup.py']);
    expect(contents.skipped).toHaveLength(1);
    expect(contents.skipped[0]).toMatchObject({ archivePath: 'demo-1.0/data.bin', reason: 'unreadable' });
    expect(contents.error).toBe('demo-1.0.tar.gz: corrupt or truncated gzip data (unexpected end of file)');
  });

  it('reports corrupt deflate data without throwing, keeping what came before', async () => {
    const big = tarArchive([
      { name: 'demo-1.0/setup.py', body: 'print(1)\n' },
      { name: 'demo-1.0/data.py', body: Array.from({ length: 40_000 }, (_, i) => `v${i} = ${i * i}\n`).join('') },
    ]);
    const gz = gzipSync(big);
    const middle = Math.floor(gz.length / 2);
    gz.fill(0xff, middle, middle + 100);
    const contents = await unpackArtifact(gz, 'bad.tar.gz');
    expect(paths(contents)).toEqual(['setup.py']);
    expect(contents.skipped).toHaveLength(1);
    expect(contents.skipped[0]).toMatchObject({ archivePath: 'demo-1.0/data.py', reason: 'unreadable' });
    expect(contents.error).toBe('bad.tar.gz: corrupt or truncated gzip data (invalid block type)');
  });

  it('reports a member whose CRC does not match', async () => {
    const gz = gzipSync(sdist);
    gz.writeUInt32LE((gz.readUInt32LE(gz.length - 8) ^ 1) >>> 0, gz.length - 8);
    const contents = await unpackArtifact(gz, 'crc.tar.gz');
    expect(paths(contents)).toEqual(['PKG-INFO', 'setup.py', 'demo/__init__.py']);
    expect(contents.error).toBe('crc.tar.gz: corrupt gzip data (gzip member does not match its CRC or length)');
  });

  it('streams inputs too big for the one-pass path', async () => {
    const blob = randomBytes(9 * 1024 * 1024);
    const gz = gzipSync(tarArchive([{ name: 'pkg/blob.bin', body: blob }, { name: 'pkg/z.py', body: 'z' }]));
    expect(gz.length).toBeGreaterThan(8 * 1024 * 1024);
    const contents = await unpackArtifact(gz, 'pkg.tar.gz');
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['blob.bin', 'z.py']);
    expect(Buffer.compare(Buffer.from(contents.files[0]?.data ?? []), blob)).toBe(0);
  });
});

describe('gzip bombs', () => {
  /** A tar.gz declaring one `gib`-GiB file of zeros: a header member plus repeated 4 MiB zero members. */
  function bomb(gib: number): Buffer {
    const size = gib * 1024 ** 3;
    const zeros = gzipSync(Buffer.alloc(4 * 1024 * 1024), { level: 9 });
    const header = gzipSync(tarHeader({ name: 'bomb-1.0/setup.py', size }));
    const first = gzipSync(tarArchive([{ name: 'bomb-1.0/PKG-INFO', body: 'Name: bomb\n' }], { end: false }));
    return Buffer.concat([first, header, ...Array<Buffer>(size / (4 * 1024 * 1024)).fill(zeros)]);
  }

  it('stops a 1 GiB bomb at the ratio limit, keeping the files before it', async () => {
    const contents = await unpackArtifact(bomb(1), 'bomb-1.0.tar.gz');
    expect(paths(contents)).toEqual(['PKG-INFO']);
    expect(contents.skipped).toEqual([
      {
        archivePath: 'bomb-1.0/setup.py',
        reason: 'file-too-large',
        detail: `${1024 ** 3} bytes, limit ${32 * 1024 * 1024}`,
      },
      {
        archivePath: 'bomb-1.0/setup.py',
        reason: 'compression-ratio',
        detail: 'decompressed data exceeds 200x the archive size (compression bomb)',
      },
    ]);
    // An oversized source file is itself a reason the package was not fully inspected; it comes first.
    expect(contents.error).toBe(
      `bomb-1.0.tar.gz: bomb-1.0/setup.py is too large to inspect (${1024 ** 3} bytes, limit ${32 * 1024 * 1024})`,
    );
  });

  it('keeps memory bounded while inflating a bomb up to the total size limit', async () => {
    const gz = bomb(1);
    const baseline = process.memoryUsage().rss;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - baseline)), 1);
    const contents = await unpackArtifact(gz, 'bomb-1.0.tar.gz', { maxRatio: 1_000_000 });
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss - baseline);
    expect(contents.skipped.at(-1)).toEqual({
      archivePath: 'bomb-1.0/setup.py',
      reason: 'total-size-exceeded',
      detail: `decompressed data exceeds ${256 * 1024 * 1024} bytes`,
    });
    // 256 MiB were inflated and thrown away chunk by chunk; inflating at once would hold all of it.
    expect(peak).toBeLessThan(128 * 1024 * 1024);
  });

  it('stops a bomb of many small files once the ratio is crossed', async () => {
    const members = Array.from({ length: 200 }, (_, i) => ({ name: `b/f${i}`, body: Buffer.alloc(64 * 1024) }));
    const gz = gzipSync(tarArchive(members), { level: 9 });
    const contents = await unpackArtifact(gz, 'b.tar.gz', { maxRatio: 50 });
    // Some output is always allowed (small archives compress well); the ratio applies past it.
    const allowed = Math.max(RATIO_FLOOR_BYTES, gz.length * 50);
    expect(contents.files.length).toBeLessThan(200);
    expect(contents.files.length).toBeGreaterThanOrEqual(Math.floor(allowed / (65 * 1024)) - 1);
    expect(contents.files.reduce((n, f) => n + f.size, 0)).toBeLessThanOrEqual(allowed);
    expect(contents.skipped.at(-1)?.reason).toBe('compression-ratio');
    expect(contents.error).toMatch(/exceeds 50x the archive size/);
  });

  it('stops at the total size limit when it comes before the ratio', async () => {
    const members = Array.from({ length: 20 }, (_, i) => ({ name: `b/f${i}`, body: randomBytes(10_000) }));
    const contents = await unpackArtifact(gzipSync(tarArchive(members)), 'b.tar.gz', { maxTotalBytes: 50_000 });
    expect(contents.files.length).toBe(4);
    expect(contents.skipped).toEqual([
      { archivePath: 'b/f4', reason: 'total-size-exceeded', detail: 'decompressed data exceeds 50000 bytes' },
    ]);
  });
});
