import type { AnyNode, CallExpression, Expression, MemberExpression, Node, PrivateIdentifier } from 'acorn';
import { MODULE_INSTANCE, REQUIRE, REQUIRE_NAMES, globalBinding, isConstructorName, madeBy, memberBinding, moduleBinding, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { MAX_FOLD_DEPTH, foldPrimitive, foldString } from './fold.js';

const MAX_CHAIN = 64;

/** The property name of `a.b` / `a['b']` / `a['x' + 'y']`, when it is constant. */
export function propertyKey(a: Analysis, node: MemberExpression): string | undefined {
  return keyName(a, node.property, node.computed);
}

/** The name of an object/class key, when it is constant. */
export function keyName(a: Analysis, key: Expression | PrivateIdentifier, computed: boolean): string | undefined {
  if (!computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  }
  if (key.type === 'Literal') {
    const v = key.value;
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  }
  if (!computed) return undefined;
  const f = foldPrimitive(a, key);
  return f === undefined ? undefined : String(f.value);
}

/** An undeclared name: a global this analyser knows, or one the file stored on the global object. */
export function globalName(a: Analysis, name: string): Binding | undefined {
  return globalBinding(name) ?? (a.globalAliases.size > 0 ? a.globalAliases.get(`global.${name}`) : undefined);
}

/** `global.r` after `global.r = require` is require (Analysis.globalAliases). */
export function globalAlias(a: Analysis, b: Binding | undefined): Binding | undefined {
  if (a.globalAliases.size === 0 || b?.name === undefined) return b;
  return a.globalAliases.get(b.name) ?? b;
}

/**
 * What an expression stands for, without walking it (no facts recorded): used by folding, by
 * initialisers and by hoisting. The walk resolves the same way while it records (see members.ts).
 */
export function resolveStatic(a: Analysis, node: Node): Binding | undefined {
  if (a.foldDepth >= MAX_FOLD_DEPTH) return undefined;
  a.foldDepth++;
  const r = resolve(a, node);
  a.foldDepth--;
  return r;
}

function resolve(a: Analysis, node: Node): Binding | undefined {
  const n = node as Expression;
  switch (n.type) {
    case 'Identifier':
      return a.env.lookup(n.name) ?? globalName(a, n.name);
    case 'ThisExpression':
      return a.thisBinding;
    case 'MemberExpression': {
      const keys: (string | undefined)[] = [];
      let cur: Node = n;
      let b: Binding | undefined;
      while (cur.type === 'MemberExpression') {
        if (keys.length >= MAX_CHAIN) return undefined;
        const m = cur as MemberExpression;
        const key = propertyKey(a, m);
        b = functionByConstructor(a, m, key);
        if (b) break;
        keys.push(key);
        cur = m.object;
      }
      if (!b) b = cur.type === 'Super' ? undefined : resolveStatic(a, cur);
      for (let i = keys.length - 1; i >= 0 && b; i--) {
        const k = keys[i];
        b = k === undefined ? undefined : globalAlias(a, memberBinding(b, k));
      }
      return b;
    }
    case 'CallExpression': {
      const fromFunction = globalFromFunction(a, n);
      if (fromFunction) return fromFunction;
      const callee = n.callee.type === 'Super' ? undefined : resolveStatic(a, n.callee);
      const name = callee?.name;
      if (name === undefined) return undefined;
      if (REQUIRE_NAMES.has(name)) {
        const target = requireTarget(a, n);
        return target?.resolved ? moduleBinding(target.module) : undefined;
      }
      // The table function of newer javascript-obfuscator output returns its (shared, rotated) string table.
      if (callee?.items && name.startsWith('local.') && n.arguments.length === 0) return { items: callee.items };
      if (name === 'module.createRequire') return REQUIRE;
      const got = reflectGet(a, name, n);
      if (got) return got;
      const first = n.arguments[0];
      return internalBinding(name, first && first.type !== 'SpreadElement' ? foldString(a, first)?.value : undefined) ?? madeBy(name);
    }
    case 'NewExpression': {
      const callee = resolveStatic(a, n.callee);
      if (callee?.name === 'module.constructor' || callee?.name === 'module') return MODULE_INSTANCE;
      return callee?.name !== undefined && isConstructorName(callee.name) ? callee : undefined;
    }
    case 'AwaitExpression': {
      if (n.argument.type !== 'ImportExpression') return resolveStatic(a, n.argument);
      const spec = foldString(a, n.argument.source);
      return spec ? moduleBinding(spec.value) : undefined;
    }
    case 'SequenceExpression': {
      const last = n.expressions[n.expressions.length - 1];
      return last ? resolveStatic(a, last) : undefined;
    }
    case 'AssignmentExpression':
      return n.operator === '=' ? resolveStatic(a, n.right) : undefined;
    case 'LogicalExpression': {
      const left = resolveStatic(a, n.left);
      return left?.name !== undefined ? left : resolveStatic(a, n.right);
    }
    case 'ChainExpression':
    case 'ParenthesizedExpression':
      return resolveStatic(a, n.expression);
    case 'Literal':
      return typeof n.value === 'string' ? { value: n.value } : typeof n.value === 'number' ? { num: n.value } : undefined;
    default:
      return undefined;
  }
}

/** `Reflect.get(cp, 'exec')` is `cp.exec`. */
export function reflectGet(a: Analysis, callee: string, call: CallExpression): Binding | undefined {
  if (callee !== 'global.Reflect.get') return undefined;
  const [target, key] = call.arguments;
  if (!target || !key || target.type === 'SpreadElement' || key.type === 'SpreadElement') return undefined;
  const object = resolveStatic(a, target);
  const prop = foldPrimitive(a, key);
  return object && prop !== undefined ? memberBinding(object, String(prop.value)) : undefined;
}

/** Node's internal process bindings that start programs without child_process (and its hooks). */
const PROCESS_BINDINGS = new Set(['spawn_sync', 'process_wrap']);

/** `process.binding('spawn_sync')`: its `spawn({ file, args })` starts a program as child_process does. */
export function internalBinding(callee: string, arg: string | undefined): Binding | undefined {
  if (arg === undefined || !PROCESS_BINDINGS.has(arg)) return undefined;
  return /^(global\.)?process\.(binding|_linkedBinding)$/.test(callee) ? { name: `process.binding.${arg}` } : undefined;
}

const FUNCTION_LITERALS = new Set(['FunctionExpression', 'ArrowFunctionExpression']);

/**
 * The Function constructor reached through `constructor` instead of its name, a classic way to call eval
 * without naming it: `x.constructor.constructor` from any value (`''`, `[]`, a function),
 * `(function(){}).constructor` and `Object.getPrototypeOf(async () => {}).constructor` (the async and
 * generator variants compile code just the same).
 */
export function functionByConstructor(a: Analysis, m: MemberExpression, key: string | undefined): Binding | undefined {
  if (key !== 'constructor') return undefined;
  let object = m.object as AnyNode;
  while (object.type === 'ParenthesizedExpression') object = object.expression;
  if (object.type === 'MemberExpression' && propertyKey(a, object) === 'constructor') return globalBinding('Function');
  if (FUNCTION_LITERALS.has(object.type)) return globalBinding('Function');
  if (object.type === 'CallExpression' && object.arguments.length === 1 && FUNCTION_LITERALS.has(object.arguments[0]?.type ?? '')) {
    const callee = object.callee;
    if (callee.type === 'MemberExpression' && propertyKey(a, callee) === 'getPrototypeOf' && callee.object.type === 'Identifier' && callee.object.name === 'Object') return globalBinding('Function');
  }
  return undefined;
}

const RETURNS_NAME = /^\s*return\s*\(?\s*([A-Za-z_$][\w$]*)\s*\)?\s*;?\s*$/;
const GLOBAL_OBJECT = new Set(['this', 'globalThis', 'global', 'window', 'self']);

/**
 * `Function('return this')()` (also with `new`, or returning `globalThis`): the global object, reached
 * without naming it, the usual first step of code that then takes `process` or `require` from it;
 * `Function('return process')()` gives that global itself.
 */
export function globalFromFunction(a: Analysis, call: CallExpression): Binding | undefined {
  const inner = call.callee;
  if ((inner.type !== 'CallExpression' && inner.type !== 'NewExpression') || inner.callee.type === 'Super') return undefined;
  const last = inner.arguments[inner.arguments.length - 1];
  if (!last || last.type === 'SpreadElement' || resolveStatic(a, inner.callee)?.name !== 'global.Function') return undefined;
  const code = foldString(a, last);
  const name = code === undefined ? undefined : RETURNS_NAME.exec(code.value)?.[1];
  if (name === undefined) return undefined;
  return GLOBAL_OBJECT.has(name) ? globalBinding('global') : globalBinding(name);
}

export interface RequireTarget {
  /** Normalised module name when the argument folds, else the argument's source text. */
  module: string;
  /** The argument was folded (or is a literal). */
  resolved: boolean;
  /** The argument is not a plain string literal: computed, concatenated, decoded or unknown. */
  dynamic: boolean;
}

/** The module a `require(...)`-like call loads (the callee is known to be a require). */
export function requireTarget(a: Analysis, call: CallExpression): RequireTarget | undefined {
  const arg = call.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  if (arg.type === 'Literal' && typeof arg.value === 'string') return { module: arg.value, resolved: true, dynamic: false };
  const plainTemplate = arg.type === 'TemplateLiteral' && arg.expressions.length === 0;
  const f = foldString(a, arg);
  if (f) return { module: f.value, resolved: true, dynamic: !plainTemplate };
  return { module: a.text(arg), resolved: false, dynamic: true };
}

const unknownNames = new Map<string, string>();

/** `?.name`, interned: the same few method names recur across hundreds of thousands of calls. */
function unknownMethod(name: string): string {
  let s = unknownNames.get(name);
  if (s === undefined) {
    s = `?.${name}`;
    if (unknownNames.size < 10_000 && name.length < 64) unknownNames.set(name, s);
  }
  return s;
}

/** `?.name` for a callee nobody could resolve: the method name on an unknown object. */
export function unresolvedCallee(a: Analysis, callee: AnyNode): string {
  if (callee.type === 'Identifier') return unknownMethod(callee.name);
  if (callee.type === 'MemberExpression') return unknownMethod(propertyKey(a, callee) ?? '?');
  if (callee.type === 'ChainExpression') return unresolvedCallee(a, callee.expression);
  return '?.?';
}
