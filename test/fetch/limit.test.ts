import { describe, expect, it } from 'vitest';
import { limit } from '../../src/fetch/limit.js';
import { CustomsError } from '../../src/runtime/errors.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('limit', () => {
  it('never runs more than N tasks at once and keeps result order', async () => {
    const pool = limit(3);
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 15, 2, 25, 3];
    const out = await pool.map(delays, async (ms, i) => {
      running++;
      peak = Math.max(peak, running);
      await tick(ms);
      running--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(delays.map((ms, i) => `${i}:${ms}`));
    expect(peak).toBe(3);
    expect(pool.active).toBe(0);
    expect(pool.pending).toBe(0);
  });

  it('defaults to 8 concurrent tasks', async () => {
    const pool = limit();
    let peak = 0;
    let running = 0;
    await pool.map(Array.from({ length: 20 }, (_, i) => i), async () => {
      running++;
      peak = Math.max(peak, running);
      await tick(2);
      running--;
    });
    expect(peak).toBe(8);
  });

  it('propagates the first error, starts nothing new after it, and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const pool = limit(2);
      const started: number[] = [];
      const p = pool.map([0, 1, 2, 3, 4, 5], async (i) => {
        started.push(i);
        await tick(i === 0 ? 5 : 10);
        if (i <= 1) throw new Error(`boom ${i}`);
        return i;
      });
      await expect(p).rejects.toThrow('boom 0');
      await tick(50);
      expect(started).toEqual([0, 1]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a task that throws synchronously rejects its own promise only', async () => {
    const pool = limit(1);
    const bad = pool(() => {
      throw new Error('sync');
    });
    const good = pool(async () => 42);
    await expect(bad).rejects.toThrow('sync');
    await expect(good).resolves.toBe(42);
  });

  it('rejects a nonsensical concurrency', () => {
    expect(() => limit(0)).toThrow(CustomsError);
    expect(() => limit(1.5)).toThrow(/positive integer/);
  });

  it('maps an empty list to an empty list', async () => {
    await expect(limit(2).map([], async () => 1)).resolves.toEqual([]);
  });
});
