import type { FileFacts } from '../../model/facts.js';
import { Analysis, type SharedBudget } from './context.js';
import { parseJavaScript } from './parse.js';
import { LineIndex } from './positions.js';
import { attachWalker } from './walk.js';
import { emptyFacts } from '../shared/empty-facts.js';

/**
 * Static analysis of one JavaScript file into FileFacts (src/model/facts.ts): one parse, one walk,
 * nothing executed. Bounded in time (`maxMillis`), depth, decoded bytes and facts; hostile input gives
 * partial facts with a reason, never an exception.
 */
export interface AnalyzeOptions {
  /** Levels of decoded payloads analysed as code in turn (default 3). */
  maxDecodeDepth?: number;
  /** Walk steps for the file and its payloads (default 4,000,000: about a 20 MB bundle). */
  maxSteps?: number;
  /** Wall-clock safety net against hangs and parser blow-ups (default 10 s); sizes are bounded by steps, not by time. */
  maxMillis?: number;
}

const BUDGET_EXCEEDED = 'analysis budget exceeded';
/** Larger sources are not parsed at all (the model layer reports them as too large to analyse). */
const MAX_SOURCE_CHARS = 16 * 1024 * 1024;

export function analyzeJavaScript(file: string, source: string, options: AnalyzeOptions = {}): FileFacts {
  const budget: SharedBudget = {
    steps: options.maxSteps ?? 4_000_000,
    deadline: performance.now() + (options.maxMillis ?? 10_000),
    decodedBytes: 0,
  };
  return analyzeSource(file, source, budget, options.maxDecodeDepth ?? 3, false);
}

function emptyJsFacts(file: string, source: string, lines: LineIndex): FileFacts {
  return emptyFacts('javascript', file, {
    lines: lines.lines,
    bytes: Buffer.byteLength(source, 'utf8'),
    maxLineLength: lines.maxLineLength,
    obfuscatedIdentifiers: 0,
    largestStringArray: 0,
  });
}

/** @param strict for decoded text: no loose parse, and undefined unless it parses as JavaScript */
function analyzeSource(file: string, raw: string, budget: SharedBudget, levels: number, strict: boolean, startDepth = 0): FileFacts {
  const source = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = new LineIndex(source);
  const facts = emptyJsFacts(file, raw, lines);
  if (source.length > MAX_SOURCE_CHARS || budget.steps < 0 || performance.now() > budget.deadline) {
    facts.partial = true;
    facts.parseError = BUDGET_EXCEEDED;
    return facts;
  }
  const parsed = parseJavaScript(source, strict, budget.deadline);
  if (!parsed.program) {
    facts.partial = true;
    facts.parseError = parsed.error ?? 'unparseable';
    return facts;
  }
  if (parsed.loose) facts.partial = true;
  const a = new Analysis({
    file,
    source,
    lines,
    budget,
    decodeLevelsLeft: levels,
    startDepth,
    program: parsed.program,
    nested: (text, depth) => {
      const f = analyzeSource(file, text, budget, levels - 1, true, depth);
      return f.parseError === undefined || f.parseError === BUDGET_EXCEEDED ? f : undefined;
    },
  });
  attachWalker(a);
  try {
    a.walk(parsed.program);
  } catch (e) {
    // A bug must not lose the file: report what was found so far.
    facts.partial = true;
    facts.parseError = `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
  }
  finish(a, facts);
  if (a.overBudget) facts.parseError = BUDGET_EXCEEDED;
  else if (a.tooDeep) facts.parseError ??= 'nesting too deep: some code was not analysed';
  if (a.overBudget || a.tooDeep) facts.partial = true;
  return facts;
}

/** Copies what the walk found into the facts; call edges keep only names that are local functions. */
function finish(a: Analysis, facts: FileFacts): void {
  const sink = a.facts;
  for (const fn of sink.functions) {
    const calls = new Set<string>();
    for (const c of fn.calls) {
      if (a.localFunctions.has(c)) calls.add(c);
      else if (a.localFunctions.has(`${c}.constructor`)) calls.add(`${c}.constructor`);
    }
    fn.calls = [...calls];
  }
  facts.imports = sink.imports;
  facts.calls = sink.calls;
  facts.reads = sink.reads;
  facts.strings = sink.strings;
  facts.functions = sink.functions;
  facts.classes = sink.classes;
  facts.decoded = sink.decoded;
  facts.metrics.obfuscatedIdentifiers = a.obfuscatedNames.size;
  facts.metrics.largestStringArray = a.largestStringArray;
}
