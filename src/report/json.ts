import type { Inspection } from '../pipeline.js';
import type { PackageResult, ScanReport, Severity } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { fingerprintOf } from './package-details.js';

export interface JsonReport {
  tool: { name: 'customs'; version: string };
  decision: 'pass' | 'warn' | 'fail';
  packages: Array<{
    ecosystem: string;
    name: string;
    version: string;
    artifact: string;
    kind: string;
    digest: string;
    decision: string;
    reasons: string[];
    findings: Inspection['verdict']['findings'];
    skipped: Inspection['contents']['skipped'];
    error?: string;
  }>;
}

export function buildJsonReport(inspections: readonly Inspection[], version: string): JsonReport {
  const decisions = inspections.map((i) => i.verdict.decision);
  const decision = decisions.includes('fail') ? 'fail' : decisions.includes('warn') ? 'warn' : 'pass';
  return {
    tool: { name: 'customs', version },
    decision,
    packages: inspections.map((i) => ({
      ecosystem: i.verdict.ref.ecosystem,
      name: i.verdict.ref.name,
      version: i.verdict.ref.version,
      artifact: i.verdict.artifact,
      kind: i.kind,
      digest: i.digest,
      decision: i.verdict.decision,
      reasons: i.verdict.reasons,
      findings: i.verdict.findings,
      skipped: i.contents.skipped,
      ...(i.contents.error ? { error: i.contents.error } : {}),
    })),
  };
}

// ---- Scan report (`customs scan --format json`, the Action's JSON output) ----


export type SeverityCounts = Record<Severity, number> & { total: number };

/** Bump when a consumer-visible field changes meaning. */
export const SCAN_JSON_VERSION = 1;

function severityCounts(findings: readonly { severity: Severity }[]): SeverityCounts {
  const c = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const f of findings) c[f.severity]++;
  c.total = findings.length;
  return c;
}

/** Object keys sorted at every depth (arrays keep their order): byte-identical output for equal reports. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The ScanReport with per-package and overall counts and each package's fingerprint, keys in a stable order. */
export function buildScanJson(report: ScanReport): Record<string, unknown> {
  const decisions = { fail: 0, warn: 0, pass: 0 };
  for (const p of report.packages) decisions[p.decision]++;
  const packages = report.packages.map((p: PackageResult) => ({ ...p, fingerprint: fingerprintOf(p), counts: severityCounts(p.findings) }));
  // Top level in reading order; everything below sorted, so equal reports serialise identically.
  const top: Array<[string, unknown]> = [
    ['schemaVersion', SCAN_JSON_VERSION],
    ['tool', report.tool],
    ['repository', report.repository],
    ['base', report.base],
    ['head', report.head],
    ['generatedAt', report.generatedAt],
    ['decision', report.decision],
    ['failOn', report.failOn],
    [
      'counts',
      {
        packages: report.packages.length,
        changes: report.changes.length,
        removed: report.changes.filter((c) => c.change === 'removed').length,
        ...decisions,
        findings: severityCounts(report.packages.flatMap((p) => p.findings)),
        errors: report.errors.length,
      },
    ],
    ['packages', packages],
    ['changes', report.changes],
    ['errors', report.errors],
    ['notices', report.notices ?? []],
  ];
  const out: Record<string, unknown> = {};
  for (const [k, v] of top) if (v !== undefined) out[k] = sortKeys(v);
  return out;
}
