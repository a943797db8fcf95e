import type { Node, Expression, TemplateLiteral, BinaryExpression, UnaryExpression } from 'acorn';
import type { Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { foldArrayCall, foldCall } from './fold-calls.js';
import { resolveStatic } from './resolve.js';

/**
 * Constant folding: what an expression evaluates to when it is built from literals, constants and the
 * decoding calls malware uses to hide strings. Pure apart from the budgets it draws on; never throws.
 */
export interface FoldedPrimitive {
  value: string | number;
  /** Decoding steps applied, in order (`base64`, `hex`, `zlib`, `fromCharCode`, `reverse`, `uri`). */
  steps: readonly string[];
  /** Built by an operation (concatenation, join, decoding), not read from one literal or constant. */
  assembled: boolean;
}

export interface Folded extends FoldedPrimitive {
  value: string;
}

export interface FoldedArray {
  items: (string | number)[];
  steps: readonly string[];
}

/** Values of function parameters while folding a callback body (`.map(c => String.fromCharCode(c))`). */
export type Locals = Map<string, string | number>;

export const NO_STEPS: readonly string[] = Object.freeze([]);
export const MAX_FOLD_CHARS = 1024 * 1024;
export const MAX_FOLD_ITEMS = 20_000;
/** Nesting of fold and resolve calls (they recurse into each other through computed keys and arguments). */
export const MAX_FOLD_DEPTH = 40;
/** Nodes folding may visit per file: folding is retried on every argument, so it must stay bounded. */
const MAX_WORK = 3_000_000;

export function mergeSteps(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b];
}

export function foldString(a: Analysis, node: Node, locals?: Locals): Folded | undefined {
  const p = foldPrimitive(a, node, locals);
  return p !== undefined && typeof p.value === 'string' ? (p as Folded) : undefined;
}

export function foldNumber(a: Analysis, node: Node, locals?: Locals): number | undefined {
  const p = foldPrimitive(a, node, locals);
  return p !== undefined && typeof p.value === 'number' ? p.value : undefined;
}

function fromBinding(b: Binding | undefined): FoldedPrimitive | undefined {
  if (b === undefined) return undefined;
  if (b.value !== undefined) return { value: b.value, steps: b.steps ?? NO_STEPS, assembled: false };
  if (b.num !== undefined) return { value: b.num, steps: NO_STEPS, assembled: false };
  return undefined;
}

/** Runs one folding step within the depth and work bounds shared by every fold of a file. */
function bounded<T>(a: Analysis, step: () => T | undefined): T | undefined {
  if (a.foldDepth >= MAX_FOLD_DEPTH || ++a.foldWork > MAX_WORK) return undefined;
  a.foldDepth++;
  const r = step();
  a.foldDepth--;
  return r;
}

export function foldPrimitive(a: Analysis, node: Node, locals?: Locals): FoldedPrimitive | undefined {
  return bounded(a, () => primitive(a, node, locals));
}

function primitive(a: Analysis, node: Node, locals: Locals | undefined): FoldedPrimitive | undefined {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal': {
      const v = n.value;
      return typeof v === 'string' || typeof v === 'number' ? { value: v, steps: NO_STEPS, assembled: false } : undefined;
    }
    case 'TemplateLiteral':
      return foldTemplate(a, n, locals);
    case 'BinaryExpression':
      return n.operator === '+' ? foldPlus(a, n, locals) : foldArithmetic(a, n, locals);
    case 'UnaryExpression':
      return foldUnary(a, n, locals);
    case 'Identifier': {
      const local = locals?.get(n.name);
      if (local !== undefined) return { value: local, steps: NO_STEPS, assembled: false };
      return fromBinding(a.env.lookup(n.name));
    }
    case 'MemberExpression':
      return fromBinding(resolveStatic(a, n));
    case 'CallExpression':
    case 'NewExpression':
      return foldCall(a, n, locals);
    case 'SequenceExpression': {
      const last = n.expressions[n.expressions.length - 1];
      return last ? foldPrimitive(a, last, locals) : undefined;
    }
    case 'ChainExpression':
    case 'ParenthesizedExpression':
      return foldPrimitive(a, n.expression, locals);
    default:
      return undefined;
  }
}

