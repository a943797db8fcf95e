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

export function parseJavaScript(source: string, strict: boolean): Parsed {
  let firstError: unknown;
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return { program: parse(source, { ...BASE, sourceType }), loose: false };
    } catch (e) {
      if (isTooDeep(e)) return { loose: false, error: 'nesting too deep to parse' };
      firstError ??= e;
    }
  }
  if (strict) return { loose: false, error: message(firstError) };
  try {
    return { program: parseLoose(source, { ...BASE, sourceType: 'script' }), loose: true, error: message(firstError) };
  } catch (e) {
    return { loose: false, error: isTooDeep(e) ? 'nesting too deep to parse' : message(firstError) };
  }
}
