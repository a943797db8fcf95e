/**
 * The scan report for terminals (`customs scan`): the same content as the markdown summary, grouped by
 * package, worst first. Package text is shown with invisible characters made visible, never interpreted.
 */
import type { PackageResult, ScanReport } from '../model/index.js';
import { severityRank } from '../model/index.js';
import { showInvisible, truncate } from './markdown-safe.js';
import { allowEntry, refLabel, reportDay } from './package-details.js';

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;

export interface ScanTextOptions {
  /** Show snippets and evidence (default true). */
  snippets?: boolean;
  /** YYYY-MM-DD for the suggested allow entry; default the report's date. */
  today?: string;
  /** Findings listed per package (default 20). */
  maxFindings?: number;
}

function block(text: string, prefix: string, maxLines: number): string[] {
  const lines = showInvisible(text).split(/\r?\n/);
  const shown = lines.slice(0, maxLines).map((l) => prefix + truncate(l, 200));
  if (lines.length > maxLines) shown.push(`${prefix}… (${lines.length - maxLines} more lines)`);
  return shown;
}

function packageBlock(p: PackageResult, o: Required<ScanTextOptions>): string {
  const c = p.change;
  const change = c.previous && c.previous !== p.ref.version ? `${c.previous} -> ${p.ref.version}` : `${c.change} ${p.ref.version}`;
  const out = [`${MARK[p.decision]} ${showInvisible(refLabel(p.ref))} (${change}, ${c.direct ? 'direct' : 'transitive'}) at ${c.source.file}:${c.source.line}`];
  if (c.path.length > 1) out.push(`  chain: ${c.path.map((r) => showInvisible(r.name)).join(' -> ')}`);
  for (const r of p.reasons) out.push(`  · ${showInvisible(r)}`);
  const findings = [...p.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const f of findings.slice(0, o.maxFindings)) {
    const tags = [f.vector, ...f.behaviors, ...f.techniques].join(', ');
    out.push(`  [${f.severity}] ${f.ruleId} — ${f.artifact ? `${f.artifact}: ` : ''}${f.location.file}:${f.location.line} (${tags})`, `    ${showInvisible(truncate(f.message, 500))}`);
    if (o.snippets && f.snippet) out.push(...block(f.snippet, '    │ ', 5));
    if (o.snippets && f.evidence && f.evidence !== f.snippet) out.push('    decoded evidence:', ...block(truncate(f.evidence, 1000), '    ┆ ', 8));
  }
  if (findings.length > o.maxFindings) out.push(`  … and ${findings.length - o.maxFindings} more finding(s); use --format json for all`);
  if (p.decision !== 'pass') out.push('  to allow after review, add to .github/customs.yml:', ...allowEntry(p, o.today).split('\n').map((l) => `    ${l}`));
  return out.join('\n');
}

/** Returns the text; printing is the caller's. Passing packages without findings are one line each. */
export function renderScanText(report: ScanReport, options: ScanTextOptions = {}): string {
  const o: Required<ScanTextOptions> = { snippets: options.snippets ?? true, today: options.today ?? reportDay(report), maxFindings: options.maxFindings ?? 20 };
  const rank = { fail: 0, warn: 1, pass: 2 };
  const sorted = [...report.packages].sort((a, b) => rank[a.decision] - rank[b.decision] || refLabel(a.ref).localeCompare(refLabel(b.ref)));
  const blocks = sorted.map((p) => packageBlock(p, o));
  const counts = { fail: 0, warn: 0, pass: 0 };
  for (const p of report.packages) counts[p.decision]++;
  const removed = report.changes.filter((c) => c.change === 'removed').length;
  if (report.errors.length > 0) blocks.push(['Problems during the scan:', ...report.errors.map((e) => `  ! ${showInvisible(e)}`)].join('\n'));
  blocks.push(
    `${MARK[report.decision]}: ${report.packages.length} package(s) inspected: ${counts.fail} fail, ${counts.warn} warn, ${counts.pass} pass${removed ? `; ${removed} removed` : ''} (policy fails at ${report.failOn}; ${report.base.slice(0, 12)}..${report.head.slice(0, 12)})`,
  );
  return blocks.join('\n\n') + '\n';
}
