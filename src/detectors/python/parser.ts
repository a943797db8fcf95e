import { Language, Parser } from 'web-tree-sitter';
import type { FileFacts } from '../../model/index.js';
import type { Budget } from './context.js';
import { fileMetrics } from './metrics.js';
import { SyntaxDoc } from './syntax.js';
import { analyzeTree } from './walk.js';

export interface AnalyzeOptions {
  /** How deep decoded payloads are analysed as code again (default 3). */
  maxDecodeDepth?: number;
  /** Time budget for the file, decoded payloads included (default 2,000 ms). */
  maxMillis?: number;
}

export interface PythonAnalyzer {
  /** Facts of one Python source file; never throws on hostile input, never runs it. */
  analyze(file: string, source: string, options?: AnalyzeOptions): FileFacts;
}

const BUDGET_EXCEEDED = 'analysis budget exceeded';
const MAX_DECODED_BYTES = 1024 * 1024;
const MAX_FOLD_CHARS = 16 * 1024 * 1024;

let runtimeReady: Promise<void> | undefined;

/**
 * Loads tree-sitter and the Python grammar from the given wasm bytes (the caller reads the files, so
 * this module does no I/O). The runtime is initialised once per process.
 */
export async function createPythonAnalyzer(wasm: { runtime: Uint8Array; grammar: Uint8Array }): Promise<PythonAnalyzer> {
  runtimeReady ??= Parser.init({ wasmBinary: wasm.runtime });
  await runtimeReady;
  const language = await Language.load(wasm.grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const types = language.types;
  const named = new Set<number>();
  for (let id = 0; id < language.nodeTypeCount; id++) if (language.nodeTypeIsNamed(id)) named.add(id);

  const run = (file: string, source: string, budget: Budget, depth: number, maxDepth: number): FileFacts => {
    // NUL bytes stop the tokenizer (and Python refuses them); blank them so the rest still parses.
    const text = source.includes('\0') ? source.replace(/\0/g, ' ') : source;
    const empty = (extra: Partial<FileFacts>): FileFacts => ({
      language: 'python',
      file,
      imports: [],
      calls: [],
      reads: [],
      strings: [],
      functions: [],
      classes: [],
      decoded: [],
      metrics: fileMetrics(source, 0),
      ...extra,
    });
    let tree;
    try {
      tree = parser.parse(text, null, { progressCallback: () => performance.now() > budget.deadline });
    } catch (e) {
      parser.reset();
      return empty({ parseError: `parser failed: ${(e as Error).message}`, partial: true });
    }
    if (!tree) {
      parser.reset();
      budget.exceeded = true;
      return empty({ parseError: BUDGET_EXCEEDED, partial: true });
    }
    try {
      const doc = new SyntaxDoc(text, types, named);
      const nested =
        depth < maxDepth ? (decoded: string) => run(file, decoded, budget, depth + 1, maxDepth) : undefined;
      const facts = analyzeTree({ file, doc, tree, budget, nested });
      if (budget.exceeded) {
        facts.partial = true;
        facts.parseError = BUDGET_EXCEEDED;
      }
      return facts;
    } finally {
      tree.delete();
    }
  };

  return {
    analyze(file, source, options = {}) {
      const budget: Budget = {
        deadline: performance.now() + (options.maxMillis ?? 2000),
        exceeded: false,
        decodedBytes: MAX_DECODED_BYTES,
        foldChars: MAX_FOLD_CHARS,
      };
      return run(file, source, budget, 0, options.maxDecodeDepth ?? 3);
    },
  };
}
