import type { Analysis } from './context.js';
import type { Expr } from './exprs.js';
import { foldNode } from './fold.js';
import type { Folded } from './folded.js';
import type { PyNode } from './syntax.js';

/**
 * Custom obfuscators hide their decoder in a local function or lambda (`def _d(s): return
 * zlib.decompress(base64.b64decode(s[::-1]))`, `_ = lambda __: …; exec(_(b'…'))`), so the call that
 * runs the payload names no known decoder. A call of such a function folds by folding its body with the
 * parameters bound to the folded arguments — only for bodies that are a few plain assignments and one
 * `return`, and to a bounded nesting depth (each inlining costs INLINE_COST of the folder's MAX_DEPTH).
 */

const INLINE_COST = 12;
const MAX_STATEMENTS = 6;

interface LocalFunction {
  params: PyNode | undefined;
  /** Plain `name = expr` statements before the return. */
  assigns: Array<[string, PyNode]>;
  result: PyNode;
}

/**
 * `name(args…)` where `name` is a local single-return function or a lambda, or `(lambda s: …)(args…)` (the
 * lambda's node given); undefined when it does not fold.
 */
export function foldLocalCall(
  a: Analysis,
  name: string | PyNode,
  at: number,
  args: Array<Folded | undefined>,
  kwargs: ReadonlyMap<string, Folded | undefined>,
  depth: number,
): Folded | undefined {
  if (a.budget.steps <= 0) return undefined;
  return inline(a, typeof name === 'string' ? localFunction(a, name, at) : lambdaBody(name), args, kwargs, depth, false);
}

/**
 * A call of a lambda, named (`_ = lambda s: …`, then `_('…')`) or written in place (`(lambda s: …)('…')`):
 * the analyser's folder only tries calls of known decoders and of local `def`s, so this folds the call with
 * an (empty) environment, which makes the folder inline it. `anyCall` folds any call that way (code handed
 * to `exec`, where an unknown helper is worth the try).
 */
export function foldLambdaCall(a: Analysis, expr: Expr, anyCall = false): Folded | undefined {
  const node = expr.node();
  if (node?.type !== 'call') return undefined;
  const fn = node.named[0];
  const lambda = fn?.type === 'identifier' ? a.lookup(fn.text(), fn.start)?.expr?.node() : fn?.type === 'parenthesized_expression' ? fn.named[0] : undefined;
  return anyCall || lambda?.type === 'lambda' ? foldNode(a, node, new Map(), 0) : undefined;
}

/**
 * `self.name(args…)` in a method, where `name` is a method of the same class (`local.<Class>.<name>`) with a
 * single-return body: folded like a local function, `self` left unbound.
 */
export function foldMethodCall(
  a: Analysis,
  qname: string,
  args: Array<Folded | undefined>,
  kwargs: ReadonlyMap<string, Folded | undefined>,
  depth: number,
): Folded | undefined {
  if (a.budget.steps <= 0) return undefined;
  const scope = a.scopes.scopes.find((s) => s.kind === 'function' && s.qname === qname);
  return inline(a, scope?.node ? functionBody(scope.node, true) : undefined, args, kwargs, depth, true);
}

/** Binds the arguments, folds the assignments in order, then the returned expression. */
function inline(
  a: Analysis,
  fn: LocalFunction | undefined,
  args: Array<Folded | undefined>,
  kwargs: ReadonlyMap<string, Folded | undefined>,
  depth: number,
  method: boolean,
): Folded | undefined {
  if (!fn) return undefined;
  a.budget.steps--;
  const env = bindParameters(a, fn.params, args, kwargs, depth, method);
  if (!env) return undefined;
  for (const [target, value] of fn.assigns) {
    const v = foldNode(a, value, env, depth + INLINE_COST);
    if (v) env.set(target, v);
    else env.delete(target);
  }
  return foldNode(a, fn.result, env, depth + INLINE_COST);
}

function functionBody(node: PyNode, method: boolean): LocalFunction | undefined {
  if (node.type !== 'function_definition') return undefined;
  const kids = node.named;
  const params = kids.find((k) => k.type === 'parameters');
  const block = kids[kids.length - 1];
  if (!block || block.type !== 'block') return undefined;
  const fn = singleReturn(block, params);
  if (!fn || !method) return fn;
  // The receiver is not an input of the computation: bind the remaining parameters only.
  const first = params?.named.find((p) => p.type !== 'comment');
  return first?.type === 'identifier' && first.text() === 'self' ? fn : undefined;
}

