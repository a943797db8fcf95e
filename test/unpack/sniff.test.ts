import { gzipSync } from 'node:zlib';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { unpackArtifact } from '../../src/unpack/index.js';
import { sniffFormat } from '../../src/unpack/sniff.js';
import { tarArchive } from './tar-builder.js';

const tar = tarArchive([{ name: 'pkg-1.0/setup.py', body: 'print(1)\n' }]);

describe('sniffFormat', () => {
  it('recognises each supported format from its magic bytes', () => {
    expect(sniffFormat(gzipSync(tar))).toBe('tar.gz');
    expect(sniffFormat(Buffer.from('BZh91AY&SY'))).toBe('tar.bz2');
    expect(sniffFormat(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('zip');
    expect(sniffFormat(Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'))).toBe('zip');
    expect(sniffFormat(tar)).toBe('tar');
  });

  it('returns undefined for xz, empty and unknown data', () => {
    expect(sniffFormat(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]))).toBeUndefined();
    expect(sniffFormat(new Uint8Array(0))).toBeUndefined();
    expect(sniffFormat(Buffer.from('#!/usr/bin/env python\n'))).toBeUndefined();
    expect(sniffFormat(Buffer.from([0x1f]))).toBeUndefined();
  });
});

describe('unpackArtifact format detection', () => {
  it('ignores a lying suffix: a zip named .tar.gz is read as a zip', async () => {
    const zip = new AdmZip();
    zip.addFile('demo/__init__.py', Buffer.from('X = 1\n'));
    zip.addFile('demo-1.0.dist-info/WHEEL', Buffer.from('Wheel-Version: 1.0\n'));
    const contents = await unpackArtifact(zip.toBuffer(), 'demo-1.0.tar.gz');
    expect(contents.format).toBe('zip');
    expect(contents.error).toBeUndefined();
    expect(contents.files.map((f) => f.path).sort()).toEqual(['demo-1.0.dist-info/WHEEL', 'demo/__init__.py']);
  });

  it('ignores a lying suffix: a tar.gz named .whl is read as a tar.gz', async () => {
    const contents = await unpackArtifact(gzipSync(tar), 'pkg-1.0-py3-none-any.whl');
    expect(contents.format).toBe('tar.gz');
    expect(contents.files.map((f) => f.path)).toEqual(['setup.py']);
  });

  it('reports xz as unsupported, naming the label and the leading bytes', async () => {
    const xz = Buffer.from('fd377a585a000004e6d6b446', 'hex');
    const contents = await unpackArtifact(xz, 'evil-0.1.tar.gz');
    expect(contents).toEqual({
      format: 'unknown',
      root: '',
      files: [],
      skipped: [],
      error: 'evil-0.1.tar.gz: unsupported/unknown archive format: fd377a585a000004',
    });
  });

  it('reports empty input without throwing', async () => {
    const contents = await unpackArtifact(new Uint8Array(0), 'empty.tar.gz');
    expect(contents.format).toBe('unknown');
    expect(contents.files).toEqual([]);
    expect(contents.error).toBe('empty.tar.gz: unsupported/unknown archive format: empty input');
  });
});
