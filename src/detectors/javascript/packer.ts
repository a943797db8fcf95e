import type { CallExpression, NewExpression } from 'acorn';
import type { Analysis } from './context.js';
import { foldArray, foldNumber, foldString, type FoldedPrimitive } from './fold.js';

/**
 * Dean Edwards' packer, `eval(function(p,a,c,k,e,d){…}('0(\'1\')…', 62, 9, 'require|child_process|…'.split('|'), 0, {}))`:
 * the payload's words are numbers in base `a` that index the keyword list. Unpacked the way the packer's own
 * function does (each `\b` word whose index has a keyword is replaced), without running it.
 */
const MAX_PAYLOAD = 1 << 20;
const MAX_WORDS = 100_000;
const STEPS: readonly string[] = Object.freeze(['packer']);

/** The packer's encoder: `c` in base `a`, with digits past 35 written from 'A' (charCode + 29). */
function encode(c: number, a: number): string {
  const digit = c % a;
  return (c < a ? '' : encode(Math.floor(c / a), a)) + (digit > 35 ? String.fromCharCode(digit + 29) : digit.toString(36));
}

export function unpackPacker(a: Analysis, node: CallExpression | NewExpression): FoldedPrimitive | undefined {
  const fn = node.callee;
  if (node.type !== 'CallExpression' || (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return undefined;
  const names = fn.params.map((p) => (p.type === 'Identifier' ? p.name : ''));
  if (names.length < 4 || names.slice(0, 4).join(',') !== 'p,a,c,k') return undefined;
  const [pArg, aArg, cArg, kArg] = node.arguments;
  if (!pArg || !aArg || !cArg || !kArg || pArg.type === 'SpreadElement' || aArg.type === 'SpreadElement' || cArg.type === 'SpreadElement' || kArg.type === 'SpreadElement') return undefined;
  const payload = foldString(a, pArg);
  const base = foldNumber(a, aArg);
  const count = foldNumber(a, cArg);
  const words = foldArray(a, kArg);
  if (payload?.value === undefined || typeof payload.value !== 'string' || payload.value.length > MAX_PAYLOAD) return undefined;
  if (base === undefined || base < 2 || base > 95 || count === undefined || count < 0 || count > MAX_WORDS || !words) return undefined;
  const dict = new Map<string, string>();
  for (let c = Math.min(count, words.items.length) - 1; c >= 0; c--) {
    const k = words.items[c];
    if (typeof k === 'string' && k !== '') dict.set(encode(c, base), k);
  }
  const value = payload.value.replace(/\b\w+\b/g, (w) => dict.get(w) ?? w);
  return value.length > MAX_PAYLOAD ? undefined : { value, steps: STEPS, assembled: true };
}
