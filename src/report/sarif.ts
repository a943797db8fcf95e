import type { Finding, Severity } from '../model/index.js';
import type { RuleMeta } from '../detectors/types.js';
import type { Inspection } from '../pipeline.js';

/** GitHub reads `security-severity` (0–10) to rank alerts: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

export interface SarifOptions {
  version: string;
  rules: readonly RuleMeta[];
  /** Base of the rule documentation links (docs/rules/<id>.md). */
  helpBase: string;
  /** Where a result points: by default the file inside the artifact (`artifact/path`). */
  locate?: (inspection: Inspection, finding: Finding) => { uri: string; line: number };
}

/** SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) as a value. */
export function buildSarif(inspections: readonly Inspection[], options: SarifOptions): Record<string, unknown> {
  const locate = options.locate ?? ((i, f) => ({ uri: `${i.verdict.artifact}/${f.location.file}`, line: f.location.line }));
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = inspections.flatMap((i) =>
    i.verdict.findings.map((f) => {
      const loc = locate(i, f);
      const ref = i.verdict.ref;
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: `${ref.ecosystem}:${ref.name}@${ref.version}: ${f.message} (${f.location.file}:${f.location.line})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: loc.uri }, region: { startLine: Math.max(1, loc.line) } } }],
        partialFingerprints: { 'customs/v1': `${ref.ecosystem}:${ref.name}:${f.ruleId}:${f.location.file}:${f.message.slice(0, 80)}` },
        properties: { severity: f.severity, vector: f.vector, behaviors: f.behaviors, techniques: f.techniques, package: `${ref.ecosystem}:${ref.name}@${ref.version}` },
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'customs',
            version: options.version,
            informationUri: 'https://github.com/customs-dev/customs',
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.summary },
              help: { text: r.summary, markdown: r.docs },
              helpUri: `${options.helpBase}/${r.id}.md`,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { 'security-severity': SECURITY_SEVERITY[r.severity], tags: ['security', ...r.behaviors, ...r.techniques] },
            })),
          },
        },
        results,
      },
    ],
  };
}
