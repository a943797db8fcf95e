import type { ValueFact } from '../../model/index.js';
import type { FileAnalysis } from './analysis.js';
import type { Collector } from './collector.js';
import { isDecoder } from './codecs.js';
import { forwardedCalls } from './forwarded-calls.js';
import { asText, isStringish } from './folded.js';
import { marshalStrings } from './payloads.js';
import { pickleAsPython, picklesOnlyData } from './pickle-code.js';
import { oneVariableCall } from './refs.js';
import { calleeName } from './resolve.js';
import { nodeExpr, type Expr } from './exprs.js';
import type { PyNode } from './syntax.js';
import { recordPayload, valueFact, type ValueUse } from './values.js';

/** Calls that run their first argument as Python: exec and eval, and the library functions that do the same. */
const CODE_SINKS = new Set([
  'builtins.exec', 'builtins.eval', 'builtins.compile', 'timeit.timeit', 'timeit.repeat', 'timeit.Timer', 'cProfile.run', 'cProfile.runctx',
  'profile.run', 'profile.runctx', 'pdb.run', 'pdb.runeval', 'code.InteractiveConsole.push', 'code.InteractiveInterpreter.runsource',
]);
const PICKLE_LOADS = /^(pickle|_pickle|cPickle|dill|cloudpickle)\.loads$/;
const DYNAMIC_IMPORTS = new Set(['builtins.__import__', 'importlib.import_module', 'importlib.__import__']);

/** Pass two: every call, with its callee resolved and its arguments folded. */
export function collectCalls(a: FileAnalysis, out: Collector, nodes: PyNode[]): void {
  for (const node of nodes) {
    if (a.overBudget()) return;
    const parts = a.view(node);
    if (!parts) continue;
    const callee = calleeName(a, parts);
    const scope = a.scopes.at(node.start).label;
    const line = node.line;
    const decoder = isDecoder(callee);
    const sink = CODE_SINKS.has(callee);
    const use = (code: boolean): ValueUse => ({ line, scope, payload: !decoder, code });
    const args: ValueFact[] = parts.args.map((n, i) => valueFact(a, out, n, use(sink && i === 0)));
    for (const s of parts.splats) args.push({ text: a.source.slice(s.start, Math.min(s.end, s.start + 200)), refs: a.refs(s.start, s.end) });
    const kwargs: Record<string, ValueFact> = {};
    for (const [k, v] of parts.kwargs) kwargs[k] = valueFact(a, out, v, use(sink && k === 'source'));
    const call = { line, column: node.column, scope, text: node.text(200) };
    if (!out.addCall({ callee, args, kwargs, ...call })) return;
    for (const f of forwardedCalls(a, parts, callee, args, kwargs, call)) out.addCall(f);
    if (parts.execAt !== undefined) {
      const code: Expr = { start: parts.execAt, end: node.end, node: () => undefined };
      const arg = valueFact(a, out, code, { line, scope, payload: true, code: true });
      out.addCall({ callee: 'builtins.exec', args: [arg], kwargs: {}, line, column: node.column, scope, text: node.text(200) });
    }
    if (DYNAMIC_IMPORTS.has(callee)) {
      out.imports.push({ module: args[0]?.value ?? kwargs['name']?.value ?? '?', line, scope, dynamic: true });
    }
    if (callee === 'builtins.__import__') out.addRead('builtins.__import__', line, scope);
    decodedByCall(a, out, node, callee, parts.args[0], { line, scope, payload: true, code: false });
    if (callee.startsWith('local.')) edges(a, out, scope, callee.slice(6));
    else if (!callee.startsWith('?') && !callee.startsWith('builtins.')) objectRead(out, callee, line, scope, args[0]?.text);
    // Done with this call: its view (argument ranges and their caches, about 600 bytes) is rebuilt if
    // anything asks again, instead of all 100,000 views of a generated module staying until the end.
    node.view = undefined;
  }
}

/**
 * What a call itself decodes, wherever its value goes (`if sys.platform == ''.join(map(chr, …))`):
 * recorded as a payload and a string. `marshal.loads` shows the strings of the code object.
 */
