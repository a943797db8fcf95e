import type { CallFact, FileFacts, Vector } from '../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../model/index.js';
import { JS_FUNCTION_WRAPPERS } from './shared/function-wrappers.js';

/** Why a piece of code runs without anyone calling it: "setup.py runs on pip install", … */
export interface ExecRoot {
  vector: Vector;
  why: string;
}

const STRENGTH: Record<Vector, number> = { install: 3, import: 2, runtime: 1, metadata: 0 };

/**
 * Where and when code runs. Keys are (file, scope); anything not recorded runs only when some program
 * calls it (`runtime`). Install-time beats import-time beats runtime when a scope is reached several ways.
 */
export class ExecutionMap {
  private readonly roots = new Map<string, ExecRoot>();

  set(file: string, scope: string, root: ExecRoot): boolean {
    const key = `${file}\u0000${scope}`;
    const old = this.roots.get(key);
    if (old && STRENGTH[old.vector] >= STRENGTH[root.vector]) return false;
    this.roots.set(key, root);
    return true;
  }

  get(file: string, scope: string): ExecRoot | undefined {
    return this.roots.get(`${file}\u0000${scope}`);
  }

  vector(file: string, scope: string): Vector {
    return this.get(file, scope)?.vector ?? 'runtime';
  }

  /** All (file, scope) pairs that run on their own, for tests and reports. */
  entries(): Array<{ file: string; scope: string; root: ExecRoot }> {
    return [...this.roots].map(([key, root]) => {
      const [file = '', scope = ''] = key.split('\u0000');
      return { file, scope, root };
    });
  }

  /**
   * Spreads each root to the local functions its scope calls (same file), and across files through
   * `crossFile`, which maps a callee of one file to a (file, scope) of another. Bounded by the number of
   * scopes: each is visited at most once per strength increase.
   */
  propagate(
    facts: ReadonlyMap<string, FileFacts>,
    crossFile?: CrossFile,
  ): void {
    const queue = this.entries().map((e) => ({ file: e.file, scope: e.scope }));
    let guard = 0;
    while (queue.length > 0 && guard++ < 200_000) {
      const { file, scope } = queue.shift()!;
      const root = this.get(file, scope);
      const f = facts.get(file);
      if (!root || !f) continue;
      const next = (targetFile: string, targetScope: string): void => {
        // Calling a class runs its constructor (`Loader()` at module level, `from .x import Loader; Loader()`).
        const ctor = constructorScopes(facts.get(targetFile), targetScope);
        if (ctor) {
          for (const s of ctor) next(targetFile, s);
          return;
        }
        if (this.set(targetFile, targetScope, { vector: root.vector, why: root.why })) {
          queue.push({ file: targetFile, scope: targetScope });
        }
      };
      for (const fn of f.functions) {
        if (fn.name === scope) for (const callee of fn.calls) next(file, callee);
      }
      const local = new Set(f.functions.map((fn) => fn.name));
      const cls = scope.includes('.') ? scope.slice(0, scope.lastIndexOf('.')) : '';
      for (const call of f.calls) {
        if (call.scope !== scope) continue;
        // A local function handed over as a callback runs too: atexit.register(f), Thread(target=f),
        // setTimeout(f), signal handlers, self.method passed along.
        // Whether the callee runs them is asked only of calls that hand a function over (it looks at the callee's body).
        const localOf = (text: string): string => (text.startsWith('self.') || text.startsWith('this.') ? `${cls}.${text.slice(5)}` : text);
        const starter = crossFile !== undefined && f.language === 'python' && THREAD_STARTERS.test(call.callee);
        const handed = [...call.args, ...Object.values(call.kwargs)].filter((a) => local.has(localOf(a.text)) || (starter && /^[A-Za-z_][\w.]*$/.test(a.text)));
        for (const arg of handed.length > 0 && runsHandedFunctions(call, file, f, facts, crossFile) ? handed : []) {
          const name = localOf(arg.text);
          if (local.has(name)) next(file, name);
          // A function of another module handed to a thread or an exit hook (`from .main import job;
          // Thread(target=job).start()`) runs as surely as a local one; other calls only register it.
          else if (crossFile) {
            for (const ref of arg.refs) {
              const target = crossFile(file, ref);
              for (const t of Array.isArray(target) ? target : target ? [target] : []) next(t.file, t.scope);
            }
          }
        }
        if (call.callee.startsWith('local.')) next(file, call.callee.slice(6));
        else if (crossFile) {
          const target = crossFile(file, call.callee);
          for (const t of Array.isArray(target) ? target : target ? [target] : []) next(t.file, t.scope);
        }
      }
    }
  }
}

type CrossFile = (file: string, callee: string) => { file: string; scope: string } | Array<{ file: string; scope: string }> | undefined;

