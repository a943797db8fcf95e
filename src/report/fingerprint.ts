/**
 * Stable identities for what Customs reports, so the Action can update rather than repeat itself.
 *
 * - Package fingerprint (review comments, "resolved since last run"): the first 16 hex digits of
 *   sha256(`customs/v1` NUL ecosystem NUL name NUL version NUL sorted unique rule ids joined by `,`).
 *   Same package, version and rules → same fingerprint, whatever the order, messages or line numbers.
 * - Result fingerprint (SARIF `partialFingerprints["customs/v1"]`, see SARIF 2.1.0 §3.27.17): the same hash
 *   over one finding: package, version, rule id and the file inside the package.
 */
import { createHash } from 'node:crypto';
import type { Finding, PackageRef } from '../model/index.js';

const sha = (parts: readonly string[]): string => createHash('sha256').update(parts.join('\0')).digest('hex');

export function packageFingerprint(ref: PackageRef, ruleIds: readonly string[]): string {
  const rules = [...new Set(ruleIds)].sort().join(',');
  return sha(['customs/v1', ref.ecosystem, ref.name, ref.version, rules]).slice(0, 16);
}

export function resultFingerprint(ref: PackageRef, finding: Pick<Finding, 'ruleId' | 'location'>): string {
  return sha(['customs/v1', ref.ecosystem, ref.name, ref.version, finding.ruleId, finding.location.file]).slice(0, 32);
}

/** Fingerprints that were reported before and are not any more: the "resolved since last run" list. */
export function resolvedSince(previous: Iterable<string>, current: Iterable<string>): string[] {
  const now = new Set(current);
  return [...new Set(previous)].filter((f) => !now.has(f)).sort();
}
