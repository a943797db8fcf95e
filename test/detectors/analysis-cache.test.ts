import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../src/detectors/analysis-cache.js';
import { emptyFacts } from '../../src/detectors/shared/empty-facts.js';
import { fileMetrics } from '../../src/detectors/python/metrics.js';

const facts = (file: string, source: string) => emptyFacts('python', file, fileMetrics(source, 0));

describe('analysis cache', () => {
  it('analyses a recurring source once and labels the copy with the asking file', () => {
    const cache = new AnalysisCache(1 << 20);
    const source = `x = 1\n${'# padding\n'.repeat(40)}`;
    let runs = 0;
    const analyze = (file: string) => () => (runs++, facts(file, source));
    const a = cache.get('python', 'a/setup.py', source, analyze('a/setup.py'));
    const b = cache.get('python', 'b/setup.py', source, analyze('b/setup.py'));
    expect(runs).toBe(1);
    expect(b).toEqual({ ...a, file: 'b/setup.py' });
    expect(b).not.toBe(a);
  });

  it('does not keep sources too long for an entry (their facts would be dropped after serialising)', () => {
    const cache = new AnalysisCache(4096);
    const source = `x = 1\n${'# padding\n'.repeat(200)}`;
    let runs = 0;
    for (let i = 0; i < 2; i++) cache.get('python', 'm.py', source, () => (runs++, facts('m.py', source)));
    expect(runs).toBe(2);
  });
});
