import { decodeBase32, decodeBase64, decodeBase85, decodeHex, decompress, decompressBzip2, rot13 } from '../shared/decode.js';
import { asText, bytes, bytesToLatin1, isStringish, joinSteps, latin1ToBytes, MAX_FOLDED, text, type Folded, type Stringish } from './folded.js';

/** The decoding functions and string methods obfuscated Python uses, applied to folded constants. */

const MAX_ITEMS = 200_000;

export const DECODERS: Record<string, string> = {
  'base64.b64decode': 'base64',
  'base64.standard_b64decode': 'base64',
  'base64.urlsafe_b64decode': 'base64',
  'base64.decodebytes': 'base64',
  'base64.decodestring': 'base64',
  'binascii.a2b_base64': 'base64',
  'base64.b32decode': 'base32',
  'base64.b85decode': 'base85',
  'base64.a85decode': 'ascii85',
  'base64.b16decode': 'hex',
  'binascii.unhexlify': 'hex',
  'binascii.a2b_hex': 'hex',
  'builtins.bytes.fromhex': 'hex',
  'builtins.bytearray.fromhex': 'hex',
  'zlib.decompress': 'zlib',
  'gzip.decompress': 'gzip',
  'bz2.decompress': 'bz2',
};

/** Callees the folder decodes: a payload decoded inside their arguments is only an intermediate step. */
const DECODER_NAMES: ReadonlySet<string> = new Set([...Object.keys(DECODERS), 'codecs.decode', 'codecs.encode', 'marshal.loads']);

export function isDecoder(callee: string): boolean {
  return DECODER_NAMES.has(callee);
}

export function decodeWith(codec: string, v: Folded | undefined): Folded | undefined {
  if (!isStringish(v)) return undefined;
  const steps = joinSteps(v.steps, [codec]);
  let out: Uint8Array | undefined;
  switch (codec) {
    case 'base64': out = decodeBase64(v.s); break;
    case 'base32': out = decodeBase32(v.s); break;
    case 'base85': out = decodeBase85(v.s); break;
    case 'ascii85': out = decodeBase85(v.s, true); break;
    case 'bz2': out = decompressBzip2(latin1ToBytes(v.s)); break;
    case 'hex': out = decodeHex(v.s); break;
    case 'zlib':
    case 'gzip': out = decompress(latin1ToBytes(v.s)); break;
    case 'rot13': return { kind: v.kind, s: rot13(v.s), steps };
    default: return undefined;
  }
  return out ? bytes(bytesToLatin1(out), steps) : undefined;
}

export const CODEC_ALIASES: Record<string, string> = {
  rot13: 'rot13', rot_13: 'rot13', 'rot-13': 'rot13',
  hex: 'hex', hex_codec: 'hex', base64: 'base64', base64_codec: 'base64', base_64: 'base64',
  zlib: 'zlib', zlib_codec: 'zlib', zip: 'zlib',
  bz2: 'bz2', bz2_codec: 'bz2',
};

export function decodeText(v: Folded | undefined, encoding: string | undefined): Folded | undefined {
  if (!isStringish(v)) return undefined;
  if (v.kind === 'text') return v;
  const enc = (encoding ?? 'utf-8').toLowerCase().replace(/_/g, '-');
  const s = /^(latin-?1|iso-?8859-?1|ascii)$/.test(enc) ? v.s : Buffer.from(v.s, 'latin1').toString('utf8');
  return text(s, v.steps);
}

export function encodeText(v: Folded | undefined): Folded | undefined {
  if (!isStringish(v)) return undefined;
  return v.kind === 'bytes' ? v : bytes(Buffer.from(v.s, 'utf8').toString('latin1'), v.steps);
}

export const STRING_METHODS: ReadonlySet<string> = new Set(['join', 'decode', 'encode', 'replace', 'lower', 'upper', 'strip', 'lstrip', 'rstrip', 'swapcase', 'format', 'translate']);

