import { EMBEDDED_SEPARATOR, type CallFact, type ClassFact, type FileFacts } from '../../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import { ExecutionMap } from '../context.js';
import { PROCESS_STARTERS } from './archive-loads.js';
import { buildHooks } from './build-hooks.js';
import { markBuildPlugins } from './build-plugins.js';
import { execedFile } from './exec-files.js';
import type { EntryPoint } from './entry-points.js';
import { ModuleIndex } from './modules.js';
import { setupCalls } from './setup-call.js';

/** setuptools/distutils command classes whose subclasses run during pip install or build. */
const COMMAND_BASE = /(^|\.)(install|develop|egg_info|build|build_py|build_ext|build_clib|build_scripts|sdist|bdist_wheel|bdist_egg|install_lib|install_scripts|install_data|install_egg_info|easy_install|Command)$/;
/** Folders whose modules nobody imports on `import pkg` (private ones too: `trio/_core/_tests/`). */
const NON_LIBRARY = /(^|\/)_?(tests?|testing|docs?|examples?|samples?|benchmarks?|scripts)\//;

export function isCommandClass(cls: ClassFact): boolean {
  return cls.bases.some((b) => COMMAND_BASE.test(b) && /setuptools|distutils|wheel|^install$|^Command$|command/.test(b));
}

/**
 * Commands pip runs while it builds or installs a package from an sdist (PEP 517 through setuptools'
 * backend, or the legacy `setup.py install`/`develop`), `sdist` kept for builds from a source tree.
 * `clean`, `test`, `upload`, `register`, `check`, docs builders and project-specific commands
 * (`publish`, `lint`) run only when a developer types them.
 */
const PIP_COMMANDS = /^(install|develop|egg_info|dist_info|build|build_py|build_ext|build_clib|build_scripts|sdist|bdist_wheel|bdist_egg|editable_wheel|install_lib|install_scripts|install_data|install_headers|install_egg_info|easy_install)$/;

/**
 * setup.py's command classes that pip runs, with the command each is registered for: a class named in a
 * `cmdclass` mapping runs when one of its keys is a command pip runs; a class named nowhere (the mapping
 * built elsewhere, `versioneer.get_cmdclass()`, a base of a registered class) runs when it subclasses one.
 */
export function installCommandClasses(setup: FileFacts): Map<ClassFact, string | undefined> {
  const keys = new Map<string, string[]>();
  for (const call of setupCalls(setup)) {
    for (const [cmd, v] of Object.entries(call.kwargs['cmdclass']?.entries ?? {})) keys.set(v.text, [...(keys.get(v.text) ?? []), cmd]);
  }
  const out = new Map<ClassFact, string | undefined>();
  for (const cls of setup.classes) {
    const registered = keys.get(cls.name);
    if (registered) {
      const run = registered.find((k) => PIP_COMMANDS.test(k));
      if (run !== undefined) out.set(cls, run);
    } else if (isCommandClass(cls)) out.set(cls, undefined);
  }
  return out;
}

/**
 * Roots of Python execution in a package: setup.py (script and its command classes), an in-tree
 * build backend, and module-level code that `import pkg` runs; spread to what those call.
 */
/** sitecustomize/usercustomize at a wheel's or an sdist's top (or under src/). */
const STARTUP_HOOK = /^(src\/)?(sitecustomize|usercustomize)\.py$/;

