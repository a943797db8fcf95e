import type { FileMetrics } from '../../model/index.js';

const HEXISH = /(?<![\w\u00aa-\uffff])_0x[0-9a-fA-F]{2,}[\w]*/g;
const LOOKALIKE = /(?<![\w\u00aa-\uffff])_*(?:[lI][lI1]{5,}|O[O0]{5,})(?![\w\u00aa-\uffff])/g;
/** Identifiers of 8+ letters, none of them ASCII. */
const NON_ASCII = /(?<![\w\p{L}\p{N}])[^\P{L}\x00-\x7f]{8,}(?![\w\p{L}\p{N}])/gu;

/** Sizes and the count of distinct machine-generated-looking identifiers. */
export function fileMetrics(source: string, largestStringArray: number): FileMetrics {
  let lines = 0;
  let maxLineLength = 0;
  let start = 0;
  while (start < source.length) {
    let nl = source.indexOf('\n', start);
    if (nl < 0) nl = source.length;
    const len = nl > start && source[nl - 1] === '\r' ? nl - start - 1 : nl - start;
    if (len > maxLineLength) maxLineLength = len;
    lines++;
    start = nl + 1;
  }
  return {
    lines,
    bytes: Buffer.byteLength(source, 'utf8'),
    maxLineLength,
    obfuscatedIdentifiers: obfuscatedIdentifiers(source),
    largestStringArray,
  };
}

function obfuscatedIdentifiers(source: string): number {
  const seen = new Set<string>();
  for (const m of source.matchAll(HEXISH)) seen.add(m[0]);
  for (const m of source.matchAll(LOOKALIKE)) {
    const id = m[0];
    // A mix of look-alike characters (`lIIlIl`, `OO0O0O`), not a run of one letter.
    if ((/l/.test(id) && /I/.test(id)) || (/O/.test(id) && /0/.test(id)) || /[lI]1|1[lI]/.test(id)) seen.add(id);
  }
  if (/[^\x00-\x7f]/.test(source)) for (const m of source.matchAll(NON_ASCII)) seen.add(m[0]);
  return seen.size;
}
