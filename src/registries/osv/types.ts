/**
 * Known-malicious lookups against OSV (https://osv.dev). Only MAL- advisories count: they come from the
 * OpenSSF malicious-packages database (https://github.com/ossf/malicious-packages) and mean "this version
 * is malware", unlike ordinary vulnerabilities, which are out of scope for this gate.
 */
import type { PackageRef } from '../../model/finding.js';

export interface OsvHit {
  /** The advisory id as OSV reports it (MAL-2024-1234, or a GHSA-… that aliases a MAL- entry). */
  id: string;
  /** The MAL- id (the id itself or the alias). */
  malId: string;
  aliases: string[];
  summary?: string;
  published?: string;
  modified?: string;
  /** Human-readable page for the report. */
  url: string;
  /** True when the details could not be read, so withdrawn status and aliases are unknown. */
  partial?: boolean;
}

/** Either the MAL- advisories for a version (possibly none), or why the lookup could not be made. */
export type OsvLookup = { status: 'ok'; hits: OsvHit[] } | { status: 'unavailable'; reason: string };

export interface OsvClient {
  /** Keys are osvKey(ref). Never throws for API failures: those refs come back `unavailable`. */
  queryBatch(refs: readonly PackageRef[]): Promise<Map<string, OsvLookup>>;
}

/** `eco:name@version`, the key of queryBatch's result. */
export function osvKey(ref: PackageRef): string {
  return `${ref.ecosystem}:${ref.name}@${ref.version}`;
}

/** OSV ecosystem names (https://ossf.github.io/osv-schema/#affectedpackage-field). */
export const OSV_ECOSYSTEM: Record<PackageRef['ecosystem'], string> = { pypi: 'PyPI', npm: 'npm' };
