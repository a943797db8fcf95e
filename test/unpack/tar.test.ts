import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PackageContents } from '../../src/model/contents.js';
import { unpackArtifact } from '../../src/unpack/index.js';
import { paxHeader, tarArchive, tarMember, type TarMember } from './tar-builder.js';

const text = (contents: PackageContents, path: string): string | undefined => {
  const file = contents.files.find((f) => f.path === path);
  return file && Buffer.from(file.data).toString('utf8');
};
const paths = (contents: PackageContents): string[] => contents.files.map((f) => f.path);
const unpackTar = (members: (TarMember | Buffer)[], limits = {}) =>
  unpackArtifact(gzipSync(tarArchive(members)), 'demo-1.0.tar.gz', limits);

describe('tar root stripping', () => {
  it('strips the sdist folder and keeps archive paths', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/', type: '5' },
      { name: 'demo-1.0/setup.py', body: 'from setuptools import setup\n' },
      { name: 'demo-1.0/demo/__init__.py', body: 'X = 1\n' },
    ]);
    expect(contents).toMatchObject({ format: 'tar.gz', root: 'demo-1.0/', skipped: [] });
    expect(contents.error).toBeUndefined();
    expect(contents.files.map((f) => [f.path, f.archivePath, f.size])).toEqual([
      ['setup.py', 'demo-1.0/setup.py', 29],
      ['demo/__init__.py', 'demo-1.0/demo/__init__.py', 6],
    ]);
    expect(text(contents, 'setup.py')).toBe('from setuptools import setup\n');
  });

  it('strips npm package/ and any other single top folder', async () => {
    const npm = await unpackTar([
      { name: 'package/package.json', body: '{"name":"x"}' },
      { name: 'package/index.js', body: 'module.exports = 1;' },
    ]);
    expect(npm.root).toBe('package/');
    expect(paths(npm)).toEqual(['package.json', 'index.js']);
    const other = await unpackTar([
      { name: 'node-x/package.json', body: '{}' },
      { name: './node-x/lib/a.js', body: 'a' },
    ]);
    expect(other.root).toBe('node-x/');
    expect(paths(other)).toEqual(['package.json', 'lib/a.js']);
    expect(other.files[1]?.archivePath).toBe('./node-x/lib/a.js');
  });

  it('does not strip when files sit at the top level or under several folders', async () => {
    const flat = await unpackTar([{ name: 'setup.py', body: 's' }, { name: 'pkg/a.py', body: 'a' }]);
    expect(flat.root).toBe('');
    expect(paths(flat)).toEqual(['setup.py', 'pkg/a.py']);
    const two = await unpackTar([{ name: 'a/x.py', body: 'x' }, { name: 'b/y.py', body: 'y' }]);
    expect(two.root).toBe('');
  });
});

describe('tar entry types', () => {
  it('skips symlinks, hard links, devices and FIFOs, reports them, and keeps the rest', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/CHANGELOG.md', body: '# changes\n' },
      { name: 'demo-1.0/docs/CHANGELOG.md', type: '2', linkname: '../CHANGELOG.md' },
      { name: 'demo-1.0/passwd', type: '2', linkname: '/etc/passwd' },
      { name: 'demo-1.0/hard', type: '1', linkname: 'demo-1.0/CHANGELOG.md' },
      { name: 'demo-1.0/tty', type: '3' },
      { name: 'demo-1.0/disk', type: '4' },
      { name: 'demo-1.0/fifo', type: '6' },
      { name: 'demo-1.0/setup.py', body: 'print(1)\n' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(contents.root).toBe('demo-1.0/');
    expect(paths(contents)).toEqual(['CHANGELOG.md', 'setup.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo-1.0/docs/CHANGELOG.md', reason: 'symlink', detail: 'symlink to ../CHANGELOG.md' },
      { archivePath: 'demo-1.0/passwd', reason: 'symlink', detail: 'symlink to /etc/passwd' },
      { archivePath: 'demo-1.0/hard', reason: 'hardlink', detail: 'hard link to demo-1.0/CHANGELOG.md' },
      { archivePath: 'demo-1.0/tty', reason: 'special-file', detail: 'CharacterDevice' },
      { archivePath: 'demo-1.0/disk', reason: 'special-file', detail: 'BlockDevice' },
      { archivePath: 'demo-1.0/fifo', reason: 'special-file', detail: 'FIFO' },
    ]);
  });

  it('reports a symlink even when it is named like a directory', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/lib/', type: '2', linkname: '/usr/lib' },
      { name: 'demo-1.0/setup.py', body: 's' },
    ]);
    expect(paths(contents)).toEqual(['setup.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo-1.0/lib/', reason: 'symlink', detail: 'symlink to /usr/lib' },
    ]);
  });

  it('reads members of unknown type as regular files, as tar and tarfile extract them', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/PKG-INFO', body: 'Name: demo\n' },
      { name: 'demo-1.0/setup.py', type: 'Z', body: 'import os; os.system("id")\n' },
      { name: 'demo-1.0/empty', type: 'Q' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(text(contents, 'setup.py')).toBe('import os; os.system("id")\n');
    expect(text(contents, 'empty')).toBe('');
  });
});

