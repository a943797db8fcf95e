/**
 * Python literals read from their source text, as the interpreter would read them
 * (https://docs.python.org/3/reference/lexical_analysis.html#literals), without asking the syntax tree
 * for their parts.
 */

export interface StringLiteral {
  /** Text, or bytes as a latin1 string (one character per byte). */
  value: string;
  bytes: boolean;
  /** The characters between the quotes, unescaped only for f-strings' doubled braces. */
  body: string;
  /** An f-string with `{…}` replacement fields: `value` is not the run-time value. */
  interpolated: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

export function parseStringLiteral(raw: string): StringLiteral | undefined {
  let i = 0;
  while (i < raw.length && i < 3 && /[rRbBuUfFtT]/.test(raw[i] as string)) i++;
  const prefix = raw.slice(0, i).toLowerCase();
  const q = raw[i];
  if (q !== "'" && q !== '"') return undefined;
  const triple = raw.startsWith(q.repeat(3), i);
  const open = triple ? 3 : 1;
  let body = raw.slice(i + open);
  const close = q.repeat(open);
  if (body.endsWith(close) && body.length >= open) body = body.slice(0, body.length - open);
  const bytes = prefix.includes('b');
  const rawMode = prefix.includes('r');
  const fstring = prefix.includes('f') || prefix.includes('t');
  let interpolated = false;
  let text = body;
  if (fstring) {
    interpolated = body.replace(/\{\{/g, '').includes('{');
    text = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  }
  const value = rawMode ? text : unescape(text, bytes);
  return { value: bytes ? toLatin1(value) : value, bytes, body, interpolated };
}

const ABOVE_LATIN1 = /[^\x00-\xff]/;

function toLatin1(s: string): string {
  if (!ABOVE_LATIN1.test(s)) return s;
  // Non-ASCII characters are a syntax error in bytes literals; keep the low byte rather than fail.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c > 0xff ? String.fromCharCode(c & 0xff) : s[i];
  }
  return out;
}

/** Character codes of the simple escapes (`\\n` → 10), by the code of the letter after the backslash. */
const SIMPLE_CODES = new Map(Object.entries(SIMPLE_ESCAPES).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/** Value of a hex digit's character code, or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** The number written by `count` hex digits at `at`, or -1 when any is missing. */
function hexAt(s: string, at: number, count: number): number {
  if (at + count > s.length) return -1;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const d = hexDigit(s.charCodeAt(at + k));
    if (d < 0) return -1;
    n = n * 16 + d;
  }
  return n;
}

/**
 * Escape sequences resolved as Python resolves them. Escaped characters gather as codes and runs between
 * backslashes are copied as slices: a megabyte of `\xNN` (an executable written out as a bytes literal)
 * must not cost a string concatenation and a regular expression per escape.
 */
function unescape(s: string, bytes: boolean): string {
  let next = s.indexOf('\\');
  if (next < 0) return s;
  const parts: string[] = [];
  let codes: number[] = [];
  const flush = (): void => {
    for (let k = 0; k < codes.length; k += 4096) parts.push(String.fromCharCode.apply(null, codes.slice(k, k + 4096)));
    codes = [];
  };
  let i = 0;
  while (i < s.length) {
    // Copy the run up to the next backslash at once (a trailing lone backslash stays as written).
    if (next < 0 || next + 1 >= s.length) {
      flush();
      parts.push(s.slice(i));
      break;
    }
    if (next - i > 16) {
      flush();
      parts.push(s.slice(i, next));
    } else for (let k = i; k < next; k++) codes.push(s.charCodeAt(k));
    i = next;
    const e = s.charCodeAt(i + 1);
    const simple = SIMPLE_CODES.get(e);
    // \xNN; in text also \uNNNN and \UNNNNNNNN: the digits' value, or -1.
    const width = e === 120 /* x */ ? 2 : bytes ? 0 : e === 117 /* u */ ? 4 : e === 85 /* U */ ? 8 : 0;
    const hex = width > 0 ? hexAt(s, i + 2, width) : -1;
    if (simple !== undefined) {
      codes.push(simple);
      i += 2;
    } else if (e === 10) {
      i += 2;
    } else if (e === 13) {
      i += s.charCodeAt(i + 2) === 10 ? 3 : 2;
    } else if (e >= 48 && e <= 55) {
      let n = 0;
      let k = i + 1;
      for (; k < i + 4 && k < s.length; k++) {
        const d = s.charCodeAt(k);
        if (d < 48 || d > 55) break;
        n = n * 8 + (d - 48);
      }
      codes.push(n & (bytes ? 0xff : 0x1ff));
      i = k;
    } else if (hex >= 0) {
      const ch = width < 8 ? String.fromCharCode(hex) : hex <= 0x10ffff ? String.fromCodePoint(hex) : '\ufffd';
      for (let k = 0; k < ch.length; k++) codes.push(ch.charCodeAt(k));
      i += 2 + width;
    } else {
      // Unknown escapes (and \N{name}) stay as written, as Python leaves unknown escapes.
      codes.push(92, e);
      i += 2;
    }
    next = s.indexOf('\\', i);
  }
  flush();
  return parts.join('');
}

/** Integer literal (`99`, `0x63`, `0o143`, `0b1100011`, `1_000`, Python 2 `0143` and `99L`). */
export function parseIntLiteral(raw: string): number | undefined {
  const s = raw.replace(/_/g, '').replace(/[lL]$/, '');
  let n: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) n = parseInt(s.slice(2), 16);
  else if (/^0[oO][0-7]+$/.test(s)) n = parseInt(s.slice(2), 8);
  else if (/^0[bB][01]+$/.test(s)) n = parseInt(s.slice(2), 2);
  else if (/^0[0-7]+$/.test(s)) n = parseInt(s.slice(1), 8);
  else if (/^\d+$/.test(s)) n = parseInt(s, 10);
  else return undefined;
  return Number.isSafeInteger(n) ? n : undefined;
}

const LIST_ITEM_STRING = /\s*(?:[rRbBuU]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))\s*(?:,|$)/y;
const LIST_ITEM_INT = /\s*(-?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*))[lL]?\s*(?:,|$)/y;

/** Number of elements of a bracketed literal made only of single-line string literals, else 0. */
export function stringArrayLength(text: string): number {
  const inner = text.slice(1, -1);
  if (!/^\s*[rRbBuU'"]/.test(inner)) return 0;
  return countItems(inner, LIST_ITEM_STRING);
}

/** The integers of a bracketed literal made only of integer literals (the fast path for big chr tables). */
export function intArray(text: string): number[] | undefined {
  const inner = text.slice(1, -1);
  const out: number[] = [];
  LIST_ITEM_INT.lastIndex = 0;
  while (LIST_ITEM_INT.lastIndex < inner.length) {
    const m = LIST_ITEM_INT.exec(inner);
    if (!m) return /^\s*$/.test(inner.slice(LIST_ITEM_INT.lastIndex)) ? out : undefined;
    const neg = (m[1] as string).startsWith('-');
    const n = parseIntLiteral(neg ? (m[1] as string).slice(1) : (m[1] as string));
    if (n === undefined) return undefined;
    out.push(neg ? -n : n);
    if (m[0].length === 0) break;
  }
  return out;
}

function countItems(inner: string, re: RegExp): number {
  let count = 0;
  re.lastIndex = 0;
  while (re.lastIndex < inner.length) {
    const at = re.lastIndex;
    const m = re.exec(inner);
    if (!m) return /^\s*$/.test(inner.slice(at)) ? count : 0;
    count++;
    if (m[0].length === 0) break;
  }
  return count;
}
