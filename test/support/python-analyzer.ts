import { createPythonAnalyzer, type PythonAnalyzer } from '../../src/detectors/python/parser.js';
import { loadTreeSitterWasm } from '../../src/runtime/wasm.js';

let analyzer: Promise<PythonAnalyzer> | undefined;

/** One Python analyser per test file, from the wasm the product itself loads. */
export function pythonAnalyzer(): Promise<PythonAnalyzer> {
  analyzer ??= createPythonAnalyzer(loadTreeSitterWasm());
  return analyzer;
}
