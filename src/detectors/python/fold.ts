import { CODEC_ALIASES, DECODERS, decodeText, decodeWith, encodeText, iterate, STRING_METHODS, stringMethod } from './codecs.js';
import type { CallView } from './callview.js';
import type { Analysis, Env } from './context.js';
import type { Expr } from './exprs.js';
import { asText, bytes, isStringish, joinSteps, MAX_FOLDED, text, type Folded, type Stringish } from './folded.js';
import { foldFString, percentFormat } from './formatting.js';
import { parseIntLiteral, parseStringLiteral } from './literals.js';
import { builtinRepr, reprTarget } from './reprs.js';
import { foldComprehension, foldList, foldSubscript } from './fold-sequences.js';
import { foldLocalCall, foldMapped, foldMethodCall } from './local-calls.js';
import { resolveChain } from './resolve.js';
import type { PyNode } from './syntax.js';

/**
 * Constant folding of the expressions obfuscated code builds strings with: literals, `+`, `*`, joins of
 * `chr` tables, slices, `bytes.fromhex`, `.decode()`, and the decoders of base64, binascii, codecs and
 * zlib. Anything else does not fold. Results are bounded by MAX_FOLDED and by the file's budget.
 */

/**
 * `s * n` folds only up to this length. A repeated string carries no more than its period, while test data
 * and examples are built that way (`b'a' * 1024 * 1024`): folding those to a megabyte made every later use of
 * the name copy and scan a megabyte. Generous enough that padding sliced off a payload
 * (`('#' * 5000 + blob)[5000:]`) still folds.
 */
const MAX_REPEATED = 64 * 1024;
const MAX_DEPTH = 60;

export function foldNode(a: Analysis, node: PyNode, env: Env | undefined, depth: number): Folded | undefined {
  if (depth > MAX_DEPTH || a.budget.foldChars <= 0) return undefined;
  const result = foldInner(a, node, env, depth);
  if (result && (result.kind === 'text' || result.kind === 'bytes')) {
    if (result.s.length > MAX_FOLDED) return undefined;
    a.budget.foldChars -= result.s.length;
  }
  return result;
}

function foldInner(a: Analysis, node: PyNode, env: Env | undefined, depth: number): Folded | undefined {
  const sub = (n: PyNode | undefined): Folded | undefined =>
    n === undefined ? undefined : env ? foldNode(a, n, env, depth + 1) : a.fold(n);
  switch (node.type) {
    case 'string': {
      const lit = parseStringLiteral(node.text());
      if (!lit) return undefined;
      if (lit.interpolated) return foldFString(node, sub);
      return lit.bytes ? bytes(lit.value) : text(lit.value);
    }
    case 'concatenated_string':
      return concat(node.named.filter((c) => c.type !== 'comment').map(sub));
    case 'integer': {
      const n = parseIntLiteral(node.text());
      return n === undefined ? undefined : { kind: 'int', n };
    }
    case 'parenthesized_expression':
      return sub(node.named[0]);
    case 'identifier': {
      const name = node.text();
      const bound = env?.get(name);
      if (bound) return bound;
      const b = a.lookup(name, node.start);
      return b ? b.folded : name === '__doc__' ? a.docstring('') : undefined;
    }
    case 'unary_operator':
      return unary(node.text(1), sub(node.named[0]));
    case 'binary_operator': {
      const [l, r] = node.named;
      if (!l || !r) return undefined;
      const op = node.between(l, r);
      // `'%s' % [x]` formats the list itself; only a tuple (or one value) gives one value per field.
      if (op === '%' && (r.type === 'list' || r.type === 'list_comprehension')) return undefined;
      return binary(op, sub(l), sub(r));
    }
    case 'list':
    case 'tuple':
    case 'set':
      return foldList(node, sub);
    case 'subscript':
      return foldSubscript(node, sub);
    case 'call':
      return foldCall(a, node, sub, env, depth);
    case 'attribute': {
      // `chr.__name__` is 'chr', `os.__name__` is 'os'; `helper.__doc__` is its docstring
      const [obj, attr] = node.named;
      if (obj && attr?.text() === '__doc__') return docOf(a, obj);
      if (!obj || attr?.text() !== '__name__') return undefined;
      const path = a.resolve(obj);
      return path === undefined || path.startsWith('local.') || path.startsWith('<') ? undefined : text(path.startsWith('builtins.') ? path.slice(9) : path);
    }
    case 'generator_expression':
    case 'list_comprehension':
      return foldComprehension(a, node, sub, env, depth);
    default:
      return undefined;
  }
}

