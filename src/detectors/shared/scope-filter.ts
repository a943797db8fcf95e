import { MODULE_SCOPE, type Vector } from '../../model/index.js';
import type { ExecutionMap } from '../context.js';

/** Code that no installer or importer runs and that libraries ship as documentation: tests, docs, examples. */
const NON_SHIPPED = /(^|\/)(tests?|testing|__tests__|spec|docs?|examples?|samples?|benchmarks?|fixtures?)\//i;

/**
 * True for test, doc and example code that only runs when someone runs it on purpose. Such code that
 * install- or import-time code reaches (attackers hide payloads in `tests/` and import them from
 * `__init__.py`) is not auxiliary.
 */
export function isAuxiliary(path: string, vector: Vector, execution?: ExecutionMap): boolean {
  if (vector !== 'runtime' || !NON_SHIPPED.test(path)) return false;
  // Loaded by the package's own code while it installs or loads (`from .tests import helpers` in a module that
  // `__init__.py` imports): part of the package, whose functions its code may call.
  const loaded = execution?.vector(path, MODULE_SCOPE);
  return loaded !== 'install' && loaded !== 'import';
}
