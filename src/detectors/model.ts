import { EMBEDDED_PICKLE, isZipData, type ArtifactKind, type ContentFile, type Ecosystem, type FileFacts, type PackageContents } from '../model/index.js';
import { ExecutionMap } from './context.js';
import { attachDroppedCode } from './dropped-code.js';
import { evaluatedFile, requiredOtherFiles, startedFile } from './javascript/exec-files.js';
import { javascriptCallTargets, javascriptExecution } from './javascript/execution.js';
import { installSources } from './javascript/install-commands.js';
import { nodeTarget, pythonTarget } from './javascript/npm-scripts.js';
import { normalizePackagePath } from './shared/package-paths.js';
import { identityOf } from './package/identity.js';
import { pythonExecution } from './python/execution.js';
import { loadableFiles, loadedFile } from './python/archive-loads.js';
import { declaredEntryPoints } from './python/entry-points.js';
import { execedFile } from './python/exec-files.js';
import { fillImportedConstants } from './python/imported-constants.js';
import { ModuleIndex } from './python/modules.js';
import { emptyFacts } from './shared/empty-facts.js';
import { collectEvents } from './shared/events.js';
import { relayedSinks, type CallTargets } from './shared/relayed-sinks.js';
import { decodeSource, looksBinary, pythonRefusesSource } from './text.js';
import type { NpmManifest, PackageModel } from './types.js';

export interface SourceAnalyzers {
  python(file: string, source: string): FileFacts;
  javascript(file: string, source: string): FileFacts;
}

export interface ModelLimits {
  /** Python source files larger than this are not parsed (reported as partially inspected). */
  maxSourceBytes: number;
  /**
   * The same for JavaScript. Single-file bundles of everyday packages (a compiler, an SDK) pass 8 MiB, and
   * acorn's memory goes with the tree, while tree-sitter's WebAssembly memory never shrinks (see below).
   */
  maxScriptBytes: number;
  /**
   * Wall time (ms) for all of an artifact's source analysis; files left when it passes are not analysed,
   * which makes the package uninspectable: a hostile input must not buy a pass with slowness. Per file, the
   * analysers bound themselves by a step count (deterministic) and a safety deadline; a file they gave up on
   * is reported. A file whose analysis merely took long but finished is complete and is not reported: a
   * verdict must not change with the machine's load.
   */
  maxArtifactMs: number;
}

export const DEFAULT_MODEL_LIMITS: ModelLimits = { maxSourceBytes: 8 * 1024 * 1024, maxScriptBytes: 16 * 1024 * 1024, maxArtifactMs: 60_000 };

/** Files with other names that a package's JavaScript runs (exec-files.ts), at most this many. */
const MAX_OTHER_FILES = 200;

export const PY_SOURCE = /\.(py|pyw)$/i;
const JS_SOURCE = /\.(js|cjs|mjs)$/i;

/**
 * The size of the largest Python file of a PyPI artifact that the parser will read (bytes). tree-sitter's
 * WebAssembly memory grows with the largest file parsed (about 25 bytes per byte of source) and never
 * shrinks, so the inspection pool runs artifacts with huge modules one at a time.
 */
export function largestPythonSource(contents: PackageContents, ecosystem: Ecosystem, limits: ModelLimits = DEFAULT_MODEL_LIMITS): number {
  if (ecosystem !== 'pypi') return 0;
  let max = 0;
  for (const f of contents.files) if (f.size > max && f.size <= limits.maxSourceBytes && PY_SOURCE.test(f.path)) max = f.size;
  return max;
}

/** Files not (fully) analysed because of a limit: detectors report them instead of passing them in silence. */
export interface ModelNotes {
  oversized: string[];
  /**
   * Files an analyser gave up on for a resource
   * limit (its own time budget, nesting too deep for the parser's stack) while the runtime may well run them.
   */
  overBudget: { file: string; ms: number; reason: string }[];
  /** Files never analysed because the artifact's `maxArtifactMs` had passed. */
  unanalysed: string[];
}

