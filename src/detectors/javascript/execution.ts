import type { FileFacts } from '../../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import type { ExecutionMap } from '../context.js';
import { evaluatedFile, startedFile } from './exec-files.js';
import { installSources } from './install-commands.js';
import { nodeTarget, pythonTarget } from './npm-scripts.js';

const EXTENSIONS = ['', '.js', '.cjs', '.mjs', '.json', '/index.js', '/index.cjs', '/index.mjs'];

export function resolveJsPath(from: string, spec: string, has: (p: string) => boolean): string | undefined {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const parts = (spec.startsWith('/') ? spec.slice(1) : dir ? `${dir}/${spec}` : spec).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  const base = out.join('/');
  return EXTENSIONS.map((e) => base + e).find(has);
}

/** Files named by `main`, `module`, `browser` and `exports` (every string target, any condition). */
export function entryFiles(pkg: Record<string, unknown>, has: (p: string) => boolean): string[] {
  const targets: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') targets.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(pkg['main'] ?? 'index.js');
  collect(pkg['exports']);
  if (typeof pkg['module'] === 'string') collect(pkg['module']);
  if (typeof pkg['browser'] === 'string') collect(pkg['browser']);
  const found = new Set<string>();
  for (const t of targets) {
    const p = resolveJsPath('', t.startsWith('.') ? t : `./${t}`, has);
    if (p) found.add(p);
  }
  return [...found];
}

/**
 * Roots of JavaScript execution: files that install scripts run with node (install time) and the entry
 * points that `require`/`import` load (import time), spread through relative requires at module level
 * and to the functions module-level code calls.
 */
export function javascriptExecution(
  pkg: Record<string, unknown> | undefined,
  facts: ReadonlyMap<string, FileFacts>,
  map: ExecutionMap,
  gyp?: string,
): ExecutionMap {
  const js = new Map([...facts].filter(([, f]) => f.language === 'javascript'));
  const has = (p: string): boolean => js.has(p);
  const scripts = (pkg?.['scripts'] ?? {}) as Record<string, unknown>;
  for (const source of installSources(scripts, gyp)) {
    for (const cmd of source.cmds) {
      const target = nodeTarget(cmd);
      // `node .` runs the package's own main file.
      const main = typeof pkg?.['main'] === 'string' ? (pkg['main'] as string) : 'index.js';
      const spec = target?.file === '.' || target?.file === '' ? main : target?.file;
      const file = spec ? resolveJsPath('', spec.startsWith('.') ? spec : `./${spec}`, has) : undefined;
      if (file) {
        // Started with node, the file is the main module: its `if (require.main === module)` block runs too.
        map.set(file, MODULE_SCOPE, { vector: 'install', why: `${source.who} runs it: ${source.text}` });
        map.set(file, MAIN_SCOPE, { vector: 'install', why: `${source.who} runs it: ${source.text}` });
      }
      if (target?.inline !== undefined && js.has(source.jsPath)) {
        map.set(source.jsPath, MODULE_SCOPE, { vector: 'install', why: `${source.who} runs this code` });
      }
      const py = pythonTarget(cmd);
      const pyFile = py?.inline !== undefined ? source.pyPath : py?.file;
      if (pyFile !== undefined && facts.get(pyFile)?.language === 'python') {
        const why = py?.inline !== undefined ? `${source.who} runs this Python code` : `${source.who} runs it with Python: ${source.text}`;
        map.set(pyFile, MODULE_SCOPE, { vector: 'install', why });
        map.set(pyFile, MAIN_SCOPE, { vector: 'install', why });
      }
    }
  }
  if (pkg) {
    for (const file of entryFiles(pkg, has)) {
      map.set(file, MODULE_SCOPE, { vector: 'import', why: `${file} is the package entry point: require/import runs it` });
    }
  }
  let changed = true;
  for (let round = 0; changed && round < 30; round++) {
    changed = false;
    for (const [path, f] of js) {
      const root = map.get(path, MODULE_SCOPE);
      if (!root) continue;
      const main = map.get(path, MAIN_SCOPE);
      for (const imp of f.imports) {
        if ((imp.scope !== MODULE_SCOPE && (imp.scope !== MAIN_SCOPE || !main)) || imp.dynamic) continue;
        const target = resolveJsPath(path, imp.module, has);
        if (target && target !== path && map.set(target, MODULE_SCOPE, root)) changed = true;
      }
    }
  }
  map.propagate(js, (file, callee) => crossFileTargets(js, file, callee, has));
  // Files whose text early code evaluates (`eval(fs.readFileSync(…'x.dat'))`) or starts with node (`fork(…)`)
  // run with it; then spread again.
  if (markEvaluatedFiles(js, map, has)) map.propagate(js, (file, callee) => crossFileTargets(js, file, callee, has));
  // Python that a lifecycle script runs (python -c, python x.py) reaches its own functions.
  const py = new Map([...facts].filter(([, f]) => f.language === 'python'));
  if (py.size > 0) map.propagate(py);
  return map;
}

