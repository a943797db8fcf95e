import { bind, NO_REFS, type Binding } from './bindings.js';
import { MAX_REFS, type FileAnalysis } from './analysis.js';
import type { Collector } from './collector.js';
import type { ClassInfo } from './context.js';
import { nodeExpr, type Expr } from './exprs.js';
import { isStringish, joinSteps } from './folded.js';
import { headerList, parameterNames } from './headers.js';
import { parseImport } from './imports.js';
import { resolveName } from './resolve.js';
import { trimRange } from './scan.js';
import type { Scope } from './scopes.js';
import type { PyNode } from './syntax.js';
import { valueFact } from './values.js';

/** Pass one: what names stand for — imports, definitions, parameters, assignments. */

export function collectImports(a: FileAnalysis, out: Collector, nodes: PyNode[]): void {
  for (const node of nodes) {
    if (a.overBudget()) return;
    const scope = a.scopes.at(node.start);
    const parsed = parseImport(node.text(4000));
    for (const module of parsed.modules) out.imports.push({ module, line: node.line, scope: scope.label });
    for (const { name, path } of parsed.names) bind(scope, name, { kind: 'import', index: node.start, path, refs: NO_REFS });
    if (parsed.star && scope.bindingScope === a.scopes.module) a.starModules.push(parsed.star);
  }
}

/** Local functions and classes become `local.<qualified name>`; parameters hide outer names. */
export function collectDefinitions(a: FileAnalysis): void {
  for (const scope of a.scopes.scopes) {
    if (scope.kind !== 'function' && scope.kind !== 'class') continue;
    const owner = scope.parent as Scope;
    bind(owner, scope.name, { kind: 'def', index: scope.start, path: `local.${scope.qname}`, refs: NO_REFS });
    if (scope.kind === 'class') {
      a.classes.set(scope.qname, { scope, methods: new Set(), bases: [], attrs: new Map() });
    } else {
      scope.params = parameterNames(headerList(a.source, scope.nameEnd));
      for (const p of scope.params) bind(scope, p, { kind: 'unknown', index: scope.start, refs: NO_REFS });
      const cls = scope.methodOf;
      if (cls) a.classes.get(cls.qname)?.methods.add(scope.name);
    }
  }
  for (const info of a.classes.values()) info.bases = classBases(a, info);
}

