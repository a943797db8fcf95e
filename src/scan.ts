/**
 * The scan: a repository at two commits → the packages the change newly installs → their artifacts →
 * inspection → verdicts → one ScanReport. Every I/O piece is injected (git or the GitHub API for files,
 * registries, downloads, the OSV lookup), so the Action, the CLI and the tests share this file.
 * Together with pipeline.ts (one artifact) this is the only place that knows the order of the stages.
 */
import { diffDependencies } from './manifests/diff.js';
import type {
  Artifact,
  Decision,
  DeclaredRegistry,
  DependencyChange,
  Ecosystem,
  ManifestKind,
  ManifestResult,
  PackageRef,
  PackageResult,
  ResolvedPackage,
  ScanReport,
} from './model/index.js';
import { evaluate } from './policy/evaluate.js';
import type { Policy } from './policy/types.js';
import type { RepoFiles } from './repo/files.js';
import { describeError } from './runtime/errors.js';
import type { Logger } from './runtime/logger.js';
import { shadowingFromRegistries } from './detectors/package/confusion.js';
import { knownMaliciousFinding } from './detectors/scan/signals.js';
import { inspectPackage, refKey, worst, type WorkItem } from './scan-package.js';
import type { ArtifactInput, Inspection } from './pipeline.js';
import { collectManifests } from './repo/collect.js';

export interface ScanRegistry {
  get(name: string, version: string): Promise<ResolvedPackage>;
  resolve(name: string, spec: string, opts?: { prereleases?: boolean }): Promise<ResolvedPackage>;
}

export interface ScanIO {
  files: RepoFiles;
  /** Parses a manifest or lockfile; undefined when the path is not one; throws a user error when malformed. */
  parse(file: string, text: string, kind?: ManifestKind): ManifestResult | undefined;
  isManifest(file: string): boolean;
  /** The registry that serves this package, given the registries the head manifests declare. */
  registry(ecosystem: Ecosystem, name: string, declared: readonly DeclaredRegistry[]): ScanRegistry;
  /** Downloads and checks every digest; an integrity failure carries `expected` and `actual`. */
  download(artifact: Artifact): Promise<Uint8Array>;
  inspect(input: ArtifactInput): Promise<Inspection>;
  /** OSV MAL advisories per `eco:name@version`; undefined when the lookup is off; throws when unavailable. */
  knownMalicious?(refs: PackageRef[]): Promise<Map<string, { id: string; summary?: string }[]>>;
  /** Runs `fn` over items with bounded concurrency, keeping order. */
  pool<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]>;
  log: Logger;
}

export interface ScanOptions {
  base: string;
  head: string;
  policy: Policy;
  /** YYYY-MM-DD. */
  today: string;
  ecosystems: readonly Ecosystem[];
  /** How deep to follow declared dependencies of packages no lockfile pins. */
  chainDepth: number;
  repository?: string;
  toolVersion: string;
  engineVersion: string;
  now?: () => Date;
}