function docOf(a: Analysis, obj: PyNode): Folded | undefined {
  const [root, ...attrs] = obj.text(200).split('.').map((p) => p.trim());
  return root && /^[A-Za-z_]\w*$/.test(root) && attrs.every((x) => /^[A-Za-z_]\w*$/.test(x)) ? a.docstringOf(root, attrs, obj.start) : undefined;
}

function concat(parts: Array<Folded | undefined>): Folded | undefined {
  let out: Stringish | undefined;
  for (const p of parts) {
    if (!isStringish(p) || (out && out.kind !== p.kind)) return undefined;
    const next: Stringish = out ? { kind: out.kind, s: out.s + p.s, steps: joinSteps(out.steps, p.steps) } : p;
    if (next.s.length > MAX_FOLDED) return undefined;
    out = next;
  }
  return out;
}

/** `-x`, `~x` (on 32 bits, as JavaScript does) and `+x` of an integer. */
export function unary(op: string, v: Folded | undefined): Folded | undefined {
  if (v?.kind !== 'int') return undefined;
  return { kind: 'int', n: op === '-' ? -v.n : op === '~' ? ~v.n : v.n };
}

export function binary(op: string | undefined, l: Folded | undefined, r: Folded | undefined): Folded | undefined {
  if (!l || !r) return undefined;
  if (op === '+' && isStringish(l)) return concat([l, r]);
  if (op === '%' && l.kind === 'text') return percentFormat(l, r);
  if (op === '*' && (isStringish(l) || isStringish(r))) {
    const s = isStringish(l) ? l : (r as Stringish);
    const n = isStringish(l) ? r : l;
    if (n.kind !== 'int' || n.n < 0 || s.s.length * n.n > MAX_REPEATED) return undefined;
    return { kind: s.kind, s: s.s.repeat(n.n), steps: s.steps };
  }
  if (l.kind !== 'int' || r.kind !== 'int') return undefined;
  const x = l.n;
  const y = r.n;
  let n: number;
  switch (op) {
    case '+': n = x + y; break;
    case '-': n = x - y; break;
    case '*': n = x * y; break;
    case '//': if (y === 0) return undefined; n = Math.floor(x / y); break;
    case '%': if (y === 0) return undefined; n = ((x % y) + y) % y; break;
    case '<<': if (y < 0 || y > 52) return undefined; n = x * 2 ** y; break;
    case '>>': if (y < 0) return undefined; n = Math.floor(x / 2 ** Math.min(y, 1100)); break;
    case '|': n = Number(BigInt(x) | BigInt(y)); break;
    case '&': n = Number(BigInt(x) & BigInt(y)); break;
    case '^': n = Number(BigInt(x) ^ BigInt(y)); break;
    case '**': if (y < 0 || y > 64) return undefined; n = x ** y; break;
    default: return undefined;
  }
  return Number.isSafeInteger(n) ? { kind: 'int', n } : undefined;
}

export type Sub = (n: PyNode | undefined) => Folded | undefined;

/** Callees whose result can fold: everything `foldCall` knows besides string methods. */
const FOLDING_CALLEES: ReadonlySet<string> = new Set([
  ...Object.keys(DECODERS),
  'codecs.decode', 'codecs.encode', 'builtins.chr', 'builtins.unichr', 'builtins.str', 'builtins.unicode',
  'builtins.bytes', 'builtins.bytearray', 'builtins.reversed', 'builtins.list', 'builtins.tuple', 'builtins.map',
  'builtins.repr', 'builtins.ord',
]);

/**
 * `blob.translate(str.maketrans(K2, K1))` with the text and both alphabets folded: a substitution cipher undone.
 * Characters outside the first alphabet stay, as in Python.
 */
