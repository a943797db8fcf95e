import type { CallFact, ValueFact } from '../../model/index.js';
import { capabilityOf } from '../shared/capabilities.js';
import type { FileAnalysis } from './analysis.js';
import type { CallView } from './callview.js';

/**
 * Where a caller that calls what it is handed finds the function and its arguments: a position or keyword
 * for the function, then either the rest of the positional arguments (`rest`) or the items of one argument
 * (`items`, a position or keyword). `each` calls the function once per item (`map`).
 */
interface Invoker {
  fn: number | string;
  fnAt?: number;
  rest?: number;
  items?: { at?: number; kw?: string };
  each?: boolean;
}

const INVOKERS = new Map<string, Invoker>(Object.entries({
  'atexit.register': { fn: 0, rest: 1 },
  'functools.partial': { fn: 0, rest: 1 },
  'weakref.finalize': { fn: 1, rest: 2 },
  'builtins.map': { fn: 0, items: { at: 1 }, each: true },
  'builtins.apply': { fn: 0, items: { at: 1 } },
  'threading.Timer': { fn: 'function', fnAt: 1, items: { at: 2, kw: 'args' } },
  'threading.Thread': { fn: 'target', fnAt: 1, items: { at: 3, kw: 'args' } },
  'multiprocessing.Process': { fn: 'target', fnAt: 1, items: { at: 3, kw: 'args' } },
  '?.submit': { fn: 0, rest: 1 },
  '?.run_in_executor': { fn: 1, rest: 2 },
  '?.call_soon': { fn: 0, rest: 1 },
  '?.call_later': { fn: 1, rest: 2 },
}));

/** A setuptools/distutils command's `self.execute(func, args)` (inherited from Command): calls func(*args). */
const COMMAND_EXECUTE = /^(setuptools|distutils)\.[\w.]*\.execute$/;
const EXECUTE: Invoker = { fn: 0, items: { at: 1, kw: 'args' } };

const MAX_EACH = 4;

/**
 * `atexit.register(os.system, cmd)`, `threading.Timer(1, os.system, [cmd])`, `functools.partial(os.system,
 * cmd)()`, `list(map(os.system, [cmd]))`, a setup command's `self.execute(os.system, (cmd,))`: the handed
 * function is called with the handed arguments, later or elsewhere, so the call is recorded as what it
 * amounts to (`os.system(cmd)`), at the line that sets it up. Only functions with a capability count (a
 * forwarded `str` or `print` says nothing). Local functions are reached through the references of the call.
 */
export function forwardedCalls(a: FileAnalysis, parts: CallView, callee: string, args: ValueFact[], kwargs: Record<string, ValueFact>, call: Omit<CallFact, 'callee' | 'args' | 'kwargs'>): CallFact[] {
  // Runs for every call of every file: a map lookup, and the pattern only for names ending in `.execute`.
  const inv = INVOKERS.get(callee) ?? (callee.endsWith('.execute') && COMMAND_EXECUTE.test(callee) ? EXECUTE : undefined);
  if (!inv) return [];
  const fnExpr = typeof inv.fn === 'number' ? parts.args[inv.fn] : (parts.kwargs.get(inv.fn) ?? (inv.fnAt !== undefined ? parts.args[inv.fnAt] : undefined));
  const fn = fnExpr ? a.resolveExpr(fnExpr) : undefined;
  if (fn === undefined || fn.startsWith('local.') || capabilityOf('python', fn) === undefined) return [];
  let forwarded: ValueFact[][];
  if (inv.rest !== undefined) forwarded = [args.slice(inv.rest)];
  else {
    const list = (inv.items?.kw !== undefined ? kwargs[inv.items.kw] : undefined) ?? (inv.items?.at !== undefined ? args[inv.items.at] : undefined);
    const items = list?.items ?? [];
    forwarded = inv.each ? items.slice(0, MAX_EACH).map((i) => [i]) : [items];
  }
  return forwarded.map((fargs) => ({ ...call, callee: fn, args: fargs, kwargs: {} }));
}
