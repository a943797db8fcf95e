import { namedPackageFile } from '../shared/package-paths.js';
import { INTERPRETER, PROCESS_STARTERS } from './archive-loads.js';
import type { CallFact } from '../../model/index.js';

/**
 * `exec(open('data/config.dat').read())`: code a package keeps in one of its files, under any name, and
 * runs by executing the file's text, by loading it as a module's source, or by starting the interpreter on
 * it. The everyday form executes `pkg/version.py`; the hostile one hides a stage in a file no Python tool
 * would read (`.dat`, `.txt`, a README). The file is analysed as Python and runs when and where the
 * executing call runs (model.ts, python/execution.ts).
 */
const EXEC_SINKS = new Set(['builtins.exec', 'builtins.eval', 'builtins.compile', 'builtins.execfile', 'runpy.run_path']);

/** Reads of a file's text: `open(…).read()`, `io.open`, `codecs.open`, `Path(…).read_text()`. */
const READS_FILE = /\bopen\s*\(|\.read_(?:text|bytes)\s*\(/;
/** Literals that are arguments of the read, not parts of the path. */
const NOT_PATH = /^(?:[rwabtxU+]{1,3}|utf-?8|utf-?16|latin-?1|ascii|ignore|replace|strict|exec|eval|single)$/i;

/**
 * Loaders that import a module from the source text at a path, whatever the file is called
 * (`SourceFileLoader('theme', 'assets/theme.cfg').load_module()`, `imp.load_source('cfg', 'conf.txt')`):
 * the path is their second argument.
 */
const SOURCE_LOADERS = new Set(['importlib.machinery.SourceFileLoader', 'importlib._bootstrap_external.SourceFileLoader', 'imp.load_source']);

/** The package file an exec-like call runs the text of, if the call names one that exists (`has`). */
export function execedFile(call: CallFact, from: string, has: (path: string) => boolean): string | undefined {
  if (PROCESS_STARTERS.test(call.callee)) return startedScript(call, from, has);
  if (SOURCE_LOADERS.has(call.callee)) {
    const path = call.args[1];
    return path ? namedPackageFile(path.text, from, has, NOT_PATH, false) : undefined;
  }
  if (!EXEC_SINKS.has(call.callee)) return undefined;
  const arg = call.args[0];
  if (!arg) return undefined;
  // execfile('x.py') and runpy.run_path('x.py') take the path itself.
  const direct = call.callee === 'builtins.execfile' || call.callee === 'runpy.run_path';
  if (!direct && !READS_FILE.test(arg.text)) return undefined;
  // setup.py runs from the sdist's root; other modules usually build the path from their own folder.
  return namedPackageFile(arg.text, from, has, NOT_PATH, false);
}

/**
 * The file a command starts Python on (`subprocess.Popen([sys.executable, 'lib/job.dat'])`,
 * `os.system('python3 tools/run.txt')`): the first argument after the interpreter that is not an option.
 */
function startedScript(call: CallFact, from: string, has: (path: string) => boolean): string | undefined {
  const first = call.args[0];
  if (!first || !(INTERPRETER.test(call.text) || INTERPRETER.test(first.value ?? ''))) return undefined;
  if (first.value !== undefined) {
    const words = first.value.split(/\s+/);
    const script = scriptAfterInterpreter(words.map((w) => ({ word: w, text: JSON.stringify(w) })));
    return script === undefined ? undefined : namedPackageFile(script, from, has, NOT_PATH, false);
  }
  // A list: `[sys.executable, '-u', path, 'data.yml']`.
  const script = scriptAfterInterpreter((first.items ?? []).map((i) => ({ word: i.value ?? i.text, text: i.text })));
  return script === undefined ? undefined : namedPackageFile(script, from, has, NOT_PATH, false);
}

/** The first word after the interpreter that is not an option; none when `-m` or `-c` says it runs no file. */
function scriptAfterInterpreter(words: Array<{ word: string; text: string }>): string | undefined {
  const at = words.findIndex((w) => INTERPRETER.test(w.word) || INTERPRETER.test(w.text));
  if (at < 0) return undefined;
  for (const w of words.slice(at + 1)) {
    if (w.word === '-m' || w.word === '-c') return undefined;
    if (!w.word.startsWith('-')) return w.text;
  }
  return undefined;
}
