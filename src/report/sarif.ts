/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) as a value, shaped for GitHub code scanning
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * `security-severity` ranks alerts, `partialFingerprints` keeps alerts stable across runs, one run per
 * category (`automationDetails.id`), and GitHub's upload limits are enforced here with a note saying so.
 */
import type { Ecosystem, Finding, PackageResult, ScanReport, Severity } from '../model/index.js';
import { severityRank } from '../model/index.js';
import type { RuleMeta } from '../detectors/types.js';
import type { Inspection } from '../pipeline.js';
import { resultFingerprint } from './fingerprint.js';
import { truncate } from './markdown-safe.js';
import { refLabel } from './package-details.js';

/** GitHub reads `security-severity` (a number 0–10, as a string) to rank alerts. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** GitHub's documented upload limits (results beyond them are dropped or the upload is rejected). */
export const SARIF_LIMITS = { runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 1_000, tagsPerRule: 20, messageChars: 4_000 } as const;

const INFORMATION_URI = 'https://github.com/customs-dev/customs';
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type Json = Record<string, unknown>;

const isAbsolute = (uri: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(uri);

/** A repository- or package-relative path as a URI reference (each segment percent-encoded). */
export function pathUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** `reportingDescriptor` for a rule (SARIF §3.49); helpUri only when absolute, as the schema's `uri` format requires. */
export function ruleDescriptor(r: RuleMeta, helpUri: string): Json {
  return {
    id: r.id,
    name: r.id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.summary },
    help: { text: `${r.summary}\n\n${r.docs}`, markdown: `**${r.title}**\n\n${r.summary}\n\n${r.docs}` },
    ...(isAbsolute(helpUri) ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[r.severity],
      tags: [...new Set(['security', 'supply-chain', ...r.behaviors, ...r.techniques])].slice(0, SARIF_LIMITS.tagsPerRule),
      precision: 'high',
      'problem.severity': r.severity === 'critical' || r.severity === 'high' ? 'error' : r.severity === 'medium' ? 'warning' : 'recommendation',
    },
  };
}

function driver(version: string, rules: readonly RuleMeta[], helpUri: (id: string) => string, extraIds: Iterable<string>): { driver: Json; index: Map<string, number> } {
  const descriptors = rules.map((r) => ruleDescriptor(r, helpUri(r.id)));
  for (const id of extraIds) {
    if (!rules.some((r) => r.id === id)) descriptors.push({ id, shortDescription: { text: id }, properties: { 'security-severity': SECURITY_SEVERITY.medium, tags: ['security'] } });
  }
  const kept = descriptors.slice(0, SARIF_LIMITS.rulesPerRun);
  const index = new Map(kept.map((d, i) => [d['id'] as string, i]));
  return { driver: { name: 'customs', version, semanticVersion: version, informationUri: INFORMATION_URI, rules: kept }, index };
}

function notification(text: string): Json {
  return { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text } }] };
}

/** Keeps GitHub's per-run limit, most severe first, and says what was dropped. */
function capResults(results: Array<Json & { rank: number }>): { kept: Json[]; invocations?: Json[] } {
  const strip = (list: Array<Json & { rank: number }>): Json[] => list.map(({ rank: _rank, ...r }) => r);
  if (results.length <= SARIF_LIMITS.resultsPerRun) return { kept: strip(results) };
  const kept = [...results].sort((a, b) => b.rank - a.rank).slice(0, SARIF_LIMITS.resultsPerRun);
  const text = `${results.length - kept.length} of ${results.length} results left out to stay within GitHub's limit of ${SARIF_LIMITS.resultsPerRun} results per run (least severe dropped); see the JSON report for all of them.`;
  return { kept: strip(kept), invocations: [notification(text)] };
}

export interface ScanSarifOptions {
  rules: readonly RuleMeta[];
  /** Rule page URL (absolute, e.g. `https://github.com/o/r/blob/<sha>/docs/rules/<id>.md`). */
  rulesUrl: (ruleId: string) => string;
  /** Categories to emit even when empty, so GitHub closes alerts of an ecosystem that has none now. */
  ecosystems?: readonly Ecosystem[];
}

function levelFor(p: PackageResult, f: Finding, failOn: ScanReport['failOn']): 'error' | 'warning' | 'note' {
  if (p.decision === 'pass') return 'note';
  if (p.decision === 'fail' && failOn !== 'never' && severityRank(f.severity) >= severityRank(failOn)) return 'error';
  return 'warning';
}

