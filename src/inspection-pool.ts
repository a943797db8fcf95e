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
export const SCAN_POOL = { size: 1, heapMb: 256, retryHeapMb: 1024, recycleExternalMb: 160 };

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
   * With more than one lane, an artifact whose largest Python module is bigger than this (bytes; default
   * 1 MiB) runs on its own, one at a time, in the warm worker that found it: the parser's WebAssembly memory
   * grows with the file (a 4 MB module adds about 105 MiB) and never shrinks, so two at once would add up.
   */
  soloSourceBytes?: number;
  /**
   * While one runs on its own, lanes that fall free take only artifacts whose modules are at most this big
   * (bytes; default 256 KiB), which grow a parser by a few MiB at most; a bigger one waits until the solo
   * run is over. Idle lanes would leave a core unused for the seconds a huge module takes.
   */
  sideSourceBytes?: number;
  /**
   * Beside a solo run, an idle worker whose heap plus outside memory passed this many MiB after its last
   * artifact (default 128) is replaced by a fresh one: the solo run is when the process holds the most,
   * and a fresh worker holds about 90 MiB where a used one may hold twice that in garbage and parser memory.
   */
  sideFootprintMb?: number;
  /**
   * An artifact whose module is bigger than this (bytes; default 2 MiB) runs with no other lane beside it,
   * and idle workers are stopped meanwhile: its parse alone holds 300 MiB or more, and the process must stay
   * within 512 MiB (the eval's target).
   */
  aloneSourceBytes?: number;
  log?: Logger;
}

interface Job {
  input: ArtifactInput;
  policy: Policy;
  today: string;
  resolve(v: Inspection): void;
  reject(e: Error): void;
  retried: boolean;
  /** The largest Python module, once a lane found it too big for itself. */
  moduleBytes?: number;
}

/** `solo`: the artifact holds a Python module of that many bytes, more than the job allowed. */
type Reply = ({ ok: Inspection } | { error: string } | { solo: number }) & { externalMb: number; heapMb: number };

/** A 1 MiB module grows the parser's memory by about 25 MiB; two 4 MB ones at once would add 200 MiB. */
const SOLO_SOURCE_BYTES = 1 << 20;
/** Beside a solo run: modules that grow a parser by a few MiB at most. */
const SIDE_SOURCE_BYTES = 256 << 10;
const SIDE_FOOTPRINT_MB = 128;
const ALONE_SOURCE_BYTES = 2 << 20;

