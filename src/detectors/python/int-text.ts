import { binary, unary } from './fold.js';
import type { Folded } from './folded.js';
import { parseIntLiteral } from './literals.js';

/**
 * Integer arithmetic folded from the text of one syntax node: `(((1 << 4) - 1) << 3) + 1`, the items of the
 * `''.join(map(chr, [...]))` tables obfuscators write by the thousand. Folding them node by node costs a
 * few wasm calls per node; reading the text costs none.
 *
 * It must give what the tree folder gives, so it only takes what it can parse exactly as the grammar
 * does: integer literals, parentheses, unary `+ - ~` and the binary operators, with tree-sitter-python's
 * precedences (note `^` binds tighter than `&`, unlike Python), applying the same `binary` and `unary`
 * as the tree folder. Anything else (names, floats, commas, comments, line continuations) and any
 * operation that does not fold return undefined, and the caller folds the tree as before. The caller
 * also checks that the node's subtree has no syntax error.
 */

/** The grammar's binary operator precedences (grammar.js PREC); `**` (21) is right-associative and handled apart. */
const PREC: Readonly<Record<string, number>> = {
  '|': 14, '&': 15, '^': 16, '<<': 17, '>>': 17, '+': 18, '-': 18, '*': 19, '/': 19, '%': 19, '//': 19, '@': 19,
};
const LOWEST = 14;
/** tree-sitter-python's integer token (hex, octal, binary, decimal; `L` of Python 2, `j` of complex numbers). */
const INTEGER = /^(?:0[xX](?:_?[A-Fa-f0-9]+)+[Ll]?|0[oO](?:_?[0-7]+)+[Ll]?|0[bB](?:_?[01]+)+[Ll]?|(?:[0-9]+_?)+[LljJ]?)$/;

const OPERATORS = '+-*/%&|^~()@';

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

interface Value {
  v: Folded;
  /** Depth of the syntax tree below this value (an integer literal is 0). */
  depth: number;
}

class IntParser {
  private i = 0;
  private tok = '';
  /** Open parentheses, unary operators and powers around the current token: each is a tree level. */
  private level = 0;

  constructor(
    private readonly text: string,
    /** Deeper trees are left to the tree folder (its nesting limit must decide them). */
    private readonly maxDepth: number,
  ) {
    this.next();
  }

  /** The whole text as one expression, or undefined. */
  parse(): Value | undefined {
    const v = this.binaryAt(LOWEST);
    return v && this.tok === '' ? v : undefined;
  }

  /** Reads the next token into `tok` ('' at the end); `?` for anything outside the accepted subset. */
  private next(): void {
    const t = this.text;
    let i = this.i;
    let c = t.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) c = t.charCodeAt(++i);
    if (i >= t.length) {
      this.tok = '';
      this.i = i;
      return;
    }
    let j = i + 1;
    if (c >= 48 && c <= 57) {
      while (j < t.length && isAlnum(t.charCodeAt(j))) j++;
      if (t.charCodeAt(j) === 46 /* . */ || !INTEGER.test(t.slice(i, j))) j = -1;
    } else {
      const d = t.charCodeAt(i + 1);
      if ((c === d && (c === 60 || c === 62 || c === 42 || c === 47)) /* << >> ** // */) j = i + 2;
      else if (!OPERATORS.includes(t[i] as string)) j = -1;
    }
    if (j < 0) {
      this.tok = '?';
      this.i = t.length;
      return;
    }
    this.tok = t.slice(i, j);
    this.i = j;
  }

  /** Left-associative binary operators of precedence `min` and above (precedence climbing). */
  private binaryAt(min: number): Value | undefined {
    let left = this.unaryOrPower();
    while (left) {
      const op = this.tok;
      const prec = PREC[op];
      if (prec === undefined || prec < min) return left;
      this.next();
      const right = this.binaryAt(prec + 1);
      if (!right) return undefined;
      const v = binary(op, left.v, right.v);
      const depth = Math.max(left.depth, right.depth) + 1;
      if (!v || depth > this.maxDepth) return undefined;
      left = { v, depth };
    }
    return undefined;
  }

  /** Unary `+ - ~` (precedence 20) takes a power as its argument; `-2**2` is `-(2**2)`. */
  private unaryOrPower(): Value | undefined {
    const op = this.tok;
    if (op !== '+' && op !== '-' && op !== '~') return this.power();
    if (++this.level > this.maxDepth) return undefined;
    this.next();
    const arg = this.unaryOrPower();
    this.level--;
    const v = arg ? unary(op, arg.v) : undefined;
    return v && arg && arg.depth < this.maxDepth ? { v, depth: arg.depth + 1 } : undefined;
  }

  /** `a ** b`: right-associative, its right operand may be unary (`2 ** -1`). */
  private power(): Value | undefined {
    const base = this.primary();
    if (!base || this.tok !== '**') return base;
    if (++this.level > this.maxDepth) return undefined;
    this.next();
    const exp = this.unaryOrPower();
    this.level--;
    const v = exp ? binary('**', base.v, exp.v) : undefined;
    const depth = exp ? Math.max(base.depth, exp.depth) + 1 : 0;
    return v && depth <= this.maxDepth ? { v, depth } : undefined;
  }

  private primary(): Value | undefined {
    const tok = this.tok;
    if (tok === '(') {
      if (++this.level > this.maxDepth) return undefined;
      this.next();
      const inner = this.binaryAt(LOWEST);
      this.level--;
      if (!inner || this.tok !== ')' || inner.depth >= this.maxDepth) return undefined;
      this.next();
      return { v: inner.v, depth: inner.depth + 1 };
    }
    if (tok === '' || !/^[0-9]/.test(tok)) return undefined;
    const n = parseIntLiteral(tok);
    if (n === undefined) return undefined;
    this.next();
    return { v: { kind: 'int', n }, depth: 0 };
  }
}

/**
 * The value of an integer expression from its text, when it is one the parser takes and it folds;
 * `maxDepth`: the deepest syntax tree accepted.
 */
export function foldIntText(text: string, maxDepth: number): Folded | undefined {
  if (maxDepth < 1) return undefined;
  return new IntParser(text, maxDepth).parse()?.v;
}
