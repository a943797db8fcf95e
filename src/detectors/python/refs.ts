/**
 * Dotted-name occurrences (`os.environ.get`, `o.system`, `h`) found with one regular-expression pass
 * over the source instead of visiting every identifier node of the tree, which would cost more than
 * the parse. Only chains whose first name can mean something (an import, a definition, an assigned
 * variable, `__builtins__`, …) are kept; chains inside string literals and comments are skipped.
 */

export interface Occurrence {
  start: number;
  root: string;
  attrs: string[];
}

const CHAIN =
  /(?<![\w.\u00aa-\uffff])([A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*)((?:[ \t]*\.[ \t]*[A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*)*)/g;

/** Sorted, non-overlapping [start, end) ranges (string literals). */
export class Ranges {
  constructor(
    private readonly starts: number[],
    private readonly ends: number[],
  ) {}

  /** The index of the range containing `pos`, or -1. */
  find(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && pos < (this.ends[found] as number) ? found : -1;
  }

  end(i: number): number {
    return this.ends[i] as number;
  }
}

export class NameIndex {
  readonly occurrences: Occurrence[] = [];

  constructor(source: string, roots: ReadonlySet<string>, strings: Ranges) {
    const comments = new CommentFinder(source, strings);
    CHAIN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CHAIN.exec(source)) !== null) {
      const root = m[1] as string;
      if (!roots.has(root)) continue;
      const start = m.index;
      if (strings.find(start) >= 0 || comments.inComment(start)) continue;
      const rest = m[2] as string;
      const attrs = rest ? rest.split('.').slice(1).map((p) => p.trim()) : [];
      this.occurrences.push({ start, root, attrs });
    }
  }

  /** Occurrences starting in [start, end), at most `max`. */
  between(start: number, end: number, max: number): Occurrence[] {
    const occ = this.occurrences;
    let lo = 0;
    let hi = occ.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((occ[mid] as Occurrence).start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Occurrence[] = [];
    for (let i = lo; i < occ.length && out.length < max; i++) {
      const o = occ[i] as Occurrence;
      if (o.start >= end) break;
      out.push(o);
    }
    return out;
  }
}

/** Whether offsets (asked in increasing order) sit in a `#` comment; linear over the whole file. */
class CommentFinder {
  private lineEnd = -1;
  private comment = Infinity;
  private nextHash = -1;

  constructor(
    private readonly source: string,
    private readonly strings: Ranges,
  ) {}

  inComment(pos: number): boolean {
    if (pos >= this.lineEnd) {
      const lineStart = this.source.lastIndexOf('\n', pos - 1) + 1;
      const end = this.source.indexOf('\n', pos);
      this.lineEnd = end < 0 ? this.source.length : end;
      this.comment = this.commentFrom(lineStart);
    }
    return pos > this.comment;
  }

  private commentFrom(lineStart: number): number {
    let from = lineStart;
    for (;;) {
      if (this.nextHash < from) {
        const h = this.source.indexOf('#', from);
        this.nextHash = h < 0 ? Infinity : h;
      }
      const hash = this.nextHash;
      if (hash >= this.lineEnd) return Infinity;
      const inside = this.strings.find(hash);
      if (inside < 0) return hash;
      from = this.strings.end(inside);
    }
  }
}
