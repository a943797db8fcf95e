import { describe, expect, it } from 'vitest';
import { decodeBase85, decompressBzip2 } from '../../../src/detectors/shared/decode.js';

/** Python's bz2.compress(b'import os\nos.system("id")\n'), base64. */
const bzip2 = 'QlpoOTFBWSZTWchmAvQAAAXRgAAQUGEGItwgIAAig9Q9R6nohTAATQODtHK1goNAusxPqfF3JFOFCQyGYC9A';

const text = (b: Uint8Array | undefined): string | undefined => (b ? Buffer.from(b).toString('latin1') : undefined);

describe('base85 and Ascii85 (base64.b85decode, base64.a85decode)', () => {
  it('decodes what Python encodes, with a short last group', () => {
    // base64.b85encode(b'hello world!'), base64.a85encode(b'hello world!\0\0\0\0x'), a85encode(b'hi', adobe=True)
    expect(text(decodeBase85('Xk~0{Zy<MXa%^NF'))).toBe('hello world!');
    expect(text(decodeBase85('BOu!rD]j7BEbo80zGQ', true))).toBe('hello world!\0\0\0\0x');
    expect(text(decodeBase85('<~BP@~>', true))).toBe(undefined); // too short to be a payload
    expect(text(decodeBase85('<~BOu!rD]j7BEbo80~>', true))).toBe('hello world!');
  });

  it('refuses characters outside the alphabet, lone last digits and groups past 32 bits', () => {
    expect(decodeBase85('Xk~0{Zy<MX"a%^NF')).toBeUndefined();
    expect(decodeBase85('Xk~0{Z')).toBeUndefined();
    expect(decodeBase85('~~~~~')).toBeUndefined();
    expect(decodeBase85('vvvvv', true)).toBeUndefined();
  });
});

describe('bzip2 (bz2.decompress)', () => {
  it('decodes a stream and refuses corrupt or foreign data', () => {
    const data = Buffer.from(bzip2, 'base64');
    expect(text(decompressBzip2(data))).toBe('import os\nos.system("id")\n');
    expect(decompressBzip2(data.subarray(0, data.length - 6))).toBeUndefined();
    expect(decompressBzip2(Buffer.from('BZh9 not really bzip2 data'))).toBeUndefined();
    expect(decompressBzip2(Buffer.from('plain text, no header'))).toBeUndefined();
    // bz2.compress(b'A' * (2**20 + 1)): one byte past the decode limit.
    expect(decompressBzip2(Buffer.from('QlpoOTFBWSZTWd79Os8ACApEAIACIAAACCAAMMwFSepxBgFAYB4u5IpwoSG9+nWe', 'base64'))).toBeUndefined();
  });
});
