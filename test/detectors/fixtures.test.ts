/**
 * Fixture convention (DESIGN.md, convention 5): test/detectors/<rule-id>/{malicious,benign}/<case>/ is a small
 * package. In malicious cases a comment `ruleid: <rule-id>` (after `#` or `//`) marks the line *before* the line
 * where the rule must report at medium or above; a case may instead list `expect.json` entries
 * ({file, line}) for files without comments (package.json). Every other line must stay below medium for that
 * rule. Rules whose maximum is below medium (context rules) are checked at their own maximum on malicious
 * cases. Benign cases (hard negatives) must give no finding of that rule at medium or above, and the package must
 * not fail under the default policy. Malicious cases must fail it. Every rule has at least one of each.
 * The coverage rules (customs/uninspectable, customs/partial-analysis) are tested with hostile archives instead.
 */
import { SCAN_DETECTORS } from '../../src/detectors/scan/signals.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../src/detectors/engine/run.js';
import { DETECTORS } from '../../src/detectors/registry.js';
import { severityRank } from '../../src/model/index.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../src/policy/schema.js';
import { filesOfDir, modelOf } from '../support/engine.js';

const ROOT = join(import.meta.dirname, '.');
// Rules the scan raises about a package as a whole (integrity, OSV, policy-named internal names, index
// set-ups) have no package contents to fixture; test/scan covers them.
const NOT_FIXTURE_RULES = new Set(['customs/uninspectable', 'customs/partial-analysis', ...SCAN_DETECTORS.map((d) => d.meta.id)]);

function cases(ruleId: string, kind: 'malicious' | 'benign'): string[] {
  const dir = join(ROOT, ruleId, kind);
  return existsSync(dir) ? readdirSync(dir).map((c) => join(dir, c)) : [];
}

function expectedLines(files: Record<string, Uint8Array>, ruleId: string, caseDir: string): string[] {
  const out: string[] = [];
  for (const [path, data] of Object.entries(files)) {
    if (path === 'expect.json') continue;
    const lines = new TextDecoder().decode(data).split('\n');
    lines.forEach((l, i) => {
      const m = /(?:#|\/\/)\s*ruleid:\s*([\w/-]+)/.exec(l);
      if (m?.[1] === ruleId) out.push(`${path}:${i + 2}`);
    });
  }
  const expectFile = join(caseDir, 'expect.json');
  if (existsSync(expectFile)) {
    for (const e of JSON.parse(readFileSync(expectFile, 'utf8')) as Array<{ rule: string; file: string; line: number }>) {
      if (e.rule === ruleId) out.push(`${e.file}:${e.line}`);
    }
  }
  return out.sort();
}

const FIXTURED = DETECTORS.filter((d) => !NOT_FIXTURE_RULES.has(d.meta.id));

describe.each(FIXTURED.map((d) => [d.meta.id, d] as const))('%s', (ruleId, detector) => {
  // Context rules never go above low: their marked lines are where they report at their own maximum.
  const threshold = severityRank(detector.meta.severity) < severityRank('medium') ? severityRank(detector.meta.severity) : severityRank('medium');
  it('has malicious and benign fixtures', () => {
    expect(cases(ruleId, 'malicious').length).toBeGreaterThan(0);
    expect(cases(ruleId, 'benign').length).toBeGreaterThan(0);
  });
  for (const caseDir of cases(ruleId, 'malicious')) {
    it(`fires exactly on the marked lines: ${caseDir.split('/').pop()}`, async () => {
      const files = filesOfDir(caseDir);
      const expected = expectedLines(files, ruleId, caseDir);
      delete files['expect.json'];
      const model = await modelOf(files);
      const found = detector.run(model).filter((f) => severityRank(f.severity) >= threshold);
      expect([...new Set(found.map((f) => `${f.location.file}:${f.location.line}`))].sort()).toEqual(expected);
      const verdict = evaluate(DEFAULT_POLICY, { ref: { ecosystem: model.ecosystem, name: 'fixture', version: '0' }, artifact: 'fixture', findings: runDetectors(model), today: '2026-01-01' });
      expect(verdict.decision).toBe('fail');
    });
  }
  for (const caseDir of cases(ruleId, 'benign')) {
    it(`stays quiet on the hard negative: ${caseDir.split('/').pop()}`, async () => {
      const files = filesOfDir(caseDir);
      delete files['expect.json'];
      const model = await modelOf(files);
      const found = detector.run(model).filter((f) => severityRank(f.severity) >= Math.max(threshold, severityRank('medium')));
      expect(found.map((f) => `${f.location.file}:${f.location.line} ${f.message}`)).toEqual([]);
      const all = runDetectors(model);
      const verdict = evaluate(DEFAULT_POLICY, { ref: { ecosystem: model.ecosystem, name: 'fixture', version: '0' }, artifact: 'fixture', findings: all, today: '2026-01-01' });
      expect(verdict.decision, all.filter((f) => severityRank(f.severity) >= 3).map((f) => `${f.ruleId} ${f.message}`).join('\n')).not.toBe('fail');
    });
  }
});
