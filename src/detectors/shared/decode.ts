import { inflateSync, inflateRawSync, gunzipSync } from 'node:zlib';
import { decodeBzip2 } from '../../unpack/bzip2.js';

/**
 * Decoders for what malicious code decodes at run time. Pure and bounded: every function returns
 * undefined rather than throwing, and never produces more than MAX_DECODED bytes.
 */
export const MAX_DECODED = 1024 * 1024;

const BASE64_RE = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;
const BASE64URL_RE = /^[A-Za-z0-9_\-\s]+={0,2}\s*$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2}\s?)+$/;

export function decodeBase64(input: string): Uint8Array | undefined {
  const s = input.trim();
  if (s.length < 4) return undefined;
  if (!BASE64_RE.test(s) && !BASE64URL_RE.test(s)) return undefined;
  const buf = Buffer.from(s, BASE64URL_RE.test(s) && !BASE64_RE.test(s) ? 'base64url' : 'base64');
  if (buf.length === 0 || buf.length > MAX_DECODED) return undefined;
  return new Uint8Array(buf);
}

export function decodeBase32(input: string): Uint8Array | undefined {
  const s = input.trim().replace(/=+$/, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(s) || s.length < 8) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of s) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    if (out.length > MAX_DECODED) return undefined;
  }
  return new Uint8Array(out);
}

/** Python's `base64.b85decode` alphabet (RFC 1924, as git's binary patches use). */
const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const BASE85_VALUE = new Map([...BASE85].map((c, i) => [c, i]));

/**
 * Base85 in 5-character groups, each a big-endian 32-bit number; a short last group is padded with the
 * highest digit and cut back. `ascii85` (`base64.a85decode`): digits are `!`..`u`, `z` stands for four
 * zero bytes, blanks are ignored and Adobe's `<~ … ~>` framing is taken off.
 */
export function decodeBase85(input: string, ascii85 = false): Uint8Array | undefined {
  let s = input.replace(/\s+/g, '');
  if (ascii85) s = s.replace(/^<~/, '').replace(/~>$/, '');
  if (s.length < 5) return undefined;
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number): boolean => {
    let v = 0;
    for (const d of group) v = v * 85 + d;
    if (v > 0xffffffff) return false;
    for (let k = 0; k < n; k++) out.push((v >>> (24 - 8 * k)) & 0xff);
    group = [];
    return true;
  };
  for (const ch of s) {
    if (ascii85 && ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    const d = ascii85 ? ch.charCodeAt(0) - 33 : BASE85_VALUE.get(ch);
    if (d === undefined || d < 0 || d > 84) return undefined;
    group.push(d);
    if (group.length === 5 && !flush(4)) return undefined;
    if (out.length > MAX_DECODED) return undefined;
  }
  if (group.length === 1) return undefined;
  if (group.length > 0) {
    const n = group.length - 1;
    while (group.length < 5) group.push(84);
    if (!flush(n)) return undefined;
  }
  return new Uint8Array(out);
}

/** bzip2 data (`bz2.decompress`), at most MAX_DECODED bytes of output; undefined when corrupt or larger. */
export function decompressBzip2(input: Uint8Array): Uint8Array | undefined {
  if (input.length < 14 || input[0] !== 0x42 || input[1] !== 0x5a || input[2] !== 0x68) return undefined; // "BZh"
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    decodeBzip2(Buffer.from(input.buffer, input.byteOffset, input.length), (chunk) => {
      total += chunk.length;
      if (total > MAX_DECODED) return false;
      chunks.push(chunk);
      return true;
    });
  } catch {
    return undefined;
  }
  return total > MAX_DECODED ? undefined : new Uint8Array(Buffer.concat(chunks));
}

export function decodeHex(input: string): Uint8Array | undefined {
  const s = input.trim().replace(/^0x/i, '');
  if (s.length < 2 || !HEX_RE.test(s)) return undefined;
  const clean = s.replace(/\s/g, '');
  if (clean.length % 2 !== 0 || clean.length / 2 > MAX_DECODED) return undefined;
  return new Uint8Array(Buffer.from(clean, 'hex'));
}

/**
 * The header zlib's inflate insists on (RFC 1950): method 8 (deflate), a window of at most 32 KiB, and the
 * two bytes a multiple of 31. Bytes without it fail inflateSync with "incorrect header check" (or
 * "unknown compression method", "invalid window size"), so it is not asked: a failed attempt throws, and
 * most decoded strings tried here are no compressed data at all.
 */
export function hasZlibHeader(b: Uint8Array): boolean {
  const cmf = b[0] ?? 0;
  return b.length >= 2 && (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | (b[1] as number)) % 31 === 0;
}

/** gzip's magic bytes (RFC 1952): gunzipSync fails on anything else with "incorrect header check". */
export function hasGzipHeader(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

const CONTAINERS: Array<[typeof inflateSync, (b: Uint8Array) => boolean]> = [
  [inflateSync, hasZlibHeader],
  [gunzipSync, hasGzipHeader],
  [inflateRawSync, () => true],
];

/** zlib, raw deflate or gzip, whichever the bytes are; bounded output. */
export function decompress(input: Uint8Array): Uint8Array | undefined {
  const opts = { maxOutputLength: MAX_DECODED };
  for (const [fn, fits] of CONTAINERS) {
    if (!fits(input)) continue;
    try {
      return new Uint8Array(fn(input, opts));
    } catch {
      // try the next container
    }
  }
  return undefined;
}

export function rot13(input: string): string {
  return input.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Bytes to text when they look like text (UTF-8, or UTF-16LE as PowerShell's -EncodedCommand uses). */
export function bytesToText(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return '';
  // A view of the same memory, not a copy (decoded payloads run to megabytes).
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0) {
    const text = view.toString('utf16le');
    return isMostlyPrintable(text) ? text : undefined;
  }
  const text = view.toString('utf8');
  return isMostlyPrintable(text) ? text : undefined;
}

export function isMostlyPrintable(text: string): boolean {
  if (text.length === 0) return true;
  const sample = text.length > 4096 ? text.slice(0, 4096) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / sample.length < 0.05;
}

/** Python `bytes` literal escapes (`\x41`, `\101`, `\n`) to bytes, as the interpreter would. */
export function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
