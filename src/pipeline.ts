import { createHash } from 'node:crypto';
import { AnalysisCache } from './detectors/analysis-cache.js';
import { analyzeJavaScript } from './detectors/javascript/analyze.js';
import { buildPackageModel, largestPythonSource, type SourceAnalyzers } from './detectors/model.js';
import { runDetectors } from './detectors/engine/run.js';
import { createPythonAnalyzer } from './detectors/python/parser.js';
import type { ArtifactKind, Ecosystem, PackageContents, PackageRef, Verdict } from './model/index.js';
import { evaluate } from './policy/evaluate.js';
import type { Policy } from './policy/types.js';
import type { TreeSitterWasm } from './runtime/wasm.js';
import { unpackEmbeddedArchives } from './unpack/embedded.js';
import { unpackArtifact } from './unpack/index.js';

/** Customs's version, as reports name the tool. */
export const ENGINE_VERSION = '0.1.0';

/** Set by scripts/build.mjs: a digest of the sources and locked dependencies the bundle was built from. */
declare const __CUSTOMS_ANALYSIS_DIGEST__: string | undefined;

/**
 * What cached inspection results are keyed by: the version and, in a build, the digest of what it was built
 * from, so results cached by another build (detection changes without a version bump) go stale by themselves.
 */
export const ANALYSIS_KEY = `${ENGINE_VERSION}+${typeof __CUSTOMS_ANALYSIS_DIGEST__ === 'string' ? __CUSTOMS_ANALYSIS_DIGEST__ : 'source'}`;

export interface Engine {
  analyzers: SourceAnalyzers;
}

export async function createEngine(wasm: TreeSitterWasm): Promise<Engine> {
  const python = await createPythonAnalyzer(wasm);
  const cache = new AnalysisCache();
  return {
    analyzers: {
      python: (file, source) => cache.get('python', file, source, () => python.analyze(file, source)),
      javascript: (file, source) => cache.get('javascript', file, source, () => analyzeJavaScript(file, source)),
    },
  };
}

export interface ArtifactInput {
  bytes: Uint8Array;
  /** File name (for messages and reports; never used to guess the format). */
  filename: string;
  /** Known from the registry or the corpus; guessed from the contents otherwise. */
  ecosystem?: Ecosystem;
  name?: string;
  version?: string;
}

export interface Inspection {
  verdict: Verdict;
  kind: ArtifactKind;
  digest: string;
  contents: Pick<PackageContents, 'format' | 'root' | 'skipped' | 'error'> & { fileCount: number; bytes: number };
  /** npm: the tarball's own package.json text (compared with the registry's manifest: manifest confusion). */
  packageJson?: string;
}

function guessKind(contents: PackageContents, ecosystem: Ecosystem | undefined): { ecosystem: Ecosystem; kind: ArtifactKind } {
  const paths = contents.files.map((f) => f.path);
  if (ecosystem !== 'npm' && paths.some((p) => /^[^/]+\.dist-info\//.test(p))) return { ecosystem: 'pypi', kind: 'wheel' };
  const pythonish = paths.some((p) => p === 'setup.py' || p === 'PKG-INFO' || p === 'pyproject.toml' || p === 'setup.cfg');
  if (ecosystem === 'npm' || (!pythonish && (contents.root === 'package/' || paths.includes('package.json')))) {
    return { ecosystem: 'npm', kind: 'npm-tarball' };
  }
  return { ecosystem: 'pypi', kind: contents.format === 'zip' && !pythonish ? 'wheel' : 'sdist' };
}

/**
 * Thrown by inspectArtifact when the artifact holds a Python module larger than `maxPythonSource`: the
 * inspection pool then runs it when no other such artifact runs (see PoolOptions.soloSourceBytes).
 */
export class SoloRequired extends Error {
  constructor(readonly bytes: number) {
    super(`a ${bytes}-byte Python module waits until no other such module is inspected`);
  }
}

/**
 * One artifact through unpack → model → detectors → policy. Never throws for hostile input; throws
 * SoloRequired only when the caller set `maxPythonSource`.
 */
export async function inspectArtifact(engine: Engine, input: ArtifactInput, policy: Policy, today: string, opts: { maxPythonSource?: number } = {}): Promise<Inspection> {
  const digest = `sha256:${createHash('sha256').update(input.bytes).digest('hex')}`;
  const contents = await unpackArtifact(input.bytes, input.filename, undefined, input.ecosystem ? { ecosystem: input.ecosystem } : {});
  const { ecosystem, kind } = guessKind(contents, input.ecosystem);
  if (opts.maxPythonSource !== undefined) {
    const largest = largestPythonSource(contents, ecosystem);
    if (largest > opts.maxPythonSource) throw new SoloRequired(largest);
  }
  // ZIP archives inside a Python package: their Python is analysed when the package's code loads them.
  if (ecosystem === 'pypi') {
    const embedded = await unpackEmbeddedArchives(contents, input.filename);
    if (embedded.length > 0) contents.embedded = embedded;
  }
  const model = buildPackageModel(contents, ecosystem, kind, engine.analyzers);
  const findings = runDetectors(model);
  const ref: PackageRef = {
    ecosystem,
    name: input.name ?? model.name ?? input.filename,
    version: input.version ?? model.version ?? 'unknown',
  };
  const verdict = evaluate(policy, { ref, artifact: input.filename, digest, findings, today });
  return {
    verdict,
    kind,
    digest,
    ...(model.npm?.raw !== undefined ? { packageJson: model.npm.raw } : {}),
    contents: {
      format: contents.format,
      root: contents.root,
      skipped: contents.skipped,
      ...(contents.error ? { error: contents.error } : {}),
      fileCount: contents.files.length,
      bytes: contents.files.reduce((n, f) => n + f.size, 0),
    },
  };
}
