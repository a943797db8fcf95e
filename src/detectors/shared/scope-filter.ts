import type { Vector } from '../../model/index.js';

/** Code that no installer or importer runs and that libraries ship as documentation: tests, docs, examples. */
const NON_SHIPPED = /(^|\/)(tests?|testing|__tests__|spec|docs?|examples?|samples?|benchmarks?|fixtures?)\//i;

/**
 * True for test, doc and example code that only runs when someone runs it on purpose. Such code that
 * install- or import-time code reaches (attackers hide payloads in `tests/` and import them from
 * `__init__.py`) is not auxiliary.
 */
export function isAuxiliary(path: string, vector: Vector): boolean {
  return vector === 'runtime' && NON_SHIPPED.test(path);
}
