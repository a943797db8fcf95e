import type { Inspection } from '../pipeline.js';

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