export async function runScan(io: ScanIO, opts: ScanOptions): Promise<ScanReport> {
  const { log } = io;
  const errors: string[] = [];
  const changed = await log.group('Reading manifests', () => io.files.changed(opts.base, opts.head));
  const touched = changed.some((c) => io.isManifest(c.path));
  let changes: DependencyChange[] = [];
  let baseNames = new Set<string>();
  let declared: DeclaredRegistry[] = [];
  const shadowing: string[] = [];
  if (touched) {
    const read = async (ref: string, side: 'base' | 'head'): Promise<ManifestResult[]> => {
      const got = await collectManifests(io, ref, opts.ecosystems);
      for (const e of got.errors) {
        if (side === 'head') errors.push(e);
        else log.warning(`at base: ${e} (everything it declared counts as new)`);
      }
      return got.manifests;
    };
    const [base, head] = await log.group('Parsing manifests and lockfiles', async () => [await read(opts.base, 'base'), await read(opts.head, 'head')]);
    changes = diffDependencies(base, head);
    declared = head.flatMap((m) => m.registries);
    // An index set-up that lets a public package shadow a private one, when this change introduces it.
    const before = new Set(base.flatMap((m) => m.registries.map((r) => `${r.role} ${r.scope ?? ''} ${r.url}`)));
    const added = declared.filter((r) => !before.has(`${r.role} ${r.scope ?? ''} ${r.url}`));
    if (added.length > 0) for (const f of shadowingFromRegistries(declared)) shadowing.push(`${f.location.file}:${f.location.line}: ${f.message} (${f.ruleId})`);
    baseNames = new Set(base.flatMap((m) => m.dependencies.map((d) => `${d.ecosystem}:${d.name}`)));
    log.info(`${changes.length} dependency change(s) in ${changed.filter((c) => io.isManifest(c.path)).length} manifest file(s)`);
  } else log.info('no manifest or lockfile changed');

  const queue: WorkItem[] = changes.filter((c) => c.change !== 'removed').map((change) => ({ change, depth: 0 }));
  const seen = new Set(queue.map((w) => `${w.change.ref.ecosystem}:${w.change.ref.name}@${w.change.ref.version || w.change.spec}`));
  const results: PackageResult[] = [];
  // Breadth first: each round inspects what is known, then queues the new declared dependencies of unlocked ones.
  while (queue.length > 0) {
    const round = queue.splice(0, queue.length);
    const done = await io.pool(round, (w) => inspectPackage(io, opts, w, declared));
    for (const { result, next } of done) {
      results.push(result);
      for (const n of next) {
        const k = `${n.change.ref.ecosystem}:${n.change.ref.name}@${n.change.spec}`;
        if (seen.has(k) || baseNames.has(`${n.change.ref.ecosystem}:${n.change.ref.name}`)) continue;
        seen.add(k);
        queue.push(n);
      }
    }
  }
  const notices: string[] = [...shadowing];
  await addKnownMalicious(io, opts, results, notices);
  const decision = worst([...results.map((r) => r.decision), errors.length > 0 ? headErrorDecision(opts.policy) : 'pass']);
  return {
    tool: { name: 'customs', version: opts.toolVersion, engineVersion: opts.engineVersion },
    ...(opts.repository ? { repository: opts.repository } : {}),
    base: opts.base,
    head: opts.head,
    decision,
    failOn: opts.policy.failOn,
    warnOn: opts.policy.warnOn,
    changes,
    packages: results.sort((a, b) => refKey(a.ref).localeCompare(refKey(b.ref))),
    errors,
    notices,
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
  };
}

/** A manifest at head that cannot be read hides what it installs: the `uninspectable` policy decides. */
const headErrorDecision = (policy: Policy): Decision => policy.uninspectable;

async function addKnownMalicious(io: ScanIO, opts: ScanOptions, results: PackageResult[], notices: string[]): Promise<void> {
  if (!io.knownMalicious || results.length === 0) return;
  let hits: Map<string, { id: string; summary?: string }[]>;
  try {
    hits = await io.knownMalicious(results.map((r) => r.ref));
  } catch (err) {
    // The code detectors still ran; an unavailable lookup is said, not treated as "could not inspect".
    io.log.warning(`known-malicious lookup unavailable: ${describeError(err)}`);
    notices.push(`known-malicious lookup (OSV) unavailable: ${describeError(err)}`);
    return;
  }
  for (const r of results) {
    const advisories = hits.get(refKey(r.ref)) ?? [];
    if (advisories.length === 0) continue;
    const v = evaluate(opts.policy, { ref: r.ref, artifact: '', findings: advisories.map(knownMaliciousFinding), today: opts.today });
    r.findings.unshift(...v.findings.map((f) => ({ ...f, artifact: '' })));
    r.reasons.unshift(...v.reasons);
    r.decision = worst([r.decision, v.decision]);
  }
}
