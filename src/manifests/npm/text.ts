/**
 * Line numbers for manifest text: every DeclaredDependency points at the exact line a reviewer should see,
 * and every parse error names `file:line`. Offsets are UTF-16 code-unit offsets as JS strings use them.
 */
import { userError, type CustomsError } from '../../runtime/errors.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      // \r\n counts once (at the \n); a lone \r also ends a line, as editors show it.
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line of a 0-based offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The one shape of a malformed-manifest error: `file:line: problem`. */
export function parseError(file: string, line: number, problem: string, cause?: unknown): CustomsError {
  return userError(`${file}:${line}: ${problem}`, cause);
}

/** Splits text into lines the way LineIndex numbers them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
