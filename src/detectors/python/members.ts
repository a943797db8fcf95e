import type { ValueFact } from '../../model/index.js';
import type { FileAnalysis } from './analysis.js';
import { shapeOf, type Expr, type Shape } from './exprs.js';
import { asText } from './folded.js';
import { skipString, splitBracketed, trimRange } from './scan.js';
import type { PyNode } from './syntax.js';

const MAX_MEMBERS = 200;

/**
 * Items of a list/tuple/set literal and entries of a dict literal, read from the text (the nodes of the
 * elements are looked up only if an element needs the tree to fold). Comprehensions have no members.
 */
export function literalMembers(
  a: FileAnalysis,
  target: Expr,
  sub: (e: Expr) => ValueFact,
): { items?: ValueFact[]; entries?: Record<string, ValueFact> } | undefined {
  const source = a.source;
  const open = source[target.start];
  const split = splitBracketed(source, target.start, target.end);
  if (!split || split.close !== target.end - 1) return undefined;
  const parts = split.parts;
  if (parts.length === 1) {
    const [s, e] = parts[0] as [number, number];
    const kind = shapeOf(source, s, e).kind;
    if (kind !== 'strings' && kind !== 'int' && kind !== 'chain' && /\bfor\b/.test(source.slice(s, e))) return undefined;
    if (open === '(' && !/,\s*$/.test(source.slice(e, target.end - 1))) return undefined; // `(x)`, not a tuple
  }
  const parent = new Siblings(() => target.node());
  if (open === '{' && parts.length > 0 && topLevelColon(source, (parts[0] as [number, number])[0], (parts[0] as [number, number])[1]) >= 0) {
    const entries: Record<string, ValueFact> = {};
    let n = 0;
    for (const [s, e] of parts) {
      if (n++ >= MAX_MEMBERS) break;
      const colon = topLevelColon(source, s, e);
      if (colon < 0) continue;
      const key = asText(a.foldExpr(childExpr(parent, s, colon, false)));
      const [vs, ve] = trimRange(source, colon + 1, e);
      if (key !== undefined && ve > vs) entries[key] = sub(childExpr(parent, vs, ve, true));
    }
    return { entries };
  }
  const items: ValueFact[] = [];
  for (const [s, e] of parts.slice(0, MAX_MEMBERS)) items.push(sub(childExpr(parent, s, e, false)));
  return { items };
}

/**
 * The elements of a list/tuple/set literal read from its text; `tuple: false` for a parenthesised
 * expression (`(x)`); undefined for comprehensions and brackets that do not close where expected.
 */
export function literalItems(a: FileAnalysis, target: Expr): { exprs: Expr[]; tuple: boolean } | undefined {
  const source = a.source;
  const split = splitBracketed(source, target.start, target.end);
  if (!split || split.close !== target.end - 1) return undefined;
  const parts = split.parts;
  let tuple = true;
  if (parts.length === 1) {
    const [s, e] = parts[0] as [number, number];
    const kind = a.shape({ start: s, end: e, node: () => undefined }).kind;
    if (kind !== 'strings' && kind !== 'int' && kind !== 'chain' && /\bfor\b/.test(source.slice(s, e))) return undefined;
    tuple = source[target.start] !== '(' || /,\s*$/.test(source.slice(e, target.end - 1));
  }
  const parent = new Siblings(() => target.node());
  return { exprs: parts.map(([s, e]) => childExpr(parent, s, e, false)), tuple };
}

/**
 * The named children of one literal, indexed once: looking each element up by scanning its siblings made
 * a literal of n elements cost n² node reads (hostile files carry lists of 100,000 numbers).
 */
class Siblings {
  private byStart: Map<number, PyNode> | undefined;
  private pairs: PyNode[] = [];

  constructor(private readonly parent: () => PyNode | undefined) {}

  /** The element starting at `start` (a dict entry: its key). */
  at(start: number): PyNode | undefined {
    const c = this.index().get(start);
    return c?.type === 'pair' ? c.named[0] : c;
  }

  /** The value of the dict entry whose pair spans [start, end). */
  pairValue(start: number, end: number): PyNode | undefined {
    this.index();
    // Pairs are disjoint and in document order: the last one starting at or before `start` is the only candidate.
    let lo = 0;
    let hi = this.pairs.length - 1;
    let found: PyNode | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pairs[mid] as PyNode;
      if (p.start <= start) {
        found = p;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && found.end >= end ? found.named[1] : undefined;
  }

  private index(): Map<number, PyNode> {
    if (this.byStart === undefined) {
      this.byStart = new Map();
      for (const c of this.parent()?.named ?? []) {
        if (!this.byStart.has(c.start)) this.byStart.set(c.start, c);
        if (c.type === 'pair') this.pairs.push(c);
      }
    }
    return this.byStart;
  }
}

/** An element by its range; its node is the parent's child starting there (a dict value: inside its pair). */
class ElementExpr implements Expr {
  shape?: Shape;
  private found: PyNode | null | undefined;

  constructor(
    private readonly siblings: Siblings,
    readonly start: number,
    readonly end: number,
    private readonly pairValue: boolean,
  ) {}

  node(): PyNode | undefined {
    if (this.found === undefined) {
      this.found = (this.pairValue ? this.siblings.pairValue(this.start, this.end) : this.siblings.at(this.start)) ?? null;
    }
    return this.found ?? undefined;
  }
}

function childExpr(siblings: Siblings, start: number, end: number, pairValue: boolean): Expr {
  return new ElementExpr(siblings, start, end, pairValue);
}

function topLevelColon(source: string, start: number, end: number): number {
  let depth = 0;
  for (let j = start; j < end; j++) {
    const c = source.charCodeAt(j);
    if (c === 34 || c === 39) j = skipString(source, j, end) - 1;
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 58 && depth === 0) return j;
  }
  return -1;
}
