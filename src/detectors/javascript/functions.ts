import type { AnyNode, Class, Function as FunctionNode, FunctionDeclaration, ModuleDeclaration, Node, ObjectExpression, ObjectPattern, Statement } from 'acorn';
import type { FunctionFact } from '../../model/facts.js';
import { Env, UNKNOWN, memberBinding, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { declareImports } from './modules.js';
import { decoderOf, noteIdentifier, tableFunctionItems } from './obfuscation.js';
import { bindPattern } from './patterns.js';
import { keyName, resolveStatic } from './resolve.js';

/**
 * Functions, classes and object literals: where named scopes begin. A function walked without a name
 * (IIFE, callback, anonymous expression) stays in the enclosing scope but gets its own bindings.
 */
export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return !!node && (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression');
}

/** @param fn the function's node, when known: a one-expression helper is kept for folding its calls */
export function localBinding(a: Analysis, qualified: string, fn?: FunctionNode | FunctionDeclaration): Binding {
  a.localFunctions.add(qualified);
  const items = fn ? tableFunctionItems(fn) : undefined;
  if (items) return { name: `local.${qualified}`, items };
  const inline = fn ? inlineOf(fn) : undefined;
  return inline ? { name: `local.${qualified}`, inline } : { name: `local.${qualified}` };
}

const MAX_INLINE_PARAMS = 4;

/**
 * `function e(r) { return Buffer.from(r, 'hex').toString(); }`, `const d = (s) => atob(s)`: a helper
 * whose whole body is one returned expression over plain parameters. Malware hides module and property
 * names behind such decoders (`require(e('6368696c645f70726f63657373'))`); folding a call binds the
 * arguments and folds the expression (fold-calls.ts).
 */
function inlineOf(fn: FunctionNode | FunctionDeclaration): Binding['inline'] {
  if (fn.params.length > MAX_INLINE_PARAMS || fn.async || fn.generator) return undefined;
  const params: string[] = [];
  for (const p of fn.params) {
    if (p.type !== 'Identifier') return undefined;
    params.push(p.name);
  }
  if (fn.body.type !== 'BlockStatement') return { params, body: fn.body };
  const only = fn.body.body.length === 1 ? fn.body.body[0] : undefined;
  return only?.type === 'ReturnStatement' && only.argument ? { params, body: only.argument } : undefined;
}

/**
 * @param name qualified scope name, or undefined to stay in the enclosing scope
 * @param self what `this` is inside (methods); arrows keep the enclosing `this` unless given one
 * @param args bindings for the parameters (IIFE arguments)
 */
export function walkFunction(a: Analysis, fn: FunctionNode, name?: string, self?: Binding, args?: (Binding | undefined)[]): void {
  if (!a.enter()) return;
  const savedScope = a.scope;
  const savedEdges = a.edges;
  const savedEnv = a.env;
  const savedSelf = a.thisBinding;
  const savedCollecting = a.collecting;
  const savedCallback = a.inCallback;
  a.env = new Env(a.env);
  a.collecting = false;
  a.inCallback = name === undefined && args === undefined;
  let fact: FunctionFact | undefined;
  if (name !== undefined) {
    a.localFunctions.add(name);
    const params = fn.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? [p.left.name] : []));
    fact = { name, line: a.line(fn), endLine: a.lines.line(Math.max(fn.start, fn.end - 1)), calls: [], ...(params.length > 0 ? { params } : {}) };
    a.edges = a.facts.addFunction(fact) ? [] : undefined;
    a.scope = name;
  }
  if (self !== undefined || fn.type !== 'ArrowFunctionExpression') a.thisBinding = self;
  if (fn.type === 'FunctionExpression' && fn.id) {
    noteIdentifier(a, fn.id.name);
    a.env.declare(fn.id.name, name !== undefined ? { name: `local.${name}` } : UNKNOWN);
  }
  fn.params.forEach((p, i) => bindPattern(a, p, args?.[i]));
  if (fn.body.type === 'BlockStatement') {
    hoist(a, fn.body.body);
    for (const s of fn.body.body) a.walk(s);
  } else if (a.inCallback && fn.body.type === 'ObjectExpression') visitObject(a, fn.body, a.qualify('returned'), { props: new Map() });
  else a.walk(fn.body);
  if (fact && a.edges) fact.calls = a.edges;
  a.scope = savedScope;
  a.edges = savedEdges;
  a.env = savedEnv;
  a.thisBinding = savedSelf;
  a.collecting = savedCollecting;
  a.inCallback = savedCallback;
  a.leave();
}

