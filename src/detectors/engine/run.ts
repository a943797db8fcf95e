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

/** Runs every detector; one that throws yields an analysis-error finding instead of crashing the run. */
export function runDetectors(pkg: PackageModel, detectors: readonly Detector[] = DETECTORS): Finding[] {
  const out: Finding[] = [];
  for (const d of detectors) {
    try {
      out.push(...d.run(pkg));
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
