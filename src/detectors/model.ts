import type { ArtifactKind, Ecosystem, FileFacts, PackageContents } from '../model/index.js';
import { ExecutionMap } from './context.js';
import { attachDroppedCode } from './dropped-code.js';
import { javascriptExecution, inlineScriptPath } from './javascript/execution.js';
import { INSTALL_SCRIPTS, nodeTarget, splitScript } from './javascript/npm-scripts.js';
import { identityOf } from './package/identity.js';
import { pythonExecution } from './python/execution.js';
import { collectEvents } from './shared/events.js';
import { decodeSource, looksBinary } from './text.js';
import type { NpmManifest, PackageModel } from './types.js';

export interface SourceAnalyzers {
  python(file: string, source: string): FileFacts;
  javascript(file: string, source: string): FileFacts;
}

export interface ModelLimits {
  /** Source files larger than this are not parsed (reported as partially inspected). */
  maxSourceBytes: number;
}

export const DEFAULT_MODEL_LIMITS: ModelLimits = { maxSourceBytes: 8 * 1024 * 1024 };

const PY_SOURCE = /\.(py|pyw)$/i;
const JS_SOURCE = /\.(js|cjs|mjs)$/i;

/** Files not parsed because of their size: detectors report them instead of passing them in silence. */
export interface ModelNotes {
  oversized: string[];
}

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

export function buildPackageModel(
  contents: PackageContents,
  ecosystem: Ecosystem,
  kind: ArtifactKind,
  analyzers: SourceAnalyzers,
  limits: ModelLimits = DEFAULT_MODEL_LIMITS,
): PackageModel & { notes: ModelNotes } {
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
  const notes: ModelNotes = { oversized: [] };
  for (const file of contents.files) {
    const lang = PY_SOURCE.test(file.path) ? 'python' : JS_SOURCE.test(file.path) ? 'javascript' : undefined;
    if (!lang) continue;
    // npm packages: Python files are not run by npm; PyPI packages: JavaScript is not run by pip.
    if ((lang === 'python') !== (ecosystem === 'pypi')) continue;
    if (file.size > limits.maxSourceBytes) {
      notes.oversized.push(file.path);
      continue;
    }
    const source = text(file.path);
    if (source === undefined) continue;
    const f = lang === 'python' ? analyzers.python(file.path, source) : analyzers.javascript(file.path, source);
    attachDroppedCode(f, analyzers);
    facts.set(file.path, f);
  }

  if (ecosystem === 'pypi') {
    for (const file of contents.files) {
      if (!file.path.endsWith('.pth') || file.size > limits.maxSourceBytes) continue;
      const source = pthExecutableSource(text(file.path));
      if (source !== undefined) facts.set(file.path, analyzers.python(file.path, source));
    }
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
    for (const hook of INSTALL_SCRIPTS) {
      const script = scripts[hook];
      if (typeof script !== 'string') continue;
      for (const cmd of splitScript(script)) {
        const inline = nodeTarget(cmd)?.inline;
        if (inline) facts.set(inlineScriptPath(hook), analyzers.javascript(inlineScriptPath(hook), inline));
      }
    }
  }

  const execution = new ExecutionMap();
  if (ecosystem === 'pypi') pythonExecution(facts, text, execution);
  else javascriptExecution(npm?.json, facts, execution);
  const events = collectEvents(facts, execution);
  const identity = identityOf(ecosystem, contents.files, text);
  return { ecosystem, kind, ...identity, contents, facts, execution, events, ...(npm ? { npm } : {}), text, notes };
}
