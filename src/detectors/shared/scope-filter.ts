/** Code that no installer or importer runs and that libraries ship as documentation: tests, docs, examples. */
const NON_SHIPPED = /(^|\/)(tests?|testing|__tests__|spec|docs?|examples?|samples?|benchmarks?|fixtures?)\//i;

export function isAuxiliaryPath(path: string): boolean {
  return NON_SHIPPED.test(path);
}