export function pythonExecution(
  facts: ReadonlyMap<string, FileFacts>,
  text: (path: string) => string | undefined,
  map: ExecutionMap = new ExecutionMap(),
  modules?: ModuleIndex,
  /** The package's ZIP archive a call loads (sys.path, zipimport), when its Python was analysed (model.ts). */
  archiveOf?: (call: CallFact) => string | undefined,
  /** The package's declared entry points (entry-points.ts): build plugins among them run at install. */
  entryPoints: readonly EntryPoint[] = [],
): ExecutionMap {
  const py = new Map([...facts].filter(([, f]) => f.language === 'python'));
  modules ??= new ModuleIndex(py.keys());

  for (const path of py.keys()) {
    if (path.endsWith('.pth')) {
      map.set(path, MODULE_SCOPE, { vector: 'install', why: `${path} is a .pth file: Python runs its import lines at every start-up` });
    }
    // Installed at the top of site-packages, these are imported by every interpreter start-up, like a .pth file.
    if (STARTUP_HOOK.test(path)) {
      map.set(path, MODULE_SCOPE, { vector: 'install', why: `${path} lands in site-packages, where every Python start-up imports it` });
    }
  }

  const setup = py.get('setup.py');
  if (setup) {
    const why = 'setup.py runs when pip builds or installs the sdist';
    map.set('setup.py', MODULE_SCOPE, { vector: 'install', why });
    map.set('setup.py', MAIN_SCOPE, { vector: 'install', why });
    for (const cls of installCommandClasses(setup).keys()) {
      const cwhy = `${cls.name} is a setuptools command class of setup.py: pip runs it on install`;
      for (const m of cls.methods) map.set('setup.py', `${cls.name}.${m}`, { vector: 'install', why: cwhy });
    }
  }

  // Build code pyproject.toml names (in-tree backend, hatch/pdm hooks, poetry's build script): the whole hook
  // file's functions are called by the backend, so each is a root.
  for (const hook of buildHooks(text('pyproject.toml'), (p) => py.has(p))) {
    const root = { vector: 'install' as const, why: hook.why };
    map.set(hook.file, MODULE_SCOPE, root);
    if (hook.asScript) map.set(hook.file, MAIN_SCOPE, root);
    const scopes = hook.scopes === 'all' ? (py.get(hook.file)?.functions.map((f) => f.name) ?? []) : hook.scopes;
    for (const scope of scopes) map.set(hook.file, scope, root);
  }

  for (const [path] of py) {
    // __main__.py runs only for `python -m pkg`: a program run, not an import.
    if (NON_LIBRARY.test(path) || path === 'setup.py' || !path.endsWith('.py') || path.endsWith('__main__.py')) continue;
    const isInit = path.endsWith('/__init__.py');
    const topLevel = !path.includes('/') || /^(src|lib)\/[^/]+$/.test(path);
    // Any shipped module's top level runs as soon as someone imports it (users import submodules, entry
    // points name them); code in its functions runs only when called.
    const why = isInit || topLevel ? `${path} runs when the package is imported` : `${path} runs when that module is imported`;
    // A submodule with a #! line is a program of the package (run, not imported).
    if (!isInit && !topLevel && text(path)?.startsWith('#!')) continue;
    map.set(path, MODULE_SCOPE, { vector: 'import', why });
  }

  // Module-level imports of local modules run those modules too.
  let changed = true;
  for (let round = 0; changed && round < 20; round++) {
    changed = false;
    for (const [path, f] of py) {
      const root = map.get(path, MODULE_SCOPE) ?? map.get(path, MAIN_SCOPE);
      if (!root) continue;
      for (const imp of f.imports) {
        if (imp.scope !== MODULE_SCOPE && imp.scope !== MAIN_SCOPE) continue;
        const target = modules.resolveImport(path, imp.module);
        if (target && target !== path && map.set(target, MODULE_SCOPE, root)) changed = true;
        // `from .tests import helpers` imports the submodule helpers as well.
        if (!target?.endsWith('__init__.py')) continue;
        for (const name of importedNames(text(path), imp.line)) {
          const sub = modules.resolveImport(path, `${imp.module}.${name}`);
          if (sub && sub !== target && sub !== path && map.set(sub, MODULE_SCOPE, root)) changed = true;
        }
      }
    }
  }

  markBuildPlugins(py, map, modules, entryPoints);

  map.propagate(py, (file, callee) => modules.resolveCallee(callee, file));
  // Scripts of the package that early code starts with an interpreter (`os.system('pythonw deps.pyw')`) run
  // at the same time; then spread again from them.
  if (markStartedScripts(py, map)) map.propagate(py, (file, callee) => modules.resolveCallee(callee, file));
  // Files whose text early code executes (exec(open('data/x.dat').read())) run with it; then spread again.
  if (markExecutedFiles(py, map)) map.propagate(py, (file, callee) => modules.resolveCallee(callee, file));
  // Modules inside a ZIP archive that early code loads run with it; then spread again.
  if (archiveOf && markLoadedArchives(py, map, archiveOf)) map.propagate(py, (file, callee) => modules.resolveCallee(callee, file));
  return map;
}

