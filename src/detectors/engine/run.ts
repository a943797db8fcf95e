import type { Finding } from '../../model/index.js';
import { DETECTORS } from '../registry.js';
import type { Detector, PackageModel, RuleMeta } from '../types.js';
import { finding } from '../types.js';

export const analysisErrorMeta: RuleMeta = {
  id: 'customs/analysis-error',
  title: 'A rule failed on this package',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: [],
  techniques: [],
  summary: 'A detector threw while inspecting the package. The package is treated as not fully inspected.',
  docs: `This is a bug in Customs or input crafted to break it. The run goes on with the other rules; the policy
key \`uninspectable\` decides (fail by default). Please report it with the package name and version.`,
};

/**
 * Findings of one rule, file and severity kept per package: an obfuscated file can raise the same finding
 * hundreds of times (a command per string-table entry), which buries the report without adding to the verdict.
 */
export const MAX_SIMILAR_FINDINGS = 10;

/** Keeps the first MAX_SIMILAR_FINDINGS of each rule, file and severity; the last kept one says how many more there were. */
export function capSimilar(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_SIMILAR_FINDINGS) return findings;
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.location.file}\u0000${f.severity}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const dropped = new Set<Finding>();
  const last = new Map<Finding, number>();
  for (const g of groups.values()) {
    if (g.length <= MAX_SIMILAR_FINDINGS) continue;
    for (const f of g.slice(MAX_SIMILAR_FINDINGS)) dropped.add(f);
    last.set(g[MAX_SIMILAR_FINDINGS - 1] as Finding, g.length - MAX_SIMILAR_FINDINGS);
  }
  if (dropped.size === 0) return findings;
  return findings
    .filter((f) => !dropped.has(f))
    .map((f) => {
      const more = last.get(f);
      return more === undefined ? f : { ...f, message: `${f.message} (and ${more} more ${f.severity} findings of this rule in ${f.location.file}, not listed)` };
    });
}

/** Runs every detector; one that throws yields an analysis-error finding instead of crashing the run. */
export function runDetectors(pkg: PackageModel, detectors: readonly Detector[] = DETECTORS): Finding[] {
  const out: Finding[] = [];
  for (const d of detectors) {
    try {
      out.push(...capSimilar(d.run(pkg)));
    } catch (err) {
      out.push(
        finding(analysisErrorMeta, {
          severity: 'high',
          vector: 'metadata',
          message: `rule ${d.meta.id} failed: ${err instanceof Error ? err.message : String(err)}`,
          file: '.',
          line: 1,
          snippet: '',
        }),
      );
    }
  }
  return out;
}