describe('tar paths', () => {
  it('refuses absolute, traversal, backslash and drive-letter names and keeps reading', async () => {
    const contents = await unpackTar([
      { name: '/etc/cron.d/evil', body: 'x' },
      { name: 'demo-1.0/../../.bashrc', body: 'x' },
      { name: '../outside.py', body: 'x' },
      { name: 'demo-1.0\\..\\..\\win.py', body: 'x' },
      { name: 'demo-1.0\\setup.py', body: 'x' },
      { name: 'C:\\Windows\\evil.dll', body: 'x' },
      { name: 'C:evil.py', body: 'x' },
      { name: '\\\\server\\share\\x', body: 'x' },
      { name: 'demo-1.0/ok.py', body: 'ok' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['ok.py']);
    expect(contents.root).toBe('demo-1.0/');
    expect(contents.skipped.map((s) => [s.archivePath, s.reason])).toEqual([
      ['/etc/cron.d/evil', 'absolute-path'],
      ['demo-1.0/../../.bashrc', 'path-traversal'],
      ['../outside.py', 'path-traversal'],
      ['demo-1.0\\..\\..\\win.py', 'path-traversal'],
      ['demo-1.0\\setup.py', 'path-traversal'],
      ['C:\\Windows\\evil.dll', 'absolute-path'],
      ['C:evil.py', 'absolute-path'],
      ['\\\\server\\share\\x', 'absolute-path'],
    ]);
  });

  it('decodes non-UTF-8 names lossily and keeps going', async () => {
    const latin1 = Buffer.concat([Buffer.from('demo-1.0/caf'), Buffer.from([0xe9]), Buffer.from('.py')]);
    const contents = await unpackTar([{ name: latin1, body: 'x' }, { name: 'demo-1.0/next.py', body: 'y' }]);
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['caf\uFFFD.py', 'next.py']);
  });

  it('joins the ustar prefix field to the name', async () => {
    const contents = await unpackTar([{ name: 'setup.py', prefix: 'demo-1.0', body: 'p' }]);
    expect(contents.files[0]).toMatchObject({ path: 'setup.py', archivePath: 'demo-1.0/setup.py' });
  });
});

describe('tar PAX and GNU headers', () => {
  it('honours a PAX path override as tar does', async () => {
    const contents = await unpackTar([
      paxHeader({ path: 'demo-1.0/really/evil.py' }),
      { name: 'demo-1.0/harmless.txt', body: 'import socket\n' },
      { name: 'demo-1.0/setup.py', body: 's' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['really/evil.py', 'setup.py']);
    expect(text(contents, 'really/evil.py')).toBe('import socket\n');
  });

  it('honours a PAX size override that differs from the ustar size field', async () => {
    const body = 'A'.repeat(700);
    const member = Buffer.concat([tarMember({ name: 'demo-1.0/big.py', size: 10, body: '' }), Buffer.from(body)]);
    const padded = Buffer.concat([member, Buffer.alloc((512 - (member.length % 512)) % 512)]);
    const after = { name: 'demo-1.0/after.py', body: 'z' };
    const contents = await unpackTar([paxHeader({ size: '700' }), padded, after]);
    expect(contents.error).toBeUndefined();
    expect(text(contents, 'big.py')).toBe(body);
    expect(text(contents, 'after.py')).toBe('z');
  });

  it('refuses a traversal path that arrives through PAX', async () => {
    const contents = await unpackTar([paxHeader({ path: '../../etc/profile.d/x.sh' }), { name: 'ok', body: 'x' }]);
    expect(contents.files).toEqual([]);
    expect(contents.skipped).toEqual([
      { archivePath: '../../etc/profile.d/x.sh', reason: 'path-traversal', detail: '".." segment' },
    ]);
  });

  it('reads GNU long names', async () => {
    const long = `demo-1.0/${'d'.repeat(120)}/mod.py`;
    const longLink = { name: '././@LongLink', type: 'L', body: `${long}\0` };
    const contents = await unpackTar([longLink, { name: 'x', body: 'm' }]);
    expect(contents.files[0]?.archivePath).toBe(long);
  });
});

describe('tar duplicates', () => {
  it('keeps the last entry of a path and reports the earlier one', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/setup.py', body: 'benign' },
      { name: 'demo-1.0/README', body: 'r' },
      { name: 'demo-1.0/./setup.py', body: 'malicious' },
    ]);
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['README', 'setup.py']);
    expect(text(contents, 'setup.py')).toBe('malicious');
    expect(contents.files[1]?.archivePath).toBe('demo-1.0/./setup.py');
    expect(contents.skipped).toEqual([
      {
        archivePath: 'demo-1.0/setup.py',
        reason: 'duplicate-entry',
        detail: 'replaced by a later entry of the same path',
      },
    ]);
  });

  it('a later symlink replaces an earlier file of the same path', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/setup.py', body: 'file' },
      { name: 'demo-1.0/setup.py', type: '2', linkname: '/tmp/x' },
    ]);
    expect(contents.files).toEqual([]);
    expect(contents.skipped.map((s) => s.reason)).toEqual(['duplicate-entry', 'symlink']);
  });
});