/**
 * Declarations visible before their statement: function and class declarations, imports, and the
 * constants that functions declared above them commonly use (`const cp = require('…')`,
 * `const { exec } = require('…')`, `const f = () => …`, `const api = { run() {} }`).
 */
export function hoist(a: Analysis, body: (Statement | ModuleDeclaration)[]): void {
  for (const stmt of body) {
    let s: AnyNode = stmt;
    if ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration) s = s.declaration;
    if (s.type === 'FunctionDeclaration') {
      if (s.id) a.env.declare(s.id.name, localBinding(a, a.qualify(s.id.name), s));
    } else if (s.type === 'ClassDeclaration') {
      if (s.id) a.env.declare(s.id.name, { name: `local.${a.qualify(s.id.name)}` });
    } else if (s.type === 'ImportDeclaration') {
      declareImports(a, s);
    } else if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) {
        if (!d.init) continue;
        if (d.id.type === 'Identifier') hoistConst(a, d.id.name, d.init);
        else if (d.id.type === 'ObjectPattern' && isRequireLike(d.init)) hoistDestructured(a, d.id, d.init);
      }
    }
  }
  // Declared table decoders (`function D(i) { i = i - 0xeb; const t = T(); return t[i]; }`), once every
  // table function of the body is known: default javascript-obfuscator output puts the table last.
  for (const stmt of body) {
    if (stmt.type !== 'FunctionDeclaration' || !stmt.id) continue;
    const b = a.env.own(stmt.id.name);
    const decoder = b?.name !== undefined && !b.items ? decoderOf(a, stmt) : undefined;
    if (decoder) a.env.declare(stmt.id.name, { name: b?.name, decoder });
  }
}

/** `const cp = require('…')`, `const f = () => …`, `const obj = { run() {} }`: known before their line. */
function hoistConst(a: Analysis, name: string, init: AnyNode): void {
  if (isFunction(init)) {
    a.env.declare(name, localBinding(a, a.qualify(name), init));
  } else if (init.type === 'ObjectExpression') {
    const props = new Map<string, Binding>();
    for (const p of init.properties) {
      if (p.type !== 'Property' || p.computed || !isFunction(p.value)) continue;
      const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
      if (key !== undefined) props.set(key, localBinding(a, `${a.qualify(name)}.${key}`));
    }
    a.env.declare(name, { props });
  } else if (isRequireLike(init)) {
    const b = resolveStatic(a, init);
    if (b?.name !== undefined) a.env.declare(name, b);
  }
}

/** `const { exec } = require('child_process')`: plain renames only; nested patterns wait for their line. */
function hoistDestructured(a: Analysis, pattern: ObjectPattern, init: AnyNode): void {
  const base = resolveStatic(a, init);
  if (base?.name === undefined) return;
  for (const p of pattern.properties) {
    if (p.type !== 'Property' || p.computed || p.value.type !== 'Identifier') continue;
    const key = keyName(a, p.key, false);
    const b = key === undefined ? undefined : memberBinding(base, key);
    if (b) a.env.declare(p.value.name, b);
  }
}

function isRequireLike(node: AnyNode): boolean {
  let n = node;
  while (n.type === 'MemberExpression') n = n.object;
  return n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require';
}

