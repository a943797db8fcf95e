import type { AnyNode, AssignmentExpression, Expression, MemberExpression, VariableDeclaration } from 'acorn';
import { UNKNOWN, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { foldBytes } from './fold-bytes.js';
import { foldArray, foldPrimitive, mergeSteps, type Folded } from './fold.js';
import { isFunction, localBinding, visitObject, walkClass, walkFunction } from './functions.js';
import { visitMember } from './members.js';
import { decoderOf } from './obfuscation.js';
import { bindPattern } from './patterns.js';
import { propertyKey, resolveStatic } from './resolve.js';
import { noteFolded } from './values.js';
import { JS_FUNCTION_WRAPPERS } from '../shared/function-wrappers.js';

/**
 * Declarations and assignments: what a name holds after `const x = …` / `x = …` / `x += …`, and the
 * scope names of functions assigned to names (`const f = () => …`, `module.exports = function …`).
 */
export function walkVariableDeclaration(a: Analysis, node: VariableDeclaration): void {
  for (const d of node.declarations) {
    const init = d.init;
    if (d.id.type === 'Identifier') {
      const name = d.id.name;
      bindPattern(a, d.id, a.env.own(name));
      if (init) declareEarly(a, name, init);
      if (init) a.env.declare(name, bindValue(a, name, init));
      else if (a.env.own(name) === undefined) a.env.declare(name, UNKNOWN);
    } else {
      bindPattern(a, d.id, init ? walkInit(a, init) : undefined);
    }
  }
}

/**
 * `const c = net.connect(port, host, () => c.write(data))`: the callback uses the name before the call
 * returns, so it is bound to what the call makes (`net.Socket`) before the call is walked.
 */
function declareEarly(a: Analysis, name: string, init: Expression): void {
  if ((init.type !== 'CallExpression' && init.type !== 'NewExpression') || !init.arguments.some((x) => isFunction(x))) return;
  const made = resolveStatic(a, init);
  if (made?.name !== undefined && !made.name.startsWith('local.')) a.env.declare(name, made);
}

/** Walks the value assigned to `name` and returns what `name` then holds. */
export function bindValue(a: Analysis, name: string, given: Expression): Binding {
  const init = keptName(a, given, name) ?? given;
  if (isFunction(init)) {
    // A table function replacing itself with a getter of its own table (tableFunctionItems) stays the table.
    const prior = a.env.lookup(name);
    if (prior?.items && prior.name?.startsWith('local.') && init.params.length === 0) {
      walkFunction(a, init, a.qualify(name));
      return prior;
    }
    const qualified = a.qualify(name);
    const b = localBinding(a, qualified, init);
    a.env.assign(name, b);
    walkFunction(a, init, qualified);
    const decoder = decoderOf(a, init);
    return decoder ? { name: b.name, decoder } : b;
  }
  if (init.type === 'ClassExpression') return walkClass(a, init, a.qualify(name));
  if (init.type === 'ObjectExpression') {
    const hoisted = a.env.own(name);
    const self: Binding = hoisted?.props && !hoisted.name ? hoisted : { props: new Map() };
    a.env.assign(name, self);
    visitObject(a, init, a.qualify(name), self);
    return self;
  }
  return walkInit(a, init) ?? UNKNOWN;
}

/**
 * `__name(() => …, "resolve")`: esbuild's keep-names helper sets the function's `name` and returns it
 * (`var __name = (target, value) => __defProp(target, "name", { value, configurable: true })`). The function
 * is the value assigned, not a callback run where it stands. Only a helper of that shape is looked through.
 */
function keptName(a: Analysis, e: Expression, name?: string): Expression | undefined {
  const wrapped = wrappedFunction(a, e, name);
  if (wrapped) return wrapped;
  if (e.type !== 'CallExpression' || e.callee.type !== 'Identifier' || e.arguments.length !== 2) return undefined;
  const [target, label] = e.arguments;
  if (!target || (!isFunction(target) && target.type !== 'ClassExpression') || label?.type !== 'Literal' || typeof label.value !== 'string') return undefined;
  return namesFunctions(a.env.lookup(e.callee.name)) ? target : undefined;
}

/**
 * `const username = memoize(async () => …)`: the function a wrapper library (JS_FUNCTION_WRAPPERS) returns is
 * the function it wraps, run when it is called, not where it stands. A bundle inlines such libraries under
 * names of its own (`fh = (0, Kc.default)(async (e) => …)`, fast-memoize): there, a call of a package's own
 * function whose result the file calls in turn (`fh(opts)`) made a function, the one it was handed. A call
 * of a known API (`setTimeout`, `child_process.exec`) is never taken for a wrapper by that sign.
 */
function wrappedFunction(a: Analysis, e: Expression, name: string | undefined): Expression | undefined {
  if (e.type !== 'CallExpression' || e.arguments.length === 0) return undefined;
  const target = e.arguments[0];
  if (!target || target.type === 'SpreadElement' || !isFunction(target)) return undefined;
  const c = e.callee;
  const named = c.type === 'Identifier' || c.type === 'MemberExpression' || c.type === 'SequenceExpression';
  const callee = named ? resolveStatic(a, c)?.name : undefined;
  if (callee !== undefined && JS_FUNCTION_WRAPPERS.test(callee)) return target;
  const own = named && (callee === undefined || callee.startsWith('local.'));
  return own && name !== undefined && a.isCalledName(name) ? target : undefined;
}

/** Whether a helper is the keep-names one: its whole body defines the `name` property of its argument (see keptName). */
export function namesFunctions(b: Binding | undefined): boolean {
  const body = b?.inline?.body;
  const key = body?.type === 'CallExpression' ? body.arguments[1] : undefined;
  return key?.type === 'Literal' && key.value === 'name';
}

/** Walks an initialiser, collecting the names it uses, and returns what it evaluates to. */
export function walkInit(a: Analysis, init: Expression): Binding | undefined {
  const outer = a.collecting;
  const mark = a.beginRefs();
  a.collecting = true;
  a.walk(init);
  a.collecting = outer;
  return bindingOf(a, init, a.endRefs(mark, outer));
}

function bindingOf(a: Analysis, init: Expression, refs: string[] | undefined): Binding | undefined {
  const t = init.type;
  if (t === 'Identifier' || t === 'MemberExpression' || t === 'CallExpression' || t === 'NewExpression' || t === 'AwaitExpression' || t === 'SequenceExpression' || t === 'LogicalExpression' || t === 'ThisExpression') {
    const r = resolveStatic(a, init);
    if (r && (r.name !== undefined || r.props || r.items || r.bytes || r.value !== undefined || r.num !== undefined)) return r;
  }
  const p = foldPrimitive(a, init);
  if (p) {
    if (typeof p.value === 'number') return { num: p.value };
    noteFolded(a, init, p as Folded);
    return { value: p.value, steps: p.steps };
  }
  if (t === 'ArrayExpression' || t === 'CallExpression') {
    const arr = foldArray(a, init);
    if (arr) return { items: arr.items, steps: arr.steps };
  }
  if (t === 'CallExpression' || t === 'NewExpression') {
    const bytes = foldBytes(a, init);
    if (bytes) return { bytes: bytes.bytes, steps: bytes.steps };
  }
  return refs ? { refs } : undefined;
}

export function walkAssignment(a: Analysis, node: AssignmentExpression): void {
  const { left, right } = node;
  if (left.type === 'Identifier') {
    bindPattern(a, left, a.env.lookup(left.name), false);
    if (node.operator === '=') a.env.assign(left.name, bindValue(a, left.name, right));
    else if (node.operator === '+=') a.env.assign(left.name, appended(a, a.env.lookup(left.name), right));
    else if (node.operator === '||=' || node.operator === '??=' || node.operator === '&&=') a.walk(right);
    else {
      a.walk(right);
      a.env.assign(left.name, UNKNOWN);
    }
    return;
  }
  if (left.type === 'MemberExpression') {
    assignMember(a, left, right, node.operator);
    return;
  }
  bindPattern(a, left, walkInit(a, right), false);
}

/** `s += '…'`: string building, one piece at a time. */
function appended(a: Analysis, prev: Binding | undefined, right: Expression): Binding {
  const b = walkInit(a, right);
  const r = foldPrimitive(a, right);
  if (prev?.value !== undefined && r) {
    const value = prev.value + String(r.value);
    const steps = mergeSteps(prev.steps ?? [], r.steps);
    noteFolded(a, right, { value, steps: [], assembled: true });
    return { value, steps };
  }
  const refs = [...(prev?.refs ?? []), ...(b?.refs ?? [])];
  return refs.length > 0 ? { refs } : UNKNOWN;
}

function assignMember(a: Analysis, left: MemberExpression, right: Expression, operator: string): void {
  const path = operator === '=' ? assignedPath(a, left) : undefined;
  const object = left.object;
  const target = object.type === 'Identifier' ? a.env.lookup(object.name) : object.type === 'ThisExpression' ? a.thisBinding : undefined;
  const key = target?.props ? propertyKey(a, left) : undefined;
  let value: Binding | undefined;
  right = keptName(a, right) ?? right;
  if (path !== undefined && isFunction(right)) {
    value = localBinding(a, path.name);
    walkFunction(a, right, path.name, path.self);
  } else if (path !== undefined && right.type === 'ObjectExpression') {
    value = { props: new Map() };
    visitObject(a, right, path.name, value);
  } else if (path !== undefined && right.type === 'ClassExpression') {
    value = walkClass(a, right, path.name);
  } else {
    value = walkInit(a, right);
  }
  if (key !== undefined) target?.props?.set(key, value ?? UNKNOWN);
  // A field's value travels with the object too (`o.token = process.env.NPM_TOKEN; send(o)`); a method of the
  // file under a constant key (`api.run = function …`) only with what it was computed from.
  if (target?.props && !target.name && value) store(target, key === undefined || !value.name?.startsWith('local.') ? value : { refs: value.refs ?? [] });
  if (operator === '=' && value?.name !== undefined && !target) storeGlobal(a, left, value);
  visitMember(a, left);
  if (path !== undefined && (isFunction(right) || right.type === 'ClassExpression')) recordHook(a, left, path.name);
}

const MAX_STORED = 32;

/** `out[p] = fs.readFileSync(p)`: what is stored in an object after its literal stays a ref of the object. */
function store(target: Binding & { stored?: string[] }, value: Binding): void {
  const names = value.name !== undefined ? [value.name, ...(value.refs ?? [])] : (value.refs ?? []);
  if (names.length === 0) return;
  const stored = (target.stored ??= []);
  for (const n of names) if (stored.length < MAX_STORED && !stored.includes(n)) stored.push(n);
}

/** `global['r'] = require`, `globalThis.x = eval`: the global property stands for that binding from now on. */
function storeGlobal(a: Analysis, left: MemberExpression, value: Binding): void {
  if (resolveStatic(a, left.object)?.name !== 'global') return;
  const key = propertyKey(a, left);
  if (key !== undefined) a.globalAliases.set(`global.${key}`, value);
}

/**
 * `web3.Keypair.fromSecretKey = function (k) { … }`: a required module's member replaced by a function of
 * this file, recorded as the call it amounts to, `Reflect.set(web3.Keypair, 'fromSecretKey', …)`, as Python's
 * `X.y = f` is recorded as `setattr` (code/function-hooks.ts reads both).
 */
function recordHook(a: Analysis, left: MemberExpression, hook: string): void {
  const owner = resolveStatic(a, left.object);
  const key = propertyKey(a, left);
  if (!owner?.fromModule || owner.name === undefined || key === undefined) return;
  const line = a.line(left);
  const args = [{ text: a.text(left.object), refs: [owner.name] }, { text: `'${key}'`, value: key, refs: [] }, { text: hook, refs: [`local.${hook}`] }];
  a.facts.addCall({ callee: 'global.Reflect.set', args, kwargs: {}, line, column: a.column(left, line), scope: a.scope, text: a.text(left.object) + '.' + key + ' = …' });
}

/**
 * The qualified scope name of what is assigned to a member: `module.exports`, `exports.run`,
 * `obj.handler`; `Foo.prototype.bar` is the method `Foo.bar` (and `this` inside it is a `Foo`);
 * `this.x` in a method of `Foo` is `Foo.x`.
 */
function assignedPath(a: Analysis, left: MemberExpression): { name: string; self?: Binding } | undefined {
  const parts: string[] = [];
  let cur: AnyNode = left;
  let prototype = false;
  while (cur.type === 'MemberExpression') {
    if (parts.length > 8) return undefined;
    const key = propertyKey(a, cur);
    if (key === undefined) return undefined;
    if (key === 'prototype') prototype = true;
    else parts.unshift(key);
    cur = cur.object;
  }
  if (cur.type === 'ThisExpression') {
    const self = a.thisBinding?.name;
    return self?.startsWith('local.') ? { name: [self.slice(6), ...parts].join('.'), self: a.thisBinding } : undefined;
  }
  if (cur.type !== 'Identifier') return undefined;
  const root = cur.name;
  if (!prototype) return { name: a.qualify([root, ...parts].join('.')) };
  // `Foo.prototype = {…}` names the methods `Foo.x`; `Foo.prototype.bar = …` is `Foo.bar`.
  const whole = propertyKey(a, left) === 'prototype';
  const ownerParts = whole ? parts.slice(1) : parts.slice(1, -1);
  const bound = a.env.lookup(root)?.name;
  const ownerRoot = bound?.startsWith('local.') ? bound.slice(6) : a.qualify(root);
  const owner = [ownerRoot, ...ownerParts].join('.');
  return { name: whole ? owner : `${owner}.${parts[parts.length - 1] ?? ''}`, self: { name: `local.${owner}` } };
}