function markEvaluatedFiles(js: ReadonlyMap<string, FileFacts>, map: ExecutionMap, has: (p: string) => boolean): boolean {
  let marked = false;
  for (const [path, f] of js) {
    for (const call of f.calls) {
      const root = map.get(path, call.scope);
      const evaluated = root && root.vector !== 'runtime' ? evaluatedFile(call, path, has) : undefined;
      const target = evaluated ?? (root && root.vector !== 'runtime' ? startedFile(call, path, has) : undefined);
      if (target === undefined || !root) continue;
      const how = evaluated !== undefined ? 'evaluates its text' : 'starts it with node';
      const why = `${path} ${how}: ${call.text.slice(0, 80)}`;
      if (map.set(target, MODULE_SCOPE, { vector: root.vector, why })) marked = true;
      if (evaluated === undefined && map.set(target, MAIN_SCOPE, { vector: root.vector, why })) marked = true;
    }
  }
  return marked;
}

/** Package functions a JavaScript call runs in other files (see crossFileTargets), for relayed-sinks.ts. */
export function javascriptCallTargets(facts: ReadonlyMap<string, FileFacts>): (file: string, callee: string) => Array<{ file: string; scope: string }> {
  const js = new Map([...facts].filter(([, f]) => f.language === 'javascript'));
  const has = (p: string): boolean => js.has(p);
  return (file, callee) => crossFileTargets(js, file, callee, has);
}

/** How a module's default export function is named (`module.exports = function`, `export default function`). */
const DEFAULT_EXPORTS = new Set(['module.exports', 'exports', 'default']);

/**
 * `./lib/models.List` called (or constructed) in one file: the functions of lib/models.js named `List` or
 * `List.*` (also as `exports.List`, `module.exports.List`) run too; `./lib/send` called itself
 * (`const send = require('./lib/send'); send(data)`) runs the module's default export function. The longest
 * module path is tried first, so `./lib/send.js` is the file, not `./lib/send`'s member `js`.
 */
function crossFileTargets(
  js: ReadonlyMap<string, FileFacts>,
  file: string,
  callee: string,
  has: (p: string) => boolean,
): Array<{ file: string; scope: string }> {
  if (!callee.startsWith('./') && !callee.startsWith('../')) return [];
  const parts = callee.split('.');
  for (let i = parts.length; i >= 1; i--) {
    const spec = parts.slice(0, i).join('.');
    const target = spec.startsWith('.') ? resolveJsPath(file, spec, has) : undefined;
    if (!target) continue;
    const member = parts.slice(i).join('.');
    const f = js.get(target);
    if (!f) return [];
    const names = member ? [member, `exports.${member}`, `module.exports.${member}`] : [...DEFAULT_EXPORTS];
    return f.functions
      .filter((fn) => names.some((n) => fn.name === n || (member !== '' && fn.name.startsWith(`${n}.`))))
      .map((fn) => ({ file: target, scope: fn.name }));
  }
  return [];
}
