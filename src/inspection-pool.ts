import { Worker } from 'node:worker_threads';
import { createEngine, inspectArtifact, SoloRequired, type ArtifactInput, type Engine, type Inspection } from './pipeline.js';
import type { Policy } from './policy/types.js';
import type { Logger } from './runtime/logger.js';
import { loadTreeSitterWasm } from './runtime/wasm.js';

/** Inspects one artifact; in this thread (tests, source runs) or in a pool of worker threads (the bundle). */
export interface Inspector {
  inspect(input: ArtifactInput, policy: Policy, today: string): Promise<Inspection>;
}

export const INSPECTION_WORKER = 'customs-inspection-worker';

/**
 * `customs scan` and the Action: one worker (downloads and registry reads overlap with it in the main
 * thread) under a 256 MiB heap, which keeps the whole process within bench/scan.mjs's 512 MiB target.
 */
export const SCAN_POOL = { size: 1, heapMb: 256, youngMb: 24, retryHeapMb: 1024, recycleExternalMb: 160 };

export interface PoolOptions {
  /** The bundle that starts the worker side when `workerData.role` is INSPECTION_WORKER (dist/cli.js, dist/index.js). */
  script: string | URL;
  size: number;
  /**
   * V8 old-generation cap of each worker (MiB). Without a cap V8 grows its heap lazily up to gigabytes
   * before it collects; with one, a worker's footprint is bounded and predictable (bench/scan.mjs, eval).
   */
  heapMb: number;
  /**
   * V8 young generation of each worker (MiB; three semi-spaces' worth): V8's default, 48 MiB, lets each worker
   * keep about 20 MiB more resident for no measured gain. The eval on the PyPI corpus peaked at 565–588 MiB with
   * 24 against 612–638 MiB with the default; one-core CPU time of a third of it: 66.3 s against 66.2 s, 55.3
   * against 52.7 s. Unset: V8's default.
   */
  youngMb?: number;
  /**
   * A worker that runs out of heap takes only its current artifact with it; that artifact is tried once
   * more, alone in a fresh worker with this larger cap, before it is reported as uninspectable.
   */
  retryHeapMb: number;
  /**
   * A worker whose memory outside the heap (the parser's WebAssembly memory, which grows with the largest
   * file parsed and never shrinks) passes this many MiB after an artifact is replaced by a fresh one.
   */
  recycleExternalMb?: number;
  /**
   * With more than one lane, artifacts whose largest Python module is bigger than this (bytes; default
   * 1 MiB) run one at a time, while the other lanes go on with ordinary artifacts: the parser's WebAssembly
   * memory grows with the file (a 4 MB module adds about 105 MiB) and never shrinks, so two at once would
   * add up. (Running each alone, with the other lanes idle, left a core unused for about 9 s of the eval.)
   */
  soloSourceBytes?: number;
  log?: Logger;
}

interface Job {
  input: ArtifactInput;
  policy: Policy;
  today: string;
  resolve(v: Inspection): void;
  reject(e: Error): void;
  retried: boolean;
}

/** `solo`: the artifact holds a Python module of that many bytes and must wait until no other such runs. */
type Reply = ({ ok: Inspection } | { error: string } | { solo: number }) & { externalMb: number };

/** A 1 MiB module grows the parser's memory by about 25 MiB; two 4 MB ones at once would add 200 MiB. */
const SOLO_SOURCE_BYTES = 1 << 20;

/**
 * Worker threads that each hold one engine (tree-sitter instance, analysis cache) under a heap cap. Idle
 * workers are unref'd, so a finished command exits without closing the pool; busy ones keep it alive.
 */
