/**
 * Offsets to 1-based lines and columns. Acorn's own `locations` option costs about 15% of parse time
 * (a Position object per node); analysis needs positions only for the few nodes it reports, so a line
 * table with a binary search is cheaper. Line terminators follow ECMAScript: \n, \r\n, \r, U+2028, U+2029.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Number of lines, not counting the empty "line" after a trailing terminator. */
  readonly lines: number;
  readonly maxLineLength: number;

  constructor(source: string) {
    let max = 0;
    let lineStart = 0;
    const n = source.length;
    // \n via indexOf (fast); the rare other terminators through a regex scan when present.
    const other = /[\r\u2028\u2029]/.test(source);
    for (let i = 0; i < n; i++) {
      if (!other) {
        i = source.indexOf('\n', i);
        if (i < 0) break;
      }
      const c = source.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
      if (i - lineStart > max) max = i - lineStart;
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
      this.starts.push(lineStart);
    }
    if (n - lineStart > max) max = n - lineStart;
    this.maxLineLength = max;
    this.lines = n === 0 ? 0 : lineStart === n ? this.starts.length - 1 : this.starts.length;
  }

  /** Line of the last lookup: the walk asks in source order, so the next answer is usually the same. */
  private last = 0;

  /** 1-based line of a source offset. */
  line(offset: number): number {
    const starts = this.starts;
    const last = this.last;
    if (offset >= (starts[last] as number) && (last + 1 >= starts.length || offset < (starts[last + 1] as number))) return last + 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }

  /** 1-based column of a source offset on a known line (UTF-16 code units, as editors and SARIF count them). */
  column(offset: number, line = this.line(offset)): number {
    return offset - (this.starts[line - 1] as number) + 1;
  }
}
