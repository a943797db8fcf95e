import { describe, expect, it } from 'vitest';
import { isZipData, zipStart } from '../../src/model/contents.js';
import { unpackArtifact } from '../../src/unpack/index.js';
import { zipArchive } from './zip-builder.js';

const members = [{ name: '__main__.py', data: 'print("hello")\n' }, { name: 'lib/util.py', data: 'X = 1\n' }];
const shebang = '#!/usr/bin/env python3\n';

async function namesAt(d: Buffer): Promise<string[]> {
  const start = zipStart(d);
  expect(start).toBeDefined();
  const r = await unpackArtifact(d.subarray(start), 'test', undefined, { format: 'zip' });
  expect(r.error).toBeUndefined();
  return r.files.map((f) => f.archivePath).sort();
}

describe('zipStart: ZIP archives with data in front of them', () => {
  it('starts a plain archive at 0', async () => {
    const d = zipArchive(members);
    expect(zipStart(d)).toBe(0);
    expect(await namesAt(d)).toEqual(['__main__.py', 'lib/util.py']);
  });

  it("reads a zipapp behind a #! line whose offsets count the line (Python's zipapp)", async () => {
    const d = zipArchive(members, { prefix: shebang, absolute: true });
    expect(zipStart(d)).toBe(0);
    expect(await namesAt(d)).toEqual(['__main__.py', 'lib/util.py']);
  });

  it('reads an archive appended to an image, its offsets leaving the image out, with a comment', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(500, 7)]);
    const d = zipArchive(members, { prefix: png, comment: 'made by hand' });
    expect(zipStart(d)).toBe(png.length);
    expect(isZipData(d)).toBe(true);
    expect(await namesAt(d)).toEqual(['__main__.py', 'lib/util.py']);
  });

  it('finds no archive in text, in binary data without a directory, or in a record that leads nowhere', () => {
    expect(zipStart(Buffer.from(`${shebang}print("PK\\x05\\x06 is not a record")\n`))).toBeUndefined();
    expect(zipStart(Buffer.alloc(4096, 0))).toBeUndefined();
    // A well-formed end record whose directory offset points at nothing.
    const fake = Buffer.alloc(200, 0);
    fake.writeUInt32LE(0x06054b50, 178);
    fake.writeUInt32LE(46, 178 + 12);
    fake.writeUInt32LE(10, 178 + 16);
    expect(zipStart(fake)).toBeUndefined();
    // The prefix is there but the archive behind it was cut short.
    const cut = zipArchive(members, { prefix: shebang, absolute: true });
    expect(zipStart(cut.subarray(0, cut.length - 30))).toBeUndefined();
  });
});
