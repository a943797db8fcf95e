import { parse, type Options, type Program } from 'acorn';
import { parse as parseLoose } from 'acorn-loose';

/**
 * Parsing: ES module first, then script (sloppy-mode code: `with`, octal escapes, `await` as a name),
 * then acorn-loose for what neither accepts (Flow, JSX, TypeScript in .js, broken files). No
 * `locations`: positions come from a line index (positions.ts), which is cheaper.
 */
export interface Parsed {
  program?: Program;
  /** The loose parser was needed: the tree may contain dummy nodes. */
  loose: boolean;
  error?: string;
  /** Parsing stopped at the deadline. */
  overBudget?: boolean;
}

/** Above this size the parser checks the clock (every 4,096 tokens): a big file must not overrun the budget. */
const CLOCKED_SIZE = 256 * 1024;

class OverBudget extends Error {}

function clock(deadline: number): () => void {
  let tokens = 0;
  return () => {
    if ((++tokens & 4095) === 0 && performance.now() > deadline) throw new OverBudget('analysis budget exceeded');
  };
}

const BASE: Options = {
  ecmaVersion: 'latest',
  allowHashBang: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowImportExportEverywhere: false,
};

/** Acorn turns a stack overflow into this SyntaxError; the loose parser would only overflow again. */
function isTooDeep(e: unknown): boolean {
  return e instanceof RangeError || (e instanceof Error && /stack space/i.test(e.message));
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function parseJavaScript(source: string, strict: boolean, deadline: number): Parsed {
  const base: Options = source.length > CLOCKED_SIZE ? { ...BASE, onToken: clock(deadline) } : BASE;
  let firstError: unknown;
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return { program: parse(source, { ...base, sourceType }), loose: false };
    } catch (e) {
      if (e instanceof OverBudget) return { loose: false, error: e.message, overBudget: true };
      if (isTooDeep(e)) return { loose: false, error: 'nesting too deep to parse' };
      firstError ??= e;
    }
  }
  if (strict) return { loose: false, error: message(firstError) };
  try {
    return { program: parseLoose(source, { ...base, sourceType: 'script' }), loose: true, error: message(firstError) };
  } catch (e) {
    if (e instanceof OverBudget) return { loose: false, error: e.message, overBudget: true };
    return { loose: false, error: isTooDeep(e) ? 'nesting too deep to parse' : message(firstError) };
  }
}
