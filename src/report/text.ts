import type { Finding, Severity } from '../model/index.js';
import { severityRank } from '../model/index.js';
import type { Inspection } from '../pipeline.js';

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;

export interface TextOptions {
  /** Lowest severity listed (default low: info findings are context, shown with --verbose). */
  minSeverity: Severity;
}

function indent(text: string, prefix: string, maxLines = 12): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, maxLines).map((l) => prefix + (l.length > 200 ? `${l.slice(0, 200)}…` : l));
  if (lines.length > maxLines) shown.push(`${prefix}… (${lines.length - maxLines} more lines)`);
  return shown.join('\n');
}

function findingText(f: Finding): string {
  const where = `${f.location.file}:${f.location.line}`;
  const tags = [f.vector, ...f.behaviors, ...f.techniques].join(', ');
  const out = [`  [${f.severity}] ${f.ruleId} — ${where} (${tags})`, `    ${f.message}`];
  if (f.snippet) out.push(indent(f.snippet, '    │ ', 3));
  if (f.evidence && f.evidence !== f.snippet) out.push('    evidence:', indent(f.evidence, '    ┆ '));
  return out.join('\n');
}

/** Human-readable report: one block per package, findings worst first. Returns the text; printing is the caller's. */
export function renderText(inspections: readonly Inspection[], options: TextOptions = { minSeverity: 'low' }): string {
  const blocks: string[] = [];
  for (const i of inspections) {
    const v = i.verdict;
    const head = `${MARK[v.decision]} ${v.ref.ecosystem}:${v.ref.name}@${v.ref.version} (${v.artifact}, ${i.kind}, ${i.contents.fileCount} files)`;
    const shown = v.findings
      .filter((f) => severityRank(f.severity) >= severityRank(options.minSeverity))
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    const lines = [head, ...v.reasons.map((r) => `  · ${r}`), ...shown.map(findingText)];
    const hidden = v.findings.length - shown.length;
    if (hidden > 0) lines.push(`  (${hidden} finding(s) below ${options.minSeverity} not shown; use --verbose)`);
    if (i.contents.skipped.length > 0) {
      lines.push(`  skipped entries: ${i.contents.skipped.slice(0, 5).map((s) => `${s.archivePath} (${s.reason})`).join(', ')}${i.contents.skipped.length > 5 ? ` and ${i.contents.skipped.length - 5} more` : ''}`);
    }
    blocks.push(lines.join('\n'));
  }
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const i of inspections) counts[i.verdict.decision]++;
  blocks.push(`${inspections.length} package(s): ${counts.fail} fail, ${counts.warn} warn, ${counts.pass} pass`);
  return blocks.join('\n\n') + '\n';
}
