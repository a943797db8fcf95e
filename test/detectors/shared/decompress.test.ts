import { deflateRawSync, deflateSync, gunzipSync, gzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decompress, hasGzipHeader, hasZlibHeader } from '../../../src/detectors/shared/decode.js';

/** decompress without the header checks: every container tried in turn, as it was before them. */
function tryAll(input: Uint8Array): Uint8Array | undefined {
  for (const fn of [inflateSync, gunzipSync, inflateRawSync]) {
    try {
      return new Uint8Array(fn(input, { maxOutputLength: 1024 * 1024 }));
    } catch {
      // next
    }
  }
  return undefined;
}

/** A small deterministic generator, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('decompress header checks', () => {
  const text = Buffer.from('import os\nos.system("echo hi")\n'.repeat(20));
  const streams: Array<[string, Uint8Array]> = [];
  for (const level of [0, 1, 6, 9]) {
    streams.push([`zlib level ${level}`, deflateSync(text, { level })]);
    streams.push([`gzip level ${level}`, gzipSync(text, { level })]);
    streams.push([`raw level ${level}`, deflateRawSync(text, { level })]);
  }
  for (const windowBits of [9, 10, 11, 12, 13, 14, 15]) streams.push([`zlib window ${windowBits}`, deflateSync(text, { windowBits })]);
  streams.push(['zlib of nothing', deflateSync(Buffer.alloc(0))], ['gzip of nothing', gzipSync(Buffer.alloc(0))]);

  it('real zlib and gzip streams pass their header check', () => {
    for (const [name, s] of streams) {
      if (name.startsWith('zlib')) expect(hasZlibHeader(s), name).toBe(true);
      if (name.startsWith('gzip')) expect(hasGzipHeader(s), name).toBe(true);
    }
  });

  it('gives what trying every container gives, for real streams, their corruptions and random bytes', () => {
    const rand = prng(7);
    const inputs: Uint8Array[] = streams.map(([, s]) => s);
    for (const [, s] of streams) {
      for (let k = 0; k < 20; k++) {
        const c = Uint8Array.from(s);
        c[Math.floor(rand() * Math.min(4, c.length))] = Math.floor(rand() * 256);
        inputs.push(c);
      }
    }
    for (let k = 0; k < 3000; k++) {
      const b = new Uint8Array(Math.floor(rand() * 48));
      for (let j = 0; j < b.length; j++) b[j] = Math.floor(rand() * 256);
      // Headers that nearly fit: zlib's method nibble 8, gzip's first magic byte.
      if (b.length > 0 && k % 3 === 0) b[0] = k % 2 ? 0x1f : ((k % 8) << 4) | 8;
      inputs.push(b);
    }
    inputs.push(new Uint8Array(0), Uint8Array.of(0x78), Uint8Array.of(0x1f));
    for (const input of inputs) expect(decompress(input)).toEqual(tryAll(input));
  });
});
