import { isZipData, type CallFact, type ContentFile } from '../../model/index.js';

/**
 * Calls that load code from a package file that is not source: `zipimport.zipimporter(path)`, sourceless
 * and extension loaders, `imp.load_compiled`, `spec_from_file_location`, `runpy.run_path` (which runs a
 * .pyc, or the `__main__.py` of a ZIP archive), and an archive put on `sys.path` (every later import then
 * looks inside it first). A command that starts Python on the file (`subprocess.run([sys.executable,
 * 'tool.pyz'])`, `os.system('python3 data.bin')`) loads it the way runpy does.
 */
const LOADERS = /^(zipimport\.zipimporter(\.\w+)?|importlib\.machinery\.(SourcelessFileLoader|ExtensionFileLoader)(\.\w+)?|imp\.load_(compiled|package|dynamic)|importlib\.util\.spec_from_file_location|runpy\.run_path|sys\.path\.(insert|append|extend))$/;
/** Calls that start a process: shared with the scripts a command starts (execution.ts). */
export const PROCESS_STARTERS = /^(os\.(system|popen|startfile|spawn\w*|exec\w*)|subprocess\.\w+)$/;
/** A Python interpreter in a command (`python3`, `/usr/bin/python3.11`, `pythonw.exe`, `sys.executable`), not `python_libs.zip`. */
export const INTERPRETER = /\bpython(?:\d+(?:\.\d+)*)?w?(?:\.exe)?(?![\w.-])|sys\.executable/i;
const LITERAL = /(['"])([^'"\n]{1,200})\1/g;

/**
 * A .pyc header: a magic number (little-endian; CPython 3's are 3000–3999, 2.7's is 62211) then \r\n; since
 * 3.7 a 4-byte flags word (0–3) follows. Text that happens to have \r\n at bytes 2–3 (`# \r\n`) is not one.
 */
export function isPyc(d: Uint8Array): boolean {
  if (d.length < 16 || d[2] !== 0x0d || d[3] !== 0x0a) return false;
  const magic = (d[0] as number) | ((d[1] as number) << 8);
  return magic === 62211 || (magic >= 3000 && magic < 4000 && (magic < 3390 || ((d[4] as number) <= 3 && d[5] === 0 && d[6] === 0 && d[7] === 0)));
}

/** Package files a loader could name, by file name: ZIP archives and bytecode (whatever they are called). */
export function loadableFiles(files: readonly ContentFile[]): Map<string, ContentFile> {
  const byName = new Map<string, ContentFile>();
  for (const f of files) if (isZipData(f.data) || isPyc(f.data)) byName.set(f.path.slice(f.path.lastIndexOf('/') + 1), f);
  return byName;
}

/**
 * The package file a loader call names (by a literal or folded argument, matched on the file name; a command
 * by the file it starts Python on), when the call is a loader and the file is bytecode or, for `sys.path`, a
 * ZIP archive (bytecode is not imported from there).
 */
export function loadedFile(call: CallFact, byName: ReadonlyMap<string, ContentFile>): ContentFile | undefined {
  if (byName.size === 0) return undefined;
  const starts = PROCESS_STARTERS.test(call.callee);
  if (!starts && !LOADERS.test(call.callee)) return undefined;
  const script = starts ? startedArgument(call) : undefined;
  if (starts && script === undefined) return undefined;
  const texts = script !== undefined ? [script] : call.args.map((a) => a.text);
  const values = script !== undefined ? [] : call.args.flatMap((a) => (a.value !== undefined ? [a.value] : []));
  const named = [...texts.flatMap((t) => [...t.matchAll(LITERAL)].map((m) => m[2] as string)), ...values];
  const target = named.map((n) => byName.get(n.split(/[\\/]/).pop() ?? n)).find((f) => f !== undefined);
  if (!target || (call.callee.startsWith('sys.path') && !isZipData(target.data))) return undefined;
  return target;
}

/**
 * What a command starts Python on (`subprocess.Popen([sys.executable, '-u', 'lib/job.dat'])`,
 * `os.system('python3 tools/run.txt')`): the source text of the first argument after the interpreter that is
 * not an option (a quoted literal for a command string); none for `-m`/`-c`, or when no interpreter starts.
 */
export function startedArgument(call: CallFact): string | undefined {
  const first = call.args[0];
  if (!first || !(INTERPRETER.test(call.text) || INTERPRETER.test(first.value ?? ''))) return undefined;
  const words =
    first.value !== undefined
      ? first.value.split(/\s+/).map((w) => ({ word: w, text: JSON.stringify(w) }))
      : (first.items ?? []).map((i) => ({ word: i.value ?? i.text, text: i.text }));
  const at = words.findIndex((w) => INTERPRETER.test(w.word) || INTERPRETER.test(w.text));
  if (at < 0) return undefined;
  for (const w of words.slice(at + 1)) {
    if (w.word === '-m' || w.word === '-c') return undefined;
    if (!w.word.startsWith('-')) return w.text;
  }
  return undefined;
}
