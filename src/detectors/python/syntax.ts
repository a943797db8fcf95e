import type { Node } from 'web-tree-sitter';
import type { CallView } from './callview.js';
import type { CallParts } from './context.js';

/**
 * A thin, caching view of tree-sitter nodes. Every property of a web-tree-sitter `Node` is a call into
 * wasm, and walking every node of a tree costs more than parsing it, so the analyser only touches the
 * nodes it needs and reads each property once. Indices are UTF-16 code units, as JavaScript strings use.
 */
export class PyNode {
  private endIndex = -1;
  private typeId = -1;
  private kids: PyNode[] | undefined;
  private namedKids: PyNode[] | undefined;
  /** Caches of call nodes (kept on the node: a WeakMap lookup per call costs more). */
  view: CallView | null | undefined;
  parts: CallParts | null | undefined;

  constructor(
    readonly raw: Node,
    private readonly doc: SyntaxDoc,
  ) {}

  get start(): number {
    return this.raw.startIndex;
  }

  get end(): number {
    if (this.endIndex < 0) this.endIndex = this.raw.endIndex;
    return this.endIndex;
  }

  /** 1-based line. */
  get line(): number {
    return this.raw.startPosition.row + 1;
  }

  get column(): number {
    return this.raw.startPosition.column;
  }

  get id(): number {
    return this.raw.id;
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

  constructor(
    readonly source: string,
    private readonly types: readonly string[],
    private readonly namedIds: ReadonlySet<number>,
  ) {}

  wrap(raw: Node): PyNode {
    let n = this.cache.get(raw.id);
    if (!n) {
      n = new PyNode(raw, this);
      this.cache.set(raw.id, n);
    }
    return n;
  }

  typeName(id: number): string {
    return this.types[id] ?? 'ERROR';
  }

  isNamed(typeId: number): boolean {
    return typeId === 0xffff || this.namedIds.has(typeId);
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