/** `lane`: a pool worker on an ordinary artifact; `solo`: one running a huge module; `retry`: a one-off worker with the large heap. */
type Mode = 'lane' | 'solo' | 'retry';

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
  // Artifacts with a huge module run one at a time, beside lanes that take only small ones; artifacts
  // bounced from such a side run (`deferred`) go first once the solo run is over. Retries with the large
  // heap run alone in a fresh worker: lanes finishing meanwhile wait idle until every lane is.
  const solos: Job[] = [];
  const deferred: Job[] = [];
  const retries: Job[] = [];
  // `solo`: a solo run with small artifacts beside it; `alone`: a solo run with nothing beside it.
  let running: 'none' | 'solo' | 'alone' | 'retry' = 'none';
  // With one lane every artifact already runs alone.
  const soloBytes = opts.size > 1 ? (opts.soloSourceBytes ?? SOLO_SOURCE_BYTES) : undefined;
  const sideBytes = Math.min(opts.sideSourceBytes ?? SIDE_SOURCE_BYTES, soloBytes ?? Infinity);
  const sideFootprint = opts.sideFootprintMb ?? SIDE_FOOTPRINT_MB;
  const aloneBytes = opts.aloneSourceBytes ?? ALONE_SOURCE_BYTES;
  /** Heap plus outside memory of each worker after its last artifact (MiB). */
  const footprint = new WeakMap<Worker, number>();

  const start = (heapMb: number): Worker => {
    const w = new Worker(opts.script, { workerData: { role: INSPECTION_WORKER }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
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
    if (running === 'alone' || (running === 'solo' && (footprint.get(w) ?? 0) > sideFootprint)) {
      opts.log?.debug(`a worker holding ${Math.round(footprint.get(w) ?? 0)} MiB is stopped while an artifact runs on its own`);
      discard(w);
      started--;
      return;
    }
    w.unref();
    idle.push(w);
  };

  /** The worker that finished last (its cache holds the package just seen), else a new lane if one is free. */
  const worker = (): Worker | undefined => {
    const w = idle.pop();
    if (w || started >= opts.size) return w;
    started++;
    return start(opts.heapMb);
  };

  /** Retries first (alone), then the next solo run, then ordinary work for every free lane. */
  const resume = (): void => {
    if (retries.length > 0 || running === 'retry') {
      if (running !== 'none' || started > idle.length) return;
      for (const w of idle.splice(0)) {
        discard(w);
        started--;
      }
      running = 'retry';
      run(start(opts.retryHeapMb), retries.shift() as Job, 'retry');
      return;
    }
    if (solos.length > 0 && running === 'none') {
      const w = worker();
      if (w) {
        const job = solos.shift() as Job;
        running = (job.moduleBytes ?? 0) > aloneBytes ? 'alone' : 'solo';
        run(w, job, 'solo');
        for (const other of idle.splice(0)) park(other);
      }
    }
    if (running === 'alone') return;
    for (;;) {
      const fromDeferred = running === 'none' && deferred.length > 0;
      if (!fromDeferred && queue.length === 0) return;
      const w = worker();
      if (!w) return;
      run(w, (fromDeferred ? deferred.shift() : queue.shift()) as Job, 'lane');
    }
  };

  const retry = (job: Job, reason: string, first: boolean): void => {
    job.retried = true;
    opts.log?.warning(`${job.input.filename}: the analysis worker stopped (${reason}); trying once more, alone, with a ${opts.retryHeapMb} MiB heap`);
    if (first) retries.unshift(job);
    else retries.push(job);
  };

  const run = (w: Worker, job: Job, mode: Mode): void => {
    w.ref();
    let settled = false;
    // Set when the job is handed out: beside a solo run only small modules, otherwise up to the solo size.
    const limit = mode !== 'lane' ? undefined : running === 'solo' ? sideBytes : soloBytes;
    const cleanup = (): void => {
      w.off('message', onMessage);
      w.off('error', onDeath);
      w.off('exit', onExit);
    };
    const onMessage = (m: Reply): void => {
      settled = true;
      cleanup();
      footprint.set(w, m.heapMb + m.externalMb);
      if (mode !== 'lane') running = 'none';
      if ('solo' in m) {
        const alone = m.solo > (soloBytes ?? Infinity);
        opts.log?.debug(`${job.input.filename}: a ${m.solo}-byte Python module; ${alone ? 'inspected on its own' : 'waits for the artifact running on its own'}`);
        job.moduleBytes = m.solo;
        (alone ? solos : deferred).push(job);
        park(w);
        resume();
        return;
      }
      if ('ok' in m) job.resolve(m.ok);
      else job.reject(new Error(m.error));
      if (mode === 'retry') discard(w);
      else if (m.externalMb > (opts.recycleExternalMb ?? Infinity)) {
        opts.log?.debug(`${job.input.filename}: the analysis worker holds ${Math.round(m.externalMb)} MiB outside its heap; replaced`);
        discard(w);
        started--;
      } else park(w);
      resume();
    };
    const died = (reason: string): void => {
      if (settled) return;
      settled = true;
      cleanup();
      discard(w);
      if (mode !== 'retry') started--;
      if (mode !== 'lane') running = 'none';
      if (!job.retried) retry(job, reason, mode === 'solo');
      else job.reject(new Error(`the analysis stopped twice (${reason}; heap cap ${opts.retryHeapMb} MiB)`));
      resume();
    };
    const onDeath = (err: Error): void => died((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : err.message);
    const onExit = (code: number): void => died(`exit code ${code}`);
    w.on('message', onMessage);
    w.on('error', onDeath);
    w.on('exit', onExit);
    w.postMessage({ input: job.input, policy: job.policy, today: job.today, ...(limit !== undefined ? { maxPythonSource: limit } : {}) });
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

/** This isolate's heap and its memory outside it (WebAssembly memories, buffers), in MiB. */
function memory(): { externalMb: number; heapMb: number } {
  const m = process.memoryUsage();
  return { externalMb: m.external / 1048576, heapMb: m.heapTotal / 1048576 };
}

/** The worker side: one engine, artifacts inspected one at a time as they arrive. */
export function inspectionWorker(port: { on(e: 'message', f: (m: unknown) => void): void; postMessage(m: unknown): void }): void {
  const engine = createEngine(loadTreeSitterWasm());
  port.on('message', (msg) => {
    const { input, policy, today, maxPythonSource } = msg as { input: ArtifactInput; policy: Policy; today: string; maxPythonSource?: number };
    engine
      .then((e) => inspectArtifact(e, input, policy, today, maxPythonSource !== undefined ? { maxPythonSource } : {}))
      .then(
        (ok) => port.postMessage({ ok, ...memory() } satisfies Reply),
        (err: unknown) =>
          port.postMessage(
            (err instanceof SoloRequired
              ? { solo: err.bytes, ...memory() }
              : { error: err instanceof Error ? err.message : String(err), ...memory() }) satisfies Reply,
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