/** @param qualified the class's qualified name when it comes from the context (`const Foo = class {}`) */
export function walkClass(a: Analysis, node: Class, qualified?: string): Binding {
  const id = node.id;
  if (id) noteIdentifier(a, id.name);
  const name = qualified ?? a.qualify(id?.name ?? '<class>');
  // `props` learns what the methods assign to `this.x`, for the other methods that read it.
  const self: Binding = { name: `local.${name}`, props: new Map() };
  if (id) a.env.declare(id.name, self);
  let base: string[] = [];
  if (node.superClass) {
    a.walk(node.superClass);
    base = [resolveStatic(a, node.superClass)?.name ?? a.text(node.superClass)];
  }
  const methods: string[] = [];
  const members = node.body.body;
  const keys = members.map((m) => (m.type === 'StaticBlock' ? undefined : (keyName(a, m.key, m.computed) ?? '<computed>')));
  members.forEach((m, i) => {
    if (m.type === 'MethodDefinition' || (m.type === 'PropertyDefinition' && isFunction(m.value))) a.localFunctions.add(`${name}.${keys[i]}`);
  });
  a.facts.addClass({ name, line: a.line(node), bases: base, methods });
  members.forEach((m, i) => {
    const key = keys[i] as string;
    if (m.type === 'StaticBlock') {
      const saved = a.thisBinding;
      a.thisBinding = self;
      for (const s of m.body) a.walk(s);
      a.thisBinding = saved;
      return;
    }
    if (m.computed) a.walk(m.key);
    if (m.type === 'MethodDefinition') {
      methods.push(key);
      walkFunction(a, m.value, `${name}.${key}`, self);
    } else if (isFunction(m.value)) {
      methods.push(key);
      walkFunction(a, m.value, `${name}.${key}`, self);
    } else if (m.value) {
      // Field initialisers run when an instance is constructed.
      const saved = { scope: a.scope, self: a.thisBinding };
      a.scope = `${name}.constructor`;
      a.thisBinding = self;
      a.walk(m.value);
      a.scope = saved.scope;
      a.thisBinding = saved.self;
    }
  });
  return self;
}

/**
 * An object literal. With an owner (`const obj = {…}`, `module.exports = {…}`) its methods are named
 * scopes (`obj.run`) and `self.props` learns its members; without one its functions are callbacks.
 */
export function visitObject(a: Analysis, node: ObjectExpression, owner?: string, self?: Binding): void {
  if (!a.enter()) return;
  const props = owner !== undefined ? self?.props : undefined;
  // Keys matter only for named objects; anonymous ones (the vast majority) skip computing them.
  const keys = owner === undefined ? undefined : node.properties.map((p) => (p.type === 'Property' ? keyName(a, p.key, p.computed) : undefined));
  if (keys) {
    node.properties.forEach((p, i) => {
      const key = keys[i];
      if (p.type === 'Property' && key !== undefined && isFunction(p.value)) props?.set(key, localBinding(a, `${owner}.${key}`));
    });
  }
  node.properties.forEach((p, i) => {
    if (p.type === 'SpreadElement') {
      a.walk(p.argument);
      return;
    }
    if (p.computed || p.key.type === 'Literal') a.walk(p.key);
    const key = keys?.[i];
    const v = p.value;
    if (isFunction(v)) {
      if (owner !== undefined && key !== undefined) walkFunction(a, v, `${owner}.${key}`, self);
      else walkFunction(a, v);
      return;
    }
    if (owner !== undefined && key !== undefined && v.type === 'ObjectExpression') {
      const nested: Binding = { props: new Map() };
      props?.set(key, nested);
      visitObject(a, v, `${owner}.${key}`, nested);
      return;
    }
    a.walk(v);
    if (props && key !== undefined && !props.has(key)) {
      const b = resolveStatic(a, v);
      if (b) props.set(key, b);
    }
  });
  a.leave();
}
