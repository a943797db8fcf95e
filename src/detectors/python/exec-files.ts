import { namedPackageFile } from '../shared/package-paths.js';
import { PROCESS_STARTERS, startedArgument } from './archive-loads.js';
import type { CallFact } from '../../model/index.js';

/**
 * `exec(open('data/config.dat').read())`: code a package keeps in one of its files, under any name, and
 * runs by executing the file's text, by loading it as a module's source, or by starting the interpreter on
 * it. The everyday form executes `pkg/version.py`; the hostile one hides a stage in a file no Python tool
 * would read (`.dat`, `.txt`, a README). The file is analysed as Python and runs when and where the
 * executing call runs (model.ts, python/execution.ts; `.py` scripts a command names anywhere in its words are
 * also found there by their stem).
 */
const EXEC_SINKS = new Set(['builtins.exec', 'builtins.eval', 'builtins.compile', 'builtins.execfile', 'runpy.run_path']);

/** Reads of a file's text: `open(…).read()`, `io.open`, `codecs.open`, `Path(…).read_text()`. */
export const READS_FILE = /\bopen\s*\(|\.read_(?:text|bytes)\s*\(/;
/** Literals that are arguments of the read, not parts of the path. */
const NOT_PATH = /^(?:[rwabtxU+]{1,3}|utf-?8|utf-?16|latin-?1|ascii|ignore|replace|strict|exec|eval|single)$/i;

/**
 * Loaders that import a module from the source text at a path, whatever the file is called
 * (`SourceFileLoader('theme', 'assets/theme.cfg').load_module()`, `imp.load_source('cfg', 'conf.txt')`,
 * `spec_from_file_location('h', 'tools/helper.txt')` then `exec_module`): the path is their second argument.
 */
const SOURCE_LOADERS = new Set(['importlib.machinery.SourceFileLoader', 'importlib._bootstrap_external.SourceFileLoader', 'imp.load_source', 'importlib.util.spec_from_file_location']);
/** What a read of a file's text is called, when the text reaches exec through a variable. */
export const FILE_READS = /^(builtins\.open|io\.open|codecs\.open|pathlib\.Path(\.read_(text|bytes))?)$/;

/**
 * The package file an exec-like call runs the text of, if the call names one that exists (`has`). Text read
 * into a variable first (`src = open('data/strings.txt').read()` … `exec(compile(src, …))`) is found by the
 * argument's reference to the read and the reads of the same function (`calls`: the file's calls).
 */
export function execedFile(call: CallFact, from: string, has: (path: string) => boolean, calls: readonly CallFact[] = []): string | undefined {
  if (PROCESS_STARTERS.test(call.callee)) {
    const script = startedArgument(call);
    return script === undefined ? undefined : namedPackageFile(script, from, has, NOT_PATH, false);
  }
  if (SOURCE_LOADERS.has(call.callee)) {
    const path = call.args[1] ?? call.kwargs['location'];
    return path ? namedPackageFile(path.text, from, has, NOT_PATH, false) : undefined;
  }
  if (!EXEC_SINKS.has(call.callee)) return undefined;
  const arg = call.args[0];
  if (!arg) return undefined;
  // execfile('x.py') and runpy.run_path('x.py') take the path itself.
  const direct = call.callee === 'builtins.execfile' || call.callee === 'runpy.run_path';
  if (!direct && !READS_FILE.test(arg.text)) {
    if (!arg.refs.some((r) => FILE_READS.test(r))) return undefined;
    for (const read of calls) {
      if (read.scope !== call.scope || read.line > call.line || !FILE_READS.test(read.callee)) continue;
      const path = namedPackageFile(read.args.map((a) => a.text).join(', '), from, has, NOT_PATH, false);
      if (path !== undefined) return path;
    }
    return undefined;
  }
  // setup.py runs from the sdist's root; other modules usually build the path from their own folder.
  return namedPackageFile(arg.text, from, has, NOT_PATH, false);
}
