import type { FileFacts } from '../../model/index.js';
import { MODULE_SCOPE } from '../../model/index.js';
import type { ExecutionMap } from '../context.js';
import type { EntryPoint } from './entry-points.js';
import type { ModuleIndex } from './modules.js';

/**
 * Entry point groups that setuptools loads and calls on its own, in every build it runs in the environment
 * the package is installed into (the next `pip install` of any sdist): the plugin runs without anyone
 * naming it. (setuptools' dist.py and command/egg_info.py; `distutils.commands` replaces a command such
 * as `build_py` for every project.) Other groups (`console_scripts`, `pytest11`) run when their program runs.
 */
const BUILD_PLUGIN_GROUPS = new Map([
  ['distutils.commands', 'setuptools runs this command class in every build that uses the command'],
  ['distutils.setup_keywords', 'setuptools calls this keyword handler in builds of other packages'],
  ['setuptools.finalize_distribution_options', 'setuptools calls this hook in every build'],
  ['egg_info.writers', 'setuptools calls this writer in every egg_info run (every sdist build)'],
  ['setuptools.file_finders', 'setuptools calls this file finder when building other packages'],
]);

/**
 * Marks the functions (or every method of the command classes) that a package's build plugin entry points
 * name as install-time code. What they do is left to the detectors: setuptools_scm's file finder runs
 * `git ls-files`, wheel's `bdist_wheel` builds wheels.
 */
/**
 * Commands every pip build runs (PEP 517 through setuptools' backend, or setup.py install): a plugin that
 * replaces one runs in every build. Others (`upload_docs`, `easy_install`) run only when asked for.
 */
const BUILD_COMMANDS = new Set(['build', 'build_py', 'build_ext', 'build_clib', 'build_scripts', 'egg_info', 'dist_info', 'bdist_wheel', 'sdist', 'install', 'install_lib', 'install_scripts', 'install_data', 'install_egg_info', 'editable_wheel']);

/**
 * setup() keywords every project passes: a handler registered under one runs in builds of projects that never
 * asked for it. A plugin's own keyword (`use_scm_version`, `cffi_modules`, `pbr`) runs only where a project opts in.
 */
const COMMON_KEYWORDS = new Set(['name', 'version', 'packages', 'package_dir', 'package_data', 'py_modules', 'install_requires', 'extras_require', 'setup_requires', 'tests_require', 'python_requires', 'entry_points', 'include_package_data', 'exclude_package_data', 'zip_safe', 'ext_modules', 'scripts', 'data_files', 'namespace_packages', 'dependency_links', 'test_suite', 'author', 'description', 'long_description', 'url', 'license', 'classifiers', 'keywords']);

/** Whether the plugin runs in builds of projects that did not choose it. */
function runsUninvited(ep: EntryPoint): boolean {
  if (ep.group === 'distutils.commands') return BUILD_COMMANDS.has(ep.name);
  if (ep.group === 'distutils.setup_keywords') return COMMON_KEYWORDS.has(ep.name);
  return true;
}

export function markBuildPlugins(py: ReadonlyMap<string, FileFacts>, map: ExecutionMap, modules: ModuleIndex, entryPoints: readonly EntryPoint[]): void {
  for (const ep of entryPoints) {
    const purpose = BUILD_PLUGIN_GROUPS.get(ep.group);
    const m = /^\s*([\w.]+)\s*:\s*([\w.]+)/.exec(ep.target);
    if (!purpose || !m || !runsUninvited(ep)) continue;
    const target = modules.resolveCallee(`${m[1]}.${m[2]}`);
    const f = target ? py.get(target.file) : undefined;
    if (!target || !f) continue;
    const root = { vector: 'install' as const, why: `${ep.file} declares it as a [${ep.group}] entry point: ${purpose}` };
    map.set(target.file, MODULE_SCOPE, root);
    const scopes = f.functions.filter((fn) => fn.name === target.scope || fn.name.startsWith(`${target.scope}.`)).map((fn) => fn.name);
    for (const scope of scopes) map.set(target.file, scope, root);
  }
}
