import { bytesToText } from '../shared/decode.js';

/**
 * A constant the analyser computed from an expression. Text and bytes carry the decoding steps that
 * produced them (`base64`, `zlib`, `chr`, `reverse`, …) so a payload can say how it was hidden.
 */
export type Folded =
  | { kind: 'text'; s: string; steps: string[] }
  /** Bytes as a latin1 string, one character per byte. */
  | { kind: 'bytes'; s: string; steps: string[] }
  | { kind: 'int'; n: number }
  | { kind: 'list'; items: Folded[] };

export type Stringish = Extract<Folded, { kind: 'text' | 'bytes' }>;

/** The longest text or bytes a fold may produce (1 MiB): larger results are not folded. */
export const MAX_FOLDED = 1024 * 1024;

export function text(s: string, steps: string[] = []): Folded {
  return { kind: 'text', s, steps };
}

export function bytes(s: string, steps: string[] = []): Folded {
  return { kind: 'bytes', s, steps };
}

export function isStringish(f: Folded | undefined): f is Stringish {
  return f !== undefined && (f.kind === 'text' || f.kind === 'bytes');
}

export function latin1ToBytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'));
}

export function bytesToLatin1(b: Uint8Array): string {
  return Buffer.from(b).toString('latin1');
}

/** The value as readable text: text as is, bytes when they decode to printable text. */
export function asText(f: Folded | undefined): string | undefined {
  if (!f) return undefined;
  if (f.kind === 'text') return f.s;
  if (f.kind === 'bytes') return f.s.length === 0 ? '' : bytesToText(Buffer.from(f.s, 'latin1'));
  return undefined;
}

export function joinSteps(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const out = [...a];
  for (const s of b) if (!out.includes(s)) out.push(s);
  return out;
}
