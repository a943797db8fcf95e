import type { CodeEvent } from '../shared/events.js';
import { decodeBase64, decodeHex } from '../shared/decode.js';
import type { PackageModel } from '../types.js';
import { near } from './code-origin.js';

/**
 * Repeating-key XOR, the packers' favourite cipher: a ciphertext written in the code (as base64 or hex, or a
 * string the call receives), a loop that XORs it with a key also written in the code, and exec/eval of the
 * result (`out.append(raw[i] ^ K[i % len(K)])`, `d[i] ^= K[i % K.length]`). The flow through the loop is not
 * followed, so the cipher is undone here instead: with every short string of the file as the key, and with
 * every single byte, the first result that reads as a program is the payload.
 */

/** The XOR operator between two operands (`raw[i] ^ k`, `d[i] ^= K[…]`), looked for above the call. */
const XOR = /[\w\])]\s*\^=?\s*[\w(]/;
/** Lines above the call where the loop may stand. */
const LOOP_LINES = 30;
/** Encoded literals handed to a decoder in the call's function. */
const DECODER = /^(base64\.\w*decode\w*|binascii\.(a2b_base64|unhexlify|a2b_hex)|(builtins\.)?(bytes|bytearray)\.fromhex|global\.(atob|Buffer\.from))$/;
const CODE_WORDS = /\b(import|exec|eval|require|subprocess|child_process|function|def|powershell|curl|wget|urlopen|socket)\b/;
const MAX_CIPHER = 64 * 1024;
const MAX_KEYS = 400;

export interface XorPayload {
  text: string;
  key: string;
}

export function xorDecrypted(pkg: PackageModel, e: CodeEvent): XorPayload | undefined {
  const source = pkg.text(e.file);
  const f = pkg.facts.get(e.file);
  if (!source || !f) return undefined;
  const above = source.split('\n', e.line).slice(Math.max(0, e.line - 1 - LOOP_LINES));
  if (!above.some((l) => XOR.test(l))) return undefined;
  const ciphers = ciphertexts(pkg, e);
  if (ciphers.length === 0) return undefined;
  const keys = [...new Set(f.strings.map((s) => s.value).filter((v) => v.length >= 1 && v.length <= 64))].slice(0, MAX_KEYS);
  for (const cipher of ciphers) {
    for (const key of keys) {
      const text = decrypted(cipher, Buffer.from(key, 'latin1'));
      if (text !== undefined) return { text, key: JSON.stringify(key) };
    }
    for (let k = 1; k < 256; k++) {
      const text = decrypted(cipher, Uint8Array.of(k));
      if (text !== undefined) return { text, key: `0x${k.toString(16)}` };
    }
  }
  return undefined;
}

/** The call's own argument when it holds no text, and the encoded literals its function decodes. */
function ciphertexts(pkg: PackageModel, e: CodeEvent): Uint8Array[] {
  const out: Uint8Array[] = [];
  const own = e.call?.args[0]?.value;
  if (own !== undefined && own.length >= 16 && !printable(Buffer.from(own, 'latin1'))) out.push(Buffer.from(own.slice(0, MAX_CIPHER), 'latin1'));
  // The decoders that feed the call: its function's, near it (code-origin's rule for decoders).
  const close = near(e);
  for (const c of pkg.facts.get(e.file)?.calls ?? []) {
    const v = c.scope === e.scope && DECODER.test(c.callee) && close(c) ? c.args[0]?.value : undefined;
    if (v === undefined || v.length < 16 || v.length > MAX_CIPHER) continue;
    // Buffer.from decodes only when told to (`'base64'`, `'hex'`); text it merely wraps is no ciphertext.
    const encoding = c.callee === 'global.Buffer.from' ? c.args[1]?.value : undefined;
    if (c.callee === 'global.Buffer.from' && encoding !== 'base64' && encoding !== 'hex') continue;
    const hex = /fromhex|hex|unhexlify/.test(c.callee) || encoding === 'hex';
    const bytes = hex ? decodeHex(v) : decodeBase64(v);
    if (bytes && bytes.length >= 16 && !printable(bytes)) out.push(bytes);
  }
  return out.slice(0, 4);
}

/** The XOR of data and a repeating key when it reads as a program; a wrong key fails within a few bytes. */
function decrypted(data: Uint8Array, key: Uint8Array): string | undefined {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = (data[i] as number) ^ (key[i % key.length] as number);
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b > 0x7e) return undefined;
    out[i] = b;
  }
  return readable(out);
}

/** ASCII text: printable characters, tabs and line breaks. */
function printable(bytes: Uint8Array): boolean {
  for (const b of bytes) if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b > 0x7e) return false;
  return true;
}

/** Printable text with words of a program in it. */
function readable(bytes: Uint8Array): string | undefined {
  if (!printable(bytes)) return undefined;
  const text = Buffer.from(bytes).toString('latin1');
  return CODE_WORDS.test(text) ? text : undefined;
}
