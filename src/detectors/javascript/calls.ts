import type { CallExpression, Expression, Function as FunctionNode, MemberExpression, NewExpression, Node, SpreadElement } from 'acorn';
import type { CallFact, ValueFact } from '../../model/facts.js';
import { MODULE_INSTANCE, REQUIRE, REQUIRE_NAMES, isConstructorName, isSilentRequestMethod, madeBy, moduleBinding, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { namesFunctions, walkInit } from './declarations.js';
import { foldPrimitive, foldString } from './fold.js';
import { hoist, isFunction, visitObject, walkFunction } from './functions.js';
import { visitIdentifier, visitMember, visitRoot } from './members.js';
import { addImport } from './modules.js';
import { applyRotation } from './obfuscation.js';
import { recordDecoded } from './payloads.js';
import { globalFromFunction, internalBinding, propertyKey, reflectGet, requireTarget, resolveStatic, unresolvedCallee } from './resolve.js';
import { walkValue } from './values.js';
import { WRITES } from '../dropped-code.js';
import { workerEvaluatesCode } from '../shared/capabilities.js';

/**
 * Calls: the callee resolved to a dotted name, arguments as values, `require` as an import, IIFEs as
 * part of the enclosing scope, and code handed to eval-like sinks decoded and analysed.
 */
const MAX_ARGS = 16;
/** JavaScript has no keyword arguments: one shared, frozen empty record. */
const NO_KWARGS: Record<string, ValueFact> = Object.freeze({});

/** Calls whose third argument is a property descriptor. */
const DEFINES_PROPERTY = new Set(['global.Object.defineProperty', 'global.Reflect.defineProperty']);

/** Calls that copy the properties of their object arguments into the first and return it. */
const MERGES = /^(global\.Object\.assign|local\.(__assign|_extends|_objectSpread2?|__spreadValues)|(lodash|underscore)\.(assign|assignIn|extend|merge|defaults)|(object-assign|extend|xtend|deepmerge)(\.\w+)?)$/;

function mergesObjects(name: string | undefined): boolean {
  return name !== undefined && MERGES.test(name);
}

/** Where eval-like callees take their code: an argument index, or -1 for the last one. */
const CODE_SINKS = new Map<string, number>([
  ['global.eval', 0],
  ['global.execScript', 0],
  ['global.Function', -1],
  ['global.setTimeout', 0],
  ['global.setInterval', 0],
  ['global.setImmediate', 0],
  ['vm.runInNewContext', 0],
  ['vm.runInThisContext', 0],
  ['vm.runInContext', 0],
  ['vm.compileFunction', 0],
  ['vm.Script', 0],
  ['vm.SourceTextModule', 0],
  ['module._compile', 0],
  ['?._compile', 0],
]);

/** `(function(){…})()`, `(() => …)()`, `(function(){…}).call(this)`, `new function(){…}`. */
function iife(node: CallExpression | NewExpression, a: Analysis): { fn: FunctionNode; shift: number } | undefined {
  const callee = node.callee;
  if (isFunction(callee)) return { fn: callee, shift: 0 };
  if (callee.type === 'MemberExpression' && isFunction(callee.object)) {
    const key = propertyKey(a, callee);
    if (key === 'call' || key === 'apply') return { fn: callee.object, shift: 1 };
  }
  return undefined;
}

export function handleCall(a: Analysis, node: CallExpression | NewExpression): Binding | undefined {
  if (!a.enter()) return undefined;
  const result = call(a, node);
  a.leave();
  return result;
}

function call(a: Analysis, node: CallExpression | NewExpression): Binding | undefined {
  const immediate = iife(node, a);
  if (immediate) {
    walkIife(a, node, immediate.fn, immediate.shift);
    return undefined;
  }
  const callee = node.callee;
  let b: Binding | undefined;
  if (callee.type === 'MemberExpression') b = visitMember(a, callee);
  else if (callee.type === 'Identifier') b = visitIdentifier(a, callee);
  else if (callee.type !== 'Super') b = visitRoot(a, callee);
  let name = b?.name;
  // `__name(fn, "fn")` names a function (keep-names builds): it defines a property, it does not run `fn`.
  if (name?.startsWith('local.') && node.arguments.length === 2 && node.arguments[1]?.type === 'Literal' && namesFunctions(b)) name = 'global.Object.defineProperty';
  // An rc4 table's entries are unreadable until each call decrypts one with its key: record what it gives,
  // as the entries of plain and base64 tables are recorded.
  if (b?.decoder?.rc4 && node.type === 'CallExpression') {
    const v = foldPrimitive(a, node);
    if (typeof v?.value === 'string' && v.value.length >= 4) a.facts.addString(v.value, a.line(node), a.scope);
  }
  if (node.type === 'CallExpression' && name !== undefined && REQUIRE_NAMES.has(name)) {
    for (let i = 0; i < node.arguments.length; i++) a.walk(node.arguments[i]);
    const target = requireTarget(a, node);
    if (!target) return undefined;
    addImport(a, node, target.module, !target.resolved);
    if (target.resolved && target.dynamic) a.facts.addString(target.module, a.line(node), a.scope);
    return target.resolved ? moduleBinding(target.module) : undefined;
  }
  if (name === 'module.createRequire') {
    for (const x of node.arguments) a.walk(x);
    return REQUIRE;
  }
  let argNodes: (Expression | SpreadElement)[] = node.arguments;
  let args: ValueFact[] = [];
  // A handler whose first parameter is known: what a peer sent (argument 1), or an imported module (argument 0).
  const peer = peerDataHandler(a, name, node);
  const handler = peer ? { at: 1, param: peer } : importedModuleHandler(a, callee);
  const writes = WRITES.test(name ?? (callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : ''));
  for (let i = 0; i < argNodes.length; i++) {
    const x = argNodes[i] as Expression | SpreadElement;
    if (i >= MAX_ARGS) {
      a.walk(x);
      continue;
    }
    if (i > 0 && x.type === 'ObjectExpression' && mergesObjects(name)) {
      // `Object.assign(Object.assign({}, base), { async openBrowser() { … } })`, TypeScript's `__assign`: the
      // methods become the merged object's, run when it is called on, not where they are listed. With a
      // target named (`Object.assign(module.exports, { run() { … } })`), they are that target's.
      const into = argNodes[0]?.type === 'Identifier' || argNodes[0]?.type === 'MemberExpression' ? a.text(argNodes[0]) : 'merged';
      visitObject(a, x, a.qualify(into), { props: new Map() });
      args.push({ text: a.text(x), refs: [] });
    } else if (i === 2 && x.type === 'ObjectExpression' && DEFINES_PROPERTY.has(name ?? '')) {
      // `Object.defineProperty(exports, "autoUpdater", { get: function () { … } })`: the accessor runs when the
      // property is read, not where it is defined (TypeScript's re-exports define one per name).
      const key = argNodes[1]?.type === 'Literal' ? String(argNodes[1].value) : 'property';
      visitObject(a, x, a.qualify(key), { props: new Map() });
      args.push({ text: a.text(x), refs: [] });
    } else if (handler && i === handler.at && isFunction(x)) {
      walkFunction(a, x, undefined, undefined, [handler.param]);
      args.push({ text: a.text(x), refs: [] });
    } else args.push(walkValue(a, x, 0, writes));
  }
  // `Reflect.apply(f, self, [x])` is a call of f.
  if (name === 'global.Reflect.apply' && node.type === 'CallExpression') {
    const target = argNodes[0];
    const fn = target && target.type !== 'SpreadElement' ? resolveStatic(a, target)?.name : undefined;
    if (fn !== undefined) {
      const list = argNodes[2];
      name = fn;
      args = args[2]?.items ?? [];
      argNodes = list?.type === 'ArrayExpression' ? (list.elements.filter((e) => e !== null) as (Expression | SpreadElement)[]) : [];
      if (name.startsWith('local.')) a.addEdge(name);
    }
  }
  // `f.call(self, x)` and `f.apply(self, [x])` are calls of f.
  if (name !== undefined && name !== 'global.Reflect.apply' && callee.type === 'MemberExpression' && (name.endsWith('.call') || name.endsWith('.apply'))) {
    const key = propertyKey(a, callee);
    name = name.slice(0, name.length - (key === 'call' ? 5 : 6));
    if (key === 'call') {
      argNodes = argNodes.slice(1);
      args = args.slice(1);
    } else {
      const list = argNodes[1];
      args = args[1]?.items ?? [];
      argNodes = list?.type === 'ArrayExpression' ? (list.elements.filter((e) => e !== null) as (Expression | SpreadElement)[]) : [];
    }
    if (name.startsWith('local.')) a.addEdge(name);
  }
  if (name !== undefined && isSilentRequestMethod(name, args.length)) name = undefined;
  if (callee.type === 'MemberExpression' && moduleInstanceMethod(a, callee, name)) name = 'module._compile';
  const calleeName = name ?? unresolvedCallee(a, callee);
  // Sinks are resolved names, and one method on an unknown object (`?._compile`).
  const sink = name !== undefined || calleeName === '?._compile' ? (CODE_SINKS.get(calleeName) ?? (workerEvaluatesCode(calleeName, args[1]) ? 0 : undefined)) : undefined;
  if (sink !== undefined) {
    // Folded again here: sinks are rare, and the walk keeps no fold results.
    const at = argNodes[sink < 0 ? argNodes.length - 1 : sink];
    const code = at && at.type !== 'SpreadElement' ? foldString(a, at) : undefined;
    if (code && at) recordDecoded(a, at, code.value, code.steps, true);
  }
  const line = a.line(node);
  const fact: CallFact = { callee: calleeName, args, kwargs: NO_KWARGS, line, column: a.column(node, line), scope: a.scope, text: a.text(node) };
  if (node.type === 'NewExpression') fact.isNew = true;
  a.facts.addCall(fact);
  if (calleeName.endsWith('.then') && callee.type === 'MemberExpression') handedToSink(a, callee, argNodes[0], fact);
  if (name === undefined) return node.type === 'CallExpression' ? globalFromFunction(a, node) : undefined;
  if (node.type === 'NewExpression') return isConstructorName(name) ? b : undefined;
  return reflectGet(a, name, node) ?? internalBinding(name, args[0]?.value) ?? madeBy(name);
}

/**
 * `fetch(u).then((r) => r.text()).then(eval)`: an eval-like function handed to a promise runs what the promise
 * gives. Recorded as that call, its code being the promise (named after what made it, `global.fetch`).
 */
function handedToSink(a: Analysis, then: MemberExpression, handed: Expression | SpreadElement | undefined, fact: CallFact): void {
  if (!handed || (handed.type !== 'Identifier' && handed.type !== 'MemberExpression')) return;
  const sink = resolveStatic(a, handed)?.name;
  if (sink === undefined || !CODE_SINKS.has(sink)) return;
  // The promise chain's first call: `fetch(u)` of `fetch(u).then((r) => r.text())`.
  let first = then.object;
  while (first.type === 'CallExpression' && first.callee.type === 'MemberExpression' && first.callee.object.type === 'CallExpression') first = first.callee.object;
  const made = first.type === 'CallExpression' && first.callee.type !== 'Super' ? resolveStatic(a, first.callee)?.name : undefined;
  a.facts.addCall({ ...fact, callee: sink, args: [{ text: a.text(then.object).slice(0, 200), refs: made ? [made] : [] }] });
}

/**
 * `m._compile(code)` on such a module object, or any method of it under a name the analysis cannot fold
 * (`m[e(n[7])](code, '')`, event-stream's loader): both run the text they are given as a module.
 */
function moduleInstanceMethod(a: Analysis, callee: MemberExpression, name: string | undefined): boolean {
  if (name !== undefined && name !== 'module.Module._compile') return false;
  if (resolveStatic(a, callee.object)?.name !== MODULE_INSTANCE.name) return false;
  const key = propertyKey(a, callee);
  return key === undefined || key === '_compile';
}

/** Objects whose `message`/`data` events carry what a remote peer sent. */
const PEER_OBJECTS = /^(ws|ws\.\w+|global\.WebSocket|net\.Socket|tls\.TLSSocket|dgram\.Socket|socket\.io-client(\.\w+)?)$/;
const LISTEN_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'addEventListener']);

