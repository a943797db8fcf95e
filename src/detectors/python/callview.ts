import { callParts } from './context.js';
import { nodeExpr, type Expr, type Shape } from './exprs.js';
import { chainAt, isKeyword, keywordAt, splitBracketed } from './scan.js';
import type { PyNode } from './syntax.js';

/**
 * A call as the analyser uses it: the callee when it is a dotted name (`o.system`), and the arguments as
 * source ranges. Read from the text for the common `dotted.name(args)` shape; calls on call results,
 * subscripts, string methods and lambdas in arguments come from the syntax tree instead.
 */
export interface CallView {
  node: PyNode;
  /** The callee as written, when it is a dotted name. */
  callee?: { root: string; attrs: readonly string[] };
  /** The callee's syntax node, for the other shapes. */
  fn?: PyNode;
  args: readonly Expr[];
  kwargs: ReadonlyMap<string, Expr>;
  splats: readonly Expr[];
  /**
   * Python 2 `exec expr(...)`: tree-sitter parses it as a broken call spanning `exec`; the view is of the
   * call after `exec `, which starts here.
   */
  execAt?: number;
}

export function callView(source: string, node: PyNode): CallView | undefined {
  if (node.view === undefined) node.view = fromText(source, node, node.start) ?? fromTree(node) ?? null;
  return node.view ?? undefined;
}

/**
 * Shared by the views of calls without keyword or star arguments, or without any: a generated module has
 * tens of thousands of calls, and an empty Map costs about 180 bytes.
 */
const NO_EXPRS: readonly Expr[] = Object.freeze([]);
const NO_KWARGS: ReadonlyMap<string, Expr> = new Map();

/** Longer calls come from the tree: scanning the text of each of 100,000 nested calls is quadratic. */
const MAX_TEXT_CALL = 20_000;

function fromText(source: string, node: PyNode, start: number): CallView | undefined {
  if (node.end - start > MAX_TEXT_CALL) return undefined;
  const ch = chainAt(source, start);
  if (!ch || isKeyword(ch.root)) return undefined;
  let open = ch.end;
  while (open < source.length && (source[open] === ' ' || source[open] === '\t')) open++;
  if (source[open] !== '(') {
    if (ch.root !== 'exec' || ch.attrs.length > 0 || open === ch.end || start !== node.start) return undefined;
    const inner = fromText(source, node, open);
    if (inner) return { ...inner, execAt: open };
    // `exec '…'.decode('base64')`: the whole rest is the code argument (its nodes are broken).
    const code: Expr = { start: open, end: node.end, node: () => undefined };
    return { node, callee: { root: 'exec', attrs: [] }, args: [code], kwargs: NO_KWARGS, splats: NO_EXPRS };
  }
  const end = node.end;
  const split = splitBracketed(source, open, end);
  if (!split || split.close !== end - 1) return undefined;
  let args: Expr[] | undefined;
  let kwargs: Map<string, Expr> | undefined;
  let splats: Expr[] | undefined;
  for (const [s, e] of split.parts) {
    if (source.startsWith('lambda', s) || /\blambda\b/.test(source.slice(s, e))) return undefined; // its commas are not separators
    if (source[s] === '*') {
      (splats ??= []).push(treeBacked(node, s, e));
      continue;
    }
    const kw = keywordAt(source, s, e);
    if (kw) (kwargs ??= new Map()).set(kw.name, treeBacked(node, kw.value, e));
    else (args ??= []).push(treeBacked(node, s, e));
  }
  return { node, callee: { root: ch.root, attrs: ch.attrs }, args: args ?? NO_EXPRS, kwargs: kwargs ?? NO_KWARGS, splats: splats ?? NO_EXPRS };
}

/** An argument range whose node is found among the call's tree arguments only when needed. */
class ArgExpr implements Expr {
  shape?: Shape;
  private found: PyNode | null | undefined;

  constructor(
    private readonly call: PyNode,
    readonly start: number,
    readonly end: number,
  ) {}

  node(): PyNode | undefined {
    if (this.found === undefined) this.found = findArgNode(this.call, this.start) ?? null;
    return this.found ?? undefined;
  }
}

function treeBacked(call: PyNode, start: number, end: number): Expr {
  return new ArgExpr(call, start, end);
}

export function findArgNode(call: PyNode, start: number): PyNode | undefined {
  const parts = callParts(call);
  if (!parts) return undefined;
  for (const n of parts.args) if (n.start === start || (n.type === 'generator_expression' && parts.args.length === 1)) return n;
  for (const n of parts.kwargs.values()) if (n.start === start) return n;
  for (const n of parts.splats) if (n.start === start) return n;
  return undefined;
}

function fromTree(node: PyNode): CallView | undefined {
  const parts = callParts(node);
  if (!parts) return undefined;
  let kwargs: Map<string, Expr> | undefined;
  for (const [k, v] of parts.kwargs) (kwargs ??= new Map()).set(k, nodeExpr(v));
  const args = parts.args.length > 0 ? parts.args.map(nodeExpr) : NO_EXPRS;
  const splats = parts.splats.length > 0 ? parts.splats.map(nodeExpr) : NO_EXPRS;
  return { node, fn: parts.fn, args, kwargs: kwargs ?? NO_KWARGS, splats };
}