function decodedByCall(a: FileAnalysis, out: Collector, node: PyNode, callee: string, arg: Expr | undefined, use: ValueUse): void {
  if (callee === 'marshal.loads') {
    const input = arg ? a.foldExpr(arg) : undefined;
    if (isStringish(input) && input.kind === 'bytes') {
      out.payloads.record(use.line, use.scope, marshalStrings(input.s), [...input.steps, 'marshal'], false);
    }
    return;
  }
  if (PICKLE_LOADS.test(callee)) {
    const input = arg ? a.foldExpr(arg) : undefined;
    if (!isStringish(input)) return;
    // What unpickling calls, as Python: analysed like code it would run (`os.system(…)` from a REDUCE).
    // A pickle that only rebuilds data (dicts, OrderedDict, datetime, arrays) is a data blob, not a payload.
    const code = pickleAsPython(input.s);
    if (code !== undefined && !picklesOnlyData(code)) out.payloads.record(use.line, use.scope, code, [...input.steps, 'pickle'], true);
    return;
  }
  const folded = a.fold(node);
  if (!isStringish(folded) || folded.steps.length === 0) return;
  const value = asText(folded);
  if (value === undefined) return;
  out.addString(value, use.line, use.scope);
  recordPayload(out, folded, value, use);
}

/** Reachability edges: `helper()` → `helper`, `self.run()` → `Class.run`, `Class()` → `Class.__init__`. */
function edges(a: FileAnalysis, out: Collector, scope: string, target: string): void {
  const cls = a.classes.get(target);
  if (!cls) {
    out.addEdge(scope, target);
    return;
  }
  for (const m of ['__init__', '__new__']) if (cls.methods.has(m)) out.addEdge(scope, `${target}.${m}`);
}

/** `os.environ.get(...)` (also written `__import__('os').environ.get(...)`) reads `os.environ`. */
function objectRead(out: Collector, callee: string, line: number, scope: string, firstArg: string | undefined): void {
  const dot = callee.lastIndexOf('.');
  const object = dot > 0 ? callee.slice(0, dot) : '';
  if (object === 'os.environ' && oneVariableCall(callee.slice(dot + 1), firstArg)) return;
  if (object.includes('.')) out.addRead(object, line, scope);
}

/** Python 2 `exec code [in globals]` is a call of exec. */
export function collectExecStatements(a: FileAnalysis, out: Collector, nodes: PyNode[]): void {
  for (const node of nodes) {
    if (a.overBudget()) return;
    const code = node.named[0];
    if (!code) continue;
    const scope = a.scopes.at(node.start).label;
    const arg = valueFact(a, out, nodeExpr(code), { line: node.line, scope, payload: true, code: true });
    out.addCall({ callee: 'builtins.exec', args: [arg], kwargs: {}, line: node.line, column: node.column, scope, text: node.text(200) });
  }
}

/**
 * `@atexit.register` without parentheses calls `atexit.register(f)` when the definition runs; the call
 * is reported with the decorated function as its argument. (`@deco(...)` is a call node already.)
 */
export function collectDecorators(a: FileAnalysis, out: Collector, nodes: PyNode[]): void {
  for (const node of nodes) {
    if (a.overBudget()) return;
    const expr = node.named[0];
    if (!expr || (expr.type !== 'identifier' && expr.type !== 'attribute')) continue;
    const callee = a.resolve(expr) ?? (expr.type === 'identifier' ? expr.text() : `?.${expr.named[1]?.text() ?? ''}`);
    if (callee.startsWith('builtins.')) continue; // @property, @staticmethod, @classmethod
    const target = a.scopes.firstFrom(node.end);
    const scope = a.scopes.at(node.start).label;
    const args: ValueFact[] = target ? [{ text: target.name, refs: [`local.${target.qname}`] }] : [];
    out.addCall({ callee, args, kwargs: {}, line: node.line, column: node.column, scope, text: node.text(200) });
  }
}
