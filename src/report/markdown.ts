/**
 * The summary of a scan as markdown: the sticky PR comment (found again by its hidden marker) and the job
 * summary. Every output has a budget (PR comments: 65,536 characters; job summaries: 1 MiB,
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary);
 * when the full text does not fit it degrades step by step and says what it left out
 * (actions/dependency-review-action: src/comment-pr.ts does the same).
 */
import type { PackageResult, ScanReport } from '../model/index.js';
import { mdCode, mdText, truncate } from './markdown-safe.js';
import { DEFAULT_DETAIL, VERDICT, changeText, fingerprintOf, packageDetails, refLabel, reportDay, type DetailOptions } from './package-details.js';

export const SUMMARY_MARKER = '<!-- customs:summary -->';
export const COMMENT_BUDGET = 65_536;
export const JOB_SUMMARY_BUDGET = 1024 * 1024;

export interface ResolvedFinding {
  fingerprint: string;
  /** What it was (`pypi:evil@1.0: code/command-execution`), when the caller still knows. */
  label?: string;
}

export interface SummaryOptions {
  /** Characters the result may use (default COMMENT_BUDGET). */
  maxChars?: number;
  /** Link to a rule's page; e.g. `https://github.com/o/r/blob/<sha>/docs/rules/${id}.md`. */
  rulesUrl?: (ruleId: string) => string;
  /** YYYY-MM-DD for allow-entry expiry suggestions; default the report's date. */
  today?: string;
  /** Fingerprints reported last run that are gone now. */
  resolved?: Array<string | ResolvedFinding>;
}

/** Degradation steps, in order; each one leaves out more. */
const LEVELS = [
  { details: 'all', snippets: true, table: 'all', partial: false, left: '' },
  { details: 'all', snippets: false, table: 'all', partial: false, left: 'code snippets and decoded evidence' },
  // Failing packages' details matter most: here they may be cut short (counted) rather than all dropped.
  { details: 'fail', snippets: false, table: 'all', partial: true, left: 'code snippets, decoded evidence and the details of warning packages' },
  { details: 'none', snippets: false, table: 'all', partial: false, left: 'all per-package details (see the SARIF/JSON report or the job summary)' },
  { details: 'none', snippets: false, table: 'flagged', partial: false, left: 'all per-package details and the table rows of passing packages (and of flagged ones past the count shown)' },
  { details: 'none', snippets: false, table: 'none', partial: false, left: 'the package table and all details (see the SARIF/JSON report)' },
] as const;

function counts(report: ScanReport): Record<'fail' | 'warn' | 'pass', number> {
  const c = { fail: 0, warn: 0, pass: 0 };
  for (const p of report.packages) c[p.decision]++;
  return c;
}

function why(report: ScanReport): string {
  const c = counts(report);
  const names = (d: 'fail' | 'warn'): string => {
    const list = report.packages.filter((p) => p.decision === d).map((p) => mdCode(p.ref.name));
    return list.slice(0, 5).join(', ') + (list.length > 5 ? ` and ${list.length - 5} more` : '');
  };
  const errors = report.errors.length > 0 ? ` ${report.errors.length} stage error(s) — see below.` : '';
  if (report.decision === 'fail') {
    return `**${VERDICT.fail}** — ${c.fail} package(s) fail the policy (findings at or above ${report.failOn}, denied, or not inspectable): ${names('fail')}.${errors}`;
  }
  if (report.decision === 'warn') return `**${VERDICT.warn}** — ${c.warn} package(s) have findings worth a look, none at or above ${report.failOn}: ${names('warn')}.${errors}`;
  return `**${VERDICT.pass}** — ${report.packages.length} changed package(s) inspected, nothing at the warning threshold.${errors}`;
}

function tableRow(p: PackageResult): string {
  return `| ${p.ref.ecosystem} | ${mdCode(p.ref.name)} | ${mdCode(changeText(p))} | ${p.change.direct ? 'direct' : 'transitive'} | ${VERDICT[p.decision]} |`;
}

/** Worst first, then by name: the order reviewers read in. */
function ordered(report: ScanReport): PackageResult[] {
  const rank = { fail: 0, warn: 1, pass: 2 };
  return [...report.packages].sort((a, b) => rank[a.decision] - rank[b.decision] || refLabel(a.ref).localeCompare(refLabel(b.ref)));
}

function trailer(report: ScanReport, o: Required<Omit<SummaryOptions, 'maxChars'>>, level: (typeof LEVELS)[number], budget: number): string {
  const out: string[] = [];
  if (o.resolved.length > 0) {
    out.push(`## Resolved since last run (${o.resolved.length})`, '');
    const items = o.resolved.map((r) => (typeof r === 'string' ? { fingerprint: r } : r));
    for (const r of items.slice(0, 50)) out.push(`- ~~${r.label ? mdText(r.label) : 'finding'}~~ ${mdCode(r.fingerprint)}`);
    if (items.length > 50) out.push(`- … and ${items.length - 50} more`);
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push('## Problems during the scan', '');
    for (const e of report.errors.slice(0, 20)) out.push(`- ${mdText(truncate(e, 500))}`);
    if (report.errors.length > 20) out.push(`- … and ${report.errors.length - 20} more`);
    out.push('');
  }
  if (level.left) out.push(`> [!NOTE]\n> Shortened to fit ${budget.toLocaleString('en-US')} characters; left out: ${level.left}.`, '');
  // Lets the next run say what was resolved; left out (and the next run says nothing) when it would crowd the budget.
  const marker = fingerprintsMarker(summaryFingerprints(report));
  if (marker.length <= budget / 8) out.push(marker);
  out.push(`<sub>customs ${mdText(report.tool.version)} (engine ${mdText(report.tool.engineVersion)}) · ${mdCode(report.base.slice(0, 12))}…${mdCode(report.head.slice(0, 12))}</sub>`);
  return out.join('\n');
}

