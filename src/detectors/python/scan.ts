/**
 * Bracket and literal scanning over Python source text. The analyser reads argument lists and simple
 * expressions from the text (a few string operations) instead of asking the syntax tree for every node
 * (a call into wasm each); the tree stays the authority for anything more complex.
 */

export type Range = [start: number, end: number];

/** Offset just past the string literal whose opening quote is at `i`. */
export function skipString(source: string, i: number, end: number): number {
  const q = source[i] as string;
  const triple = source.charCodeAt(i + 1) === source.charCodeAt(i) && source.charCodeAt(i + 2) === source.charCodeAt(i);
  const close = triple ? q + q + q : q;
  let j = i + close.length;
  while (j < end) {
    const c = source.charCodeAt(j);
    if (c === 92 /* \ */) j += 2;
    else if (c === close.charCodeAt(0) && (!triple || source.startsWith(close, j))) return j + close.length;
    else if (!triple && c === 10) return j;
    else j++;
  }
  return end;
}

/**
 * The top-level comma-separated parts of the bracketed list opening at `open`, without surrounding
 * blanks and comments, and the offset of the closing bracket; undefined when it does not close before
 * `limit`.
 */
export function splitBracketed(source: string, open: number, limit: number): { parts: Range[]; close: number } | undefined {
  const parts: Range[] = [];
  let depth = 0;
  let first = -1;
  let last = -1;
  const end = Math.min(source.length, limit);
  for (let j = open; j < end; j++) {
    const c = source.charCodeAt(j);
    if (isBlank(c)) continue;
    if (c === 35 /* # */) {
      const nl = source.indexOf('\n', j);
      j = nl < 0 || nl > end ? end : nl;
      continue;
    }
    if (depth === 1 && (c === 44 || c === 41 || c === 93 || c === 125)) {
      if (first >= 0) parts.push([first, last]);
      first = -1;
      if (c !== 44) return { parts, close: j };
      continue;
    }
    if (depth >= 1 && first < 0) first = j;
    if (c === 34 || c === 39) {
      j = skipString(source, j, end) - 1;
    } else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      depth--;
      if (depth <= 0) return { parts, close: j };
    }
    last = j + 1;
  }
  return undefined;
}

/** A range without leading blanks, line continuations and comments, and without trailing blanks. */
export function trimRange(source: string, start: number, end: number): Range {
  let s = start;
  for (;;) {
    while (s < end && isBlank(source.charCodeAt(s))) s++;
    if (s < end && source.charCodeAt(s) === 35) {
      const nl = source.indexOf('\n', s);
      s = nl < 0 || nl > end ? end : nl;
      continue;
    }
    break;
  }
  let e = end;
  while (e > s && isBlank(source.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 92 /* line continuation */;
}

const NAME = '[A-Za-z_\\u00aa-\\uffff][\\w\\u00aa-\\uffff]*';

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0xaa;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

const NO_ATTRS: readonly string[] = [];

/** A dotted name (`os.path.join`) starting at `at`: its parts and the offset after it. */
export function chainAt(source: string, at: number): { root: string; attrs: readonly string[]; end: number } | undefined {
  const len = source.length;
  if (at >= len || !isIdentStart(source.charCodeAt(at))) return undefined;
  let i = at + 1;
  while (i < len && isIdentPart(source.charCodeAt(i))) i++;
  const root = source.slice(at, i);
  let attrs: string[] | undefined;
  for (;;) {
    let j = i;
    while (j < len && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j++;
    if (source.charCodeAt(j) !== 46 /* . */) break;
    j++;
    while (j < len && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j++;
    if (j >= len || !isIdentStart(source.charCodeAt(j))) break;
    const s = j;
    j++;
    while (j < len && isIdentPart(source.charCodeAt(j))) j++;
    (attrs ??= []).push(source.slice(s, j));
    i = j;
  }
  return { root, attrs: attrs ?? NO_ATTRS, end: i };
}

/** Names whose call can fold (decoders, `chr`, string methods, …): the last part of a dotted callee. */
const FOLDING_NAMES = new Set(
  'join decode encode replace lower upper strip lstrip rstrip swapcase chr unichr str unicode bytes bytearray reversed list tuple map fromhex b64decode standard_b64decode urlsafe_b64decode decodebytes decodestring b32decode b85decode a85decode b16decode unhexlify a2b_hex a2b_base64 decompress'.split(
    ' ',
  ),
);

const ADJACENT_GROUP = /^\(\s*['"]/;

/**
 * Whether an expression's text has anything the folder can work with outside its string literals: `+`
 * or `*`, a subscript or list, a comprehension, or a call of a folding name. `'%s' % x`, `a or 'b'`,
 * `'{}'.format(x)` and conditionals have none.
 */
export function mayFoldText(text: string): boolean {
  const len = text.length;
  // A parenthesised run of adjacent literals (`('python3 -c \'…'` newline `'…\'')`) concatenates: the folder
  // joins them. Only such a group is checked for adjacency, so other brackets pay nothing for it.
  const group = ADJACENT_GROUP.test(text);
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = skipString(text, i, len) - 1;
      if (group) {
        let j = i + 1;
        while (j < len && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13)) j++;
        if (text.charCodeAt(j) === 34 || text.charCodeAt(j) === 39) return true;
      }
      continue;
    }
    if (c === 43 || c === 42 || c === 91 || c === 60 || c === 62 || c === 124 || c === 38 || c === 94 || c === 45 || c === 37) return true; // + * [ << >> | & ^ - %
    if (c === 40 /* ( */) {
      let j = i;
      while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
      let k = j;
      while (k > 0 && isIdentPart(text.charCodeAt(k - 1))) k--;
      if (k < j && FOLDING_NAMES.has(text.slice(k, j))) return true;
    }
    if (c === 102 /* f */ && text.startsWith('for', i) && !isIdentPart(text.charCodeAt(i + 3)) && (i === 0 || !isIdentPart(text.charCodeAt(i - 1)))) return true;
  }
  return false;
}

const KEYWORD_ARG = new RegExp(`(${NAME})[ \\t]*=(?!=)`, 'y');

/** `name=` at the start of an argument: the keyword and where its value starts. */
export function keywordAt(source: string, at: number, end: number): { name: string; value: number } | undefined {
  KEYWORD_ARG.lastIndex = at;
  const m = KEYWORD_ARG.exec(source);
  if (!m || at + m[0].length > end) return undefined;
  const r = trimRange(source, at + m[0].length, end);
  return { name: m[1] as string, value: r[0] };
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

export function isKeyword(name: string): boolean {
  return KEYWORDS.has(name);
}
