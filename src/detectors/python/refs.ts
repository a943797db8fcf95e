/**
 * Dotted-name occurrences (`os.environ.get`, `o.system`, `h`) found with one regular-expression pass
 * over the source instead of visiting every identifier node of the tree, which would cost more than
 * the parse. Only chains whose first name can mean something (an import, a definition, an assigned
 * variable, `__builtins__`, …) are kept; chains inside string literals and comments are skipped.
 */

import { splitBracketed } from './scan.js';

/**
 * One variable of `os.environ`, named by a literal (`os.environ.get('CC')`, `os.environ['HOME']`), or a write
 * (`os.environ['X'] = v`, `setdefault`, `update`): a build reading `CC` or setting `MACOSX_DEPLOYMENT_TARGET`
 * does not take the environment. `os.environ` itself, `.copy()`, `.items()`, `dict(os.environ)`, iterating
 * it, and a read under a computed name (`os.environ[k]` for every `k` that matches) do.
 */
const READ_ONE = /^(get|pop|__getitem__|__contains__)$/;
const WRITE_ONE = /^(setdefault|update|putenv|unsetenv|__setitem__|__delitem__)$/;
const LITERAL_START = /^\s*[rRbBuU]{0,2}['"]/;

/** A method of `os.environ` called with `firstArg`: does it touch one variable only? */
export function oneVariableCall(method: string, firstArg: string | undefined): boolean {
  return WRITE_ONE.test(method) || (READ_ONE.test(method) && firstArg !== undefined && LITERAL_START.test(firstArg));
}

/** The `os.environ` chain ending at `end`, followed by a method call or a subscript: one variable only? */
export function oneVariableAt(source: string, end: number, method: string | undefined): boolean {
  let i = end;
  while (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9) i++;
  const open = source.charCodeAt(i);
  if (method !== undefined) return open === 40 /* ( */ && oneVariableCall(method, source.slice(i + 1, i + 64));
  if (open !== 91 /* [ */) return false;
  if (LITERAL_START.test(source.slice(i + 1, i + 64))) return true;
  // A computed name: a write (`os.environ[k] = v`) still sets one variable; a read may take any of them.
  const close = splitBracketed(source, i, i + 4000)?.close;
  if (close === undefined) return false;
  const after = source.slice(close + 1, close + 8);
  return /^\s*=(?!=)/.test(after);
}

const ATTRS = /(?:[ \t]*\.[ \t]*[A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*)*/y;

export interface Occurrence {
  start: number;
  root: string;
  attrs: readonly string[];
}

/** Shared by the occurrences of plain names (most of them). */
const NO_ATTRS: readonly string[] = Object.freeze([]);

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0xaa;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Sorted, non-overlapping [start, end) ranges (string literals). */
export class Ranges {
  constructor(
    private readonly starts: number[],
    private readonly ends: number[],
  ) {}

  /** The index of the range containing `pos`, or -1. */
  find(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && pos < (this.ends[found] as number) ? found : -1;
  }

  end(i: number): number {
    return this.ends[i] as number;
  }
}

export class NameIndex {
  readonly occurrences: Occurrence[] = [];

  constructor(source: string, roots: ReadonlySet<string>, strings: Ranges) {
    const comments = new CommentFinder(source, strings);
    const add = (start: number, root: string, rest: string): void => {
      if (strings.find(start) >= 0 || comments.inComment(start)) return;
      const attrs = rest ? rest.split('.').slice(1).map((p) => p.trim()) : NO_ATTRS;
      this.occurrences.push({ start, root, attrs });
    };
    // A hand-written scan: every identifier is looked at; most are dismissed by their first character
    // and length before a string is cut out for the Set lookup.
    const shapes = new Set<number>();
    // Occurrences share the root names' strings instead of each keeping its own copy.
    const canonical = new Map<string, string>();
    for (const r of roots) {
      shapes.add(r.charCodeAt(0) * 64 + Math.min(r.length, 63));
      canonical.set(r, r);
    }
    const len = source.length;
    let i = 0;
    while (i < len) {
      const c = source.charCodeAt(i);
      if (!isIdentStart(c)) {
        i++;
        continue;
      }
      const start = i;
      i++;
      while (i < len && isIdentPart(source.charCodeAt(i))) i++;
      if (start > 0 && source.charCodeAt(start - 1) === 46 /* . */) continue;
      if (!shapes.has(c * 64 + Math.min(i - start, 63))) continue;
      const root = canonical.get(source.slice(start, i));
      if (root === undefined) continue;
      ATTRS.lastIndex = i;
      const rest = ATTRS.exec(source)?.[0] ?? '';
      i += rest.length;
      add(start, root, rest);
    }
  }

  /** Occurrences starting in [start, end), at most `max`. */
  between(start: number, end: number, max: number): Occurrence[] {
    const occ = this.occurrences;
    let lo = 0;
    let hi = occ.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((occ[mid] as Occurrence).start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Occurrence[] = [];
    for (let i = lo; i < occ.length && out.length < max; i++) {
      const o = occ[i] as Occurrence;
      if (o.start >= end) break;
      out.push(o);
    }
    return out;
  }
}

/** Whether offsets (asked in increasing order) sit in a `#` comment; linear over the whole file. */
export class CommentFinder {
  private lineEnd = -1;
  private comment = Infinity;
  private nextHash = -1;

  constructor(
    private readonly source: string,
    private readonly strings: Ranges,
  ) {}

  inComment(pos: number): boolean {
    if (pos >= this.lineEnd) {
      const lineStart = this.source.lastIndexOf('\n', pos - 1) + 1;
      const end = this.source.indexOf('\n', pos);
      this.lineEnd = end < 0 ? this.source.length : end;
      this.comment = this.commentFrom(lineStart);
    }
    return pos > this.comment;
  }

  private commentFrom(lineStart: number): number {
    let from = lineStart;
    for (;;) {
      if (this.nextHash < from) {
        const h = this.source.indexOf('#', from);
        this.nextHash = h < 0 ? Infinity : h;
      }
      const hash = this.nextHash;
      if (hash >= this.lineEnd) return Infinity;
      const inside = this.strings.find(hash);
      if (inside < 0) return hash;
      from = this.strings.end(inside);
    }
  }
}

/** `self.x` not preceded by a name character or a dot (not `myself.x`, not `a.self.x`). */
const SELF_ATTRIBUTE = /(?<![\w.])self\.([A-Za-z_]\w*)/g;
/** Longer ranges (whole blocks handed to a call) are not read for `self.x`. */
const MAX_SELF_SCAN = 4096;

/**
 * `self.data` in a method: what the class's methods assigned to it before (`self.data = dict(os.environ)` in
 * `__init__`, sent from `send`). `self` is left out of the name index (it is everywhere in classes), so the
 * range's text is read for it, in methods of classes that assign attributes at all.
 */
export function selfAttributeRefs(source: string, start: number, end: number, attrs: ReadonlyMap<string, { refs: readonly string[] }> | undefined): string[] {
  if (!attrs || attrs.size === 0 || end - start > MAX_SELF_SCAN) return [];
  const first = source.indexOf('self.', start);
  if (first < 0 || first >= end) return [];
  const text = source.slice(first > 0 ? first - 1 : first, end);
  const out: string[] = [];
  for (const m of text.matchAll(SELF_ATTRIBUTE)) for (const r of attrs.get(m[1] as string)?.refs ?? []) out.push(r);
  return out;
}
