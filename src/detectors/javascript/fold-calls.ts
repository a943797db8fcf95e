import type { CallExpression, Expression, NewExpression, Node, SpreadElement } from 'acorn';
import type { Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { base64Bytes, bufferToString } from './decoding.js';
import { foldBytes } from './fold-bytes.js';
import {
  MAX_FOLD_CHARS,
  MAX_FOLD_ITEMS,
  NO_STEPS,
  foldArray,
  foldNumber,
  foldPrimitive,
  foldString,
  mergeSteps,
  type FoldedArray,
  type FoldedPrimitive,
  type Locals,
} from './fold.js';
import { decodeRc4Entry, decodeTableEntry } from './obfuscation.js';
import { unpackPacker } from './packer.js';
import { propertyKey, resolveStatic } from './resolve.js';

/** The calls folding understands: string methods, char codes, and the decoders of Node and browsers. */
export type Args = (Expression | SpreadElement)[];

const STRING_METHODS = new Set(['concat', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'slice', 'substring', 'substr', 'charAt', 'replace', 'replaceAll']);

export function arg(args: Args, i: number): Expression | undefined {
  const x = args[i];
  return x && x.type !== 'SpreadElement' ? x : undefined;
}

export function foldArg(a: Analysis, args: Args, i: number, locals: Locals | undefined): FoldedPrimitive | undefined {
  const x = arg(args, i);
  return x ? foldPrimitive(a, x, locals) : undefined;
}

export function calleeName(a: Analysis, node: CallExpression | NewExpression): string | undefined {
  return node.callee.type === 'Super' ? undefined : resolveStatic(a, node.callee)?.name;
}

export function foldCall(a: Analysis, node: CallExpression | NewExpression, locals: Locals | undefined): FoldedPrimitive | undefined {
  const callee = node.callee;
  const args = node.arguments;
  const packed = callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression' ? unpackPacker(a, node) : undefined;
  if (packed) return packed;
  if (node.type === 'CallExpression' && callee.type === 'MemberExpression') {
    const key = propertyKey(a, callee);
    if (key === 'fromCharCode' || key === 'fromCodePoint') {
      return resolveStatic(a, callee.object)?.name === 'global.String' ? charCodes(a, args, key, locals) : undefined;
    }
    if (key === 'join') {
      const arr = foldArray(a, callee.object, locals);
      if (!arr) return undefined;
      const sep = args.length === 0 ? ',' : foldArg(a, args, 0, locals);
      if (sep === undefined) return undefined;
      const value = arr.items.join(typeof sep === 'string' ? sep : String(sep.value));
      return value.length > MAX_FOLD_CHARS ? undefined : { value, steps: arr.steps, assembled: true };
    }
    if (key === 'toString') return foldToString(a, callee.object, args, locals);
    if (key === 'decode' && resolveStatic(a, callee.object)?.name === 'global.TextDecoder') {
      const x = arg(args, 0);
      const bytes = x ? foldBytes(a, x, locals) : undefined;
      return bytes ? { value: Buffer.from(bytes.bytes).toString('utf8'), steps: bytes.steps, assembled: true } : undefined;
    }
    if (key !== undefined && STRING_METHODS.has(key)) return stringMethod(a, key, callee.object, args, locals);
    return undefined;
  }
  const target = node.callee.type === 'Super' ? undefined : resolveStatic(a, node.callee);
  if (target?.decoder) return tableEntry(a, target.decoder, args, locals);
  if (target?.inline) return inlineCall(a, target.inline, args, locals);
  const name = target?.name;
  switch (name) {
    case 'global.atob': {
      const s = foldArg(a, args, 0, locals);
      if (!s || typeof s.value !== 'string') return undefined;
      const bytes = base64Bytes(a.budget, s.value);
      if (!bytes) return undefined;
      return { value: Buffer.from(bytes).toString('latin1'), steps: mergeSteps(s.steps, ['base64']), assembled: true };
    }
    case 'global.decodeURIComponent':
    case 'global.decodeURI':
    case 'global.unescape': {
      const s = foldArg(a, args, 0, locals);
      if (!s || typeof s.value !== 'string') return undefined;
      try {
        const value = name === 'global.unescape' ? unescape(s.value) : decodeURIComponent(s.value);
        return { value, steps: value === s.value ? s.steps : mergeSteps(s.steps, ['uri']), assembled: true };
      } catch {
        return undefined;
      }
    }
    case 'global.String': {
      const s = foldArg(a, args, 0, locals);
      return s ? { value: String(s.value), steps: s.steps, assembled: s.assembled } : undefined;
    }
    case 'global.parseInt': {
      const s = foldArg(a, args, 0, locals);
      const radix = args.length > 1 ? foldArg(a, args, 1, locals) : undefined;
      if (!s) return undefined;
      const v = parseInt(String(s.value), radix && typeof radix.value === 'number' ? radix.value : undefined);
      return Number.isNaN(v) ? undefined : { value: v, steps: NO_STEPS, assembled: true };
    }
    default:
      return undefined;
  }
}

/** `_0xabc('0x1f')` through a recognised decoder: the table entry at the index minus the offset. */
function tableEntry(a: Analysis, decoder: NonNullable<Binding['decoder']>, args: Args, locals: Locals | undefined): FoldedPrimitive | undefined {
  const index = foldArg(a, args, 0, locals);
  if (!index) return undefined;
  const i = (typeof index.value === 'number' ? index.value : parseInt(index.value)) - decoder.offset;
  const item = decoder.items[i];
  if (typeof item !== 'string') return undefined;
  if (decoder.rc4) {
    const key = foldArg(a, args, 1, locals);
    const text = typeof key?.value === 'string' ? decodeRc4Entry(a, item, key.value) : undefined;
    return text === undefined ? undefined : { value: text, steps: RC4_STEPS, assembled: true };
  }
  if (!decoder.base64) return { value: item, steps: NO_STEPS, assembled: true };
  const text = decodeTableEntry(a, item);
  return text === undefined ? undefined : { value: text, steps: BASE64_STEPS, assembled: true };
}

const BASE64_STEPS: readonly string[] = Object.freeze(['base64']);
const RC4_STEPS: readonly string[] = Object.freeze(['base64', 'rc4']);

function charCodes(a: Analysis, args: Args, key: string, locals: Locals | undefined): FoldedPrimitive | undefined {
  const codes: number[] = [];
  for (const x of args) {
    if (x.type === 'SpreadElement') {
      const arr = foldArray(a, x.argument, locals);
      if (!arr) return undefined;
      for (const c of arr.items) if (typeof c === 'number') codes.push(c);
      else return undefined;
    } else {
      const c = foldNumber(a, x, locals);
      if (c === undefined) return undefined;
      codes.push(c);
    }
    if (codes.length > MAX_FOLD_ITEMS) return undefined;
  }
  let value = '';
  try {
    for (let i = 0; i < codes.length; i += 4096) {
      const chunk = codes.slice(i, i + 4096);
      value += key === 'fromCodePoint' ? String.fromCodePoint(...chunk) : String.fromCharCode(...chunk);
    }
  } catch {
    return undefined;
  }
  return { value, steps: ['fromCharCode'], assembled: true };
}

function foldToString(a: Analysis, object: Node, args: Args, locals: Locals | undefined): FoldedPrimitive | undefined {
  const enc = args.length > 0 ? foldArg(a, args, 0, locals) : undefined;
  if (args.length > 0 && enc === undefined) return undefined;
  const bytes = foldBytes(a, object, locals);
  if (bytes) {
    const value = bufferToString(bytes.bytes, enc === undefined ? 'utf8' : String(enc.value));
    return value === undefined ? undefined : { value, steps: bytes.steps, assembled: true };
  }
  const p = foldPrimitive(a, object, locals);
  if (!p) return undefined;
  if (typeof p.value === 'number' && enc && typeof enc.value === 'number' && enc.value >= 2 && enc.value <= 36) {
    return { value: p.value.toString(enc.value), steps: p.steps, assembled: true };
  }
  return { value: String(p.value), steps: p.steps, assembled: p.assembled };
}

/** Regex literals that only match one fixed string (`/X/g`): replacing with them is a plain replace. */
function fixedPattern(node: Node | undefined): { text: string; all: boolean } | undefined {
  if (!node || node.type !== 'Literal') return undefined;
  const lit = node as { value?: unknown; regex?: { pattern: string; flags: string } };
  if (typeof lit.value === 'string') return { text: lit.value, all: false };
  const re = lit.regex;
  if (!re || !/^g?$/.test(re.flags) || !/^(?:[^\\^$.*+?()[\]{}|]|\\[^\w])+$/.test(re.pattern)) return undefined;
  return { text: re.pattern.replace(/\\(.)/g, '$1'), all: re.flags === 'g' };
}

function stringMethod(a: Analysis, key: string, object: Node, args: Args, locals: Locals | undefined): FoldedPrimitive | undefined {
  const base = foldPrimitive(a, object, locals);
  if (!base || typeof base.value !== 'string') return undefined;
  const s = base.value;
  let steps = base.steps;
  const nums: number[] = [];
  let value: string;
  switch (key) {
    case 'concat': {
      value = s;
      for (let i = 0; i < args.length; i++) {
        const p = foldArg(a, args, i, locals);
        if (!p) return undefined;
        value += String(p.value);
        steps = mergeSteps(steps, p.steps);
      }
      if (value.length > MAX_FOLD_CHARS) return undefined;
      break;
    }
    case 'replace':
    case 'replaceAll': {
      const pattern = fixedPattern(arg(args, 0));
      const repl = foldArg(a, args, 1, locals);
      if (!pattern || !repl || typeof repl.value !== 'string' || repl.value.includes('$')) return undefined;
      value = pattern.all || key === 'replaceAll' ? s.split(pattern.text).join(repl.value) : s.replace(pattern.text, repl.value);
      if (value.length > MAX_FOLD_CHARS) return undefined;
      break;
    }
    default: {
      for (let i = 0; i < args.length; i++) {
        const p = foldArg(a, args, i, locals);
        if (!p || typeof p.value !== 'number') return undefined;
        nums.push(p.value);
      }
      const [x, y] = nums;
      if (key === 'slice') value = s.slice(x, y);
      else if (key === 'substring') value = s.substring(x ?? 0, y);
      else if (key === 'substr') value = s.substr(x ?? 0, y);
      else if (key === 'charAt') value = s.charAt(x ?? 0);
      else if (key === 'toLowerCase') value = s.toLowerCase();
      else if (key === 'toUpperCase') value = s.toUpperCase();
      else if (key === 'trimStart') value = s.trimStart();
      else if (key === 'trimEnd') value = s.trimEnd();
      else value = s.trim();
    }
  }
  return { value, steps, assembled: true };
}

/** `'…'.split(sep)`, `arr.reverse()`, `arr.map(c => …)`, `arr.slice()`, `Array.from('…')`. */
export function foldArrayCall(a: Analysis, node: CallExpression, locals: Locals | undefined): FoldedArray | undefined {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression') return undefined;
  const key = propertyKey(a, callee);
  const args = node.arguments;
  switch (key) {
    case 'split': {
      const s = foldString(a, callee.object, locals);
      const sep = foldArg(a, args, 0, locals);
      if (!s || !sep || typeof sep.value !== 'string' || (sep.value === '' && s.value.length > MAX_FOLD_ITEMS)) return undefined;
      const items = s.value.split(sep.value);
      return items.length > MAX_FOLD_ITEMS ? undefined : { items, steps: s.steps };
    }
    case 'reverse': {
      const arr = foldArray(a, callee.object, locals);
      return arr ? { items: [...arr.items].reverse(), steps: mergeSteps(arr.steps, ['reverse']) } : undefined;
    }
    case 'slice': {
      const arr = foldArray(a, callee.object, locals);
      const from = args.length > 0 ? foldNumber(a, args[0] as Node, locals) : 0;
      const to = args.length > 1 ? foldNumber(a, args[1] as Node, locals) : undefined;
      return arr && from !== undefined ? { items: arr.items.slice(from, to), steps: arr.steps } : undefined;
    }
    case 'map':
      return foldMap(a, callee.object, arg(args, 0), locals);
    case 'from': {
      if (resolveStatic(a, callee.object)?.name !== 'global.Array') return undefined;
      const s = foldString(a, args[0] as Node, locals);
      return s && s.value.length <= MAX_FOLD_ITEMS ? { items: Array.from(s.value), steps: s.steps } : undefined;
    }
    default:
      return undefined;
  }
}

/** `[…].map(c => String.fromCharCode(c - 3))`: the callback's body folded once per element. */
function foldMap(a: Analysis, object: Node, fn: Expression | undefined, outer: Locals | undefined): FoldedArray | undefined {
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return undefined;
  const [p0, p1] = fn.params;
  if (!p0 || p0.type !== 'Identifier' || (p1 && p1.type !== 'Identifier')) return undefined;
  let body: Node | undefined = fn.body;
  if (body.type === 'BlockStatement') {
    const only = fn.body.type === 'BlockStatement' && fn.body.body.length === 1 ? fn.body.body[0] : undefined;
    body = only?.type === 'ReturnStatement' ? (only.argument ?? undefined) : undefined;
  }
  if (!body) return undefined;
  const arr = foldArray(a, object, outer);
  if (!arr) return undefined;
  const locals: Locals = new Map(outer);
  const items: (string | number)[] = [];
  let steps = arr.steps;
  for (let i = 0; i < arr.items.length; i++) {
    locals.set(p0.name, arr.items[i] as string | number);
    if (p1) locals.set((p1 as { name: string }).name, i);
    const v = foldPrimitive(a, body, locals);
    if (!v) return undefined;
    items.push(v.value);
    if (i === 0) steps = mergeSteps(steps, v.steps);
  }
  return { items, steps };
}

/** A call of a one-expression local helper (functions.ts inlineOf): its expression folded with the arguments bound. */
function inlineCall(a: Analysis, fn: NonNullable<Binding['inline']>, args: Args, locals: Locals | undefined): FoldedPrimitive | undefined {
  const bound: Locals = new Map();
  let steps = NO_STEPS;
  for (let i = 0; i < fn.params.length; i++) {
    const v = foldArg(a, args, i, locals);
    if (v === undefined) return undefined;
    bound.set(fn.params[i] as string, v.value);
    steps = mergeSteps(steps, v.steps);
  }
  const r = foldPrimitive(a, fn.body, bound);
  return r ? { value: r.value, steps: mergeSteps(steps, r.steps), assembled: true } : undefined;
}