/**
 * Whether a call runs the functions it is handed (see decoratorRuns). A Python function of the package decides
 * by its body: it runs them when its own body calls a plain name (its parameter, or a loop variable over its
 * parameters: `cb(arg)`, `for f in funcs: f()`); a class of the package, by its `__init__`. `_compose(pushd,
 * tarball)` only builds a function and `fallback_group_factory(handler)` only stores one. A library's call, or
 * JavaScript, is assumed to run them.
 */
function runsHandedFunctions(call: CallFact, file: string, f: FileFacts, facts: ReadonlyMap<string, FileFacts>, crossFile: CrossFile | undefined): boolean {
  if (!decoratorRuns(call)) return false;
  if (f.language !== 'python') return true;
  const found = call.callee.startsWith('local.') ? { file, scope: call.callee.slice(6) } : crossFile?.(file, call.callee);
  const targets = Array.isArray(found) ? found : found ? [found] : [];
  if (targets.length === 0) return true;
  return targets.some((t) => {
    const g = facts.get(t.file);
    // A class of the package is judged by its constructor (`TokenManager(_get_access_token, "gcp")` stores it).
    const scope = g?.classes.some((c) => c.name === t.scope && c.methods.includes('__init__')) ? `${t.scope}.__init__` : t.scope;
    if (!g?.functions.some((fn) => fn.name === scope)) return true;
    return g.calls.some((c) => c.scope === scope && /^[A-Za-z_]\w*$/.test(c.callee));
  });
}

/**
 * Whether a call hands its function arguments over to be run. A bare decorator (`@name` over a def, reported
 * as a call of `name` with the function) may run the function at definition, so it is followed, except the
 * standard library's memoizers (`functools.lru_cache`, `functools.cache`, `functools.cached_property`), which
 * only wrap it: its first call runs it, and that call is judged where it is made. An attribute assignment
 * stores its function (see inside).
 */
function decoratorRuns(call: CallFact): boolean {
  // A function put in an attribute (`X.y = f`, `setattr(X, 'y', f)`) runs when X.y is called, which setup()
  // does to the setuptools/distutils commands; other objects' attributes are only replaced here.
  if (call.callee === 'builtins.setattr' || call.callee === 'global.Reflect.set') return /^(setuptools|distutils)\./.test(call.args[0]?.refs[0] ?? '');
  if (KEEPS_FUNCTION.test(call.callee) || WRAPS_FUNCTION.test(call.callee) || JS_FUNCTION_WRAPPERS.test(call.callee)) return false;
  return !call.text.startsWith('@') || !MEMOIZERS.test(call.callee);
}

/**
 * Python's decorators and helpers that wrap or describe a function and return it, never calling it:
 * `@contextlib.contextmanager`, `functools.partial(f, …)`, `@functools.wraps(f)`, `@property`.
 */
const WRAPS_FUNCTION = /^(contextlib\.(contextmanager|asynccontextmanager)|functools\.(partial|partialmethod|wraps|update_wrapper|singledispatch|singledispatchmethod|total_ordering)|builtins\.(staticmethod|classmethod|property)|abc\.abstractmethod|typing\.(overload|final|no_type_check)|typing_extensions\.(overload|final|deprecated)|dataclasses\.dataclass)$/;

/**
 * JavaScript calls that take a function to link, wrap or describe it, never to run it:
 * `util.inherits(Client, Writable)`, `Object.setPrototypeOf(f, proto)`; and the wrappers of JS_FUNCTION_WRAPPERS.
 */
const KEEPS_FUNCTION = /^(util\.(inherits|inspect|types\.\w+)|inherits|global\.(Object|Reflect)\.(setPrototypeOf|getPrototypeOf|assign|freeze|seal|create|defineProperty|defineProperties|keys))$/;

const MEMOIZERS = /^functools\.(lru_cache|cache|cached_property)$/;

/** Python calls that run a function they are given: threads, processes, timers, exit hooks. */
const THREAD_STARTERS = /^(threading\.(Thread|Timer)|multiprocessing\.Process|atexit\.register)$/;

/**
 * The methods that run when a class of the file is called: `__init__`/`__new__`/`__post_init__`, and `run` of
 * a thread or process subclass (constructed to be started). Undefined when the scope is not a class.
 */
function constructorScopes(f: FileFacts | undefined, scope: string): string[] | undefined {
  // JavaScript reaches constructors through its own edges (`new X()`); this is Python's `X()`.
  const cls = f?.language === 'python' ? f.classes.find((c) => c.name === scope) : undefined;
  if (!cls) return undefined;
  const started = cls.bases.some((b) => /(^|\.)(Thread|Process)$/.test(b));
  return cls.methods.filter((m) => m === '__init__' || m === '__new__' || m === '__post_init__' || (started && m === 'run')).map((m) => `${scope}.${m}`);
}

/** Scopes that run when a file runs as a script (`python setup.py`, `node x.js`). */
export const SCRIPT_SCOPES = [MODULE_SCOPE, MAIN_SCOPE];
/** Scopes that run when a file is imported. */
export const IMPORT_SCOPES = [MODULE_SCOPE];
