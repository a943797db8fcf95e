import { bytesToText, decodeBase64, decodeHex, decompress, isMostlyPrintable, MAX_DECODED } from '../shared/decode.js';
import { MAX_DECODED_TOTAL, type SharedBudget } from './context.js';

/**
 * The shared decoders (shared/decode.ts) behind the per-file budget: a file cannot make the analyser
 * decode more than MAX_DECODED_TOTAL bytes, however many encoded literals it carries.
 */
function charge(budget: SharedBudget, size: number): boolean {
  if (budget.decodedBytes + size > MAX_DECODED_TOTAL) return false;
  budget.decodedBytes += size;
  return true;
}

export function base64Bytes(budget: SharedBudget, text: string): Uint8Array | undefined {
  return charge(budget, text.length) ? decodeBase64(text) : undefined;
}

export function hexBytes(budget: SharedBudget, text: string): Uint8Array | undefined {
  return charge(budget, text.length) ? decodeHex(text) : undefined;
}

export function inflate(budget: SharedBudget, bytes: Uint8Array): Uint8Array | undefined {
  if (!charge(budget, bytes.length)) return undefined;
  const out = decompress(bytes);
  if (out && !charge(budget, out.length)) return undefined;
  return out;
}

/** What `Buffer.from(s, encoding)` gives, for the encodings Node accepts. */
export function bufferFrom(budget: SharedBudget, text: string, encoding: string): Uint8Array | undefined {
  switch (encoding.toLowerCase()) {
    case 'base64':
    case 'base64url':
      return base64Bytes(budget, text);
    case 'hex':
      return hexBytes(budget, text);
    case 'utf8':
    case 'utf-8':
      return text.length > MAX_DECODED ? undefined : new Uint8Array(Buffer.from(text, 'utf8'));
    case 'latin1':
    case 'binary':
    case 'ascii':
      return text.length > MAX_DECODED ? undefined : new Uint8Array(Buffer.from(text, 'latin1'));
    case 'utf16le':
    case 'ucs2':
    case 'ucs-2':
    case 'utf-16le':
      return text.length > MAX_DECODED ? undefined : new Uint8Array(Buffer.from(text, 'utf16le'));
    default:
      return undefined;
  }
}

/** What `buffer.toString(encoding)` gives. */
export function bufferToString(bytes: Uint8Array, encoding: string): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return buf.toString('utf8');
    case 'latin1':
    case 'binary':
    case 'ascii':
      return buf.toString('latin1');
    case 'utf16le':
    case 'ucs2':
    case 'ucs-2':
    case 'utf-16le':
      return buf.toString('utf16le');
    case 'hex':
      return buf.toString('hex');
    case 'base64':
      return buf.toString('base64');
    default:
      return undefined;
  }
}

export const ZLIB_MAGIC = (b: Uint8Array): boolean =>
  (b[0] === 0x1f && b[1] === 0x8b) || (b[0] === 0x78 && (b[1] === 0x01 || b[1] === 0x5e || b[1] === 0x9c || b[1] === 0xda));

/** Bytes to text when they read as text, inflating them first when they are zlib/gzip. */
export function bytesAsText(budget: SharedBudget, bytes: Uint8Array, steps: string[]): string | undefined {
  const direct = bytesToText(bytes);
  if (direct !== undefined && direct.length > 0) return direct;
  if (!ZLIB_MAGIC(bytes)) return undefined;
  const out = inflate(budget, bytes);
  if (!out) return undefined;
  const text = bytesToText(out);
  if (text === undefined || text.length === 0) return undefined;
  steps.push('zlib');
  return text;
}

/**
 * Stricter than isMostlyPrintable, for short decodings where chance matters: printable ASCII, common
 * whitespace, or letters beyond ASCII, and no replacement characters.
 */
export function isCleanText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 9 || c === 10 || c === 13) continue;
    if (c >= 0xa0 && c !== 0xfffd) continue;
    return false;
  }
  return true;
}

export { isMostlyPrintable };