export function createInspectionPool(opts: PoolOptions): Inspector & { close(): Promise<void> } {
  const queue: Job[] = [];
  // Lanes (pool workers) start with the first artifacts, not before: a warm scan that inspects nothing
  // starts none. `started` counts the lanes alive, busy or idle.
  let started = 0;
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  // Artifacts with a huge Python module ("big") run one at a time, in a lane's warm worker, while the other
  // lanes go on with ordinary artifacts: only two huge parses at once would add up. A retry with the
  // large heap runs alone, in a fresh worker, once no lane is busy: while one waits or runs, lanes that
  // finish wait idle and none takes work.
  const bigs: Job[] = [];
  let bigRunning = false;
  const retries: Job[] = [];
  let retryRunning = false;
  // With one lane every artifact already runs alone.
  const soloBytes = opts.size > 1 ? (opts.soloSourceBytes ?? SOLO_SOURCE_BYTES) : undefined;

  const start = (heapMb: number, young: number | undefined): Worker => {
    const limits = { maxOldGenerationSizeMb: heapMb, ...(young !== undefined ? { maxYoungGenerationSizeMb: young } : {}) };
    const w = new Worker(opts.script, { workerData: { role: INSPECTION_WORKER }, resourceLimits: limits });
    all.add(w);
    // An idle worker can die too (out of memory while starting): it leaves the pool, never throws.
    const gone = (): void => {
      all.delete(w);
      const i = idle.indexOf(w);
      if (i >= 0) {
        idle.splice(i, 1);
        started--;
      }
    };
    w.on('error', gone);
    w.on('exit', gone);
    return w;
  };

  const discard = (w: Worker): void => {
    all.delete(w);
    void w.terminate();
  };

  const park = (w: Worker): void => {
    w.unref();
    idle.push(w);
  };

  /**
   * Starts a pending retry once every lane is idle; otherwise the next big artifact (when none runs) and
   * then queued work go to idle and new lanes.
   */
  const resume = (): void => {
    if (retryRunning || retries.length > 0) {
      if (retryRunning || started > idle.length) return;
      retryRunning = true;
      for (const w of idle.splice(0)) {
        discard(w);
        started--;
      }
      // The retry is alone and gets V8's own young generation: it is there for the artifacts that need room.
      run(start(opts.retryHeapMb, undefined), retries.shift() as Job, 'retry');
      return;
    }
    if (!bigRunning && bigs.length > 0 && (idle.length > 0 || started < opts.size)) {
      bigRunning = true;
      if (idle.length === 0) started++;
      run(idle.pop() ?? start(opts.heapMb, opts.youngMb), bigs.shift() as Job, 'big');
    }
    while (queue.length > 0 && idle.length > 0) run(idle.pop() as Worker, queue.shift() as Job, 'lane');
    while (started < opts.size && queue.length > 0) {
      started++;
      run(start(opts.heapMb, opts.youngMb), queue.shift() as Job, 'lane');
    }
  };

  /** A lane that finished: parked, then given the next big artifact or queued job (resume). */
  const next = (w: Worker): void => {
    park(w);
    resume();
  };

  const retry = (job: Job, reason: string, first: boolean): void => {
    job.retried = true;
    opts.log?.warning(`${job.input.filename}: the analysis worker stopped (${reason}); trying once more, alone, with a ${opts.retryHeapMb} MiB heap`);
    if (first) retries.unshift(job);
    else retries.push(job);
  };

  /**
   * `lane`: a pool worker, told to hand back artifacts with a huge module; `big`: a pool worker running such
   * an artifact (no other big one runs meanwhile); `retry`: a one-off worker with the large heap, alone,
   * discarded after.
   */
  const run = (w: Worker, job: Job, mode: 'lane' | 'big' | 'retry'): void => {
    w.ref();
    let settled = false;
    const cleanup = (): void => {
      w.off('message', onMessage);
      w.off('error', onDeath);
      w.off('exit', onExit);
    };
    const onMessage = (m: Reply): void => {
      settled = true;
      cleanup();
      if (mode === 'big') bigRunning = false;
      if (mode === 'retry') retryRunning = false;
      if ('solo' in m) {
        opts.log?.debug(`${job.input.filename}: a ${m.solo}-byte Python module; inspected when no other such artifact is`);
        bigs.push(job);
        next(w);
        return;
      }
      if ('ok' in m) job.resolve(m.ok);
      else job.reject(new Error(m.error));
      if (mode === 'retry') {
        discard(w);
        resume();
      } else if (m.externalMb > (opts.recycleExternalMb ?? Infinity)) {
        opts.log?.debug(`${job.input.filename}: the analysis worker holds ${Math.round(m.externalMb)} MiB outside its heap; replaced`);
        discard(w);
        started--;
        resume();
      } else next(w);
    };
    const died = (reason: string): void => {
      if (settled) return;
      settled = true;
      cleanup();
      discard(w);
      if (mode !== 'retry') started--;
      if (mode === 'big') bigRunning = false;
      if (mode === 'retry') retryRunning = false;
      if (!job.retried) retry(job, reason, mode === 'big');
      else job.reject(new Error(`the analysis stopped twice (${reason}; heap cap ${opts.retryHeapMb} MiB)`));
      resume();
    };
    const onDeath = (err: Error): void => died((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : err.message);
    const onExit = (code: number): void => died(`exit code ${code}`);
    w.on('message', onMessage);
    w.on('error', onDeath);
    w.on('exit', onExit);
    w.postMessage({ input: job.input, policy: job.policy, today: job.today, ...(mode === 'lane' && soloBytes !== undefined ? { maxPythonSource: soloBytes } : {}) });
  };

  return {
    inspect(input, policy, today) {
      return new Promise<Inspection>((resolve, reject) => {
        queue.push({ input, policy, today, resolve, reject, retried: false });
        // resume() hands it to the worker that finished last: a caller inspecting related artifacts in a
        // row meets its cache.
        resume();
      });
    },
    async close() {
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
    },
  };
}

/** This isolate's memory outside the JS heap (WebAssembly memories, buffers), in MiB. */
const externalMb = (): number => process.memoryUsage().external / 1048576;

/** The worker side: one engine, artifacts inspected one at a time as they arrive. */
export function inspectionWorker(port: { on(e: 'message', f: (m: unknown) => void): void; postMessage(m: unknown): void }): void {
  const engine = createEngine(loadTreeSitterWasm());
  port.on('message', (msg) => {
    const { input, policy, today, maxPythonSource } = msg as { input: ArtifactInput; policy: Policy; today: string; maxPythonSource?: number };
    engine
      .then((e) => inspectArtifact(e, input, policy, today, maxPythonSource !== undefined ? { maxPythonSource } : {}))
      .then(
        (ok) => port.postMessage({ ok, externalMb: externalMb() } satisfies Reply),
        (err: unknown) =>
          port.postMessage(
            (err instanceof SoloRequired
              ? { solo: err.bytes, externalMb: externalMb() }
              : { error: err instanceof Error ? err.message : String(err), externalMb: externalMb() }) satisfies Reply,
          ),
      );
  });
}

/** In this thread: tests and runs from source (a worker needs the bundle to start from). */
export function inProcessInspector(engine: Engine | Promise<Engine>): Inspector {
  return { inspect: async (input, policy, today) => inspectArtifact(await engine, input, policy, today) };
}

/**
 * The inspector an entry point uses and how many artifacts it inspects at once (ScanIOConfig.analysisLanes):
 * from the bundle (dist/cli.js, dist/index.js, which both start the worker side), a pool of `size` workers;
 * from source (tests), this thread.
 */
export function defaultInspector(opts: Omit<PoolOptions, 'script'>): { inspector: Inspector; analysisLanes: number } {
  const bundled = import.meta.url.endsWith('.js');
  if (!bundled) return { inspector: inProcessInspector(createEngine(loadTreeSitterWasm())), analysisLanes: 1 };
  return { inspector: createInspectionPool({ ...opts, script: new URL(import.meta.url) }), analysisLanes: opts.size };
}
