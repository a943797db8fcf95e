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
  Finding,
  ManifestKind,
  ManifestResult,
  PackageFinding,
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
import { confusionFromPolicy, isPublicRegistry, shadowingFromRegistries } from './detectors/package/confusion.js';
import { integrityFinding, knownMaliciousFinding, notInspectedFinding } from './detectors/scan/signals.js';
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

const refKey = (r: PackageRef): string => `${r.ecosystem}:${r.name}@${r.version}`;

interface WorkItem {
  change: DependencyChange;
  depth: number;
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
    changes,
    packages: results.sort((a, b) => refKey(a.ref).localeCompare(refKey(b.ref))),
    errors,
    notices,
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
  };
}

/** A manifest at head that cannot be read hides what it installs: the `uninspectable` policy decides. */
const headErrorDecision = (policy: Policy): Decision => policy.uninspectable;

function worst(ds: Decision[]): Decision {
  return ds.includes('fail') ? 'fail' : ds.includes('warn') ? 'warn' : 'pass';
}

async function resolve(io: ScanIO, change: DependencyChange, declared: readonly DeclaredRegistry[]): Promise<ResolvedPackage> {
  const reg = io.registry(change.ref.ecosystem, change.ref.name, declared);
  if (change.ref.version) return reg.get(change.ref.name, change.ref.version);
  return reg.resolve(change.ref.name, change.spec ?? '');
}

async function inspectPackage(io: ScanIO, opts: ScanOptions, w: WorkItem, declared: readonly DeclaredRegistry[]): Promise<{ result: PackageResult; next: WorkItem[] }> {
  const { change } = w;
  const packageFindings: Finding[] = [];
  const verdicts: { artifact: string; decision: Decision; findings: Finding[]; reasons: string[] }[] = [];
  const artifacts: PackageResult['artifacts'] = [];
  let ref = change.ref;
  let next: WorkItem[] = [];
  if (change.origin.kind === 'vcs') {
    packageFindings.push(notInspectedFinding(`${change.ref.name} comes from a version-control URL (${change.origin.url}); Customs inspects published artifacts and does not clone repositories`));
  } else {
    try {
      const resolved = change.origin.kind === 'url' ? fromUrl(change, change.origin.url) : await resolve(io, change, declared);
      ref = resolved.ref;
      const confusion = confusionFromPolicy(ref.name, opts.policy.internal, isPublicRegistry(resolved.registry));
      if (confusion) packageFindings.push(confusion);
      if (resolved.artifacts.length === 0) packageFindings.push(notInspectedFinding(`${ref.name} ${ref.version}: the registry lists no artifact to inspect`));
      for (const artifact of resolved.artifacts) {
        const pinned = { ...artifact, integrity: [...artifact.integrity, ...change.integrity] };
        try {
          const bytes = await io.download(pinned);
          const inspection = await io.inspect({ bytes, filename: artifact.filename, ecosystem: ref.ecosystem, name: ref.name, version: ref.version });
          artifacts.push({ filename: artifact.filename, digest: inspection.digest, url: artifact.url });
          verdicts.push(inspection.verdict);
        } catch (err) {
          const e = err as { expected?: string; actual?: string };
          if (e.expected && e.actual) packageFindings.push(integrityFinding(artifact.filename, e.expected, e.actual));
          else packageFindings.push(notInspectedFinding(`${artifact.filename}: ${describeError(err)}`));
        }
      }
      if (!change.locked && w.depth < opts.chainDepth) next = declaredDependencies(resolved, change, w.depth);
    } catch (err) {
      packageFindings.push(notInspectedFinding(`${change.ref.name}${change.ref.version ? ` ${change.ref.version}` : ` ${change.spec ?? ''}`}: ${describeError(err)}`));
    }
  }
  if (packageFindings.length > 0) {
    const v = evaluate(opts.policy, { ref, artifact: '', findings: packageFindings, today: opts.today });
    verdicts.push(v);
  }
  const findings = dedupe(verdicts.flatMap((v) => v.findings.map((f): PackageFinding => ({ ...f, artifact: v.artifact }))));
  const reasons = [...new Set(verdicts.flatMap((v) => v.reasons.map((r) => (v.artifact ? `${v.artifact}: ${r}` : r))))];
  io.log.debug(`${refKey(ref)}: ${worst(verdicts.map((v) => v.decision))}`);
  return {
    result: { ref, change: { ...change, ref }, decision: worst(verdicts.map((v) => v.decision)), findings, reasons, artifacts },
    next,
  };
}

/** The same finding in the sdist and in a wheel is one finding for the reader. */
function dedupe(findings: PackageFinding[]): PackageFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.ruleId}\u0000${f.location.file}\u0000${f.location.line}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A `name @ https://…/x.whl` requirement or an npm tarball URL: one artifact straight from that URL. */
function fromUrl(change: DependencyChange, url: string): ResolvedPackage {
  const filename = decodeURIComponent(new URL(url).pathname.split('/').pop() || change.ref.name);
  const type = change.ref.ecosystem === 'npm' ? 'npm-tarball' : filename.endsWith('.whl') ? 'wheel' : 'sdist';
  const ref = { ...change.ref, version: change.ref.version || 'url' };
  return { ref, artifacts: [{ ref, url, filename, type, integrity: [] }], metadata: { dependencies: [], unavailable: ['all'] }, registry: url };
}

/** Declared dependencies of a package no lockfile pins: the next link of the chain. */
function declaredDependencies(resolved: ResolvedPackage, change: DependencyChange, depth: number): WorkItem[] {
  const out: WorkItem[] = [];
  for (const d of resolved.metadata.dependencies) {
    // Extras are not installed unless asked for; other markers are kept (we cannot know the user's platform).
    if (d.marker && /\bextra\s*==/.test(d.marker)) continue;
    if (d.optional) continue;
    const ref: PackageRef = { ecosystem: resolved.ref.ecosystem, name: d.name, version: '' };
    out.push({
      depth: depth + 1,
      change: {
        ref,
        spec: d.spec,
        change: 'added',
        direct: false,
        path: [...change.path.slice(0, -1), resolved.ref, ref],
        source: change.source,
        origin: { kind: 'registry' },
        integrity: [],
        locked: false,
      },
    });
  }
  return out;
}

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