/**
 * The analysers' messages for giving up on a resource limit (src/detectors/python/parser.ts,
 * src/detectors/javascript/parse.ts). acorn overflows near 900 nested parentheses where V8 runs 1,800:
 * that gap must not turn a payload into a mere warning.
 */
const ANALYSER_GAVE_UP = /budget exceeded|too deep to parse/;

/**
 * site.py executes the lines of a .pth file that start with `import` (followed by a space or tab) at every
 * interpreter start-up (https://docs.python.org/3/library/site.html). Other lines are paths: blanked, so
 * line numbers stay true.
 */
export function pthExecutableSource(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  if (!lines.some((l) => /^import[ \t]/.test(l))) return undefined;
  return lines.map((l) => (/^import[ \t]/.test(l) ? l : '')).join('\n');
}

const NOT_SOURCE = 'mostly not UTF-8 and no coding declaration: Python refuses to compile it, so it was read as data, not parsed';

export function buildPackageModel(
  contents: PackageContents,
  ecosystem: Ecosystem,
  kind: ArtifactKind,
  analyzers: SourceAnalyzers,
  limitOverrides: Partial<ModelLimits> = {},
): PackageModel & { notes: ModelNotes } {
  const limits: ModelLimits = { ...DEFAULT_MODEL_LIMITS, ...limitOverrides };
  const byPath = new Map(contents.files.map((f) => [f.path, f]));
  const textCache = new Map<string, string | undefined>();
  const text = (path: string): string | undefined => {
    if (textCache.has(path)) return textCache.get(path);
    const f = byPath.get(path);
    const t = f && !looksBinary(f.data) ? decodeSource(f.data) : undefined;
    textCache.set(path, t);
    return t;
  };

  const facts = new Map<string, FileFacts>();
  const notes: ModelNotes = { oversized: [], overBudget: [], unanalysed: [] };
  // Analysers are synchronous; the clock is checked between files (and the Python analyser checks its
  // own budget inside its loops), so a hostile artifact costs at most the deadline plus one file.
  const deadline = performance.now() + limits.maxArtifactMs;
  const timed = (path: string, analyse: () => FileFacts): FileFacts | undefined => {
    const start = performance.now();
    if (start > deadline) {
      notes.unanalysed.push(path);
      return undefined;
    }
    const f = analyse();
    const ms = performance.now() - start;
    if (f.parseError !== undefined && ANALYSER_GAVE_UP.test(f.parseError)) {
      notes.overBudget.push({ file: path, ms: Math.round(ms), reason: f.parseError });
    }
    return f;
  };
  for (const file of contents.files) {
    const lang = PY_SOURCE.test(file.path) ? 'python' : JS_SOURCE.test(file.path) ? 'javascript' : undefined;
    if (!lang) continue;
    // npm packages: Python files are not run by npm; PyPI packages: JavaScript is not run by pip.
    if ((lang === 'python') !== (ecosystem === 'pypi')) continue;
    if (file.size > (lang === 'python' ? limits.maxSourceBytes : limits.maxScriptBytes)) {
      notes.oversized.push(file.path);
      // Empty facts keep the file on the execution map, so coverage can tell an unanalysed entry point
      // (install or import time: uninspectable) from a file that only runs when called.
      facts.set(file.path, emptyFacts(lang, file.path, { lines: 0, bytes: file.size, maxLineLength: 0, obfuscatedIdentifiers: 0, largestStringArray: 0 }));
      continue;
    }
    // Node runs a .js file whatever NULs it holds (they are legal in comments and strings), so the
    // binary guess must not spare it; CPython refuses source with NUL bytes, so .py keeps the guess.
    const source = lang === 'javascript' ? decodeSource(file.data) : text(file.path);
    if (source === undefined) continue;
    if (lang === 'python' && pythonRefusesSource(file.data, source)) {
      // Kept on the execution map with a note (py/partial-analysis), but not parsed: Python cannot run it.
      const metrics = { lines: 0, bytes: file.size, maxLineLength: 0, obfuscatedIdentifiers: 0, largestStringArray: 0 };
      facts.set(file.path, { ...emptyFacts(lang, file.path, metrics), partial: true, parseError: NOT_SOURCE });
      continue;
    }
    const f = timed(file.path, () => {
      const parsed = lang === 'python' ? analyzers.python(file.path, source) : analyzers.javascript(file.path, source);
      attachDroppedCode(parsed, analyzers);
      return parsed;
    });
    if (f) facts.set(file.path, f);
  }

  // ZIP archives and bytecode a loader call could name, when the package ships ZIP archives (python/archive-loads.ts).
  const loadable = ecosystem === 'pypi' && contents.embedded?.length ? loadableFiles(contents.files) : undefined;
  if (ecosystem === 'pypi') {
    for (const file of contents.files) {
      if (!file.path.endsWith('.pth') || file.size > limits.maxSourceBytes) continue;
      const source = pthExecutableSource(text(file.path));
      const f = source === undefined ? undefined : timed(file.path, () => analyzers.python(file.path, source));
      if (f) facts.set(file.path, f);
    }
    // Files whose text the package's Python executes (`exec(open('data/x.dat').read())`, `python x.dat`), under any name.
    for (const [path, f] of [...facts]) {
      if (f.language !== 'python') continue;
      for (const call of f.calls) {
        const target = execedFile(call, path, (p) => byPath.has(p), f.calls);
        const file = target !== undefined && !facts.has(target) ? byPath.get(target) : undefined;
        const source = file && file.size <= limits.maxSourceBytes && !looksBinary(file.data) && !isZipData(file.data) ? text(file.path) : undefined;
        const g = file && source !== undefined ? timed(file.path, () => analyzers.python(file.path, source)) : undefined;
        if (g) facts.set(file!.path, g);
      }
    }
    if (loadable) analyseLoadedArchives(contents, loadable, facts, byPath, limits, (path, source) => timed(path, () => analyzers.python(path, source)), notes);
  }

  let npm: NpmManifest | undefined;
  if (ecosystem === 'npm') {
    const raw = text('package.json');
    if (raw !== undefined) {
      try {
        const json = JSON.parse(raw.replace(/^\uFEFF/, '')) as unknown;
        npm = { raw, json: json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined };
      } catch (err) {
        npm = { raw, json: undefined, parseError: err instanceof Error ? err.message : String(err) };
      }
    }
    const scripts = (npm?.json?.['scripts'] ?? {}) as Record<string, unknown>;
    const scriptFiles: string[] = [];
    for (const source of installSources(scripts, text('binding.gyp'))) {
      for (const cmd of source.cmds) {
        const { inline, file: script } = nodeTarget(cmd) ?? {};
        if (script !== undefined && script !== '.' && script !== '') scriptFiles.push(normalizePackagePath(script));
        const f = inline ? timed(source.jsPath, () => analyzers.javascript(source.jsPath, inline)) : undefined;
        if (f) facts.set(source.jsPath, f);
        // Python run by the script: inline code, or a file of the package (npm packages' Python is read only here).
        const py = pythonTarget(cmd);
        const pyPath = py?.inline !== undefined ? source.pyPath : py?.file;
        const pySource = py?.inline ?? (pyPath !== undefined && !facts.has(pyPath) ? text(pyPath) : undefined);
        const pf = pyPath !== undefined && pySource !== undefined ? timed(pyPath, () => analyzers.python(pyPath, pySource)) : undefined;
        if (pf && pyPath !== undefined) facts.set(pyPath, pf);
      }
    }
    // Files run as JavaScript whatever their name: the file an install script runs (`node lib/x.woff`),
    // `eval(fs.readFileSync(…'x.dat'))`, `require('./x.cfg')`, `fork('lib/x.dat')`; the files found are
    // searched in turn (at most MAX_OTHER_FILES of them are added).
    const has = (p: string): boolean => byPath.has(p);
    const isText = (p: string): boolean => {
      const data = byPath.get(p)?.data;
      return data !== undefined && data.length > 0 && !looksBinary(data);
    };
    const queue = [...facts].filter(([, f]) => f.language === 'javascript');
    let added = 0;
    const add = (target: string): void => {
      const file = added < MAX_OTHER_FILES && !facts.has(target) ? byPath.get(target) : undefined;
      if (!file || file.size > limits.maxScriptBytes || !isText(target)) return;
      const g = timed(file.path, () => analyzers.javascript(file.path, decodeSource(file.data)));
      if (!g) return;
      facts.set(file.path, g);
      queue.push([file.path, g]);
      added++;
    };
    for (const target of scriptFiles) add(target);
    for (let n = 0; n < queue.length; n++) {
      const [path, f] = queue[n] as [string, FileFacts];
      const targets = requiredOtherFiles(f, path, has, isText);
      for (const c of f.calls) {
        const t = evaluatedFile(c, path, has) ?? startedFile(c, path, has);
        if (t !== undefined) targets.push(t);
      }
      for (const target of targets) add(target);
    }
  }

  const execution = new ExecutionMap();
  let targets: CallTargets;
  if (ecosystem === 'pypi') {
    const modules = new ModuleIndex([...facts].filter(([, f]) => f.language === 'python').map(([p]) => p));
    fillImportedConstants(facts, modules);
    const entryPoints = declaredEntryPoints(byPath.keys(), text, facts.get('setup.py'));
    pythonExecution(facts, text, execution, modules, loadable && ((call) => loadedFile(call, loadable)?.path), entryPoints);
    targets = (file, callee) => {
      const t = modules.resolveCallee(callee, file);
      return t ? [t] : [];
    };
  } else {
    javascriptExecution(npm?.json, facts, execution, text('binding.gyp'));
    targets = javascriptCallTargets(facts);
  }
  const events = collectEvents(facts, execution);
  // Data handed to the package's own functions that send it (`post(dict(os.environ))`) is sent by the caller.
  for (const e of relayedSinks(facts, execution, events.events, targets)) {
    events.events.push(e);
    events.byFile.set(e.file, [...(events.byFile.get(e.file) ?? []), e]);
  }
  const identity = identityOf(ecosystem, contents.files, text);
  return { ecosystem, kind, ...identity, contents, facts, execution, events, ...(npm ? { npm } : {}), text, notes };
}

