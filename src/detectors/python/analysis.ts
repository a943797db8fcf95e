import { lookup, type Binding } from './bindings.js';
import { callView, type CallView } from './callview.js';
import type { Analysis, Budget, ClassInfo, Env } from './context.js';
import { foldStrings, shapeOf, type Expr, type Shape } from './exprs.js';
import { hasField } from './formatting.js';
import { intArray } from './literals.js';
import { literalItems } from './members.js';
import { builtinRepr, reprTarget } from './reprs.js';
import { docstrings } from './docstrings.js';
import { chainAt, mayFoldText, splitBracketed } from './scan.js';
import { stringMethod } from './codecs.js';
import { boundStringMethod, foldNode, foldsCallee, STRING_METHODS } from './fold.js';
import { foldIntText } from './int-text.js';
import { findArgNode } from './callview.js';
import { isStringish, type Folded } from './folded.js';
import { NameIndex, oneVariableAt, selfAttributeRefs, type Occurrence } from './refs.js';
import { BUILTINS, member, resolveChain, resolveNode } from './resolve.js';
import type { ScopeTree } from './scopes.js';
import type { PyNode, SyntaxDoc } from './syntax.js';

export const MAX_REFS = 32;
const ENV_READS = new Set(['os.environ.get', 'os.getenv', 'os.environ.__getitem__', 'os.environ.pop']);
/** The literal name right after the read, when it names a credential. */
const CREDENTIAL_VARIABLE = /^\s*[([]\s*[rRuU]?['"]([A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Z0-9_]*)['"]/;
const RESOLVABLE = /__|\b(?:globals|locals|vars|modules|getattr)\b|\)\s*[.[]|\bif\b[^]*\belse\b/;
const MAX_NESTING = 120;
const MAX_OCCURRENCES_SCANNED = 256;
/** Builtins whose mere mention is worth a ref (`open` flowing into a request, `__import__` aliased). */
const REF_BUILTINS = new Set(['open', 'exec', 'eval', 'compile', '__import__', 'getattr', 'input', 'globals', 'vars', 'execfile']);
export const SPECIAL_ROOTS = ['__builtins__', '__file__', ...REF_BUILTINS];

/** The per-file state behind the `Analysis` interface: memoised resolution and folding, names, budget. */
export class FileAnalysis implements Analysis {
  readonly classes = new Map<string, ClassInfo>();
  readonly starModules: string[] = [];
  names: NameIndex | undefined;
  /** The file's string literal nodes, for its docstrings (looked for only when `__doc__` is folded). */
  stringNodes: readonly PyNode[] = [];
  private docs: Map<string, PyNode> | undefined;
  private readonly folded = new Map<number, Folded | null>();
  private readonly resolved = new Map<number, string | null>();
  private ticks = 0;
  /** Depth of nested fold/resolve calls: hostile nesting (100,000 parentheses) must not exhaust the stack. */
  private nesting = 0;

  constructor(
    readonly doc: SyntaxDoc,
    readonly scopes: ScopeTree,
    readonly budget: Budget,
    /** Call nodes by start offset (calls on call results share one). */
    private readonly callsAt: Map<number, PyNode[]>,
  ) {}

  get source(): string {
    return this.doc.source;
  }

  fold(node: PyNode, env?: Env): Folded | undefined {
    if (this.nesting >= MAX_NESTING) return undefined;
    this.nesting++;
    try {
      if (env && env.size > 0) return foldNode(this, node, env, 0);
      const hit = this.folded.get(node.id);
      if (hit !== undefined) return hit ?? undefined;
      this.folded.set(node.id, null); // cycles (`a = a + 'x'` seen through bindings) end here
      const v = node.type === 'call' && !this.callMayFold(node) ? undefined : (this.foldIntText(node) ?? foldNode(this, node, undefined, 0));
      this.folded.set(node.id, v ?? null);
      return v;
    } finally {
      this.nesting--;
    }
  }

  resolve(node: PyNode): string | undefined {
    if (this.nesting >= MAX_NESTING) return undefined;
    this.nesting++;
    try {
      const hit = this.resolved.get(node.id);
      if (hit !== undefined) return hit ?? undefined;
      this.resolved.set(node.id, null);
      const v = resolveNode(this, node, 0);
      this.resolved.set(node.id, v ?? null);
      return v;
    } finally {
      this.nesting--;
    }
  }

  /**
   * Integer arithmetic from the node's text (int-text.ts) instead of its subtree. Equal to folding the
   * tree only where the tree folder would not stop early: with fold budget left, a subtree shallow enough
   * for the nesting limit, and no syntax error below the node. Its descendants are not cached, which
   * nothing can tell: the only ways to fold them run through this node (cached below), since no argument
   * or element range starts inside plain arithmetic.
   */
  private foldIntText(node: PyNode): Folded | undefined {
    const type = node.type;
    if (type !== 'binary_operator' && type !== 'unary_operator' && type !== 'parenthesized_expression') return undefined;
    if (this.budget.foldChars <= 0) return undefined;
    // This node was entered at nesting `this.nesting - 1`; a node d levels below it would be at that plus d.
    const v = foldIntText(node.text(), MAX_NESTING - this.nesting - 1);
    return v && !node.raw.hasError ? v : undefined;
  }

  /** Only decoders, `chr`, `bytes`, joins and string methods on constants fold; skip the tree for the rest. */
  private callMayFold(node: PyNode): boolean {
    const v = this.view(node);
    if (!v?.callee) return true;
    const { root, attrs } = v.callee;
    const last = attrs[attrs.length - 1];
    if (last !== undefined && STRING_METHODS.has(last) && attrs.length === 1 && isStringish(this.lookup(root, node.start)?.folded)) return true;
    if (attrs.length === 0 && boundStringMethod(this, root, node.start)) return true;
    const callee = resolveChain(this, root, attrs, node.start);
    if (callee !== undefined && reprTarget(callee) !== undefined) return true;
    if ((callee === 'builtins.str' || callee === 'builtins.repr') && v.args.length === 1) {
      const target = this.resolveExpr(v.args[0] as Expr);
      if (target?.startsWith('builtins.') && builtinRepr(target.slice(9)) !== undefined) return true;
    }
    if (callee === undefined || !foldsCallee(callee)) return false;
    return v.args.some((arg) => this.argMayFold(arg)) || [...v.kwargs.values()].some((arg) => this.argMayFold(arg));
  }

  private argMayFold(arg: Expr): boolean {
    const s = this.shape(arg);
    switch (s.kind) {
      case 'strings':
      case 'int':
      case 'call':
        return true;
      case 'chain':
      case 'subscript':
        return s.attrs.length === 0 && this.lookup(s.root, arg.start)?.folded !== undefined;
      default:
        return this.mayFold(arg, true);
    }
  }

  view(call: PyNode): CallView | undefined {
    return callView(this.source, call);
  }

  /** The call node spanning exactly [start, end), if any. */
  callAt(start: number, end: number): PyNode | undefined {
    for (const n of this.callsAt.get(start) ?? []) if (n.end === end) return n;
    return undefined;
  }

  shape(expr: Expr): Shape {
    return (expr.shape ??= shapeOf(this.source, expr.start, expr.end));
  }

  /**
   * The constant value of an expression. `numbers`: the caller folds numbers too (arguments of `chr`,
   * `bytes`, `map`), so expressions of numbers alone are worth asking the tree about.
   */
  foldExpr(expr: Expr, shape?: Shape, numbers = false): Folded | undefined {
    const hit = expr.folded;
    if (hit !== undefined) return hit ?? undefined;
    const s = shape ?? this.shape(expr);
    const direct = s.kind !== 'bracket' && s.kind !== 'other';
    if (!direct && !this.mayFold(expr, numbers)) return undefined; // not cached: a caller with `numbers` may ask again
    const v = direct ? this.foldShape(expr, s) : s.kind === 'bracket' ? this.foldBracket(expr) : this.foldNode(expr);
    expr.folded = v ?? null;
    return v;
  }

  /** `'…'.decode('base64')`, `'-'.join([...])` from the text (also where the tree broke: Python 2 `exec '…'.decode(…)`). */
  private foldStringMethod(expr: Expr, shape: Extract<Shape, { kind: 'method' }>): Folded | undefined {
    if (!STRING_METHODS.has(shape.name)) return undefined;
    const recv = foldStrings(this.source, shape.parts);
    const split = splitBracketed(this.source, shape.open, expr.end);
    if (!isStringish(recv) || !split) return undefined;
    const call = this.callAt(expr.start, expr.end);
    const args = split.parts.map(([s, e]) => this.foldExpr({ start: s, end: e, node: () => (call ? findArgNode(call, s) : undefined) }, undefined, true));
    return stringMethod(recv, shape.name, args);
  }

  /** List and tuple literals from their text; a parenthesised expression is its content. */
  private foldBracket(expr: Expr): Folded | undefined {
    const open = this.source[expr.start];
    if (open === '{') return undefined;
    if (open === '[') {
      const ints = intArray(this.source.slice(expr.start, expr.end));
      if (ints) return { kind: 'list', items: ints.map((n) => ({ kind: 'int', n })) };
    }
    const items = literalItems(this, expr);
    if (!items) return this.foldNode(expr); // a comprehension, or a shape the text reader does not know
    if (items.tuple === false) return items.exprs[0] ? this.foldExpr(items.exprs[0], undefined, true) : undefined;
    const out: Folded[] = [];
    for (const e of items.exprs) {
      const v = this.foldExpr(e, undefined, true);
      if (!v) return undefined;
      out.push(v);
    }
    return { kind: 'list', items: out };
  }

  /** `__doc__` of the module (`''`) or of a local function or class (its qualified name). */
  docstring(qname: string): Folded | undefined {
    this.docs ??= docstrings(this.stringNodes, this.scopes);
    const node = this.docs.get(qname);
    return node ? this.fold(node) : undefined;
  }

  /** `helper.__doc__`, `Config.__doc__`, `self.__doc__`: the docstring of the local function or class named. */
  docstringOf(root: string, attrs: readonly string[], at: number): Folded | undefined {
    const path = resolveChain(this, root, attrs, at);
    return path?.startsWith('local.') ? this.docstring(path.slice(6)) : undefined;
  }

  private foldShape(expr: Expr, shape: Shape): Folded | undefined {
    switch (shape.kind) {
      case 'strings':
        // An f-string with replacement fields folds only through its tree (formatting.ts).
        return foldStrings(this.source, shape.parts) ?? (hasField(this.source, shape.parts) ? this.foldNode(expr) : undefined);
      case 'int':
        return { kind: 'int', n: shape.n };
      case 'chain': {
        if (shape.attrs.length === 0) {
          const bound = this.lookup(shape.root, expr.start);
          return bound ? bound.folded : shape.root === '__doc__' ? this.docstring('') : undefined;
        }
        if (shape.attrs[shape.attrs.length - 1] === '__doc__') return this.docstringOf(shape.root, shape.attrs.slice(0, -1), expr.start);
        if (shape.attrs[shape.attrs.length - 1] !== '__name__') return undefined;
        // `chr.__name__` is 'chr', `os.__name__` is 'os'
        const path = resolveChain(this, shape.root, shape.attrs.slice(0, -1), expr.start);
        if (path === undefined || path.startsWith('local.') || path.startsWith('<')) return undefined;
        return { kind: 'text', s: path.startsWith('builtins.') ? path.slice(9) : path, steps: [] };
      }
      case 'call': {
        const call = this.callAt(expr.start, expr.end);
        return call ? this.fold(call) : undefined;
      }
      case 'method':
        return this.foldStringMethod(expr, shape);
      case 'subscript': {
        // Only a slice or index of a constant folds (`'metsys'[::-1]`, `KEY[2:]`, `self.__doc__[::-1]`).
        const doc = (shape.attrs.length === 0 ? shape.root : shape.attrs[shape.attrs.length - 1]) === '__doc__';
        if (!doc && (shape.attrs.length > 0 || !this.lookup(shape.root, expr.start)?.folded)) return undefined;
        return this.foldNode(expr);
      }
      default:
        return undefined;
    }
  }

  private foldNode(expr: Expr): Folded | undefined {
    const n = expr.node();
    return n ? this.fold(n) : undefined;
  }

  /**
   * Cheap test before asking the tree: a string literal (or, for the arguments of `chr` and friends, a
   * number), or a variable that holds a constant. Expressions of numbers alone never fold to text.
   */
  private mayFold(expr: Expr, numbers: boolean): boolean {
    const text = this.source.slice(expr.start, Math.min(expr.end, expr.start + 4000));
    if (!mayFoldText(text)) return false;
    if ((numbers ? /['"0-9]|__(?:str|repr|name|doc)__/ : /['"]|\b(?:chr|unichr|bytes|bytearray)\s*\(|__(?:str|repr|name|doc)__/).test(text)) return true;
    for (const occ of this.names?.between(expr.start, expr.end, 64) ?? []) {
      const f = this.lookup(occ.root, occ.start)?.folded;
      if (f && (numbers || f.kind !== 'int')) return true;
    }
    return false;
  }

  resolveExpr(expr: Expr, shape?: Shape): string | undefined {
    const s = shape ?? this.shape(expr);
    switch (s.kind) {
      case 'chain':
        return resolveChain(this, s.root, s.attrs, expr.start);
      case 'call': {
        const call = this.callAt(expr.start, expr.end);
        return call ? this.resolve(call) : undefined;
      }
      case 'subscript': {
        // `__builtins__.__dict__['exec']`, `sys.modules['os']`, `__builtins__['eval']`
        const base = resolveChain(this, s.root, s.attrs, expr.start);
        if (base === undefined || !(base.endsWith('.__dict__') || base === 'builtins' || base === 'sys.modules')) return undefined;
        const n = expr.node();
        return n ? this.resolve(n) : undefined;
      }
      case 'other': {
        // Names only come out of `__import__(…).x`, `globals()[…]`, `vars(…)[…]`, calls on call results.
        if (!RESOLVABLE.test(this.source.slice(expr.start, Math.min(expr.end, expr.start + 4000)))) return undefined;
        const n = expr.node();
        return n ? this.resolve(n) : undefined;
      }
      default:
        return undefined;
    }
  }

  lookup(name: string, index: number): Binding | undefined {
    return lookup(this.scopes, name, index);
  }

  refs(start: number, end: number): string[] {
    if (!this.names) return [];
    const out: string[] = [];
    for (const occ of this.names.between(start, end, MAX_OCCURRENCES_SCANNED)) {
      for (const name of this.occurrenceNames(occ)) {
        if (!out.includes(name)) out.push(name);
        if (out.length >= MAX_REFS) return out;
      }
    }
    const cls = this.scopes.at(start).functionScope?.methodOf;
    for (const name of selfAttributeRefs(this.source, start, end, cls && this.classes.get(cls.qname)?.attrs)) {
      if (!out.includes(name)) out.push(name);
      if (out.length >= MAX_REFS) break;
    }
    return out;
  }

  /** What an occurrence of a dotted name refers to: its resolved path and what its variable was computed from. */
  occurrenceNames(occ: Occurrence): string[] {
    const out: string[] = [];
    if (occ.root === '__file__') return ['__file__'];
    const b = this.lookup(occ.root, occ.start);
    let base: string | undefined;
    if (b) {
      out.push(...b.refs);
      base = b.path;
    } else if (occ.root === '__builtins__') base = 'builtins';
    else if (BUILTINS.has(occ.root)) base = `builtins.${occ.root}`;
    if (base !== undefined) {
      let full = this.chain(base, occ.attrs);
      // `os.environ['TOKEN']` is one variable, not the environment (see ONE_VARIABLE in refs.ts).
      const end = chainAt(this.source, occ.start)?.end ?? occ.start;
      if (full === 'os.environ' && oneVariableAt(this.source, end, undefined)) full = 'os.environ.__getitem__';
      if (!out.includes(full)) out.push(full);
      // A credential variable read by name (`os.environ.get('AWS_SECRET_ACCESS_KEY')`) is named in the refs
      // as `os.environ[NAME]`, so where its value goes can be told from where a host name goes.
      if (ENV_READS.has(full)) {
        const name = CREDENTIAL_VARIABLE.exec(this.source.slice(end, end + 80))?.[1];
        if (name !== undefined && !out.includes(`os.environ[${name}]`)) out.push(`os.environ[${name}]`);
      }
    }
    return out;
  }

  /** `base.a.b` through `member` (so `self.x` style paths resolve like the tree resolver does). */
  chain(base: string, attrs: readonly string[]): string {
    let path = base;
    for (const attr of attrs) {
      const next = member(this, path, attr);
      if (next === undefined) break;
      path = next;
    }
    return path;
  }

  /** True when the step budget (or the safety deadline, checked every 64 calls) is spent. */
  overBudget(): boolean {
    if (this.budget.exceeded) return true;
    if (--this.budget.steps < 0 || ((++this.ticks & 63) === 0 && performance.now() > this.budget.deadline)) this.budget.exceeded = true;
    return this.budget.exceeded;
  }
}
