import type { CallFact, FileFacts } from '../../model/index.js';

const SETUP_CALLEES = new Set([
  'setuptools.setup',
  'distutils.core.setup',
  'setup',
  'local.setup',
  'numpy.distutils.core.setup',
  'skbuild.setup',
]);

/** The `setup(...)` calls of a setup.py, wherever they are (module level, `<main>`, inside a function). */
export function setupCalls(f: FileFacts): CallFact[] {
  return f.calls.filter((c) => SETUP_CALLEES.has(c.callee) || c.callee.endsWith('.setup') && /setuptools|distutils/.test(c.callee));
}
