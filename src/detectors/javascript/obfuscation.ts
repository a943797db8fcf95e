import type { ArrayExpression, Expression, Function as FunctionNode, FunctionDeclaration, Node, SpreadElement } from 'acorn';
import { Env, type Binding } from './bindings.js';
import { foldNumber } from './fold.js';
import type { Analysis } from './context.js';
import { base64Bytes, isCleanText } from './decoding.js';
import { recordDecoded } from './payloads.js';

/**
 * Signs of javascript-obfuscator and friends, kept cheap: machine-generated identifiers, string tables
 * (every entry recorded, base64 entries decoded), the old table rotation when its count is a literal, and
 * table decoders that return the entry raw or base64-decoded. Full deobfuscation (checksum-driven
 * rotation, rc4 entries) is out of scope.
 */
const MAX_NAMES = 10_000;
/** A table needs this many entries before it is treated as an obfuscator's. */
const TABLE_MIN = 5;

function isObfuscatedName(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c === 95) return name.charCodeAt(1) === 48 && /^_0x[0-9a-f]{2,}$/i.test(name);
  if (c === 108 || c === 73 || c === 79) {
    return name.length >= 4 && /^[lIO][lIO0]+$/.test(name) && new Set(name).size >= 2;
  }
  if (c >= 128) return isNonLatinName(name);
  return false;
}

/** Names of only non-ASCII characters: two or more, or one of the invisible Hangul fillers obfuscators use. */
function isNonLatinName(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 128) return false;
  return name.length >= 2 || /[\u115f\u1160\u3164\uffa0]/.test(name);
}

export function noteIdentifier(a: Analysis, name: string): void {
  const c = name.charCodeAt(0);
  if (c !== 95 && c !== 108 && c !== 73 && c !== 79 && c < 128) return;
  if (a.obfuscatedNames.size < MAX_NAMES && isObfuscatedName(name)) a.obfuscatedNames.add(name);
}

/**
 * An array literal of strings only: counts toward `largestStringArray`; in obfuscated code (machine
 * names seen) its entries are all recorded and base64 entries decoded. True when the entries were
 * consumed here and need no further walk.
 */
export function visitStringArray(a: Analysis, node: ArrayExpression): boolean {
  const els = node.elements;
  if (els.length < 2) return false;
  for (const el of els) {
    if (!el || el.type !== 'Literal' || typeof el.value !== 'string') return false;
  }
  if (els.length > a.largestStringArray) a.largestStringArray = els.length;
  if (els.length < TABLE_MIN || a.obfuscatedNames.size === 0) return false;
  const line = a.line(node);
  for (const el of els) {
    const value = (el as { value: string }).value;
    a.facts.addString(value, a.line(el as Node), a.scope);
    const text = decodeEntry(a, value);
    if (text !== undefined) recordDecoded(a, el as Node, text, ['base64'], false, line);
  }
  return true;
}