/**
 * The Python inside ZIP archives that the package's code loads (`sys.path.insert(0, 'deps.zip')`,
 * `zipimport.zipimporter(…)`): analysed as modules of the archive (`deps.zip!/evil/__init__.py`), which the
 * execution map runs with the loading code. Archives nothing loads are left alone (vendored test data).
 */
function analyseLoadedArchives(
  contents: PackageContents,
  byName: ReadonlyMap<string, ContentFile>,
  facts: Map<string, FileFacts>,
  byPath: Map<string, ContentFile>,
  limits: ModelLimits,
  analyse: (path: string, source: string) => FileFacts | undefined,
  notes: ModelNotes,
): void {
  const loaded = new Set<string>();
  for (const f of facts.values()) {
    if (f.language !== 'python') continue;
    for (const call of f.calls) {
      const target = loadedFile(call, byName);
      if (target) loaded.add(target.path);
    }
  }
  for (const archive of contents.embedded ?? []) {
    if (!loaded.has(archive.path)) continue;
    for (const file of archive.files) {
      if (EMBEDDED_PICKLE.test(file.path)) continue; // read by py/pickle-payload, not as source
      byPath.set(file.path, file);
      if (file.size > limits.maxSourceBytes) {
        notes.oversized.push(file.path);
        continue;
      }
      const source = looksBinary(file.data) ? undefined : decodeSource(file.data);
      const g = source === undefined ? undefined : analyse(file.path, source);
      if (g) facts.set(file.path, g);
    }
  }
}
