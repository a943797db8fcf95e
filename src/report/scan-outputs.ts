/**
 * Every output of one scan in one call, shaped like what src/github posts (src/github/rendered.ts declares
 * the same shape on its side, so neither folder imports the other): the sticky comment, the job summary,
 * review-comment payloads, check annotations, SARIF and JSON. Pure: the caller supplies the rule metadata
 * and the link base.
 */
import type { ScanReport, Severity } from '../model/index.js';
import { severityRank } from '../model/index.js';
import type { RuleMeta } from '../detectors/types.js';
import { buildScanJson } from './json.js';
import { COMMENT_BUDGET, JOB_SUMMARY_BUDGET, renderSummary, type ResolvedFinding } from './markdown.js';
import { truncate } from './markdown-safe.js';
import { refLabel } from './package-details.js';
import { reviewFindings } from './review.js';
import { buildScanSarif } from './sarif.js';

export interface ScanOutputOptions {
  rules: readonly RuleMeta[];
  /** Rule page URL, e.g. `https://github.com/<owner>/<repo>/blob/<sha>/docs/rules/${id}.md`. */
  rulesUrl: (ruleId: string) => string;
  resolved?: Array<string | ResolvedFinding>;
  /** YYYY-MM-DD for suggested allow-entry expiry; default the report's date. */
  today?: string;
}

export interface ScanAnnotation {
  severity: Severity;
  file: string;
  line: number;
  title: string;
  message: string;
}

export interface ScanOutputs {
  summary: string;
  jobSummary: string;
  review: Array<{ path: string; line: number; body: string; fingerprint: string }>;
  annotations: ScanAnnotation[];
  sarif: Record<string, unknown>;
  json: Record<string, unknown>;
}

/** GitHub shows annotation messages as plain text; keep them short (the details are in the summary). */
const ANNOTATION_CHARS = 4000;

export function renderScanOutputs(report: ScanReport, o: ScanOutputOptions): ScanOutputs {
  const common = { rulesUrl: o.rulesUrl, ...(o.today ? { today: o.today } : {}), ...(o.resolved ? { resolved: o.resolved } : {}) };
  const annotations = report.packages
    .filter((p) => p.decision !== 'pass')
    .map((p) => {
      const worst = [...p.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
      const rules = [...new Set(p.findings.map((f) => f.ruleId))].join(', ');
      return {
        severity: worst?.severity ?? 'high',
        file: p.change.source.file,
        line: Math.max(1, p.change.source.line),
        title: `customs: ${refLabel(p.ref)} — ${p.decision}`,
        message: truncate([...p.reasons, ...(rules ? [`rules: ${rules}`] : [])].join('\n'), ANNOTATION_CHARS),
      };
    });
  return {
    summary: renderSummary(report, { ...common, maxChars: COMMENT_BUDGET }),
    jobSummary: renderSummary(report, { ...common, maxChars: JOB_SUMMARY_BUDGET }),
    review: reviewFindings(report, common).map((f) => ({ ...f.comment, fingerprint: f.fingerprint })),
    annotations,
    sarif: buildScanSarif(report, { rules: o.rules, rulesUrl: o.rulesUrl }),
    json: buildScanJson(report),
  };
}
