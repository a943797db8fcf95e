import { iterate } from './codecs.js';
import type { Analysis, Env } from './context.js';
import { foldNode, type Sub } from './fold.js';
import { isStringish, joinSteps, text, type Folded } from './folded.js';
import { intArray, parseIntLiteral } from './literals.js';
import type { PyNode } from './syntax.js';

/** Sequences for the folder (fold.ts): list and tuple literals, indexing and slicing, comprehensions. */

const MAX_ITEMS = 200_000;

export function foldList(node: PyNode, sub: Sub): Folded | undefined {
  if (node.type === 'list') {
    const ints = intArray(node.text());
    if (ints) return { kind: 'list', items: ints.map((n) => ({ kind: 'int', n })) };
  }
  const named = node.named;
  if (named.length > MAX_ITEMS) return undefined;
  const items: Folded[] = [];
  for (const c of named) {
    if (c.type === 'comment') continue;
    const v = sub(c);
    if (!v) return undefined;
    items.push(v);
  }
  return { kind: 'list', items };
}

export function foldSubscript(node: PyNode, sub: Sub): Folded | undefined {
  const kids = node.named;
  if (kids.length !== 2) return undefined;
  const value = sub(kids[0]);
  const index = kids[1] as PyNode;
  if (!value || (value.kind !== 'list' && !isStringish(value))) return undefined;
  const seq: ArrayLike<Folded | string> = value.kind === 'list' ? value.items : value.s;
  const len = seq.length;
  const pick = (start: number, stop: number, step: number): Folded => {
    const out: Array<Folded | string> = [];
    if (step > 0) for (let i = start; i < stop; i += step) out.push(seq[i] as Folded | string);
    else for (let i = start; i > stop; i += step) out.push(seq[i] as Folded | string);
    if (value.kind === 'list') return { kind: 'list', items: out as Folded[] };
    const steps = step < 0 ? joinSteps(value.steps, ['reverse']) : value.steps;
    return { kind: value.kind, s: (out as string[]).join(''), steps };
  };
  if (index.type === 'slice') {
    const parts = index.text().split(':');
    if (parts.length > 3) return undefined;
    const nums = parts.map((p) => (p.trim() === '' ? undefined : signedInt(p.trim())));
    if (parts.some((p, i) => p.trim() !== '' && nums[i] === undefined)) return undefined;
    const step = nums[2] ?? 1;
    if (step === 0) return undefined;
    const norm = (n: number | undefined, dflt: number, lo: number, hi: number): number =>
      n === undefined ? dflt : Math.min(Math.max(n < 0 ? n + len : n, lo), hi);
    return step > 0
      ? pick(norm(nums[0], 0, 0, len), norm(nums[1], len, 0, len), step)
      : pick(norm(nums[0], len - 1, -1, len - 1), norm(nums[1], -1, -1, len - 1), step);
  }
  const i = sub(index);
  if (i?.kind !== 'int') return undefined;
  const at = i.n < 0 ? i.n + len : i.n;
  if (at < 0 || at >= len) return undefined;
  if (value.kind === 'list') return value.items[at];
  return value.kind === 'bytes' ? { kind: 'int', n: value.s.charCodeAt(at) } : text(value.s[at] as string, value.steps);
}

function signedInt(s: string): number | undefined {
  const neg = s.startsWith('-');
  const n = parseIntLiteral(neg ? s.slice(1).trim() : s);
  return n === undefined ? undefined : neg ? -n : n;
}

/** `chr(x) for x in [...]` and `[chr(x ^ 5) for x in data]`: one `for`, no `if`, a plain variable. */
export function foldComprehension(a: Analysis, node: PyNode, sub: Sub, env: Env | undefined, depth: number): Folded | undefined {
  const named = node.named;
  const body = named[0];
  const clause = named[1];
  if (!body || !clause || named.length !== 2 || clause.type !== 'for_in_clause') return undefined;
  const c = clause.named;
  const target = c[0];
  if (!target || target.type !== 'identifier' || c.length !== 2) return undefined;
  const items = iterate(sub(c[1]));
  if (!items) return undefined;
  const name = target.text();
  const out: Folded[] = [];
  for (const item of items) {
    const scoped = new Map(env ?? []);
    scoped.set(name, item);
    const v = foldNode(a, body, scoped, depth + 1);
    if (!v) return undefined;
    out.push(v);
  }
  return { kind: 'list', items: out };
}