/**
 * `ws.on('message', (m) => …)`, `socket.on('data', (d) => …)`: the handler's first parameter is what the peer
 * sent, so it is bound to a network name (`ws.message`) that flows into whatever the handler does with it —
 * `eval(m)` is code from the network, not code built at run time.
 */
function peerDataHandler(a: Analysis, name: string | undefined, node: CallExpression | NewExpression): Binding | undefined {
  const dot = name?.lastIndexOf('.') ?? -1;
  if (name === undefined || dot < 0 || !LISTEN_METHODS.has(name.slice(dot + 1))) return undefined;
  const object = name.slice(0, dot);
  if (!PEER_OBJECTS.test(object)) return undefined;
  const first = node.arguments[0];
  const event = first && first.type !== 'SpreadElement' ? foldString(a, first)?.value : undefined;
  if (event === undefined) return undefined;
  if (event === 'message' || event === 'data') return { refs: [`${object}.${event}`] };
  // socket.io delivers the peer's own events under names it chose (`socket.on('command', (m) => …)`).
  return object.startsWith('socket.io-client') && !SOCKET_IO_RESERVED.has(event) ? { refs: [`${object}.${event}`] } : undefined;
}

/** `import('child_process').then((cp) => …)`: the handler's parameter is the module. */
function importedModuleHandler(a: Analysis, callee: Node): { at: number; param: Binding } | undefined {
  if (callee.type !== 'MemberExpression') return undefined;
  const member = callee as MemberExpression;
  // The cheap test first: every member call of every file passes here.
  if (member.object.type !== 'ImportExpression' || propertyKey(a, member) !== 'then') return undefined;
  const spec = foldString(a, member.object.source);
  return spec ? { at: 0, param: moduleBinding(spec.value) } : undefined;
}

/** socket.io client events raised by the library itself, not sent by the peer. */
const SOCKET_IO_RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'error', 'ping', 'reconnect', 'reconnect_attempt', 'reconnect_error', 'reconnect_failed', 'newListener', 'removeListener']);

/** An IIFE runs where it stands: its body belongs to the enclosing scope; its parameters get the arguments. */
function walkIife(a: Analysis, node: CallExpression | NewExpression, fn: FunctionNode, shift: number): void {
  const bindings: (Binding | undefined)[] = [];
  node.arguments.forEach((x, i) => {
    let b: Binding | undefined;
    if (x.type === 'SpreadElement') a.walk(x);
    else if (isFunction(x)) walkFunction(a, x);
    else b = walkInit(a, x);
    if (i >= shift) bindings.push(b);
  });
  applyRotation(a, fn, node.arguments.slice(shift), (body) => hoist(a, body.body));
  const self = shift > 0 && node.arguments[0]?.type === 'ThisExpression' ? a.thisBinding : undefined;
  walkFunction(a, fn, undefined, self, bindings);
}