/** Letters, digits and the punctuation of names, paths and URLs: how much of a decoding reads like text. */
function textScore(s: string): number {
  let good = 0;
  for (let i = 0; i < s.length; i++) {
    if (/[A-Za-z0-9 _.,:/\-'"()]/.test(s[i] as string)) good++;
  }
  return good / s.length;
}

function swapCase(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const lower = ch.toLowerCase();
    out += ch === lower ? ch.toUpperCase() : lower;
  }
  return out;
}

/**
 * An entry that is base64 of clean text, in the standard alphabet or in javascript-obfuscator's, which
 * swaps the cases (`abc…xyzABC…XYZ`); its entries also lose their `=` padding.
 */
function decodeEntry(a: Analysis, value: string): string | undefined {
  if (value.length < 4 || value.length > 4096 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  let best: string | undefined;
  let bestScore = 0.9;
  for (const candidate of [value, swapCase(value)]) {
    const bytes = base64Bytes(a.budget, candidate);
    if (!bytes || bytes.length < 3) continue;
    const text = Buffer.from(bytes).toString('utf8');
    if (!isCleanText(text)) continue;
    const score = textScore(text);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The rotation IIFE of older javascript-obfuscator output, `(function(t, n){ … t.push(t.shift()) … f(++n) })(_0xabc, 0x1a3)`:
 * the table turns left n times. Applied to the table's binding so that indexing it folds right.
 */
export function applyRotation(a: Analysis, fn: FunctionNode, args: (Expression | SpreadElement)[], hoist?: HoistBody): void {
  const [table, countArg] = args;
  // The count, or the checksum's target: a literal, negative ones included (`-0x1f2a`, `-71292.5`).
  const count = countArg && countArg.type !== 'SpreadElement' && (countArg.type === 'Literal' || countArg.type === 'UnaryExpression') ? foldNumber(a, countArg) : undefined;
  if (!table || table.type !== 'Identifier' || count === undefined || !Number.isFinite(count)) return;
  const b = a.env.lookup(table.name);
  const items = b?.items;
  if (!b || !items || items.length === 0 || fn.end - fn.start > 2000) return;
  const body = a.source.slice(fn.start, fn.end);
  if (!body.includes('push') || !body.includes('shift')) return;
  // Newer output: the table comes from its function and turns until a checksum of entries matches.
  if (b.name?.startsWith('local.')) {
    checksumRotation(a, fn, items, count, hoist);
    return;
  }
  if (!Number.isInteger(count) || count < 0) return;
  const n = count % items.length;
  const rotated: Binding = { items: [...items.slice(n), ...items.slice(0, n)], steps: b.steps ?? [] };
  a.env.assign(table.name, rotated);
}

/**
 * The plain decoder of older javascript-obfuscator output:
 * `function(i){ i = i - 0x0; var s = _0xabc[i]; return s; }` — index minus an offset into a table.
 */
export function decoderOf(a: Analysis, fn: FunctionNode): Binding['decoder'] {
  const p = fn.params[0];
  if (!p || p.type !== 'Identifier') return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.params.length === 1 ? indexInto(a, fn.body, p.name) : undefined;
  const only = fn.body.body[0];
  if (fn.body.body.length === 1 && fn.params.length === 1 && only?.type === 'ReturnStatement' && only.argument) return indexInto(a, only.argument, p.name);
  if (fn.body.body.length > 12) return undefined;
  const plain = fn.body.body.length <= 6;
  let offset: number | undefined;
  let items: (string | number)[] | undefined;
  let other = false;
  // `const t = T()` inside the decoder: the table function's (shared) table.
  const tables = new Map<string, (string | number)[]>();
  for (const stmt of fn.body.body) {
    if (stmt.type !== 'ExpressionStatement' && stmt.type !== 'VariableDeclaration' && stmt.type !== 'ReturnStatement') {
      other = true;
      continue;
    }
    if (stmt.type === 'ExpressionStatement') {
      const e = stmt.expression;
      if (e.type === 'AssignmentExpression' && e.left.type === 'Identifier' && e.left.name === p.name) {
        const r = e.right;
        if (r.type === 'BinaryExpression' && r.operator === '-' && r.left.type === 'Identifier' && r.left.name === p.name && r.right.type === 'Literal' && typeof r.right.value === 'number') offset = r.right.value;
      }
    }
    const found = stmt.type === 'VariableDeclaration' ? stmt.declarations[0]?.init : stmt.type === 'ReturnStatement' ? stmt.argument : undefined;
    const declared = stmt.type === 'VariableDeclaration' ? stmt.declarations[0]?.id : undefined;
    if (declared?.type === 'Identifier' && found?.type === 'CallExpression' && found.arguments.length === 0 && found.callee.type === 'Identifier') {
      const fn = a.env.lookup(found.callee.name);
      if (fn?.items && fn.name?.startsWith('local.')) tables.set(declared.name, fn.items);
    }
    if (found && found.type === 'MemberExpression' && found.computed && found.object.type === 'Identifier' && found.property.type === 'Identifier' && found.property.name === p.name) {
      items = tables.get(found.object.name) ?? a.env.lookup(found.object.name)?.items;
    }
  }
  if (offset === undefined || !items) return undefined;
  // Only the raw entry is right when nothing else happens to it.
  if (plain && !other) return { items, offset };
  // javascript-obfuscator's base64 string encoding: an `if` that installs a base64 decoder (its own alphabet,
  // or atob) and a cache, then the entry decoded. The rc4 encoding takes a key as the second parameter and
  // runs RC4 (a 256-entry state, swaps, XOR of char codes) over the base64-decoded entry; anything else this
  // does not recognise stays raw.
  const body = a.source.slice(fn.start, fn.end);
  const key = fn.params[1];
  const keyUsed = key?.type === 'Identifier' && new RegExp(`\\b${key.name.replace(/\$/g, '\\$')}\\b`).test(a.source.slice(fn.body.start, fn.body.end));
  if (!BASE64_DECODER.test(body)) return undefined;
  if (!keyUsed) return { items, offset, base64: true };
  return RC4_STATE.test(body) && body.includes('charCodeAt') && body.includes('^') ? { items, offset, rc4: true } : undefined;
}

/**
 * A hand-written lookup into a string table, the whole body of a one-parameter function: `T[i]`, `T[i - K]`,
 * `T[i + K]` (`function d(i) { return T[i]; }`, `const d = (i) => T[i - 0x1f]`). Calling it is indexing.
 */
function indexInto(a: Analysis, body: Expression, param: string): Binding['decoder'] {
  if (body.type !== 'MemberExpression' || !body.computed || body.object.type !== 'Identifier') return undefined;
  const items = a.env.lookup(body.object.name)?.items;
  if (!items || items.length === 0) return undefined;
  const index = body.property;
  if (index.type === 'Identifier') return index.name === param ? { items, offset: 0 } : undefined;
  if (index.type !== 'BinaryExpression' || (index.operator !== '-' && index.operator !== '+')) return undefined;
  if (index.left.type !== 'Identifier' || index.left.name !== param) return undefined;
  const k = foldNumber(a, index.right);
  if (k === undefined) return undefined;
  return { items, offset: index.operator === '-' ? k : -k };
}

/** RC4's key schedule and keystream work modulo 256. */
const RC4_STATE = /%\s*(?:0x100|256)\b/;

/**
 * A table entry through javascript-obfuscator's rc4 decoder: the entry base64-decoded with the obfuscator's
 * alphabet (small letters first), read as UTF-8, then RC4 with `key` over its char codes. Undefined unless
 * the result is clean text (a wrong key or table order gives noise).
 */
export function decodeRc4Entry(a: Analysis, value: string, key: string): string | undefined {
  if (key.length === 0 || value.length > 4096) return undefined;
  const bytes = base64Bytes(a.budget, swapCase(padded(value)));
  if (!bytes) return undefined;
  let data: string;
  try {
    data = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] as number) + key.charCodeAt(i % key.length)) % 256;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  let out = '';
  for (let y = 0, i = 0, k = 0; y < data.length; y++) {
    i = (i + 1) % 256;
    k = (k + (s[i] as number)) % 256;
    [s[i], s[k]] = [s[k] as number, s[i] as number];
    out += String.fromCharCode(data.charCodeAt(y) ^ (s[((s[i] as number) + (s[k] as number)) % 256] as number));
  }
  return isCleanText(out) ? out : undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A base64 decoder inside a table decoder: either alphabet order, atob, or Buffer's 'base64'. */
const BASE64_DECODER = /abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\+\/=|ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\+\/=|\batob\b|['"]base64['"]/;

/** A table entry through a base64 table decoder (decoderOf), or undefined when it does not decode to text. */
export function decodeTableEntry(a: Analysis, value: string): string | undefined {
  return decodeEntry(a, padded(value));
}

/** The obfuscator drops base64 padding; the decoders want it back. */
function padded(value: string): string {
  const bare = value.replace(/=+$/, '');
  return bare + '='.repeat((4 - (bare.length % 4)) % 4);
}

/**
 * The table function of newer javascript-obfuscator output, `function T() { const t = ['…', …]; T = function () {
 * return t; }; return T(); }`: its entries. Calls of T (resolve.ts) and decoders reading `T()` share this one
 * array, which checksumRotation turns in place.
 */
export function tableFunctionItems(fn: FunctionNode | FunctionDeclaration): (string | number)[] | undefined {
  if (fn.params.length > 0 || fn.body.type !== 'BlockStatement' || fn.body.body.length > 4 || !fn.id) return undefined;
  const last = fn.body.body[fn.body.body.length - 1];
  const self = fn.id.name;
  if (last?.type !== 'ReturnStatement' || last.argument?.type !== 'CallExpression' || last.argument.callee.type !== 'Identifier' || last.argument.callee.name !== self) return undefined;
  for (const stmt of fn.body.body) {
    const init = stmt.type === 'VariableDeclaration' ? stmt.declarations[0]?.init : undefined;
    if (init?.type !== 'ArrayExpression' || init.elements.length < TABLE_MIN) continue;
    const items: string[] = [];
    for (const el of init.elements) {
      if (!el || el.type !== 'Literal' || typeof el.value !== 'string') return undefined;
      items.push(el.value);
    }
    return items;
  }
  return undefined;
}

/**
 * `(function (T, target) { const f = D, t = T(); while (!![]) { try { const v = -parseInt(f(0x1a8)) / 0x1 + …;
 * if (v === target) break; else t.push(t.shift()); } catch (e) { t.push(t.shift()); } } }(T, 0x2c3b1))`:
 * turns the table one step at a time, as the loop does, until the checksum (folded with the decoder aliased
 * in the IIFE) equals the target. When no turn matches, the table is emptied so that nothing folds through it.
 */
/** Declares a body's functions in the current environment (functions.ts `hoist`). */
export type HoistBody = (body: FunctionNode['body'] & { type: 'BlockStatement' }) => void;

function checksumRotation(a: Analysis, fn: FunctionNode, items: (string | number)[], target: number, hoist?: HoistBody): void {
  if (fn.body.type !== 'BlockStatement') return;
  const aliases = new Map<string, Binding>();
  let checksum: Expression | undefined;
  for (const stmt of fn.body.body) {
    if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations) {
        const b = d.id.type === 'Identifier' && d.init?.type === 'Identifier' ? a.env.lookup(d.init.name) : undefined;
        if (b?.decoder && d.id.type === 'Identifier') aliases.set(d.id.name, b);
      }
    }
    if (stmt.type === 'WhileStatement' && stmt.body.type === 'BlockStatement') {
      const attempt = stmt.body.body.find((x) => x.type === 'TryStatement');
      const first = attempt?.type === 'TryStatement' ? attempt.block.body[0] : undefined;
      if (first?.type === 'VariableDeclaration') checksum = first.declarations[0]?.init ?? undefined;
    }
  }
  if (!checksum) return;
  const saved = a.env;
  a.env = new Env(saved);
  // Wrappers of the decoder declared in the loop's function (`function w(i, k) { return D(i - -0x36b, k); }`).
  hoist?.(fn.body);
  for (const [name, b] of aliases) a.env.declare(name, b);
  try {
    for (let turn = 0; turn < items.length; turn++) {
      if (foldNumber(a, checksum) === target) return;
      items.push(items.shift() as string | number);
    }
    // No turn matches: the order is unknown, and folding through it would name wrong entries (its strings
    // were recorded when the table was walked).
    items.length = 0;
  } finally {
    a.env = saved;
  }
}
