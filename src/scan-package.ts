/**
 * One package of a scan: resolve it, download each artifact the installer would use, inspect, evaluate,
 * and say what comes next in its dependency chain. Part of the scan's ordering (see scan.ts); never throws:
 * whatever cannot be resolved, fetched or read becomes a finding the policy decides about.
 */
import { confusionFromPolicy, isPublicRegistry } from './detectors/package/confusion.js';
import { integrityFinding, lockfileSourceFindings, notInspectedFinding } from './detectors/scan/signals.js';
import type { Artifact, Decision, DeclaredRegistry, DependencyChange, Finding, PackageFinding, PackageRef, PackageResult, ResolvedPackage } from './model/index.js';
import { evaluate } from './policy/evaluate.js';
import { applyDriftPolicy, historyFindings, inspectPrevious } from './scan-history.js';
import { describeError } from './runtime/errors.js';
import type { ScanIO, ScanOptions } from './scan.js';

export interface WorkItem {
  change: DependencyChange;
  depth: number;
}

/** `eco:name@version`: the key of a package in a scan (and of the known-malicious lookup's answers). */
export const refKey = (r: PackageRef): string => `${r.ecosystem}:${r.name}@${r.version}`;

/**
 * npm installs a locked package from the lockfile's `resolved` URL, not from the registry's tarball URL:
 * those are the bytes to inspect. They are checked against the registry's digests as well as the lockfile's,
 * so a lockfile pointed at other bytes for the same version is an integrity mismatch.
 */
function installedArtifacts(change: DependencyChange, resolved: ResolvedPackage): Artifact[] {
  const url = change.locked && change.origin.kind === 'registry' ? change.origin.url : undefined;
  // bun.lock records the registry root, not the tarball: only a tarball URL says where the bytes come from.
  const tarball = url !== undefined && (/\.tgz(?:[?#].*)?$/i.test(url) || url.includes('/-/'));
  if (!url || !tarball || change.ref.ecosystem !== 'npm' || resolved.artifacts.length !== 1) return resolved.artifacts;
  const [registryArtifact] = resolved.artifacts as [Artifact];
  return url === registryArtifact.url ? resolved.artifacts : [{ ...registryArtifact, url }];
}

export function worst(ds: Decision[]): Decision {
  return ds.includes('fail') ? 'fail' : ds.includes('warn') ? 'warn' : 'pass';
}

async function resolve(io: ScanIO, change: DependencyChange, declared: readonly DeclaredRegistry[]): Promise<ResolvedPackage> {
  const reg = io.registry(change.ref.ecosystem, change.ref.name, declared);
  if (change.ref.version) return reg.get(change.ref.name, change.ref.version);
  return reg.resolve(change.ref.name, change.spec ?? '');
}

export async function inspectPackage(io: ScanIO, opts: ScanOptions, w: WorkItem, declared: readonly DeclaredRegistry[]): Promise<{ result: PackageResult; next: WorkItem[] }> {
  const { change } = w;
  const packageFindings: Finding[] = [];
  const verdicts: { artifact: string; decision: Decision; findings: Finding[]; reasons: string[] }[] = [];
  const artifacts: PackageResult['artifacts'] = [];
  const notes: string[] = [];
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
      packageFindings.push(...lockfileSourceFindings(change, resolved));
      const previous = await inspectPrevious(io, io.registry(ref.ecosystem, ref.name, declared), change, resolved, notes);
      let packageJson: string | undefined;
      for (const artifact of installedArtifacts(change, resolved)) {
        const pinned = { ...artifact, integrity: [...artifact.integrity, ...change.integrity] };
        try {
          const bytes = await io.download(pinned);
          const inspection = await io.inspect({ bytes, filename: artifact.filename, ecosystem: ref.ecosystem, name: ref.name, version: ref.version });
          artifacts.push({ filename: artifact.filename, digest: inspection.digest, url: artifact.url });
          packageJson ??= inspection.packageJson;
          verdicts.push(applyDriftPolicy(opts, inspection.verdict, previous));
        } catch (err) {
          const e = err as { expected?: string; actual?: string };
          if (e.expected && e.actual) packageFindings.push(integrityFinding(artifact.filename, e.expected, e.actual));
          else packageFindings.push(notInspectedFinding(`${artifact.filename}: ${describeError(err)}`));
        }
      }
      if (change.origin.kind !== 'url') packageFindings.push(...historyFindings(opts, resolved, previous, verdicts.flatMap((v) => v.findings), packageJson));
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
  const reasons = [...new Set([...verdicts.flatMap((v) => v.reasons.map((r) => (v.artifact ? `${v.artifact}: ${r}` : r))), ...notes])];
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
