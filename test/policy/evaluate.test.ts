import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/index.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { parsePolicy } from '../../src/policy/load.js';
import { DEFAULT_POLICY } from '../../src/policy/schema.js';

const f = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  severity,
  confidence: 'high',
  vector: 'install',
  behaviors: [],
  techniques: [],
  message: `${ruleId} fired`,
  location: { file: 'setup.py', line: 3 },
  snippet: '',
});
const ref = { ecosystem: 'npm' as const, name: 'left-pad', version: '1.3.0' };
const run = (policy = DEFAULT_POLICY, findings: Finding[] = [], today = '2026-06-01') =>
  evaluate(policy, { ref, artifact: 'left-pad-1.3.0.tgz', digest: 'sha256:ab', findings, today });

describe('evaluate', () => {
  it('fails at high, warns at medium, passes below, and says why', () => {
    expect(run(DEFAULT_POLICY, [f('code/command-execution', 'high')]).decision).toBe('fail');
    expect(run(DEFAULT_POLICY, [f('code/command-execution', 'medium')]).decision).toBe('warn');
    const pass = run(DEFAULT_POLICY, [f('code/command-execution', 'low')]);
    expect(pass.decision).toBe('pass');
    expect(pass.reasons[0]).toMatch(/no finding at or above medium/);
  });

  it('fails closed on packages that could not be inspected, and obeys uninspectable: warn', () => {
    expect(run(DEFAULT_POLICY, [f('customs/uninspectable', 'high')]).decision).toBe('fail');
    expect(run({ ...DEFAULT_POLICY, uninspectable: 'warn' }, [f('customs/uninspectable', 'high')]).decision).toBe('warn');
  });

  it('applies allow entries until they expire, naming the entry', () => {
    const policy = parsePolicy(
      'allow:\n  - package: npm:left-pad\n    rules: [code/command-execution]\n    reason: reviewed\n    expires: 2026-12-31\n',
      'customs.yml',
    );
    const allowed = run(policy, [f('code/command-execution', 'critical')]);
    expect(allowed.decision).toBe('pass');
    expect(allowed.reasons.join('\n')).toMatch(/allowed by policy entry npm:left-pad: reviewed/);
    const expired = run(policy, [f('code/command-execution', 'critical')], '2027-01-01');
    expect(expired.decision).toBe('fail');
    expect(expired.reasons.join('\n')).toMatch(/expired on 2026-12-31/);
  });

  it('an expired entry covering several findings stops applying and says so once', () => {
    const policy = parsePolicy('allow:\n  - package: left-pad\n    reason: vetted\n    expires: 2026-01-31\n', 'p.yml');
    const v = run(policy, [f('code/command-execution', 'critical'), f('code/obfuscation', 'high')], '2026-02-01');
    expect(v.decision).toBe('fail');
    expect(v.reasons.filter((r) => r.includes('expired on 2026-01-31'))).toEqual(['allow entry for left-pad expired on 2026-01-31; it no longer covers code/command-execution, code/obfuscation']);
    expect(run(policy, [f('code/command-execution', 'critical')], '2026-01-31').decision).toBe('pass'); // the expiry day itself still counts
  });

  it('an allow entry for other rules does not cover this one', () => {
    const policy = parsePolicy('allow:\n  - package: left-pad\n    rules: [js/install-script]\n    reason: ok\n', 'p.yml');
    expect(run(policy, [f('code/info-stealing', 'high')]).decision).toBe('fail');
  });

  it('deny entries fail whatever the findings; rule settings change or drop severities', () => {
    expect(run(parsePolicy('deny:\n  - package: "npm:left-*"\n    reason: no\n', 'p.yml')).decision).toBe('fail');
    expect(run(parsePolicy('rules:\n  code/command-execution: off\n', 'p.yml'), [f('code/command-execution', 'critical')]).decision).toBe('pass');
    expect(run(parsePolicy('rules:\n  code/command-execution: medium\n', 'p.yml'), [f('code/command-execution', 'critical')]).decision).toBe('warn');
  });
});

describe('parsePolicy', () => {
  it('names the file and line of a bad value', () => {
    expect(() => parsePolicy('fail-on: high\nwarn-on: loud\n', '.github/customs.yml')).toThrow(/\.github\/customs\.yml:2: warn-on: must be one of/);
    expect(() => parsePolicy('allow:\n  - package: x\n', 'p.yml')).toThrow(/p\.yml:2: allow\[0\]: reason is required/);
    expect(() => parsePolicy('fail-on: [\n', 'p.yml')).toThrow(/p\.yml:\d+:/);
    expect(() => parsePolicy('colour: red\n', 'p.yml')).toThrow(/unknown key/);
  });
});
