import { skipString } from './scan.js';

/** Styled letters and digits (mathematical alphanumerics, full-width forms) whose NFKC form is plain. */
const STYLED = /\uD835[\uDC00-\uDFFF]|[\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A]/g;
const HAS_STYLED = new RegExp(STYLED.source);

/**
 * The source as handed to the parser:
 * - styled letters folded to their NFKC form: Python reads identifiers that way (PEP 3131), so `𝘦𝘹𝘦𝘤(…)`
 *   calls `exec` and `__𝘪𝘮𝘱𝘰𝘳𝘵__` is `__import__`; obfuscators use it to hide names from text search.
 *   This shortens the text (lines stay as they are), so it happens before anything records an offset;
 * - NUL bytes blanked: they stop the tokenizer (and Python refuses them), so the rest still parses;
 * - runs of comment-only lines blanked: tree-sitter-python takes quadratic time over consecutive comment
 *   lines (4,000 of them cost about a second, 20,000 over a minute), a cheap way to exhaust the time
 *   budget and hide the code after them.
 */
export function prepareSource(source: string): string {
  let text = HAS_STYLED.test(source) ? foldStyledNames(source) : source;
  // Below here the text keeps its length.
  if (text.includes('\0')) text = text.replace(/\0/g, ' ');
  if (hasCommentRun(text, 40)) text = blankCommentLines(text);
  return text;
}

const STRING_PREFIX = /[rRbBuUfFtT]/;

/**
 * Styled letters folded outside string literals and comments: Python folds identifiers only, so the text
 * of `'ＡＢＣ'` stays as written (and evidence shows it so). F-strings are folded whole, since the names
 * in their `{…}` are code.
 */
function foldStyledNames(source: string): string {
  const out: string[] = [];
  let copied = 0;
  const len = source.length;
  const keep = (from: number, to: number): void => {
    out.push(source.slice(copied, from).replace(STYLED, (c) => c.normalize('NFKC')), source.slice(from, to));
    copied = to;
  };
  for (let i = 0; i < len; i++) {
    const c = source.charCodeAt(i);
    if (c === 35 /* # */) {
      const nl = source.indexOf('\n', i);
      const end = nl < 0 ? len : nl;
      keep(i, end);
      i = end - 1;
    } else if (c === 34 || c === 39) {
      let p = i;
      while (p > 0 && STRING_PREFIX.test(source[p - 1] as string)) p--;
      const end = skipString(source, i, len);
      if (!/[fFtT]/.test(source.slice(p, i))) keep(i, end);
      i = end - 1;
    }
  }
  keep(len, len);
  return out.join('');
}

/** Whether `run` lines hold only a comment with only blank lines between them (a regex backtracks here). */
function hasCommentRun(source: string, run: number): boolean {
  let count = 0;
  let i = 0;
  const len = source.length;
  while (i < len) {
    let j = i;
    while (j < len && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j++;
    const c = source.charCodeAt(j);
    if (c === 35) {
      if (++count >= run) return true;
    } else if (c !== 10 && c !== 13 && j < len) count = 0; // blank lines do not end a run
    const nl = source.indexOf('\n', j);
    if (nl < 0) break;
    i = nl + 1;
  }
  return false;
}

function blankCommentLines(source: string): string {
  const out: string[] = [];
  let copied = 0;
  let atLineStart = true;
  const len = source.length;
  for (let i = 0; i < len; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 12 || c === 13) continue;
    if (c === 35 /* # */) {
      let end = source.indexOf('\n', i);
      if (end < 0) end = len;
      if (atLineStart) {
        out.push(source.slice(copied, i), ' '.repeat(end - i));
        copied = end;
      }
      i = end - 1;
      continue;
    }
    atLineStart = false;
    if (c === 34 || c === 39) i = skipString(source, i, len) - 1;
  }
  out.push(source.slice(copied));
  return out.join('');
}

/** Python's own limit (MAXINDENT in its tokenizer): deeper files raise IndentationError and never run. */
export const MAX_INDENT_LEVELS = 100;

/**
 * Indentation levels of the logical lines, counted like Python's tokenizer (lines inside brackets,
 * strings and after a backslash continue the previous one), up to `limit + 1`. tree-sitter-python's
 * scanner overflows a buffer past about 500 levels, so deeper files must not reach it.
 */
export function indentLevels(source: string, limit = MAX_INDENT_LEVELS): number {
  if (!DEEP_LINE.test(source)) return 0;
  const stack = [0];
  const len = source.length;
  let brackets = 0;
  let lineStart = true;
  let i = 0;
  while (i < len) {
    if (lineStart && brackets === 0) {
      let col = 0;
      let j = i;
      for (; j < len; j++) {
        const c = source.charCodeAt(j);
        if (c === 32) col++;
        else if (c === 9) col = col - (col % 8) + 8;
        else if (c === 12) col = 0;
        else break;
      }
      const c = source.charCodeAt(j);
      if (j < len && c !== 10 && c !== 13 && c !== 35) {
        if (col > (stack[stack.length - 1] as number)) {
          stack.push(col);
          if (stack.length - 1 > limit) return stack.length - 1;
        } else while (stack.length > 1 && col < (stack[stack.length - 1] as number)) stack.pop();
      }
      i = j;
    }
    lineStart = false;
    const c = source.charCodeAt(i);
    if (c === 10) lineStart = true;
    else if (c === 92 /* \ */) i++; // a continuation: the next newline does not start a logical line
    else if (c === 35) {
      const nl = source.indexOf('\n', i);
      i = nl < 0 ? len : nl;
      continue;
    } else if (c === 34 || c === 39) {
      i = skipString(source, i, len);
      continue;
    } else if (c === 40 || c === 91 || c === 123) brackets++;
    else if ((c === 41 || c === 93 || c === 125) && brackets > 0) brackets--;
    i++;
  }
  return stack.length - 1;
}

/** A line indented by 100 or more blanks: the only way to reach 100 levels. */
const DEEP_LINE = /^[ \t\f]{100,}\S/m;