/**
 * `map(f, items)` where `f` is a lambda or a local single-return function (`map(lambda c: chr(ord(c) - 1),
 * s)`): `f` folded for each item, as a call would be.
 */
export function foldMapped(a: Analysis, fnNode: PyNode, items: Folded[], depth: number): Folded | undefined {
  const fn = fnNode.type === 'lambda' ? lambdaBody(fnNode) : fnNode.type === 'identifier' ? localFunction(a, fnNode.text(), fnNode.start) : undefined;
  if (!fn) return undefined;
  const out: Folded[] = [];
  for (const item of items) {
    if (a.budget.steps <= 0) return undefined;
    const v = inline(a, fn, [item], NO_KWARGS, depth, false);
    if (!v) return undefined;
    out.push(v);
  }
  return { kind: 'list', items: out };
}

const NO_KWARGS: ReadonlyMap<string, Folded | undefined> = new Map();

function lambdaBody(node: PyNode): LocalFunction | undefined {
  const kids = node.named;
  const params = kids.find((k) => k.type === 'lambda_parameters');
  const result = kids[kids.length - 1];
  return result && result !== params ? { params, assigns: [], result } : undefined;
}

function localFunction(a: Analysis, name: string, at: number): LocalFunction | undefined {
  const b = a.lookup(name, at);
  if (b?.kind === 'def') {
    const scope = a.scopes.at(b.index);
    const node = scope.kind === 'function' && scope.start === b.index ? scope.node : undefined;
    return node ? functionBody(node, false) : undefined;
  }
  if (b?.kind === 'value') {
    const node = b.expr?.node();
    return node?.type === 'lambda' ? lambdaBody(node) : undefined;
  }
  return undefined;
}

function singleReturn(block: PyNode, params: PyNode | undefined): LocalFunction | undefined {
  const statements = block.named.filter((s) => s.type !== 'comment');
  if (statements.length === 0 || statements.length > MAX_STATEMENTS) return undefined;
  const last = statements[statements.length - 1] as PyNode;
  const result = last.type === 'return_statement' ? last.named[0] : undefined;
  if (!result) return undefined;
  const assigns: Array<[string, PyNode]> = [];
  for (const [i, s] of statements.slice(0, -1).entries()) {
    const inner = s.type === 'expression_statement' ? s.named : [];
    const only = inner.length === 1 ? inner[0] : undefined;
    if (i === 0 && only?.type === 'string') continue; // docstring
    if (only?.type !== 'assignment') return undefined;
    const [left, right] = only.named;
    if (left?.type !== 'identifier' || !right || only.named.length !== 2) return undefined;
    assigns.push([left.text(), right]);
  }
  return { params, assigns, result };
}

/** Parameters bound to folded arguments (or folded defaults); undefined for `*args`/`**kwargs`. */
function bindParameters(
  a: Analysis,
  params: PyNode | undefined,
  args: Array<Folded | undefined>,
  kwargs: ReadonlyMap<string, Folded | undefined>,
  depth: number,
  skipFirst = false,
): Map<string, Folded> | undefined {
  const env = new Map<string, Folded>();
  const list = (params?.named.filter((p) => p.type !== 'comment') ?? []).slice(skipFirst ? 1 : 0);
  let position = 0;
  for (const p of list) {
    if (p.type === 'keyword_separator' || p.type === 'positional_separator') continue;
    let name: string | undefined;
    let dflt: PyNode | undefined;
    if (p.type === 'identifier') name = p.text();
    else if (p.type === 'typed_parameter') name = p.named[0]?.type === 'identifier' ? p.named[0].text() : undefined;
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      const kids = p.named;
      name = kids[0]?.type === 'identifier' ? kids[0].text() : undefined;
      dflt = kids[kids.length - 1];
    } else return undefined;
    if (name === undefined) return undefined;
    const given = position < args.length ? args[position] : kwargs.get(name);
    position++;
    const v = given ?? (dflt && position > args.length && !kwargs.has(name) ? foldNode(a, dflt, new Map(), depth + 1) : undefined);
    if (!v) return undefined; // unknown input: the result is unknown too
    env.set(name, v);
  }
  if (args.length > position) return undefined;
  return env;
}
