import { Node, type Tree } from 'web-tree-sitter';
import type { CallView } from './callview.js';
import type { CallParts } from './context.js';

/** The fields web-tree-sitter 0.27 marshals a node from (`[0]` is the subtree's context word). */
interface NodeFields {
  0: number;
  id: number;
  startIndex: number;
  startPosition: { row: number; column: number };
}

/**
 * A thin, caching view of tree-sitter nodes. Every property of a web-tree-sitter `Node` is a call into
 * wasm, and walking every node of a tree costs more than parsing it, so the analyser only touches the
 * nodes it needs and reads each property once. Indices are UTF-16 code units, as JavaScript strings use.
 *
 * A wrapper keeps the few numbers that identify its node, not the library's `Node` object (about 260
 * bytes each, with its position object and element store): a 4 MB generated module has 120,000 wrapped
 * nodes, which held 32 MiB of heap. `raw` rebuilds a short-lived `Node` from them when wasm is asked.
 */
export class PyNode {
  readonly id: number;
  readonly start: number;
  private readonly row: number;
  readonly column: number;
  private readonly context: number;
  private endIndex = -1;
  private typeId = -1;
  private kids: PyNode[] | undefined;
  private namedKids: PyNode[] | undefined;
  /** Caches of call nodes (kept on the node: a WeakMap lookup per call costs more). */
  view: CallView | null | undefined;
  parts: CallParts | null | undefined;

  constructor(
    raw: Node,
    private readonly doc: SyntaxDoc,
  ) {
    const f = raw as unknown as NodeFields;
    this.id = f.id;
    this.start = f.startIndex;
    this.row = f.startPosition.row;
    this.column = f.startPosition.column;
    this.context = f[0];
    if (doc.keepsRaw) this.kept = raw;
  }

  /** Only where rebuilding nodes is not possible (see SyntaxDoc.keepsRaw). */
  private kept: Node | undefined;

  /** The library's node, rebuilt for one use: do not keep it. */
  get raw(): Node {
    return this.kept ?? this.doc.rebuild(this.context, this.id, this.start, this.row, this.column);
  }

  get end(): number {
    if (this.endIndex < 0) this.endIndex = this.raw.endIndex;
    return this.endIndex;
  }

  /** 1-based line. */
  get line(): number {
    return this.row + 1;
  }

  get type(): string {
    if (this.typeId < 0) this.typeId = this.raw.typeId;
    return this.doc.typeName(this.typeId);
  }

  get isNamed(): boolean {
    if (this.typeId < 0) this.typeId = this.raw.typeId;
    return this.doc.isNamed(this.typeId);
  }

  /** All children, anonymous tokens (`(`, `,`, `+`) included. Costs a type lookup per child: prefer `named`. */
  get children(): PyNode[] {
    if (this.kids === undefined) this.kids = this.raw.children.map((c) => this.doc.wrap(c));
    return this.kids;
  }

  /** Named children (comments included: they are rare inside expressions, and callers check types anyway). */
  get named(): PyNode[] {
    if (this.namedKids === undefined) this.namedKids = this.raw.namedChildren.map((c) => this.doc.wrap(c));
    return this.namedKids;
  }

  /** Source text between two children, e.g. the operator of `a + b`. */
  between(left: PyNode, right: PyNode): string {
    return this.doc.source.slice(left.end, right.start).trim();
  }

  text(max = Infinity): string {
    const end = Math.min(this.end, this.start + max);
    return this.doc.source.slice(this.start, end);
  }
}

/** The source and the shared node cache of one parsed file. */
export class SyntaxDoc {
  private readonly cache = new Map<number, PyNode>();
  /** Set when this web-tree-sitter lays nodes out differently than expected: wrappers then keep their node. */
  readonly keepsRaw: boolean;

  constructor(
    readonly source: string,
    private readonly types: readonly string[],
    private readonly namedIds: ReadonlySet<number>,
    private readonly tree: Tree,
  ) {
    this.keepsRaw = !rebuildsFaithfully(tree.rootNode, (n) => this.rebuildOf(n));
  }

  wrap(raw: Node): PyNode {
    let n = this.cache.get(raw.id);
    if (!n) {
      n = new PyNode(raw, this);
      this.cache.set(raw.id, n);
    }
    return n;
  }

  /** A `Node` equal to the one these fields were read from (the library marshals nodes from exactly these). */
  rebuild(context: number, id: number, startIndex: number, row: number, column: number): Node {
    const n = Object.create(Node.prototype) as NodeFields & { tree: Tree };
    n[0] = context;
    n.id = id;
    n.tree = this.tree;
    n.startIndex = startIndex;
    n.startPosition = { row, column };
    return n as unknown as Node;
  }

  private rebuildOf(raw: Node): Node {
    const f = raw as unknown as NodeFields;
    return this.rebuild(f[0], f.id, f.startIndex, f.startPosition.row, f.startPosition.column);
  }

  typeName(id: number): string {
    return this.types[id] ?? 'ERROR';
  }

  isNamed(typeId: number): boolean {
    return typeId === 0xffff || this.namedIds.has(typeId);
  }
}

/** Whether a rebuilt node answers like the original (checked once per tree, on its root and first child). */
function rebuildsFaithfully(root: Node, rebuild: (n: Node) => Node): boolean {
  try {
    for (const n of [root, root.firstChild]) {
      if (!n) continue;
      const r = rebuild(n);
      if (typeof (n as unknown as NodeFields)[0] !== 'number' || r.endIndex !== n.endIndex || r.typeId !== n.typeId || r.childCount !== n.childCount || r.firstChild?.id !== n.firstChild?.id) return false;
    }
    return true;
  } catch {
    return false;
  }
}

const IDENT_RE = /[A-Za-z_\u00aa-\uffff][A-Za-z0-9_\u00aa-\uffff]*/y;

/** The identifier starting at `index`, read from the source (cheaper than asking the tree). */
export function identifierAt(source: string, index: number): string | undefined {
  IDENT_RE.lastIndex = index;
  const m = IDENT_RE.exec(source);
  return m ? m[0] : undefined;
}

/** Sorted start offsets of lines, for offset → line lookups. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  let i = source.indexOf('\n');
  while (i >= 0) {
    starts.push(i + 1);
    i = source.indexOf('\n', i + 1);
  }
  return starts;
}

/** Position of the last start at or before an offset (starts sorted ascending, first is 0). */
export function lastStartAtOrBefore(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line of an offset. */
export function lineOf(starts: readonly number[], index: number): number {
  return lastStartAtOrBefore(starts, index) + 1;
}
