/**
 * The markdown block for one failing or warning package, shared by the summary comment and the inline
 * review comments: rules (linked to docs/rules/<id>.md), where in the package, snippet, decoded evidence,
 * how the package got in, and the exact allow entry that would let it through.
 */
import type { Decision, PackageRef, PackageResult, ScanReport } from '../model/index.js';
import { severityRank } from '../model/index.js';
import { packageFingerprint } from './fingerprint.js';
import { mdCode, mdFence, mdLink, mdText, truncate } from './markdown-safe.js';

export const VERDICT: Record<Decision, string> = { fail: '❌ fail', warn: '⚠️ warn', pass: '✅ pass' };

export interface DetailOptions {
  rulesUrl: (ruleId: string) => string;
  /** YYYY-MM-DD the suggested allow entry counts its 30 days from. */
  today: string;
  /** Include snippets and decoded evidence (dropped first when a budget is tight). */
  snippets: boolean;
  snippetChars: number;
  evidenceChars: number;
  /** Findings listed per package before "and N more". */
  maxFindings: number;
}

export const DEFAULT_DETAIL: Omit<DetailOptions, 'rulesUrl' | 'today'> = { snippets: true, snippetChars: 1200, evidenceChars: 400, maxFindings: 10 };

export function refLabel(ref: PackageRef): string {
  return `${ref.ecosystem}:${ref.name}@${ref.version}`;
}

export function fingerprintOf(p: PackageResult): string {
  return packageFingerprint(p.ref, p.findings.map((f) => f.ruleId));
}

/** Today + `days`, as YYYY-MM-DD (UTC, no clock: the date comes in). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function reportDay(report: ScanReport): string {
  return /^\d{4}-\d{2}-\d{2}/.test(report.generatedAt) ? report.generatedAt.slice(0, 10) : '1970-01-01';
}

/** The `.github/customs.yml` entry that lets exactly this package version through for its current rules. */
export function allowEntry(p: PackageResult, today: string): string {
  const rules = [...new Set(p.findings.map((f) => f.ruleId))].sort();
  // JSON strings are valid YAML double-quoted scalars, so hostile names cannot break the YAML.
  return [
    'allow:',
    `  - package: ${JSON.stringify(`${p.ref.ecosystem}:${p.ref.name}`)}`,
    `    version: ${JSON.stringify(p.ref.version)}`,
    `    rules: [${rules.map((r) => JSON.stringify(r)).join(', ')}]`,
    `    reason: "<why>"`,
    `    expires: ${addDays(today, 30)}`,
  ].join('\n');
}

export function chainText(p: PackageResult): string {
  const path = p.change.path.length > 0 ? p.change.path : [p.ref];
  return path.map((r) => mdCode(r.version ? `${r.name}@${r.version}` : r.name)).join(' → ');
}

export function changeText(p: PackageResult): string {
  const c = p.change;
  return c.previous && c.previous !== p.ref.version ? `${c.previous} → ${p.ref.version}` : c.change === 'added' ? `new ${p.ref.version}` : p.ref.version;
}

/** Markdown for one package; `heading` is the markdown heading prefix (`###`) or '' for a review comment. */
export function packageDetails(p: PackageResult, o: DetailOptions, heading = '###'): string {
  const out: string[] = [];
  const title = `${VERDICT[p.decision]}: ${mdCode(p.ref.name)} ${mdCode(changeText(p))} (${p.ref.ecosystem}, ${p.change.direct ? 'direct' : 'transitive'})`;
  out.push(heading ? `${heading} ${title}` : `**${title}**`, '');
  for (const r of p.reasons) out.push(`- ${mdText(r)}`);
  out.push(`- Declared at ${mdCode(`${p.change.source.file}:${p.change.source.line}`)}; chain: ${chainText(p)}`);
  out.push('');
  const findings = [...p.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const f of findings.slice(0, o.maxFindings)) {
    const tags = [...f.behaviors, ...f.techniques];
    out.push(
      `- ${mdLink(f.ruleId, o.rulesUrl(f.ruleId))} **${f.severity}** · ${f.vector} · ${tags.length ? tags.join(', ') : 'no behaviour tags'} · ${mdCode(`${f.artifact ? `${f.artifact}: ` : ''}${f.location.file}:${f.location.line}`)}`,
      `  ${mdText(truncate(f.message, 1000))}`,
    );
    if (o.snippets && f.snippet) out.push('', indent(mdFence(truncate(f.snippet, o.snippetChars)), '  '));
    if (o.snippets && f.evidence && f.evidence !== f.snippet) out.push('', '  Decoded evidence:', '', indent(mdFence(truncate(f.evidence, o.evidenceChars), 'text'), '  '));
  }
  if (findings.length > o.maxFindings) out.push(`- … and ${findings.length - o.maxFindings} more finding(s) (see the SARIF or JSON report)`);
  if (p.decision !== 'pass') {
    out.push('', `<details><summary>Allow it (after review) in <code>.github/customs.yml</code></summary>`, '', mdFence(allowEntry(p, o.today), 'yaml'), '', '</details>');
  }
  return out.join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
