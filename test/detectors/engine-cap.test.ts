import { describe, expect, it } from 'vitest';
import { analysisErrorMeta, capSimilar, MAX_SIMILAR_FINDINGS } from '../../src/detectors/engine/run.js';
import { finding } from '../../src/detectors/types.js';
import type { Severity } from '../../src/model/index.js';

const at = (file: string, line: number, severity: Severity) =>
  finding(analysisErrorMeta, { severity, vector: 'install', message: `m${line}`, file, line, snippet: '' });

describe('capSimilar', () => {
  it('keeps the first findings of a rule, file and severity and counts the rest on the last one kept', () => {
    const many = Array.from({ length: 25 }, (_, i) => at('env.js', i + 1, 'low'));
    const other = [at('env.js', 99, 'high'), at('setup.js', 1, 'low')];
    const out = capSimilar([...many, ...other]);
    expect(out).toHaveLength(MAX_SIMILAR_FINDINGS + 2);
    expect(out.filter((f) => f.location.file === 'env.js' && f.severity === 'low').map((f) => f.location.line)).toEqual(
      Array.from({ length: MAX_SIMILAR_FINDINGS }, (_, i) => i + 1),
    );
    expect(out[MAX_SIMILAR_FINDINGS - 1]?.message).toBe(`m${MAX_SIMILAR_FINDINGS} (and ${25 - MAX_SIMILAR_FINDINGS} more low findings of this rule in env.js, not listed)`);
    expect(out.slice(MAX_SIMILAR_FINDINGS)).toEqual(other);
  });

  it('leaves groups at the limit untouched', () => {
    const list = Array.from({ length: MAX_SIMILAR_FINDINGS }, (_, i) => at('a.py', i + 1, 'medium'));
    expect(capSimilar(list)).toEqual(list);
  });
});
