import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { internalError } from './errors.js';

export interface TreeSitterWasm {
  runtime: Uint8Array;
  grammar: Uint8Array;
}

const RUNTIME = 'web-tree-sitter.wasm';
const GRAMMAR = 'tree-sitter-python.wasm';

/**
 * The two tree-sitter wasm files: beside the bundle in dist/ (a fresh clone has no node_modules), or in
 * node_modules when running from source.
 */
export function loadTreeSitterWasm(): TreeSitterWasm {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    [join(here, RUNTIME), join(here, GRAMMAR)],
    [join(here, '..', 'dist', RUNTIME), join(here, '..', 'dist', GRAMMAR)],
    [join(here, '..', '..', 'node_modules', 'web-tree-sitter', RUNTIME), join(here, '..', '..', 'node_modules', 'tree-sitter-python', GRAMMAR)],
    [join(process.cwd(), 'node_modules', 'web-tree-sitter', RUNTIME), join(process.cwd(), 'node_modules', 'tree-sitter-python', GRAMMAR)],
  ];
  for (const [runtime, grammar] of candidates) {
    if (runtime && grammar && existsSync(runtime) && existsSync(grammar)) {
      return { runtime: new Uint8Array(readFileSync(runtime)), grammar: new Uint8Array(readFileSync(grammar)) };
    }
  }
  throw internalError(`cannot find ${RUNTIME} and ${GRAMMAR} beside ${here}; rebuild dist/ with npm run build`);
}