describe('tar limits', () => {
  it('skips a file over the per-file limit and keeps reading', async () => {
    const contents = await unpackTar(
      [
        { name: 'demo-1.0/a.py', body: 'a' },
        { name: 'demo-1.0/blob.bin', body: Buffer.alloc(5000, 1) },
        { name: 'demo-1.0/z.py', body: 'z' },
      ],
      { maxFileBytes: 4096 },
    );
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['a.py', 'z.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo-1.0/blob.bin', reason: 'file-too-large', detail: '5000 bytes, limit 4096' },
    ]);
  });

  it('stops after too many entries with an error and the files read so far', async () => {
    const members = Array.from({ length: 10 }, (_, i) => ({ name: `demo-1.0/f${i}.py`, body: `${i}` }));
    const contents = await unpackTar(members, { maxEntries: 4 });
    expect(paths(contents)).toEqual(['f0.py', 'f1.py', 'f2.py', 'f3.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo-1.0/f4.py', reason: 'too-many-entries', detail: 'more than 4 entries' },
    ]);
    expect(contents.error).toBe('demo-1.0.tar.gz: more than 4 entries; reading stopped at demo-1.0/f4.py');
  });

  it('stops at the total byte limit, keeping the files before it', async () => {
    const members = Array.from({ length: 8 }, (_, i) => ({ name: `p/f${i}`, body: Buffer.alloc(4000, 65 + i) }));
    const plain = tarArchive(members);
    const contents = await unpackArtifact(plain, 'p.tar', { maxTotalBytes: 15_000 });
    expect(contents.format).toBe('tar');
    expect(paths(contents)).toEqual(['f0', 'f1', 'f2']);
    expect(contents.skipped).toEqual([
      { archivePath: 'p/f3', reason: 'total-size-exceeded', detail: 'decompressed data exceeds 15000 bytes' },
    ]);
    expect(contents.error).toMatch(/^p\.tar: decompressed data exceeds 15000 bytes; reading stopped/);
  });
});

