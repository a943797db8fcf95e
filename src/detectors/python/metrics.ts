import type { FileMetrics } from '../../model/index.js';

const HEXISH = /(?<![\w\u00aa-\uffff])_0x[0-9a-fA-F]{2,}[\w]*/g;
const LOOKALIKE = /(?<![\w\u00aa-\uffff])_*(?:[lI][lI1]{5,}|O[O0]{5,})(?![\w\u00aa-\uffff])/g;
/**
 * Identifiers of 8+ letters, none of them ASCII: maximal runs of non-ASCII letters whose neighbours are
 * no word characters. (One regex with a lookbehind at every position of the file cost more than the
 * rest of the metrics; runs are found first, then their two neighbours are checked.)
 */
const NON_ASCII_RUN = /[^\P{L}\x00-\x7f]{8,}/gu;
/** Maximal runs of 8+ non-ASCII code units, the only places NON_ASCII_RUN can match. */
const NON_ASCII_SPAN = /[^\x00-\x7f]{8,}/g;
const WORD = /^[\w\p{L}\p{N}]/u;
const QUOTE = /^["']/;

/**
 * Sizes and the count of distinct machine-generated-looking identifiers. `isText(offset)`, asked in increasing
 * order, says whether an offset sits in a string literal or a comment: words of a localised string table
 * (`"Российские железные дороги"`) or a comment are prose, not names.
 */
export function fileMetrics(source: string, largestStringArray: number, isText?: (offset: number) => boolean): FileMetrics {
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
    obfuscatedIdentifiers: obfuscatedIdentifiers(source, isText),
    largestStringArray,
  };
}

function obfuscatedIdentifiers(source: string, isText: ((offset: number) => boolean) | undefined): number {
  const seen = new Set<string>();
  for (const m of source.matchAll(HEXISH)) seen.add(m[0]);
  for (const m of source.matchAll(LOOKALIKE)) {
    const id = m[0];
    // A mix of look-alike characters (`lIIlIl`, `OO0O0O`), not a run of one letter.
    if ((/l/.test(id) && /I/.test(id)) || (/O/.test(id) && /0/.test(id)) || /[lI]1|1[lI]/.test(id)) seen.add(id);
  }
  // Letter runs lie inside runs of non-ASCII code units, found first without Unicode properties: a file
  // with a few accented words is not scanned character by character with the Unicode regex.
  for (const wide of source.matchAll(NON_ASCII_SPAN)) {
    for (const r of wide[0].matchAll(NON_ASCII_RUN)) {
      // A match is a whole run (it starts where the previous one ended, or where no letter precedes).
      // Letters right after or before a quote are a string's text (a sample of CJK characters), not a name.
      const at = wide.index + r.index;
      const end = at + r[0].length;
      const before = codePointBefore(source, at);
      const after = source.slice(end, end + 2);
      if (WORD.test(before) || WORD.test(after) || QUOTE.test(before) || QUOTE.test(after)) continue;
      if (!isText?.(at)) seen.add(r[0]);
    }
  }
  return seen.size;
}

/** The code point ending at `index` (a surrogate pair counts as one, as in a `u` regex lookbehind). */
function codePointBefore(source: string, index: number): string {
  const low = source.charCodeAt(index - 1);
  const high = source.charCodeAt(index - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return source.slice(pair ? index - 2 : Math.max(0, index - 1), index);
}
