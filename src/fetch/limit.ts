/**
 * A small promise pool: registries and artifact hosts get at most N requests in flight from one scan, and
 * a failing task never leaves an unhandled rejection behind (Node ends the process on those).
 */
import { internalError } from '../runtime/errors.js';

export const DEFAULT_CONCURRENCY = 8;

export interface Limiter {
  /** Runs `task` when a slot is free; the returned promise settles with the task. */
  <T>(task: () => Promise<T> | T): Promise<T>;
  /**
   * Maps every item through `fn` within the pool; results keep the order of `items`. On the first failure
   * no new items start, the ones in flight are awaited, and the first error is thrown.
   */
  map<I, O>(items: readonly I[], fn: (item: I, index: number) => Promise<O> | O): Promise<O[]>;
  /** Tasks running now / waiting for a slot. */
  readonly active: number;
  readonly pending: number;
}

export function limit(concurrency = DEFAULT_CONCURRENCY): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw internalError(`limit: concurrency must be a positive integer, got ${concurrency}`);
  }
  let active = 0;
  const queue: (() => void)[] = [];

  const next = (): void => {
    if (active >= concurrency) return;
    const start = queue.shift();
    if (start) start();
  };

  const run = <T>(task: () => Promise<T> | T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        active++;
        // A task that throws synchronously becomes a rejection like any other.
        new Promise<T>((r) => r(task()))
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });

  const map = async <I, O>(items: readonly I[], fn: (item: I, index: number) => Promise<O> | O): Promise<O[]> => {
    const results = new Array<O>(items.length);
    let failed: { error: unknown } | undefined;
    const settled = items.map((item, index) =>
      run(async () => {
        if (failed) return; // stop starting new work once something failed
        results[index] = await fn(item, index);
      }).catch((error: unknown) => {
        failed ??= { error };
      }),
    );
    await Promise.all(settled);
    if (failed) throw failed.error;
    return results;
  };

  return Object.defineProperties(run, {
    map: { value: map },
    active: { get: () => active },
    pending: { get: () => queue.length },
  }) as Limiter;
}
