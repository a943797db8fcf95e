import { Language, Parser } from 'web-tree-sitter';
import type { FileFacts } from '../../model/index.js';
import type { Budget } from './context.js';
import { fileMetrics } from './metrics.js';
import { parseText } from './parse-text.js';
import { indentLevels, MAX_INDENT_LEVELS, prepareSource } from './prepare.js';
import { SyntaxDoc } from './syntax.js';
import { analyzeTree } from './walk.js';
import { emptyFacts } from '../shared/empty-facts.js';

export interface AnalyzeOptions {
  /** How deep decoded payloads are analysed as code again (default 3). */
  maxDecodeDepth?: number;
  /** Analysis steps for the file, decoded payloads included (default 5,000,000). */
  maxSteps?: number;
  /** Wall-clock safety net against hangs and parser blow-ups (default 10 s); sizes are bounded by steps, not by time. */
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

function newParser(language: Language): Parser {
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/**
 * Parses Python source and throws the tree away: the benchmark's second floor (`customs eval --floor
 * --parse`), the cost of reading every file with the parser before any analysis. Returns the node count.
 */
export async function createPythonParseOnly(wasm: { runtime: Uint8Array; grammar: Uint8Array }): Promise<(source: string) => number> {
  runtimeReady ??= Parser.init({ wasmBinary: wasm.runtime });
  await runtimeReady;
  const parser = newParser(await Language.load(wasm.grammar));
  return (source) => {
    const tree = parser.parse(parseText(prepareSource(source)));
    const nodes = tree?.rootNode.descendantCount ?? 0;
    tree?.delete();
    return nodes;
  };
}

/**
 * Loads tree-sitter and the Python grammar from the given wasm bytes (the caller reads the files, so
 * this module does no I/O). The runtime is initialised once per process.
 */
export async function createPythonAnalyzer(wasm: { runtime: Uint8Array; grammar: Uint8Array }): Promise<PythonAnalyzer> {
  runtimeReady ??= Parser.init({ wasmBinary: wasm.runtime });
  await runtimeReady;
  const language = await Language.load(wasm.grammar);
  let parser = newParser(language);
  const types = language.types;
  const named = new Set<number>();
  for (let id = 0; id < language.nodeTypeCount; id++) if (language.nodeTypeIsNamed(id)) named.add(id);
  /** A wasm trap leaves the parser's memory inconsistent: drop it and start a new one. */
  const replaceParser = (): void => {
    try {
      parser.delete();
    } catch {
      // already broken
    }
    parser = newParser(language);
  };

  const run = (file: string, source: string, budget: Budget, depth: number, maxDepth: number): FileFacts => {
    const empty = (extra: Partial<FileFacts>): FileFacts => ({ ...emptyFacts('python', file, fileMetrics(source, 0)), partial: true, ...extra });
    const text = prepareSource(source);
    const levels = indentLevels(text);
    if (levels > MAX_INDENT_LEVELS) {
      return empty({ parseError: `more than ${MAX_INDENT_LEVELS} indentation levels: Python refuses to run this file` });
    }
    let tree;
    try {
      tree = parser.parse(parseText(text), null, { progressCallback: () => performance.now() > budget.deadline });
    } catch (e) {
      replaceParser();
      return empty({ parseError: `parser failed: ${(e as Error).message}` });
    }
    if (!tree) {
      parser.reset();
      budget.exceeded = true;
      return empty({ parseError: BUDGET_EXCEEDED });
    }
    try {
      const doc = new SyntaxDoc(text, types, named, tree);
      const nested =
        depth < maxDepth ? (decoded: string) => run(file, decoded, budget, depth + 1, maxDepth) : undefined;
      const facts = analyzeTree({ file, doc, tree, budget, nested });
      if (budget.exceeded) {
        facts.partial = true;
        facts.parseError = BUDGET_EXCEEDED;
      }
      return facts;
    } catch (e) {
      // A bug or an unforeseen input: the file's facts are lost, the run goes on.
      replaceParser();
      return empty({ parseError: `analysis failed: ${(e as Error).message}` });
    } finally {
      try {
        tree.delete();
      } catch {
        // the tree belonged to a parser that trapped
      }
    }
  };

  return {
    analyze(file, source, options = {}) {
      const budget: Budget = {
        steps: options.maxSteps ?? 5_000_000,
        deadline: performance.now() + (options.maxMillis ?? 10_000),
        exceeded: false,
        decodedBytes: MAX_DECODED_BYTES,
        foldChars: MAX_FOLD_CHARS,
      };
      return run(file, source, budget, 0, options.maxDecodeDepth ?? 3);
    },
  };
}
