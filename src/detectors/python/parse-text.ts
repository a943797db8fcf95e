import { skipString } from './scan.js';

/**
 * Files with fewer backslashes than this are parsed as they are: masking pays only where tree-sitter would
 * build tens of thousands of escape nodes.
 */
const MIN_BACKSLASHES = 2048;
/** A literal with fewer escapes keeps them (its nodes cost nothing worth a copy of the text). */
const MIN_ESCAPES_IN_LITERAL = 256;

/**
 * The text handed to tree-sitter, the same length as `source`: escape sequences inside large plain
 * string literals (`b'MZ\x90\x00…'`, a dropped executable written out as escaped bytes) become two
 * letters each. tree-sitter-python makes a node of every escape sequence, so a 1 MB escaped literal
 * cost about 400 ms to parse and as much again to walk, for nodes nothing reads: the analyser reads a
 * literal's value from the source text by the node's offsets (SyntaxDoc), which masking keeps, since
 * every escape is replaced by as many characters and the literal still ends where it ended.
 *
 * Only two-character escapes of a printable ASCII character are replaced; a backslash before a line
 * break (a continuation) stays, and so do f-strings and t-strings, whose braces hold code.
 */
export function parseText(source: string): string {
  let backslashes = 0;
  for (let i = source.indexOf('\\'); i >= 0 && backslashes < MIN_BACKSLASHES; i = source.indexOf('\\', i + 1)) backslashes++;
  if (backslashes < MIN_BACKSLASHES) return source;
  const out: string[] = [];
  let copied = 0;
  const len = source.length;
  for (let i = 0; i < len; i++) {
    const c = source.charCodeAt(i);
    if (c === 35 /* # */) {
      const nl = source.indexOf('\n', i);
      i = (nl < 0 ? len : nl) - 1;
    } else if (c === 34 || c === 39) {
      const end = skipString(source, i, len);
      if (!isFormatted(source, i) && countBackslashes(source, i, end, MIN_ESCAPES_IN_LITERAL) >= MIN_ESCAPES_IN_LITERAL) {
        out.push(source.slice(copied, i), maskEscapes(source.slice(i, end)));
        copied = end;
      }
      i = end - 1;
    }
  }
  if (copied === 0) return source;
  out.push(source.slice(copied));
  return out.join('');
}

/**
 * Backslashes in `text` between `from` and `to`, counted up to `limit`. (A character loop, not indexOf:
 * indexOf would run on past `to` for every literal of a file whose backslashes are all further on.)
 */
function countBackslashes(text: string, from: number, to: number, limit: number): number {
  let n = 0;
  for (let i = from; i < to && n < limit; i++) if (text.charCodeAt(i) === 92) n++;
  return n;
}

/** Whether the literal whose quote is at `quote` has an f or t prefix (`f'…'`, `rf"…"`, `T'…'`). */
function isFormatted(source: string, quote: number): boolean {
  for (let p = quote - 1; p >= 0 && p >= quote - 2; p--) {
    const ch = source[p] as string;
    if (/[fFtT]/.test(ch)) return true;
    if (!/[rRbBuU]/.test(ch)) return false;
  }
  return false;
}

/** `\x` → `aa` for every backslash followed by printable ASCII; the literal keeps its length. */
function maskEscapes(literal: string): string {
  return literal.replace(/\\[\x20-\x7e]/g, 'aa');
}