function translated(a: Analysis, recv: Stringish, table: Expr | undefined, arg: (e: Expr | undefined) => Folded | undefined): Folded | undefined {
  const node = table?.node();
  const view = node?.type === 'call' ? a.view(node) : undefined;
  const maker = view?.callee ? resolveChain(a, view.callee.root, view.callee.attrs, node!.start) : undefined;
  if (!view || !/^builtins\.(str|bytes)\.maketrans$/.test(maker ?? '') || view.args.length !== 2) return undefined;
  const from = arg(view.args[0]);
  const to = arg(view.args[1]);
  if (!isStringish(from) || !isStringish(to) || from.s.length !== to.s.length) return undefined;
  const map = new Map<string, string>();
  for (let i = 0; i < from.s.length; i++) map.set(from.s[i] as string, to.s[i] as string);
  let s = '';
  for (const c of recv.s) s += map.get(c) ?? c;
  return { kind: recv.kind, s, steps: joinSteps(recv.steps, ['translate']) };
}

/** Calls worth folding: known decoders and builtins, and local functions whose body is one return (local-calls.ts). */
export function foldsCallee(callee: string): boolean {
  return FOLDING_CALLEES.has(callee) || callee.startsWith('local.');
}

export { STRING_METHODS };

function foldCall(a: Analysis, node: PyNode, sub: Sub, env: Env | undefined, depth: number): Folded | undefined {
  const view = a.view(node);
  if (!view) return undefined;
  const { kwargs } = view;
  // Inside a comprehension the arguments depend on the loop variable: fold their nodes with it.
  const arg = (e: Expr | undefined): Folded | undefined =>
    e === undefined ? undefined : env ? sub(e.node()) : a.foldExpr(e, undefined, true);
  const args = view.args;
  const method = methodCall(a, view, sub, env);
  if (method) {
    const recv = method.receiver;
    if (isStringish(recv) && method.name === 'translate') return translated(a, recv, args[0], arg);
    if (isStringish(recv)) return stringMethod(recv, method.name, args.map(arg));
  }
  const callee = view.callee
    ? resolveChain(a, view.callee.root, view.callee.attrs, node.start)
    : view.fn
      ? a.resolve(view.fn)
      : undefined;
  // A local decoder function or lambda (`_d('…')`, `(lambda s: …)('…')`): fold its body with the arguments bound.
  const written = view.fn?.type === 'parenthesized_expression' ? view.fn.named[0] : undefined;
  const local = written?.type === 'lambda' ? written : (callee === undefined || callee.startsWith('local.')) && view.callee?.attrs.length === 0 ? view.callee.root : undefined;
  if (local !== undefined) {
    const kw = new Map([...kwargs].map(([k, v]) => [k, arg(v)] as const));
    return foldLocalCall(a, local, node.start, args.map(arg), kw, depth);
  }
  if (callee?.startsWith('local.') && view.callee?.root === 'self' && view.callee.attrs.length === 1) {
    const kw = new Map([...kwargs].map(([k, v]) => [k, arg(v)] as const));
    return foldMethodCall(a, callee.slice(6), args.map(arg), kw, depth);
  }
  if (callee === undefined) return undefined;
  const reprOf = reprTarget(callee);
  if (reprOf !== undefined && args.length === 0) return text(builtinRepr(reprOf) as string);
  const codec = DECODERS[callee];
  if (codec) return decodeWith(codec, arg(args[0]));
  switch (callee) {
    case 'codecs.decode':
    case 'codecs.encode': {
      const enc = asText(arg(args[1] ?? kwargs.get('encoding')))?.toLowerCase();
      const c = enc ? CODEC_ALIASES[enc] : undefined;
      if (c) return callee === 'codecs.encode' && c !== 'rot13' ? undefined : decodeWith(c, arg(args[0]));
      return callee === 'codecs.decode' ? decodeText(arg(args[0]), enc) : encodeText(arg(args[0]));
    }
    case 'builtins.chr':
    case 'builtins.unichr': {
      const v = arg(args[0]);
      return v?.kind === 'int' && v.n >= 0 && v.n <= 0x10ffff ? text(String.fromCodePoint(v.n), ['chr']) : undefined;
    }
    case 'builtins.ord': {
      const v = arg(args[0]);
      const c = isStringish(v) && v.s.length > 0 ? v.s.codePointAt(0) : undefined;
      return c !== undefined && String.fromCodePoint(c).length === (v as Stringish).s.length ? { kind: 'int', n: c } : undefined;
    }
    case 'builtins.str':
    case 'builtins.unicode':
    case 'builtins.repr': {
      const target = args[0] ? a.resolveExpr(args[0]) : undefined;
      const repr = target?.startsWith('builtins.') ? builtinRepr(target.slice(9)) : undefined;
      if (repr !== undefined && args.length === 1) return text(repr);
      if (callee === 'builtins.repr') return undefined;
      const v = arg(args[0]);
      if (args.length >= 2 || kwargs.has('encoding')) return decodeText(v, asText(arg(args[1] ?? kwargs.get('encoding'))));
      return v?.kind === 'text' ? v : undefined;
    }
    case 'builtins.bytes':
    case 'builtins.bytearray': {
      const v = arg(args[0]);
      if (v?.kind === 'text') return encodeText(v);
      if (v?.kind === 'bytes') return v;
      const items = iterate(v);
      if (!items || !items.every((i) => i.kind === 'int' && i.n >= 0 && i.n < 256)) return undefined;
      return bytes(items.map((i) => String.fromCharCode((i as { n: number }).n)).join(''), ['bytes']);
    }
    case 'builtins.reversed': {
      const items = iterate(arg(args[0]));
      return items ? { kind: 'list', items: items.reverse().map((i) => (isStringish(i) ? { ...i, steps: joinSteps(i.steps, ['reverse']) } : i)) } : undefined;
    }
    case 'builtins.list':
    case 'builtins.tuple': {
      const items = iterate(arg(args[0]));
      return items ? { kind: 'list', items } : undefined;
    }
    case 'builtins.map': {
      const f = args[0] ? a.resolveExpr(args[0]) : undefined;
      const items = iterate(arg(args[1]));
      if (!items) return undefined;
      const fnNode = args[0]?.node();
      if (f !== 'builtins.chr' && f !== 'builtins.unichr') return fnNode ? foldMapped(a, fnNode, items, depth) : undefined;
      const out: Folded[] = [];
      for (const i of items) {
        if (i.kind !== 'int' || i.n < 0 || i.n > 0x10ffff) return undefined;
        out.push(text(String.fromCodePoint(i.n), ['chr']));
      }
      return { kind: 'list', items: out };
    }
    default:
      return undefined;
  }
}

