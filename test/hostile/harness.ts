/**
 * Shared by the hostile-input campaign (issue 5): every case goes through `unpackArtifact` and the whole
 * `inspectArtifact` with the default policy, and the time to decide and the process's peak RSS are
 * recorded so each test file prints the worst it saw.
 */
import { afterAll, expect } from 'vitest';
import type { Ecosystem, PackageContents } from '../../src/model/index.js';
import { inspectArtifact, type Inspection } from '../../src/pipeline.js';
import { DEFAULT_POLICY } from '../../src/policy/schema.js';
import { unpackArtifact } from '../../src/unpack/index.js';
import { testEngine } from '../support/engine.js';

export const MiB = 1024 * 1024;
const TODAY = '2026-11-30';

const worst = { ms: 0, name: '', rssMiB: 0, rssName: '' };

/** Peak resident set size of this test process so far (the OS's high-water mark, not a sample). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export interface Decided {
  contents: PackageContents;
  inspection: Inspection;
  /** Wall time of the whole inspection (unpack, model, detectors, policy). */
  ms: number;
  rules: string[];
}

/** Unpacks `bytes` and runs the whole inspection under the default policy; records time and memory. */
export async function decide(name: string, bytes: Uint8Array, filename: string, ecosystem?: Ecosystem): Promise<Decided> {
  const engine = await testEngine();
  const contents = await unpackArtifact(bytes, filename, undefined, ecosystem ? { ecosystem } : {});
  const start = performance.now();
  const inspection = await inspectArtifact(engine, { bytes, filename, ...(ecosystem ? { ecosystem } : {}) }, DEFAULT_POLICY, TODAY);
  const ms = performance.now() - start;
  note(name, ms);
  assertContained(contents);
  return { contents, inspection, ms, rules: inspection.verdict.findings.map((f) => f.ruleId) };
}

/** Records one case's time (and the peak RSS so far) for the summary printed after the file. */
export function note(name: string, ms: number): void {
  if (ms > worst.ms) Object.assign(worst, { ms, name });
  const rss = peakRssMiB();
  if (rss > worst.rssMiB) Object.assign(worst, { rssMiB: rss, rssName: name });
}

/** Every kept path is relative, free of `..`, backslashes and drive letters: nothing leaves the root. */
export function assertContained(contents: PackageContents): void {
  for (const f of contents.files) {
    expect(f.path, f.archivePath).not.toMatch(/^\/|^[A-Za-z]:|\\/);
    expect(f.path.split('/'), f.archivePath).not.toContain('..');
    expect(f.path.split('/'), f.archivePath).not.toContain('');
  }
}

/** The default policy fails the package, and says why. */
export function expectFails(d: Decided): void {
  expect(d.inspection.verdict.decision, d.inspection.verdict.reasons.join('; ')).toBe('fail');
  expect(d.inspection.verdict.reasons.length).toBeGreaterThan(0);
}

export function fileText(contents: PackageContents, path: string): string | undefined {
  const f = contents.files.find((x) => x.path === path);
  return f && Buffer.from(f.data).toString('utf8');
}

export function paths(contents: PackageContents): string[] {
  return contents.files.map((f) => f.path).sort();
}

export function skippedReasons(contents: PackageContents): string[] {
  return contents.skipped.map((s) => `${s.reason}:${s.archivePath}`);
}

export function printSummary(label: string): void {
  afterAll(() => {
    console.log(`[hostile:${label}] longest decision ${worst.ms.toFixed(0)} ms (${worst.name}); peak RSS ${worst.rssMiB.toFixed(0)} MiB (reached by ${worst.rssName})`);
  });
}