function render(report: ScanReport, o: Required<Omit<SummaryOptions, 'maxChars'>>, level: (typeof LEVELS)[number], budget: number): string | undefined {
  const c = counts(report);
  const out: string[] = [SUMMARY_MARKER, '## Customs: dependency inspection', '', why(report), ''];
  const removed = report.changes.filter((ch) => ch.change === 'removed').length;
  out.push(`${report.packages.length} package(s) inspected: ${c.fail} fail, ${c.warn} warn, ${c.pass} pass${removed ? `; ${removed} removed (not inspected)` : ''}. Policy fails at ${report.failOn}.`, '');
  const tail = trailer(report, o, level, budget);
  const rows = ordered(report).filter((p) => level.table === 'all' || (level.table === 'flagged' && p.decision !== 'pass'));
  let shownRows = rows.map(tableRow);
  if (level.table === 'flagged') {
    // Failing rows first (ordered), as many as fit, then a count of the rest.
    let room = budget - out.join('\n').length - tail.length - 400;
    const fit: string[] = [];
    for (const row of shownRows) {
      if ((room -= row.length + 1) < 0) break;
      fit.push(row);
    }
    if (fit.length < shownRows.length) fit.push(`| … | ${shownRows.length - fit.length} more flagged package(s) | | | |`);
    shownRows = fit;
  }
  if (rows.length > 0) out.push('| Ecosystem | Package | Version | Dependency | Verdict |', '|---|---|---|---|---|', ...shownRows, '');
  const detail: DetailOptions = { ...DEFAULT_DETAIL, rulesUrl: o.rulesUrl, today: o.today, snippets: level.snippets };
  const flagged = ordered(report).filter((p) => (level.details === 'all' ? p.decision !== 'pass' : level.details === 'fail' && p.decision === 'fail'));
  if (flagged.length > 0) out.push('## Details', '');
  // Room for the details: what the head and the trailer leave, minus the "did not fit" line.
  const room = budget - out.join('\n').length - tail.length - 200;
  let used = 0;
  let dropped = 0;
  for (const p of flagged) {
    const block = packageDetails(p, detail) + '\n';
    if (level.partial && used + block.length + 1 > room) {
      dropped++; // a block that would not fit is counted rather than cut in half
      continue;
    }
    out.push(block);
    used += block.length + 1;
    if (!level.partial && used > room) return undefined; // this level cannot fit
  }
  if (dropped > 0 && dropped === flagged.length) return undefined; // nothing fits: the next level says so better
  if (dropped > 0) out.push(`_${dropped} more package detail block(s) did not fit; see the SARIF/JSON report._`, '');
  out.push(tail);
  return out.join('\n') + '\n';
}

/** The summary markdown, never longer than `maxChars`. */
export function renderSummary(report: ScanReport, options: SummaryOptions = {}): string {
  const budget = options.maxChars ?? COMMENT_BUDGET;
  const o = {
    rulesUrl: options.rulesUrl ?? ((id: string) => `docs/rules/${id}.md`),
    today: options.today ?? reportDay(report),
    resolved: options.resolved ?? [],
  };
  for (const level of LEVELS) {
    const text = render(report, o, level, budget);
    if (text !== undefined && text.length <= budget) return text;
  }
  // Last resort (a budget smaller than the counted line plus trailer): the marker and the decision, cut.
  const c = counts(report);
  const line = `${SUMMARY_MARKER}\n${VERDICT[report.decision]}: ${c.fail} fail, ${c.warn} warn, ${c.pass} pass (everything else left out to fit ${budget} characters)\n`;
  return line.length <= budget ? line : line.slice(0, budget);
}

const FINGERPRINTS = /<!-- customs:fingerprints ([0-9a-f ]*) -->/;

function fingerprintsMarker(list: readonly string[]): string {
  return `<!-- customs:fingerprints ${list.join(' ')} -->`;
}

/** Fingerprints a previous summary recorded; undefined when it had none (too many to fit, or an older format). */
export function fingerprintsFromSummary(body: string): string[] | undefined {
  const m = FINGERPRINTS.exec(body);
  return m ? m[1]!.split(' ').filter(Boolean) : undefined;
}

/** The fingerprints of this report's failing and warning packages (what "resolved since last run" compares). */
export function summaryFingerprints(report: ScanReport): string[] {
  return [...new Set(report.packages.filter((p) => p.decision !== 'pass').map(fingerprintOf))].sort();
}
