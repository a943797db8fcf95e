import type {
  ArtifactKind,
  Behavior,
  Confidence,
  Ecosystem,
  FileFacts,
  Finding,
  PackageContents,
  Severity,
  Technique,
  Vector,
} from '../model/index.js';
import type { ExecutionMap } from './context.js';
import type { PackageEvents } from './shared/events.js';

/** Parsed `package.json` of an npm tarball (or undefined when absent or unparsable). */
export interface NpmManifest {
  raw: string;
  json: Record<string, unknown> | undefined;
  parseError?: string;
}

/** Everything detectors may look at. Built once per artifact; detectors never do I/O. */
export interface PackageModel {
  ecosystem: Ecosystem;
  kind: ArtifactKind;
  name?: string;
  version?: string;
  contents: PackageContents;
  /** Facts of every analysed source file, by path inside the package. */
  facts: ReadonlyMap<string, FileFacts>;
  /** Where and when each piece of code runs (install, import, runtime). */
  execution: ExecutionMap;
  /** Capability uses and strings of all analysed code, with when they run. */
  events: PackageEvents;
  npm?: NpmManifest;
  /** Decoded text of a file inside the package, or undefined when missing/binary. */
  text(path: string): string | undefined;
}

/** A rule's self-description: the source of `customs rules`, `docs/rules/`, SARIF rule metadata and policy keys. */
export interface RuleMeta {
  /** `py/…`, `js/…`, `pkg/…` for one ecosystem's artifacts; `code/…` for behaviour found in either language. */
  id: string;
  title: string;
  /** Vectors this rule reports on. */
  vectors: Vector[];
  /** The most severe result this rule can give. */
  severity: Severity;
  behaviors: Behavior[];
  techniques: Technique[];
  /** One paragraph: what it detects. */
  summary: string;
  /** Markdown: why it matters, how it decides severity, and what it deliberately leaves alone. */
  docs: string;
}

export interface Detector {
  meta: RuleMeta;
  run(pkg: PackageModel): Finding[];
}

export interface FindingInput {
  severity: Severity;
  confidence?: Confidence;
  vector: Vector;
  behaviors?: Behavior[];
  techniques?: Technique[];
  message: string;
  file: string;
  line: number;
  column?: number;
  snippet?: string;
  evidence?: string;
}

/** Builds a finding for a rule, filling defaults from its metadata. */
export function finding(meta: RuleMeta, input: FindingInput): Finding {
  return {
    ruleId: meta.id,
    severity: input.severity,
    confidence: input.confidence ?? 'high',
    vector: input.vector,
    behaviors: input.behaviors ?? [...meta.behaviors],
    techniques: input.techniques ?? [],
    message: input.message,
    location: { file: input.file, line: input.line, ...(input.column !== undefined ? { column: input.column } : {}) },
    snippet: (input.snippet ?? '').slice(0, 400),
    ...(input.evidence !== undefined ? { evidence: input.evidence.slice(0, 4000) } : {}),
  };
}
