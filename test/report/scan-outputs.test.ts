import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/registry.js';
import type { Rendered } from '../../src/github/rendered.js';
import { FINDING_MARKER_RE, SUMMARY_MARKER as GITHUB_SUMMARY_MARKER } from '../../src/github/rendered.js';
import { SUMMARY_MARKER } from '../../src/report/markdown.js';
import { renderScanOutputs } from '../../src/report/scan-outputs.js';
import { finding, pkg, report, RULES_URL } from './builders.js';

describe('renderScanOutputs', () => {
  const scan = report([pkg('evil-pkg', 'fail', [finding('code/command-execution', 'critical'), finding('code/obfuscation', 'medium')]), pkg('ok', 'pass')]);
  // Typed as the GitHub side's interface: a compile-time check that the two shapes agree.
  const out: Rendered = renderScanOutputs(scan, { rules: DETECTORS.map((d) => d.meta), rulesUrl: RULES_URL });

  it('uses the same markers as src/github', () => {
    expect(SUMMARY_MARKER).toBe(GITHUB_SUMMARY_MARKER);
    expect(out.summary.startsWith(GITHUB_SUMMARY_MARKER)).toBe(true);
    const markers = [...out.review[0]!.body.matchAll(FINDING_MARKER_RE)].map((m) => m[1]);
    expect(markers).toEqual([out.review[0]!.fingerprint]);
  });

  it('one review comment and one annotation per flagged package, on its manifest line', () => {
    expect(out.review.map((r) => [r.path, r.line])).toEqual([['requirements.txt', 3]]);
    expect(out.annotations).toEqual([
      {
        severity: 'critical',
        file: 'requirements.txt',
        line: 3,
        title: 'customs: pypi:evil-pkg@1.0.0 — fail',
        message: '2 finding(s) at or above high: code/command-execution, code/obfuscation\nrules: code/command-execution, code/obfuscation',
      },
    ]);
  });

  it('summary within the comment budget, job summary within 1 MiB, SARIF and JSON as values', () => {
    expect(out.summary.length).toBeLessThanOrEqual(65_536);
    expect(out.jobSummary.length).toBeLessThanOrEqual(1024 * 1024);
    expect((out.sarif as { version: string }).version).toBe('2.1.0');
    expect((out.json as { decision: string }).decision).toBe('fail');
  });
});