const DOTTED = /^([A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*)((?:\s*\.\s*[A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*)*)$/;

/** Bases as written in the header, resolved when they are dotted names; keywords (`metaclass=`) skipped. */
function classBases(a: FileAnalysis, info: ClassInfo): string[] {
  const out: string[] = [];
  const at = info.scope.start;
  for (const part of headerList(a.source, info.scope.nameEnd)) {
    if (/^\*|^[\w\u00aa-\uffff]+\s*=[^=]/.test(part)) continue;
    const m = DOTTED.exec(part);
    const root = m ? resolveName(a, m[1] as string, at) : undefined;
    const attrs = m && m[2] ? (m[2] as string).split('.').slice(1).map((s) => s.trim()) : [];
    out.push(root !== undefined ? a.chain(root, attrs) : part.slice(0, 200));
  }
  return out;
}

/**
 * Assignments, `with … as x` and `for x in …`, in source order: module and class level first, then
 * function bodies, so that a function sees the module's final bindings.
 */
export function collectBindings(a: FileAnalysis, out: Collector, nodes: PyNode[]): void {
  const inFunction = (n: PyNode): boolean => a.scopes.at(n.start).functionScope !== undefined;
  for (const round of [false, true]) {
    for (const node of nodes) {
      if (inFunction(node) !== round) continue;
      if (a.overBudget()) return;
      if (node.type === 'for_statement') forTargets(a, node);
      else if (node.type === 'as_pattern') asPattern(a, node);
      else if (node.type === 'named_expression') walrus(a, out, node);
      else assignment(a, out, node);
    }
  }
}

/**
 * `(lambda _, __: getattr(_, __)(…))(__import__('os'), 'system')`: an immediately called lambda runs where
 * it stands, its parameters bound to the arguments, so its body resolves like straight-line code. The
 * bindings sit in the enclosing scope over the lambda's span (lambdas have no scope of their own here).
 */
export function collectLambdaArguments(a: FileAnalysis, out: Collector, calls: PyNode[]): void {
  for (const call of calls) {
    if (a.source.charCodeAt(call.start) !== 40 /* ( */) continue;
    const [fn, list] = call.named;
    const lambda = fn?.type === 'parenthesized_expression' ? fn.named[0] : undefined;
    if (lambda?.type !== 'lambda' || list?.type !== 'argument_list') continue;
    const params = lambda.named.find((k) => k.type === 'lambda_parameters')?.named ?? [];
    const args = list.named.filter((x) => x.type !== 'comment');
    const scope = a.scopes.at(lambda.start);
    for (let i = 0; i < params.length && i < args.length; i++) {
      const p = params[i] as PyNode;
      const arg = args[i] as PyNode;
      if (p.type !== 'identifier' || arg.type === 'keyword_argument' || arg.type === 'list_splat' || arg.type === 'dictionary_splat') break;
      const name = p.text();
      // After the lambda the name means what it meant before (`(lambda os: 0)(0); os.system(…)` is the module).
      const before = a.lookup(name, lambda.start);
      const builtin = resolveName(a, name, lambda.start);
      bindValue(a, out, scope, name, lambda, nodeExpr(arg));
      const after: Binding = before ? { ...before, index: lambda.end } : { kind: builtin ? 'import' : 'unknown', index: lambda.end, refs: NO_REFS, ...(builtin ? { path: builtin } : {}) };
      bind(scope, name, after);
    }
  }
}

const NAME = '[A-Za-z_\\u00aa-\\uffff][\\w\\u00aa-\\uffff]*';
/** `name = …`, `name: T = …`, `self.x = …`, `name += …` at the start of an assignment. */
const SIMPLE_TARGET = new RegExp(`(?:(self|cls)[ \\t]*\\.[ \\t]*)?(${NAME})[ \\t]*(?::[^=\\n]*)?(=(?!=)|[-+*/%&|^@]=|//=|\\*\\*=|<<=|>>=)`, 'y');
const CHAINED = new RegExp(`${NAME}[ \\t]*=(?!=)`, 'y');

function assignment(a: FileAnalysis, out: Collector, node: PyNode): void {
  const source = a.source;
  SIMPLE_TARGET.lastIndex = node.start;
  const m = SIMPLE_TARGET.exec(source);
  if (!m) return treeAssignment(a, out, node);
  let start = trimRange(source, node.start + m[0].length, node.end)[0];
  for (let guard = 0; guard < 100; guard++) {
    CHAINED.lastIndex = start;
    const c = CHAINED.exec(source);
    if (!c) break;
    start = trimRange(source, start + c[0].length, node.end)[0];
  }
  const right: Expr = { start, end: node.end, node: () => rightNode(node) };
  const scope = a.scopes.at(node.start);
  const name = m[2] as string;
  const op = m[3] as string;
  if (m[1]) selfAttribute(a, node.start, name, right);
  else if (op !== '=') augmented(a, scope, name, node, right, op);
  else bindValue(a, out, scope, name, node, right);
}

function rightNode(node: PyNode): PyNode | undefined {
  let right = node.named[node.named.length - 1];
  for (let guard = 0; right && right.type === 'assignment' && guard < 100; guard++) right = right.named[right.named.length - 1];
  return right;
}

/** Targets the text pattern does not cover (`a, b = …`, `x[i] = …`): names become unknown. */
function treeAssignment(a: FileAnalysis, out: Collector, node: PyNode): void {
  const left = node.named[0];
  if (left?.type === 'subscript') return moduleTableWrite(a, out, node, left);
  if (left?.type === 'attribute') return attributeWrite(a, out, node, left);
  if (!left || left.type === 'identifier') return;
  const scope = a.scopes.at(node.start);
  for (const target of left.named) {
    if (target.type === 'identifier') bind(scope, target.text(), { kind: 'unknown', index: node.start, refs: NO_REFS });
  }
}

/**
 * `sys.modules['requests'] = Proxy('requests')` decides what every later `import requests` gets: recorded as
 * the call it is, `sys.modules.__setitem__(key, value)`, so rules see which module is replaced and by what.
 */
function moduleTableWrite(a: FileAnalysis, out: Collector, node: PyNode, left: PyNode): void {
  const table = left.named[0];
  const key = left.named[1];
  const right = rightNode(node);
  if (!table || !key || !right || left.named.length !== 2 || a.resolve(table) !== 'sys.modules') return;
  const scope = a.scopes.at(node.start).label;
  const use = { line: node.line, scope, payload: false, code: false, members: false };
  const args = [key, right].map((n) => valueFact(a, out, nodeExpr(n), use));
  out.addCall({ callee: 'sys.modules.__setitem__', args, kwargs: {}, line: node.line, column: node.column, scope, text: node.text(200) });
}

/**
 * `Keypair.from_base58_string = staticmethod(_hooked)`: an imported module's or class's attribute replaced by
 * one of this file's functions, recorded as the call it amounts to, `setattr(Keypair, 'from_base58_string',
 * …)`, so the rules see both spellings of a hook alike. Other attribute writes (`obj.x = 1`) stay unrecorded.
 */
function attributeWrite(a: FileAnalysis, out: Collector, node: PyNode, left: PyNode): void {
  const [object, attr] = left.named;
  const right = rightNode(node);
  if (!object || attr?.type !== 'identifier' || !right || right === left) return;
  const target = a.resolve(object);
  if (target === undefined || target.startsWith('local.') || target.startsWith('<')) return;
  const scope = a.scopes.at(node.start).label;
  const use = { line: node.line, scope, payload: false, code: false, members: false };
  const value = valueFact(a, out, nodeExpr(right), use);
  if (!value.refs.some((r) => r.startsWith('local.'))) return;
  const name = attr.text();
  const args = [{ text: object.text(200), refs: [target] }, { text: `'${name}'`, value: name, refs: [] }, value];
  out.addCall({ callee: 'builtins.setattr', args, kwargs: {}, line: node.line, column: node.column, scope, text: node.text(200) });
}

function bindValue(a: FileAnalysis, out: Collector, scope: Scope, name: string, node: PyNode, right: Expr): void {
  // `try: import pyperclip / except ImportError: pyperclip = None`: the placeholder of an optional import has
  // no attributes, so every `pyperclip.paste()` means the module.
  if (a.source.slice(right.start, right.end) === 'None' && scope.bindingScope.bindings.get(name)?.some((b) => b.kind === 'import')) return;
  const use = { line: node.line, scope: scope.label, payload: true, code: false, members: false };
  const fact = valueFact(a, out, right, use);
  const binding: Binding = { kind: 'value', index: node.start, refs: fact.refs, expr: right };
  const path = a.resolveExpr(right);
  if (path !== undefined && !path.startsWith('<')) binding.path = path;
  const folded = a.foldExpr(right, undefined, true); // numbers too: `KEY = [104, 105]` feeds `bytes(KEY)`
  if (folded) binding.folded = folded;
  bind(scope, name, binding);
}

/** `if (o := __import__('os')):` binds `o` like an assignment. */
function walrus(a: FileAnalysis, out: Collector, node: PyNode): void {
  const [target, value] = node.named;
  if (target?.type !== 'identifier' || !value) return;
  bindValue(a, out, a.scopes.at(node.start), target.text(), node, nodeExpr(value));
}

function augmented(a: FileAnalysis, scope: Scope, name: string, node: PyNode, right: Expr, op: string): void {
  const before = a.lookup(name, node.start);
  const add = a.foldExpr(right);
  const binding: Binding = { kind: 'value', index: node.start, refs: [...(before?.refs ?? []), ...a.refs(right.start, right.end)] };
  const prev = before?.folded;
  if (op === '+=' && isStringish(prev) && isStringish(add) && prev.kind === add.kind && prev.s.length + add.s.length <= 1024 * 1024) {
    binding.folded = { kind: prev.kind, s: prev.s + add.s, steps: joinSteps(prev.steps, add.steps) };
  }
  bind(scope, name, binding);
}

/** `self.sock = socket.socket()` in a method: `self.sock.connect` resolves later. */
function selfAttribute(a: FileAnalysis, at: number, attr: string, right: Expr): void {
  const cls = a.scopes.at(at).functionScope?.methodOf;
  const info = cls ? a.classes.get(cls.qname) : undefined;
  if (!info) return;
  const path = a.resolveExpr(right);
  const binding: Binding = { kind: 'value', index: at, refs: a.refs(right.start, right.end) };
  if (path !== undefined && !path.startsWith('<')) binding.path = path;
  const previous = info.attrs.get(attr);
  if (previous && previous.path !== binding.path) delete binding.path; // assigned different things
  // Assigned in several places (`self.key = environ.get('K')` … `else: self.key = 'empty'`): the attribute may
  // hold any of them, so it keeps what each was computed from.
  if (previous && previous.refs.length > 0) binding.refs = [...new Set([...previous.refs, ...binding.refs])].slice(0, MAX_REFS);
  info.attrs.set(attr, binding);
}

/**
 * `for k, v in os.environ.items():` binds the loop names to unknown values computed from what is iterated, so
 * `s += v` … `requests.get(URL + b64encode(s))` still shows that the request carries the environment. A loop
 * whose body tests a loop name (`if k.startswith('APP_'):`) selects, and its names carry nothing.
 */
function forTargets(a: FileAnalysis, node: PyNode): void {
  const loop = loopNames(node);
  if (!loop) return;
  const scope = a.scopes.at(node.start);
  const iterated = node.named[1];
  let refs = iterated && iterated.type !== 'block' ? a.refs(iterated.start, iterated.end) : NO_REFS;
  // A loop that picks (`if key.startswith('APP_'):`) passes on a selection, not everything it iterates.
  if (refs.length > 0) {
    const body = node.text(4000).slice(loop.headerLength);
    if (loop.names.some((n) => new RegExp(`\\bif\\b[^\\n]*\\b${n}\\b`).test(body))) refs = NO_REFS;
  }
  for (const name of loop.names) bind(scope, name, { kind: 'unknown', index: node.start, refs: refs.length > 0 ? refs : NO_REFS });
}

/** The names a `for` statement binds (`for k, (a, b) in …:` → k, a, b) and the length of its header up to `in`. */
export function loopNames(node: PyNode): { names: string[]; headerLength: number } | undefined {
  const m = /^(?:async\s+)?for\s+([^:]+?)\s+in\b/.exec(node.text(300));
  if (!m) return undefined;
  return { names: (m[1] as string).match(/[A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*/g) ?? [], headerLength: m[0].length };
}

/** `with socket.socket() as s:` binds `s` like an assignment; `except E as e` binds an unknown. */
function asPattern(a: FileAnalysis, node: PyNode): void {
  const kids = node.named;
  const value = kids[0];
  const target = kids[kids.length - 1];
  if (!value || !target || kids.length < 2) return;
  const name = /^[A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*$/.exec(target.text(100).trim())?.[0];
  if (!name) return;
  const scope = a.scopes.at(node.start);
  const binding: Binding = { kind: 'value', index: node.start, refs: a.refs(value.start, value.end) };
  const path = value.type === 'call' ? a.resolve(value) : undefined;
  if (path !== undefined && !path.startsWith('<')) binding.path = path;
  bind(scope, name, binding);
}