function foldTemplate(a: Analysis, n: TemplateLiteral, locals: Locals | undefined): FoldedPrimitive | undefined {
  let out = '';
  let steps = NO_STEPS;
  for (let i = 0; i < n.quasis.length; i++) {
    const cooked = n.quasis[i]?.value.cooked;
    if (cooked === undefined || cooked === null) return undefined;
    out += cooked;
    const e = n.expressions[i];
    if (e) {
      const p = foldPrimitive(a, e, locals);
      if (!p) return undefined;
      out += String(p.value);
      steps = mergeSteps(steps, p.steps);
    }
    if (out.length > MAX_FOLD_CHARS) return undefined;
  }
  return { value: out, steps, assembled: n.expressions.length > 0 };
}

/** `a + b + c ...`: left spines of thousands of terms are common in obfuscated code, so no recursion on them. */
function foldPlus(a: Analysis, n: BinaryExpression, locals: Locals | undefined): FoldedPrimitive | undefined {
  const rights: Node[] = [];
  let cur: Node = n;
  while (cur.type === 'BinaryExpression' && (cur as BinaryExpression).operator === '+') {
    const b = cur as BinaryExpression;
    rights.push(b.right);
    cur = b.left;
    if (rights.length > MAX_FOLD_ITEMS) return undefined;
  }
  const first = foldPrimitive(a, cur, locals);
  if (!first) return undefined;
  let acc = first.value;
  let steps = first.steps;
  for (let i = rights.length - 1; i >= 0; i--) {
    const r = foldPrimitive(a, rights[i] as Node, locals);
    if (!r) return undefined;
    if (typeof acc === 'string' || typeof r.value === 'string') {
      acc = String(acc) + String(r.value);
      if (acc.length > MAX_FOLD_CHARS) return undefined;
    } else acc = acc + r.value;
    steps = mergeSteps(steps, r.steps);
  }
  return { value: acc, steps, assembled: true };
}

function foldArithmetic(a: Analysis, n: BinaryExpression, locals: Locals | undefined): FoldedPrimitive | undefined {
  const l = foldNumber(a, n.left, locals);
  if (l === undefined) return undefined;
  const r = foldNumber(a, n.right, locals);
  if (r === undefined) return undefined;
  let v: number;
  switch (n.operator) {
    case '-': v = l - r; break;
    case '*': v = l * r; break;
    case '/': v = l / r; break;
    case '%': v = l % r; break;
    case '**': v = l ** r; break;
    case '|': v = l | r; break;
    case '&': v = l & r; break;
    case '^': v = l ^ r; break;
    case '<<': v = l << r; break;
    case '>>': v = l >> r; break;
    case '>>>': v = l >>> r; break;
    default: return undefined;
  }
  return { value: v, steps: NO_STEPS, assembled: true };
}

function foldUnary(a: Analysis, n: UnaryExpression, locals: Locals | undefined): FoldedPrimitive | undefined {
  const v = foldNumber(a, n.argument, locals);
  if (v === undefined) return undefined;
  switch (n.operator) {
    case '-': return { value: -v, steps: NO_STEPS, assembled: false };
    case '+': return { value: v, steps: NO_STEPS, assembled: false };
    case '~': return { value: ~v, steps: NO_STEPS, assembled: true };
    default: return undefined;
  }
}

/** Arrays of constants: literals, bound tables, `'…'.split('')`, `.reverse()`, `.map(c => …)`. */
export function foldArray(a: Analysis, node: Node, locals?: Locals): FoldedArray | undefined {
  return bounded(a, () => array(a, node, locals));
}

function array(a: Analysis, node: Node, locals: Locals | undefined): FoldedArray | undefined {
  const n = node as Expression;
  switch (n.type) {
    case 'ArrayExpression': {
      if (n.elements.length > MAX_FOLD_ITEMS) return undefined;
      const items: (string | number)[] = [];
      let steps = NO_STEPS;
      for (const el of n.elements) {
        if (el === null) return undefined;
        if (el.type === 'SpreadElement') {
          const inner = foldArray(a, el.argument, locals);
          if (inner) {
            for (const x of inner.items) items.push(x);
            steps = mergeSteps(steps, inner.steps);
            continue;
          }
          const s = foldString(a, el.argument, locals);
          if (!s) return undefined;
          for (const ch of s.value) items.push(ch);
          continue;
        }
        const p = foldPrimitive(a, el, locals);
        if (!p) return undefined;
        items.push(p.value);
        steps = mergeSteps(steps, p.steps);
      }
      return items.length > MAX_FOLD_ITEMS ? undefined : { items, steps };
    }
    case 'Identifier':
    case 'MemberExpression': {
      const b = resolveStatic(a, n);
      return b?.items ? { items: b.items, steps: b.steps ?? NO_STEPS } : undefined;
    }
    case 'CallExpression':
      return foldArrayCall(a, n, locals);
    default:
      return undefined;
  }
}
