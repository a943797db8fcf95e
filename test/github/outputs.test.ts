import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { commentableLines } from '../../src/github/diff-lines.js';
import { annotate, fitJobSummary } from '../../src/github/outputs.js';
import { ActionsLogger } from '../../src/github/logger.js';
import { COMMENT_LIMIT, summaryBody } from '../../src/github/publish.js';
import { SUMMARY_MARKER } from '../../src/github/rendered.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { RunnerEnv } from './action-env.js';

let env: RunnerEnv | undefined;
afterEach(() => env?.restore());

describe('annotations', () => {
  test('worst first, at most ten per level, the rest counted in the log', () => {
    env = new RunnerEnv({ name: 'push', payload: {} }, {}, 'http://127.0.0.1:9');
    const a = (severity: 'critical' | 'high' | 'medium' | 'low' | 'info', i: number) => ({ severity, file: `requirements.txt`, line: i, title: `rule-${severity}`, message: `m${i}` });
    const input = [...Array.from({ length: 8 }, (_, i) => a('high', i + 1)), ...Array.from({ length: 5 }, (_, i) => a('critical', 100 + i)), a('medium', 50), a('info', 0)];
    const log = new RecordingLogger();
    const left = annotate(input, log);
    const errors = env.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 5).every((l) => l.includes('title=rule-critical'))).toBe(true);
    expect(errors[0]).toBe('::error title=rule-critical,file=requirements.txt,line=100::m100');
    expect(env.stdout).toContain('::warning title=rule-medium,file=requirements.txt,line=50::m50');
    expect(env.stdout).toContain('::notice title=rule-info,file=requirements.txt,line=1::m0'); // line 0 → 1
    expect(left).toEqual({ error: 3, warning: 0, notice: 0 });
    expect(log.records.map((r) => r.message).join()).toMatch(/3 more finding\(s\) not annotated/);
  });
});

describe('size budgets', () => {
  test('the job summary is cut to 1 MiB in bytes with a note, without splitting a character', () => {
    expect(fitJobSummary('small')).toBe('small');
    const big = 'é'.repeat(600_000); // 1.2 MB in UTF-8
    const fitted = fitJobSummary(big);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(1024 * 1024);
    expect(fitted).toMatch(/truncated: the job summary is limited to 1 MiB/);
    expect(fitted).not.toContain('\uFFFD');
  });

  test('the summary comment carries the marker and fits GitHub’s comment limit', () => {
    expect(summaryBody('hello', []).startsWith(SUMMARY_MARKER)).toBe(true);
    const body = summaryBody('x'.repeat(70_000), [{ path: 'a', line: 1, body: 'b', fingerprint: 'f' }]);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/summary truncated/);
  });
});

describe('lines a review comment may sit on', () => {
  test('added and context lines of every hunk, never removed lines', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n d\n@@ -20,2 +21,2 @@\n x\n-y\n+Y\n\\ No newline at end of file';
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 21, 22]);
    expect(commentableLines(undefined).size).toBe(0);
  });

  test('property: exactly the head-side lines of generated hunks', () => {
    const op = fc.constantFrom(' ', '+', '-');
    const hunk = fc.record({ gap: fc.integer({ min: 0, max: 50 }), ops: fc.array(op, { minLength: 1, maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(hunk, { minLength: 1, maxLength: 5 }), (hunks) => {
        let head = 1;
        const expected: number[] = [];
        const text: string[] = [];
        for (const h of hunks) {
          head += h.gap;
          const added = h.ops.filter((o) => o !== '-').length;
          text.push(`@@ -${head},${h.ops.length - added + h.ops.filter((o) => o === ' ').length} +${head},${added} @@ ctx`);
          for (const o of h.ops) {
            text.push(`${o}line`);
            if (o !== '-') expected.push(head++);
          }
        }
        expect([...commentableLines(text.join('\n'))]).toEqual(expected);
      }),
    );
  });
});

describe('ActionsLogger', () => {
  test('levels become workflow commands and a stage is one group, closed even when it throws', async () => {
    env = new RunnerEnv({ name: 'push', payload: {} }, {}, 'http://127.0.0.1:9');
    const log = new ActionsLogger();
    await expect(log.group('Scan', async () => {
      log.warning('registry slow');
      log.error('manifest unreadable');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    log.info('after');
    expect(env.stdout.split('\n').filter(Boolean)).toEqual(['::group::Scan', '::warning::registry slow', '::error::manifest unreadable', '::endgroup::', 'after']);
  });
});
