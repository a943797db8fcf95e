import { parseIntLiteral, parseStringLiteral } from './literals.js';
import { chainAt, skipString } from './scan.js';
import type { PyNode } from './syntax.js';
import { bytes, text, type Folded, type Stringish } from './folded.js';

/**
 * An expression known by its source range (an argument, the right side of an assignment). Its syntax
 * node is only looked up when the text alone cannot say what it is.
 */
export interface Expr {
  start: number;
  end: number;
  node(): PyNode | undefined;
  /** Filled in by the analysis the first time it reads the text. */
  shape?: Shape;
  /** The folded value once computed (null: does not fold). */
  folded?: Folded | null;
}

class NodeExpr implements Expr {
  readonly start: number;
  readonly end: number;
  shape?: Shape;

  constructor(private readonly n: PyNode) {
    this.start = n.start;
    this.end = n.end;
  }

  node(): PyNode {
    return this.n;
  }
}

export function nodeExpr(n: PyNode): Expr {
  return new NodeExpr(n);
}

export type Shape =
  | { kind: 'strings'; parts: Array<[number, number]> }
  | { kind: 'int'; n: number }
  | { kind: 'chain'; root: string; attrs: readonly string[] }
  | { kind: 'call'; root: string; attrs: readonly string[] }
  /** `name.attr[...]` */
  | { kind: 'subscript'; root: string; attrs: readonly string[] }
  /** `'…'.name(…)`: `open` is the offset of the argument list's parenthesis. */
  | { kind: 'method'; parts: Array<[number, number]>; name: string; open: number }
  | { kind: 'bracket' }
  | { kind: 'other' };

const PREFIX = /[rRbBuUfFtT]{0,3}(?=['"])/y;
/** Longer expressions are not checked for the `name(...)` shape (nested calls would make it quadratic). */
const MAX_SCAN = 20_000;
const INT = /^-?\s*(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*)[lL]?$/;

/** What an expression is, read from its text: literals, dotted names, `dotted.call(...)`, or other. */
export function shapeOf(source: string, start: number, end: number): Shape {
  const c = source.charCodeAt(start);
  if (c === 91 || c === 123 || c === 40) return { kind: 'bracket' };
  const strings = stringParts(source, start, end);
  if (strings) return { kind: 'strings', parts: strings };
  if (c === 34 || c === 39 || (c >= 65 && c <= 122)) {
    const method = stringMethodShape(source, start, end);
    if (method) return method;
  }
  if ((c >= 48 && c <= 57) || c === 45) {
    const t = source.slice(start, end);
    if (INT.test(t)) {
      const neg = t.startsWith('-');
      const n = parseIntLiteral((neg ? t.slice(1) : t).trim());
      if (n !== undefined) return { kind: 'int', n: neg ? -n : n };
    }
    return { kind: 'other' };
  }
  const ch = chainAt(source, start);
  if (!ch) return { kind: 'other' };
  if (ch.end === end) return { kind: 'chain', root: ch.root, attrs: ch.attrs };
  let i = ch.end;
  while (i < end && (source[i] === ' ' || source[i] === '\t')) i++;
  const open = source[i];
  if ((open === '(' || open === '[') && source.charCodeAt(end - 1) === (open === '(' ? 41 : 93) && end - start <= MAX_SCAN && closesAt(source, i, end - 1)) {
    return { kind: open === '(' ? 'call' : 'subscript', root: ch.root, attrs: ch.attrs };
  }
  return { kind: 'other' };
}

/** Whether the bracket opening at `open` closes exactly at `close` (strings and comments skipped). */
function closesAt(source: string, open: number, close: number): boolean {
  let depth = 0;
  for (let j = open; j <= close; j++) {
    const c = source.charCodeAt(j);
    if (c === 34 || c === 39) j = skipString(source, j, close + 1) - 1;
    else if (c === 35) {
      const nl = source.indexOf('\n', j);
      if (nl < 0 || nl > close) return false;
      j = nl;
    } else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      depth--;
      if (depth === 0) return j === close;
    }
  }
  return false;
}

/** Ranges of the literals when the whole range is string literals (implicit concatenation included). */
function stringParts(source: string, start: number, end: number): Array<[number, number]> | undefined {
  const r = leadingStrings(source, start, end);
  return r && r.end === end ? r.parts : undefined;
}

/** The string literals at the start of a range and where they stop. */
function leadingStrings(source: string, start: number, end: number): { parts: Array<[number, number]>; end: number } | undefined {
  const parts: Array<[number, number]> = [];
  let i = start;
  while (i < end) {
    PREFIX.lastIndex = i;
    const p = PREFIX.exec(source);
    if (!p) break;
    const q = i + p[0].length;
    const close = skipString(source, q, end);
    parts.push([i, close]);
    i = close;
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 92) i++;
      else if (c === 35) {
        const nl = source.indexOf('\n', i);
        i = nl < 0 || nl > end ? end : nl;
      } else break;
    }
  }
  return parts.length > 0 ? { parts, end: i } : undefined;
}

/** `'…'.method(…)` spanning the whole range: a method called on string literals. */
function stringMethodShape(source: string, start: number, end: number): Shape | undefined {
  const lead = leadingStrings(source, start, end);
  if (!lead || source.charCodeAt(lead.end) !== 46 /* . */) return undefined;
  const m = chainAt(source, lead.end + 1);
  if (!m || m.attrs.length > 0) return undefined;
  let open = m.end;
  while (open < end && (source[open] === ' ' || source[open] === '\t')) open++;
  if (source[open] !== '(' || source.charCodeAt(end - 1) !== 41 || end - start > MAX_SCAN || !closesAt(source, open, end - 1)) return undefined;
  return { kind: 'method', parts: lead.parts, name: m.root, open };
}

/** The value of adjacent string literals, undefined for f-strings with replacement fields. */
export function foldStrings(source: string, parts: Array<[number, number]>): Folded | undefined {
  let out: Stringish | undefined;
  for (const [s, e] of parts) {
    const lit = parseStringLiteral(source.slice(s, e));
    if (!lit || lit.interpolated) return undefined;
    const kind = lit.bytes ? 'bytes' : 'text';
    if (out && out.kind !== kind) return undefined;
    out = out ? { kind, s: out.s + lit.value, steps: [] } : (lit.bytes ? bytes(lit.value) : text(lit.value)) as Stringish;
  }
  return out;
}