const FROM_IMPORT = /^\s*from\s+[\w.]+\s+import\s+\(?([\w\s,]+)/;

/** The names a `from X import a, b as c` line imports (a, b), which may be submodules of X. */
function importedNames(source: string | undefined, line: number): string[] {
  const m = source ? FROM_IMPORT.exec(source.split('\n', line)[line - 1] ?? '') : null;
  if (!m) return [];
  return (m[1] as string).split(',').map((n) => n.trim().split(/\s+/)[0] ?? '').filter((n) => /^[A-Za-z_]\w*$/.test(n));
}

/**
 * `sys.path.insert(0, 'deps.zip')` or `zipimport.zipimporter('deps.zip').load_module('x')` in code that runs
 * at install or import time: the archive's modules are what that code goes on to import, so their top
 * level runs then (which module a name picks is not followed: all of them are taken to run).
 */
function markLoadedArchives(py: ReadonlyMap<string, FileFacts>, map: ExecutionMap, archiveOf: (call: CallFact) => string | undefined): boolean {
  let marked = false;
  for (const [path, f] of py) {
    for (const call of f.calls) {
      const root = map.get(path, call.scope);
      const archive = root && root.vector !== 'runtime' ? archiveOf(call) : undefined;
      if (archive === undefined || !root) continue;
      const prefix = `${archive}${EMBEDDED_SEPARATOR}`;
      const why = `${path} loads ${archive}: ${call.text.slice(0, 80)}`;
      for (const inner of py.keys()) if (inner.startsWith(prefix) && map.set(inner, MODULE_SCOPE, { vector: root.vector, why })) marked = true;
    }
  }
  return marked;
}

const WORD = /[\w]/;
const NAME_CHAR = /[\w.-]/;

/**
 * The names before each `.py`/`.pyw` in a command's words (`python3 tools/run.py` → `run`, by way of
 * `tools/run`'s last part being looked up by stem). Searched from each `.py`, backwards: the regex
 * `([\w.-]+)\.pyw?\b` retried its greedy run at every start, quadratic in long encoded arguments.
 */
function scriptStems(words: string): string[] {
  const out: string[] = [];
  for (let i = words.indexOf('.py'); i >= 0; i = words.indexOf('.py', i + 3)) {
    const end = words[i + 3] === 'w' && !WORD.test(words[i + 4] ?? '') ? i + 4 : i + 3;
    if (WORD.test(words[end] ?? '')) continue;
    let s = i;
    while (s > 0 && NAME_CHAR.test(words[s - 1] as string)) s--;
    if (s < i) out.push(words.slice(s, i));
  }
  return out;
}

function markExecutedFiles(py: ReadonlyMap<string, FileFacts>, map: ExecutionMap): boolean {
  let marked = false;
  for (const [path, f] of py) {
    for (const call of f.calls) {
      const root = map.get(path, call.scope);
      const target = root && root.vector !== 'runtime' ? execedFile(call, path, (p) => py.has(p), f.calls) : undefined;
      if (target === undefined || !root) continue;
      const why = `${path} executes its text: ${call.text.slice(0, 80)}`;
      if (map.set(target, MODULE_SCOPE, { vector: root.vector, why })) marked = true;
    }
  }
  return marked;
}

function markStartedScripts(py: ReadonlyMap<string, FileFacts>, map: ExecutionMap): boolean {
  const byStem = new Map<string, string>();
  for (const path of py.keys()) {
    const stem = path.replace(/^.*\//, '').replace(/\.pyw?$/, '');
    if (!byStem.has(stem)) byStem.set(stem, path);
  }
  let marked = false;
  for (const [path, f] of py) {
    for (const call of f.calls) {
      if (!PROCESS_STARTERS.test(call.callee)) continue;
      const root = map.get(path, call.scope);
      if (!root || root.vector === 'runtime') continue;
      const words = call.args.flatMap((a) => [a.value ?? '', ...(a.items ?? []).map((i) => i.value ?? '')]).join(' ');
      for (const stem of scriptStems(words)) {
        const target = byStem.get(stem);
        if (target && map.set(target, MODULE_SCOPE, { vector: root.vector, why: `${path} starts it: ${call.text.slice(0, 80)}` })) marked = true;
      }
    }
  }
  return marked;
}
