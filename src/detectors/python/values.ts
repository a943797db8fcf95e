import type { ValueFact } from '../../model/index.js';
import type { FileAnalysis } from './analysis.js';
import type { Collector } from './collector.js';
import type { Expr, Shape } from './exprs.js';
import { foldLambdaCall } from './local-calls.js';
import { asText, isStringish, type Folded } from './folded.js';
import { literalMembers } from './members.js';
import { looksEncoded } from './payloads.js';

const MAX_TEXT = 200;
const MAX_VALUE = 10_000;
const MAX_NESTING = 3;

/** Where a value is used, which decides whether a decoded value is recorded as a payload. */
export interface ValueUse {
  line: number;
  scope: string;
  /** Record a decoded value as a payload (not when it only feeds another decoder). */
  payload: boolean;
  /** The value is run as code (`exec`, `eval`, `compile`): record it even when nothing decoded it. */
  code: boolean;
  /** Fill dict entries and list items (not needed for an assignment: its value is not a fact itself). */
  members?: boolean;
}

export function valueFact(a: FileAnalysis, out: Collector, expr: Expr, use: ValueUse, depth = 0): ValueFact {
  const source = a.source;
  const fact: ValueFact = {
    text: source.slice(expr.start, Math.min(expr.end, expr.start + MAX_TEXT)),
    refs: a.refs(expr.start, expr.end),
  };
  const shape = a.shape(expr);
  const folded = a.foldExpr(expr, shape) ?? lambdaCall(expr, shape, use, a);
  const value = asText(folded);
  if (value !== undefined) {
    fact.value = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
    if (shape.kind !== 'strings' && shape.kind !== 'chain' && shape.kind !== 'int') out.addString(value, use.line, use.scope);
    recordPayload(out, folded, value, use);
  } else if (use.code && isStringish(folded)) recordPayload(out, folded, folded.s, use);
  if (use.members !== false && depth < MAX_NESTING && (shape.kind === 'bracket' || shape.kind === 'call' || (shape.kind === 'chain' && shape.attrs.length === 0))) {
    members(a, out, expr, shape, fact, use, depth);
  }
  return fact;
}

/** `exec(_(b'…'))`, `x = _(b'…')` with `_` a lambda, `(lambda s: …)(b'…')`: see foldLambdaCall. */
function lambdaCall(expr: Expr, shape: Shape, use: ValueUse, a: FileAnalysis): Folded | undefined {
  const called = (shape.kind === 'call' && shape.attrs.length === 0) || a.source.charCodeAt(expr.start) === 40; /* ( */
  return called ? foldLambdaCall(a, expr, use.code) : undefined;
}

export function recordPayload(out: Collector, folded: Folded | undefined, value: string, use: ValueUse): void {
  if (!isStringish(folded)) return;
  const decoded = folded.steps.length > 0;
  if (use.code || (use.payload && decoded && value.length >= 4 && !looksEncoded(value))) {
    out.payloads.record(use.line, use.scope, value, folded.steps, use.code);
  }
}

/** Dict entries and list items, also of a variable assigned a literal (`cmdclass=cmdclass`) and of `dict(k=v)`. */
function members(a: FileAnalysis, out: Collector, expr: Expr, exprShape: Shape, fact: ValueFact, use: ValueUse, depth: number): void {
  let target = expr;
  let shape = exprShape;
  if (shape.kind === 'chain') {
    const bound = a.lookup(shape.root, expr.start)?.expr;
    if (!bound) return;
    target = bound;
    shape = a.shape(bound);
  }
  const sub = (e: Expr): ValueFact => valueFact(a, out, e, { line: use.line, scope: use.scope, payload: false, code: false }, depth + 1);
  if (shape.kind === 'call') {
    if (shape.root !== 'dict' || shape.attrs.length > 0) return;
    const call = a.callAt(target.start, target.end);
    const view = call ? a.view(call) : undefined;
    if (!view || a.resolveExpr(target) !== 'builtins.dict') return;
    const entries: Record<string, ValueFact> = {};
    for (const [k, v] of view.kwargs) entries[k] = sub(v);
    fact.entries = entries;
    return;
  }
  if (shape.kind !== 'bracket') return;
  const found = literalMembers(a, target, sub);
  if (found?.entries) fact.entries = found.entries;
  if (found?.items) fact.items = found.items;
}

