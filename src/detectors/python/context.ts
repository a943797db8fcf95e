import type { Binding } from './bindings.js';
import type { CallView } from './callview.js';
import type { Expr, Shape } from './exprs.js';
import type { Folded } from './folded.js';
import type { Scope, ScopeTree } from './scopes.js';
import type { PyNode, SyntaxDoc } from './syntax.js';

/** Values of comprehension variables while folding `chr(x) for x in [...]`. */
export type Env = ReadonlyMap<string, Folded>;

/** Limits shared by a file and the payloads decoded from it. */
export interface Budget {
  /**
   * Analysis steps left (nodes walked, calls resolved), shared with decoded payloads. A count, not a clock,
   * so a verdict never depends on how busy the machine is; `deadline` is only a safety net against hangs.
   */
  steps: number;
  deadline: number;
  exceeded: boolean;
  /** Bytes of decoded payloads left (about 1 MB per file). */
  decodedBytes: number;
  /** Characters of folded constants left, against doubling tricks (`x = x + x`). */
  foldChars: number;
}

export interface ClassInfo {
  scope: Scope;
  methods: Set<string>;
  /** Resolved bases: `setuptools.command.install.install`, `local.Base`. */
  bases: string[];
  /** `self.x = …` in the class's methods. */
  attrs: Map<string, Binding>;
}

/** What the name resolver and the constant folder need from the file being analysed. */
export interface Analysis {
  readonly doc: SyntaxDoc;
  readonly source: string;
  readonly scopes: ScopeTree;
  /** Classes by qualified name. */
  readonly classes: Map<string, ClassInfo>;
  readonly budget: Budget;
  /** Modules imported with `from m import *` at module level. */
  readonly starModules: string[];
  fold(node: PyNode, env?: Env): Folded | undefined;
  resolve(node: PyNode): string | undefined;
  /** Folding and resolution of a source range, from its text when possible. */
  foldExpr(expr: Expr, shape?: Shape, numbers?: boolean): Folded | undefined;
  resolveExpr(expr: Expr): string | undefined;
  view(call: PyNode): CallView | undefined;
  lookup(name: string, index: number): Binding | undefined;
  /** Resolved names referenced in a source range. */
  refs(start: number, end: number): string[];
  /** `__doc__` of the module (`''`) or of a local function or class (its qualified name). */
  docstring(qname: string): Folded | undefined;
  /** `helper.__doc__`: the docstring of the local function or class a dotted name stands for. */
  docstringOf(root: string, attrs: readonly string[], at: number): Folded | undefined;
}

/** Positional and keyword arguments of a call node. */
export interface CallParts {
  fn: PyNode;
  args: PyNode[];
  kwargs: Map<string, PyNode>;
  /** `*x` and `**x` arguments. */
  splats: PyNode[];
}

export function callParts(node: PyNode): CallParts | undefined {
  if (node.parts === undefined) node.parts = splitCall(node) ?? null;
  return node.parts ?? undefined;
}

function splitCall(node: PyNode): CallParts | undefined {
  const kids = node.named;
  const fn = kids[0];
  const list = kids[1];
  if (!fn || !list) return undefined;
  const args: PyNode[] = [];
  const kwargs = new Map<string, PyNode>();
  const splats: PyNode[] = [];
  if (list.type === 'generator_expression') args.push(list);
  else if (list.type === 'argument_list') {
    for (const c of list.named) {
      const type = c.type;
      if (type === 'comment') continue;
      if (type === 'keyword_argument') {
        const [name, value] = c.named;
        if (name && value) kwargs.set(name.text(), value);
      } else if (type === 'list_splat' || type === 'dictionary_splat') splats.push(c);
      else args.push(c);
    }
  } else return undefined;
  return { fn, args, kwargs, splats };
}