describe('oversized data entries', () => {
  const rnd = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919 + seed * 104729) % 251));
  const limits = { maxFileBytes: 4096, maxTotalBytes: 15_000, maxRatio: 1e9 };

  it('streams past generated JSON over the per-file limit: it is not held, so later files are still read', async () => {
    const contents = await unpackTar(
      [
        { name: 'package/package.json', body: '{"name":"demo","version":"1.0.0"}' },
        { name: 'package/generated/api.deref.json', body: rnd(12_000, 1) },
        { name: 'package/generated/api2.deref.json', body: rnd(12_000, 2) },
        { name: 'package/index.js', body: 'module.exports = 1;\n' },
      ],
      limits,
    );
    expect(contents.error).toBeUndefined();
    expect(paths(contents)).toEqual(['package.json', 'index.js']);
    expect(contents.skipped.map((s) => s.reason)).toEqual(['file-too-large', 'file-too-large']);
  });

  it('still stops past four times the total limit of inflated data, and fails on an oversized manifest or source', async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ name: `package/data/d${i}.json`, body: rnd(12_000, i) }));
    const stopped = await unpackTar([...many, { name: 'package/index.js', body: 'x' }], limits);
    expect(stopped.error).toMatch(/decompressed data exceeds 60000 bytes; reading stopped/);
    const manifest = await unpackTar([{ name: 'package/lib/package.json', body: rnd(5000, 9) }], limits);
    expect(manifest.error).toMatch(/lib\/package\.json is too large to inspect/);
    const source = await unpackTar([{ name: 'package/lib/big.js', body: rnd(5000, 9) }], limits);
    expect(source.error).toMatch(/lib\/big\.js is too large to inspect/);
  });
});

describe('damaged tar data', () => {
  it('stops at a header with a bad checksum, with an error and the earlier files', async () => {
    const contents = await unpackTar([
      { name: 'demo-1.0/a.py', body: 'a' },
      { name: 'demo-1.0/b.py', body: 'b', badChecksum: true },
      { name: 'demo-1.0/c.py', body: 'c' },
    ]);
    expect(paths(contents)).toEqual(['a.py']);
    expect(contents.error).toBe('demo-1.0.tar.gz: corrupt tar header (checksum failure)');
  });

  it('reports a plain tar cut inside a file', async () => {
    const whole = tarArchive([
      { name: 'demo-1.0/a.py', body: 'a' },
      { name: 'demo-1.0/b.py', body: 'b'.repeat(2000) },
    ]);
    const contents = await unpackArtifact(whole.subarray(0, 1024 + 512 + 700), 'cut.tar');
    expect(paths(contents)).toEqual(['a.py']);
    expect(contents.skipped).toEqual([
      { archivePath: 'demo-1.0/b.py', reason: 'unreadable', detail: 'truncated: 700 of 2000 bytes' },
    ]);
    expect(contents.error).toMatch(/^cut\.tar: corrupt tar data \(Truncated input/);
  });

  it('reports a tar that ends without its end-of-archive marker', async () => {
    const contents = await unpackArtifact(tarArchive([{ name: 'p/a.py', body: 'a' }], { end: false }), 'x.tar');
    expect(paths(contents)).toEqual(['a.py']);
    expect(contents.error).toBe('x.tar: tar data ends without an end-of-archive marker');
  });

  it('reports gzip data that is not a tar', async () => {
    const contents = await unpackArtifact(gzipSync('just some text, not a tar archive\n'.repeat(40)), 'x.tar.gz');
    expect(contents.files).toEqual([]);
    expect(contents.error).toBe('x.tar.gz: not a tar archive (checksum failure)');
  });

  it('does not inflate a gzip stream found inside the gzip stream', async () => {
    const inner = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    const contents = await unpackArtifact(gzipSync(inner), 'double.tar.gz');
    expect(contents.files).toEqual([]);
    expect(contents.error).toBe('double.tar.gz: not a tar archive (the decompressed data is gzip again)');
  });

  it('accepts an empty tar', async () => {
    const contents = await unpackArtifact(gzipSync(Buffer.alloc(10240)), 'empty.tar.gz');
    expect(contents).toEqual({ format: 'tar.gz', root: '', files: [], skipped: [] });
  });
});
