/**
 * What a package's history and registry record say, next to its code: metadata signals, npm manifest
 * confusion, and — for updates — what is new since the previously locked version (its artifacts are
 * inspected too, through the same caches). Part of the scan's ordering (see scan-package.ts).
 */
import { driftFindings, downgradeOld, newDependencies } from './detectors/package/drift.js';
import { manifestConfusion } from './detectors/package/manifest-confusion.js';
import { metadataFindings } from './detectors/package/metadata-signals.js';
import type { DependencyChange, Finding, ResolvedPackage, Verdict } from './model/index.js';
import { evaluate } from './policy/evaluate.js';
import { describeError } from './runtime/errors.js';
import type { ScanIO, ScanOptions, ScanRegistry } from './scan.js';

export interface PreviousVersion {
  version: string;
  resolved: ResolvedPackage;
  /** Findings of the previous version's artifacts of the same kinds (sdist, wheels, tarball). */
  findings: Finding[];
}

/** The previously locked version, inspected; undefined for additions, or a note when it cannot be had. */
export async function inspectPrevious(
  io: ScanIO,
  registry: ScanRegistry,
  change: DependencyChange,
  current: ResolvedPackage,
  notes: string[],
): Promise<PreviousVersion | undefined> {
  const version = change.previous;
  if (change.change !== 'updated' || !version || !/^\d/.test(version)) return undefined;
  try {
    const resolved = await registry.get(change.ref.name, version);
    const kinds = new Set(current.artifacts.map((a) => a.type));
    const findings: Finding[] = [];
    for (const artifact of resolved.artifacts.filter((a) => kinds.has(a.type))) {
      const bytes = await io.download(artifact);
      const inspection = await io.inspect({ bytes, filename: artifact.filename, ecosystem: resolved.ref.ecosystem, name: resolved.ref.name, version });
      findings.push(...inspection.verdict.findings);
    }
    return { version, resolved, findings };
  } catch (err) {
    notes.push(`${change.ref.name} ${version} (the previous version) could not be inspected, so what is new since it is unknown: ${describeError(err)}`);
    return undefined;
  }
}

/** Package-level findings from the registry record, the tarball's manifest and the previous version. */
export function historyFindings(
  opts: ScanOptions,
  resolved: ResolvedPackage,
  previous: PreviousVersion | undefined,
  current: readonly Finding[],
  packageJson: string | undefined,
): Finding[] {
  const out = metadataFindings(resolved, previous?.resolved, opts.today);
  if (resolved.ref.ecosystem === 'npm' && packageJson !== undefined && !resolved.metadata.unavailable.includes('all')) {
    out.push(...manifestConfusion(resolved.metadata, packageJson));
  }
  if (previous) {
    out.push(...driftFindings(current, previous.findings, previous.version));
    out.push(...newDependencies(resolved.metadata, previous.resolved.metadata));
  }
  return out;
}

/**
 * Policy `drift: new-only`: an artifact's findings whose capability the previous version already had are
 * lowered, and the verdict is evaluated again (evaluation is idempotent for rule overrides).
 */
export function applyDriftPolicy(opts: ScanOptions, verdict: Verdict, previous: PreviousVersion | undefined): Verdict {
  if (opts.policy.drift !== 'new-only' || !previous) return verdict;
  const findings = downgradeOld(verdict.findings, previous.findings, previous.version);
  return evaluate(opts.policy, { ref: verdict.ref, artifact: verdict.artifact, findings, today: opts.today });
}
