/**
 * Package-name arithmetic for the name-based rules (pkg/typosquat): edit distance, a homoglyph skeleton and
 * the normalisations each registry applies. Pure functions; the popularity lists live in src/data/.
 */
import type { Ecosystem } from '../../model/index.js';

/** PEP 503: lowercase, runs of `-`, `_`, `.` become one `-` (https://peps.python.org/pep-0503/#normalized-names). */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The name as the registry identifies it: PEP 503 for PyPI, lowercase for npm (npm forbids new mixed-case names). */
export function registryName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'pypi' ? pep503(name) : name.toLowerCase();
}

/**
 * A key that ignores separators entirely: `python-dateutil`, `python_dateutil` and `pythondateutil` share one.
 * Two different packages with the same key differ only in punctuation — the classic separator typosquat.
 */
export function separatorKey(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '');
}

/**
 * Restricted Damerau-Levenshtein (optimal string alignment) distance: insertions, deletions, substitutions and
 * transpositions of adjacent characters each cost 1. Returns `max + 1` as soon as the distance must exceed
 * `max`, so callers comparing against thousands of names stay cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Only cells within `max` of the diagonal can stay within `max` (Ukkonen's band); the rest count as too far.
  const band = Number.isFinite(max) ? max : Math.max(a.length, n);
  const far = band + 1;
  let prev2 = new Array<number>(n + 1).fill(far);
  let prev = Array.from({ length: n + 1 }, (_, j) => (j <= band ? j : far));
  let cur = new Array<number>(n + 1).fill(far);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(n, i + band);
    cur.fill(far);
    cur[0] = i <= band ? i : far;
    let rowMin = cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/**
 * Which characters a name uses, folded into 31 bits. One edit changes at most two bits, so names whose masks
 * differ in more than `2 × max` bits cannot be within `max` edits: a cheap test before the quadratic one.
 */
export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << s.charCodeAt(i) % 31;
  return m;
}

export function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Non-ASCII letters that render like ASCII ones in common fonts (Unicode TR39 confusables, the subset seen in
 * package-name attacks: Cyrillic and Greek lowercase, dotless i, Latin small capitals).
 * https://www.unicode.org/reports/tr39/#Confusable_Detection
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', к: 'k', м: 'm', н: 'h', т: 't',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ѵ: 'v', ү: 'y', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ω: 'w',
  // Latin lookalikes
  ı: 'i', ɩ: 'i', ł: 'l', ɑ: 'a', ɒ: 'a', ʟ: 'l', ɴ: 'n', ꜱ: 's', ᴅ: 'd', ᴇ: 'e',
};

/** ASCII sequences that read as another letter at a glance. */
const ASCII_LOOKALIKES: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/0/g, 'o'],
  [/1/g, 'l'],
];

/** True when the name contains a character outside printable ASCII. */
export function hasNonAscii(name: string): boolean {
  return /[^\x20-\x7e]/.test(name);
}

/**
 * What a reader sees: compatibility-normalised (full-width letters, ligatures), accents dropped, lookalike
 * letters replaced by their ASCII twins, `rn`→`m`, `vv`→`w`, `0`→`o`, `1`→`l`, separators removed. Two names
 * with the same skeleton are hard to tell apart on a screen.
 */
export function skeleton(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  s = [...s].map((c) => LOOKALIKES[c] ?? c).join('');
  for (const [re, to] of ASCII_LOOKALIKES) s = s.replace(re, to);
  return separatorKey(s);
}

/** FNV-1a, 32 bit, over UTF-8: the compact membership hashes of src/data/ (same function as scripts/popular.mjs). */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Splits `@scope/name` into its parts; unscoped names have no scope. */
export function splitScope(name: string): { scope?: string; bare: string } {
  const m = /^@([^/]+)\/(.+)$/.exec(name);
  return m ? { scope: m[1]!, bare: m[2]! } : { bare: name };
}