/** `recv.method(...)` for the string methods the folder knows, with the receiver folded. */
function methodCall(a: Analysis, view: CallView, sub: Sub, env: Env | undefined): { name: string; receiver: Folded | undefined } | undefined {
  if (view.callee) {
    const { root, attrs } = view.callee;
    if (attrs.length === 0) return boundMethod(a, root, view.node.start);
    const name = attrs[attrs.length - 1];
    if (attrs.length !== 1 || name === undefined || !STRING_METHODS.has(name)) return undefined;
    return { name, receiver: env?.get(root) ?? a.lookup(root, view.node.start)?.folded };
  }
  if (view.fn?.type !== 'attribute') return undefined;
  const [obj, attr] = view.fn.named;
  const name = attr?.text() ?? '';
  return STRING_METHODS.has(name) ? { name, receiver: sub(obj) } : undefined;
}

/** A name bound to a string's method (`_ = ''.join`, then `_(…)`): the method with its receiver. */
function boundMethod(a: Analysis, name: string, at: number): { name: string; receiver: Folded | undefined } | undefined {
  const node = boundStringMethod(a, name, at);
  const [obj, attr] = node?.named ?? [];
  return obj && attr ? { name: attr.text(), receiver: a.fold(obj) } : undefined;
}

/** The `x.join` node a name is bound to, when it is a string method. */
export function boundStringMethod(a: Analysis, name: string, at: number): PyNode | undefined {
  const b = a.lookup(name, at);
  const node = b?.kind === 'value' ? b.expr?.node() : undefined;
  return node?.type === 'attribute' && STRING_METHODS.has(node.named[1]?.text() ?? '') ? node : undefined;
}
