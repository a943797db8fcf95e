import type { CallFact } from '../../model/index.js';

/**
 * `exec(open('data/config.dat').read())`: code a package keeps in one of its files, under any name, and
 * runs by executing the file's text. The everyday form executes `pkg/version.py`; the hostile one hides a
 * stage in a file no Python tool would read (`.dat`, `.txt`, a README). The file is analysed as Python
 * and runs when and where the executing call runs (model.ts, python/execution.ts).
 */
const EXEC_SINKS = new Set(['builtins.exec', 'builtins.eval', 'builtins.compile', 'builtins.execfile', 'runpy.run_path']);

/** Reads of a file's text: `open(…).read()`, `io.open`, `codecs.open`, `Path(…).read_text()`. */
const READS_FILE = /\bopen\s*\(|\.read_(?:text|bytes)\s*\(/;
const LITERAL = /[rRbBuU]{0,2}(['"])((?:(?!\1)[^\\\n])+)\1/g;
/** Literals that are arguments of the read, not parts of the path. */
const NOT_PATH = /^(?:[rwabtxU+]{1,3}|utf-?8|utf-?16|latin-?1|ascii|ignore|replace|strict|exec|eval|single)$/i;

/** The package file an exec-like call runs the text of, if the call names one that exists (`has`). */
export function execedFile(call: CallFact, from: string, has: (path: string) => boolean): string | undefined {
  if (!EXEC_SINKS.has(call.callee)) return undefined;
  const arg = call.args[0];
  if (!arg) return undefined;
  // execfile('x.py') and runpy.run_path('x.py') take the path itself.
  const direct = call.callee === 'builtins.execfile' || call.callee === 'runpy.run_path';
  if (!direct && !READS_FILE.test(arg.text)) return undefined;
  const parts: string[] = [];
  for (const m of arg.text.matchAll(LITERAL)) {
    const s = m[2] as string;
    if (!NOT_PATH.test(s)) parts.push(s);
  }
  if (parts.length === 0 && direct && arg.value !== undefined) parts.push(arg.value);
  if (parts.length === 0 || parts.length > 6) return undefined;
  const written = normalize(parts.join('/'));
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  // setup.py runs from the sdist's root; other modules usually build the path from their own folder.
  for (const candidate of [written, dir ? normalize(`${dir}/${written}`) : undefined]) {
    if (candidate && candidate !== from && has(candidate)) return candidate;
  }
  return undefined;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