export function stringMethod(recv: Stringish, method: string, args: Array<Folded | undefined>): Folded | undefined {
  const arg0 = args[0];
  switch (method) {
    case 'join': {
      const items = iterate(arg0);
      if (!items) return undefined;
      let steps = recv.steps;
      const pieces: string[] = [];
      let size = 0;
      for (const i of items) {
        if (!isStringish(i) || i.kind !== recv.kind) return undefined;
        pieces.push(i.s);
        size += i.s.length + recv.s.length;
        if (size > MAX_FOLDED) return undefined;
        if (i.steps.length > 0) steps = joinSteps(steps, i.steps);
      }
      return { kind: recv.kind, s: pieces.join(recv.s), steps };
    }
    case 'decode': {
      const enc = asText(arg0)?.toLowerCase();
      const codec = enc ? CODEC_ALIASES[enc] : undefined;
      // Python 2: 'x'.decode('base64' | 'hex' | 'rot13' | 'zlib')
      if (codec) return decodeWith(codec, recv);
      return decodeText(recv, enc);
    }
    case 'encode': {
      const enc = asText(arg0)?.toLowerCase();
      if (enc && CODEC_ALIASES[enc] === 'rot13') return decodeWith('rot13', recv);
      return encodeText(recv);
    }
    case 'replace': {
      const from = args[0];
      const to = args[1];
      if (!isStringish(from) || !isStringish(to) || from.s === '') return undefined;
      const s = recv.s.split(from.s).join(to.s);
      return s.length > MAX_FOLDED ? undefined : { kind: recv.kind, s, steps: recv.steps };
    }
    case 'format': {
      // A template the code decoded itself (a hidden command with `{0}` for a random file name): its fields
      // become `{…}` unless the argument folds. A plain literal template folds only when every field does
      // (`'curl {} | sh'.format(URL)` with URL a constant): a partial value is not the run-time value.
      if (recv.kind !== 'text') return undefined;
      const exact = recv.steps.length === 0;
      let next = 0;
      let unknown = false;
      const s = recv.s.replace(/\{\{|\}\}|\{(\d*)(?:![rsa])?(?::[^{}]*)?\}|\{[^{}]*\}/g, (m: string, index: string | undefined) => {
        if (m === '{{') return '{';
        if (m === '}}') return '}';
        const i = index === undefined ? -1 : index === '' ? next++ : Number(index);
        const v = i >= 0 ? args[i] : undefined;
        if (isStringish(v) && v.kind === 'text' && (!exact || m === '{}' || /^\{\d+\}$/.test(m))) return v.s;
        if (exact && v?.kind === 'int' && (m === '{}' || /^\{\d+\}$/.test(m))) return String(v.n);
        unknown = true;
        return '{…}';
      });
      if (exact && unknown) return undefined;
      return s.length > MAX_FOLDED ? undefined : { kind: 'text', s, steps: recv.steps };
    }
    case 'lower': return { ...recv, s: recv.s.toLowerCase() };
    case 'upper': return { ...recv, s: recv.s.toUpperCase() };
    case 'swapcase': return { ...recv, s: [...recv.s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('') };
    case 'strip': return arg0 === undefined ? { ...recv, s: recv.s.trim() } : undefined;
    case 'lstrip': return arg0 === undefined ? { ...recv, s: recv.s.trimStart() } : undefined;
    case 'rstrip': return arg0 === undefined ? { ...recv, s: recv.s.trimEnd() } : undefined;
    default: return undefined;
  }
}


/** Items of something iterated: a list, the characters of text, the byte values of bytes. */
export function iterate(v: Folded | undefined): Folded[] | undefined {
  if (!v) return undefined;
  if (v.kind === 'list') return v.items;
  if (v.kind === 'text') return v.s.length > MAX_ITEMS ? undefined : [...v.s].map((c) => text(c, v.steps));
  if (v.kind === 'bytes') return v.s.length > MAX_ITEMS ? undefined : [...v.s].map((c) => ({ kind: 'int', n: c.charCodeAt(0) }));
  return undefined;
}

