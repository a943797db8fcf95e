import type { CallExpression, NewExpression, Node } from 'acorn';
import type { Analysis } from './context.js';
import { bufferFrom, inflate } from './decoding.js';
import { arg, calleeName, foldArg } from './fold-calls.js';
import { MAX_FOLD_DEPTH, NO_STEPS, foldArray, foldString, mergeSteps, type Locals } from './fold.js';
import { resolveStatic } from './resolve.js';

/** Folding to bytes: what `Buffer.from`, typed arrays and zlib produce from constants. */
const INFLATE = new Set(['zlib.inflateSync', 'zlib.inflateRawSync', 'zlib.gunzipSync', 'zlib.unzipSync']);

/** Constant bytes: `Buffer.from(s, 'base64' | 'hex')`, `Buffer.from([…])`, `zlib.inflateSync(bytes)`. */
export function foldBytes(a: Analysis, node: Node, locals?: Locals): FoldedBytes | undefined {
  if (a.foldDepth >= MAX_FOLD_DEPTH) return undefined;
  a.foldDepth++;
  const r = bytesOf(a, node, locals);
  a.foldDepth--;
  return r;
}

interface FoldedBytes {
  bytes: Uint8Array;
  steps: readonly string[];
}

function bytesOf(a: Analysis, node: Node, locals: Locals | undefined): FoldedBytes | undefined {
  if (node.type === 'Identifier' || node.type === 'MemberExpression') {
    const b = resolveStatic(a, node);
    return b?.bytes ? { bytes: b.bytes, steps: b.steps ?? NO_STEPS } : undefined;
  }
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return undefined;
  const call = node as CallExpression | NewExpression;
  const name = calleeName(a, call);
  if (name === undefined) return undefined;
  const args = call.arguments;
  if (name === 'global.Buffer.from' || name === 'global.Buffer' || name === 'global.Uint8Array' || name === 'global.Uint8Array.from') {
    const first = arg(args, 0);
    if (!first) return undefined;
    const s = name.startsWith('global.Buffer') ? foldString(a, first, locals) : undefined;
    if (s) {
      const encArg = args.length > 1 ? foldArg(a, args, 1, locals) : undefined;
      const enc = encArg === undefined ? 'utf8' : String(encArg.value);
      const bytes = bufferFrom(a.budget, s.value, enc);
      if (!bytes) return undefined;
      const step = /^base64/i.test(enc) ? 'base64' : /^hex$/i.test(enc) ? 'hex' : undefined;
      return { bytes, steps: step ? mergeSteps(s.steps, [step]) : s.steps };
    }
    const arr = foldArray(a, first, locals);
    if (arr && arr.items.every((x) => typeof x === 'number')) return { bytes: Uint8Array.from(arr.items as number[]), steps: arr.steps };
    return foldBytes(a, first, locals);
  }
  if (INFLATE.has(name)) {
    const first = arg(args, 0);
    const inner = first ? foldBytes(a, first, locals) : undefined;
    const out = inner ? inflate(a.budget, inner.bytes) : undefined;
    return inner && out ? { bytes: out, steps: mergeSteps(inner.steps, ['zlib']) } : undefined;
  }
  return undefined;
}