function scanResult(report: ScanReport, p: PackageResult, f: PackageResult['findings'][number], index: Map<string, number>): Json & { rank: number } {
  const inPackage = `${f.location.file}:${f.location.line}`;
  const via = p.change.path.length > 1 ? ` via ${p.change.path.map((r) => r.name).join(' → ')}` : '';
  const text = `${refLabel(p.ref)} (${p.change.direct ? 'direct' : 'transitive'}${via}): ${f.message} — at ${inPackage} inside ${f.artifact || 'the package'}. Verdict: ${p.decision}.`;
  const source = p.change.source;
  return {
    rank: severityRank(f.severity) * 10 + (p.decision === 'fail' ? 2 : p.decision === 'warn' ? 1 : 0),
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: levelFor(p, f, report.failOn),
    message: { text: truncate(text, SARIF_LIMITS.messageChars) },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(source.file) }, ...(source.line > 0 ? { region: { startLine: source.line } } : {}) } }],
    relatedLocations: [
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: pathUri(`${p.ref.name}-${p.ref.version}/${f.location.file}`), uriBaseId: 'CUSTOMS_PACKAGE' },
          ...(f.location.line > 0 ? { region: { startLine: f.location.line, ...(f.location.column ? { startColumn: f.location.column } : {}) } } : {}),
        },
        message: { text: truncate(`${inPackage} inside ${f.artifact || refLabel(p.ref)}`, SARIF_LIMITS.messageChars) },
      },
    ],
    partialFingerprints: { 'customs/v1': resultFingerprint(p.ref, f) },
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      vector: f.vector,
      behaviors: f.behaviors,
      techniques: f.techniques,
      package: refLabel(p.ref),
      verdict: p.decision,
      ...(f.evidence ? { evidence: truncate(f.evidence, SARIF_LIMITS.messageChars) } : {}),
    },
  };
}

/** One run per ecosystem (`customs/pypi/`, `customs/npm/`), results on the manifest/lockfile line. */
export function buildScanSarif(report: ScanReport, options: ScanSarifOptions): Json {
  const ecosystems = [...new Set([...(options.ecosystems ?? ['pypi', 'npm']), ...report.packages.map((p) => p.ref.ecosystem)])].slice(0, SARIF_LIMITS.runs);
  const ruleIds = new Set(report.packages.flatMap((p) => p.findings.map((f) => f.ruleId)));
  const runs = ecosystems.map((eco) => {
    const { driver: d, index } = driver(report.tool.version, options.rules, options.rulesUrl, ruleIds);
    const results = report.packages.filter((p) => p.ref.ecosystem === eco).flatMap((p) => p.findings.map((f) => scanResult(report, p, f, index)));
    const { kept, invocations } = capResults(results);
    return {
      tool: { driver: d },
      automationDetails: { id: `customs/${eco}/` },
      originalUriBaseIds: { CUSTOMS_PACKAGE: { description: { text: 'Root of the inspected package artifact; not a file of this repository.' } } },
      ...(report.repository ? { versionControlProvenance: [{ repositoryUri: `https://github.com/${report.repository}`, revisionId: report.head }] } : {}),
      ...(invocations ? { invocations } : {}),
      results: kept,
    };
  });
  return { $schema: SCHEMA_URI, version: '2.1.0', runs };
}

export interface SarifOptions {
  version: string;
  rules: readonly RuleMeta[];
  /** Base of the rule documentation links (docs/rules/<id>.md); used as helpUri only when absolute. */
  helpBase: string;
  /** Where a result points: by default the file inside the artifact (`artifact/path`). */
  locate?: (inspection: Inspection, finding: Finding) => { uri: string; line: number };
}

/** `customs inspect`: one run, results located in the inspected artifact's files. */
export function buildSarif(inspections: readonly Inspection[], options: SarifOptions): Json {
  const locate = options.locate ?? ((i, f) => ({ uri: `${i.verdict.artifact}/${f.location.file}`, line: f.location.line }));
  const ruleIds = new Set(inspections.flatMap((i) => i.verdict.findings.map((f) => f.ruleId)));
  const { driver: d, index } = driver(options.version, options.rules, (id) => `${options.helpBase}/${id}.md`, ruleIds);
  const results = inspections.flatMap((i) =>
    i.verdict.findings.map((f) => {
      const loc = locate(i, f);
      const ref = i.verdict.ref;
      return {
        rank: severityRank(f.severity),
        ruleId: f.ruleId,
        ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: truncate(`${refLabel(ref)}: ${f.message} (${f.location.file}:${f.location.line})`, SARIF_LIMITS.messageChars) },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(loc.uri) }, region: { startLine: Math.max(1, loc.line) } } }],
        partialFingerprints: { 'customs/v1': resultFingerprint(ref, f) },
        properties: { severity: f.severity, vector: f.vector, behaviors: f.behaviors, techniques: f.techniques, package: refLabel(ref) },
      };
    }),
  );
  const { kept, invocations } = capResults(results);
  return { $schema: SCHEMA_URI, version: '2.1.0', runs: [{ tool: { driver: d }, automationDetails: { id: 'customs/inspect/' }, ...(invocations ? { invocations } : {}), results: kept }] };
}
