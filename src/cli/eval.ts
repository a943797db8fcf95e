import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../policy/schema.js';
import { createInspectionPool, inProcessInspector, type Inspector } from '../inspection-pool.js';
import { createEngine } from '../pipeline.js';
import { userError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { DEFAULT_MODEL_LIMITS, PY_SOURCE } from '../detectors/model.js';
import { createPythonParseOnly } from '../detectors/python/parser.js';
import { decodeSource, looksBinary } from '../detectors/text.js';
import { loadTreeSitterWasm } from '../runtime/wasm.js';
import { unpackArtifact } from '../unpack/index.js';
import { readCorpus, type CorpusItem } from './corpus.js';
import { osvOverlay } from './eval-osv.js';
import { today } from './options.js';

export interface Outcome {
  item: CorpusItem;
  decision: 'pass' | 'warn' | 'fail' | 'error';
  rules: string[];
  message?: string;
  ms: number;
}

type Counts = { total: number; fail: number; warn: number; pass: number; error: number };
const empty = (): Counts => ({ total: 0, fail: 0, warn: 0, pass: 0, error: 0 });

export async function inspectItem(inspector: Inspector, item: CorpusItem, day: string): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const bytes = new Uint8Array(readFileSync(item.path));
    const r = await inspector.inspect(
      { bytes, filename: item.path.split('/').pop() ?? item.path, ecosystem: item.ecosystem, ...(item.name ? { name: item.name } : {}), ...(item.version ? { version: item.version } : {}) },
      DEFAULT_POLICY,
      day,
    );
    const rules = [...new Set(r.verdict.findings.filter((f) => f.severity !== 'info' && f.severity !== 'low').map((f) => f.ruleId))];
    return { item, decision: r.verdict.decision, rules, ms: performance.now() - t0 };
  } catch (err) {
    return { item, decision: 'error', rules: [], message: err instanceof Error ? err.message : String(err), ms: performance.now() - t0 };
  }
}

/**
 * Heap caps of eval's workers (MiB): see PoolOptions. A worker is replaced once 128 MiB sit outside its heap
 * (mostly the parser's WebAssembly memory, which never shrinks): in the PyPI malicious corpus, only after
 * the one artifact whose 4 MB module grows it to 125 MiB. Replacing workers is what makes pooled evals
 * dear, not the heap caps: a fresh worker warms up again (a single pooled worker without replacements
 * used 49 s of CPU on a quarter of the corpus, as in-process; with them, 59–74 s). Full PyPI malicious
 * corpus, two workers: at 64 MiB (6–7 replacements) 135–138 s, 240–246 s CPU, peak 575–582 MiB; at 128
 * (1) 112–118 s, 200–207 s CPU, peak 571–586 MiB; never replaced, 110–118 s and 600–617 MiB. The whole
 * corpus (benign sets included) costs more memory at 128: 182 s, 325 s CPU, peak 788 MiB, against 213 s,
 * 386 s, 642 MiB at 96 and 231 s, 418 s, 615 MiB at 64 (a cap on the workers' sum is the next step).
 */
const EVAL_HEAP = { heapMb: 256, youngMb: 24, retryHeapMb: 1024, recycleExternalMb: 128 };

/**
 * `jobs` lanes, each inspecting one item at a time: in worker threads under a heap cap when running from
 * the bundle (a worker that dies costs only its item, which is retried once with a larger heap), in this
 * thread otherwise.
 */
async function runAll(items: CorpusItem[], jobs: number, day: string, onDone: (o: Outcome) => void, log: Logger): Promise<void> {
  const pooled = jobs > 1 && import.meta.url.endsWith('.js');
  const pool = pooled ? createInspectionPool({ script: fileURLToPath(import.meta.url), size: jobs, ...EVAL_HEAP, log }) : undefined;
  const inspector = pool ?? inProcessInspector(createEngine(loadTreeSitterWasm()));
  // Each lane takes all the versions of one package in a row: they share most of their files, and the
  // pool gives a lane back the worker it just used, whose analysis cache holds them.
  const runs: CorpusItem[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && item.name !== undefined && last[0]?.name === item.name && last[0].ecosystem === item.ecosystem) last.push(item);
    else runs.push([item]);
  }
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < runs.length) for (const item of runs[next++] as CorpusItem[]) onDone(await inspectItem(inspector, item, day));
  };
  await Promise.all(Array.from({ length: pooled ? jobs : 1 }, lane));
  await pool?.close();
}

/** The process's true peak resident set (VmHWM) where Linux reports it; the sampled peak elsewhere. */
function peakRss(sampled: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return sampled;
}

export interface EvalSummary {
  pypi: { malicious: Counts; benign: Counts };
  npm: { malicious: Counts; benign: Counts };
  seconds: number;
  artifactsPerSecond: number;
  peakRssMiB: number;
  misses: Array<{ artifact: string; decision: string; rules: string[] }>;
  falseAlarms: Array<{ artifact: string; decision: string; rules: string[] }>;
}

export const EVAL_USAGE = `customs eval DIR [--json] [--jobs N] [--only pypi|npm] [--label malicious|benign] [--floor [--parse]] [--osv-url URL] [--verbose] [--times FILE]
  Inspects every labelled artifact of a corpus (DIR/{pypi,npm}/{malicious,benign}/manifest.jsonl) and prints
  recall and false alarms. Never executes anything. --floor only unpacks and reads every entry (the
  benchmark's baseline) and prints its time and byte counts as JSON; --floor --parse also parses every
  Python file with tree-sitter and drops the tree (the parser's share, before any analysis). The code detectors are measured on their
  own; --osv-url also reports the counts with the known-malicious (OSV MAL) lookup, or that it was unavailable.
  --times writes one JSON line per artifact (id, decision, milliseconds) to FILE, for speed work.`;

/**
 * The benchmark floor: decompress and read every entry, nothing else. With `parse`, also parse every Python
 * file the inspection would analyse (up to the 8 MiB source limit) with tree-sitter and drop the tree: what
 * reading the code with the parser costs before any analysis.
 */
async function floor(items: CorpusItem[], out: (s: string) => void, parse: boolean): Promise<number> {
  const parseOnly = parse ? await createPythonParseOnly(loadTreeSitterWasm()) : undefined;
  const started = performance.now();
  let bytes = 0;
  let compressed = 0;
  let pythonBytes = 0;
  let nodes = 0;
  for (const item of items) {
    const data = new Uint8Array(readFileSync(item.path));
    compressed += data.length;
    const c = await unpackArtifact(data, item.path);
    for (const f of c.files) {
      bytes += f.size;
      if (!PY_SOURCE.test(f.path)) continue;
      pythonBytes += f.size;
      if (parseOnly && item.ecosystem === 'pypi' && f.size <= DEFAULT_MODEL_LIMITS.maxSourceBytes && !looksBinary(f.data)) nodes += parseOnly(decodeSource(f.data));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const parsed = parseOnly ? { parsedNodes: nodes } : {};
  out(JSON.stringify({ artifacts: items.length, seconds, compressedMiB: compressed / 1048576, uncompressedMiB: bytes / 1048576, pythonMiB: pythonBytes / 1048576, ...parsed }) + '\n');
  return 0;
}

export async function evalCommand(argv: string[], out: (s: string) => void, log: Logger): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jobs: { type: 'string' }, only: { type: 'string' }, label: { type: 'string' }, floor: { type: 'boolean' }, parse: { type: 'boolean' }, 'osv-url': { type: 'string' }, verbose: { type: 'boolean' }, times: { type: 'string' } },
  });
  const dir = positionals[0];
  if (!dir) throw userError(`eval needs the corpus folder\n${EVAL_USAGE}`);
  let items = readCorpus(dir);
  if (values.only) items = items.filter((i) => i.ecosystem === values.only);
  if (values.label) items = items.filter((i) => i.label === values.label);
  if (values.floor) return floor(items, out, values.parse === true);
  const jobs = Math.max(1, Number(values.jobs ?? Math.min(2, availableParallelism())));
  const started = performance.now();
  let peak = process.memoryUsage().rss;
  const outcomes: Outcome[] = [];
  const onDone = (o: Outcome): void => {
    outcomes.push(o);
    // No resident-size sample per artifact: rss() reads /proc and cost 2 s of a 2-minute eval; the
    // timer below samples it, and on Linux peakRss() reads the true peak (VmHWM) anyway.
    if (outcomes.length % 500 === 0) log.info(`eval: ${outcomes.length}/${items.length}`);
  };
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 200);
  await runAll(items, jobs, today(), onDone, log);
  clearInterval(timer);
  if (values.times) writeFileSync(values.times, outcomes.map((o) => JSON.stringify({ id: o.item.id, decision: o.decision, ms: Math.round(o.ms) })).join('\n') + '\n');
  const seconds = (performance.now() - started) / 1000;
  const summary: EvalSummary = {
    pypi: { malicious: empty(), benign: empty() },
    npm: { malicious: empty(), benign: empty() },
    seconds: Math.round(seconds * 100) / 100,
    artifactsPerSecond: Math.round((outcomes.length / seconds) * 10) / 10,
    peakRssMiB: Math.round(peakRss(peak) / 1048576),
    misses: [],
    falseAlarms: [],
  };
  for (const o of outcomes.sort((a, b) => a.item.id.localeCompare(b.item.id))) {
    const c = summary[o.item.ecosystem][o.item.label];
    c.total++;
    c[o.decision]++;
    const row = { artifact: o.item.id, decision: o.decision, rules: o.message ? [...o.rules, `error: ${o.message}`] : o.rules };
    if (o.item.label === 'malicious' && o.decision !== 'fail') summary.misses.push(row);
    if (o.item.label === 'benign' && o.decision !== 'pass') summary.falseAlarms.push(row);
  }
  // Only on request: the documented object stays exactly as it is without --osv-url.
  const osv = values['osv-url']
    ? await osvOverlay(outcomes.map((o) => ({ ecosystem: o.item.ecosystem, ...(o.item.name ? { name: o.item.name } : {}), ...(o.item.version ? { version: o.item.version } : {}), label: o.item.label, decision: o.decision })), values['osv-url'], log)
    : undefined;
  if (values.json) out(JSON.stringify(osv ? { ...summary, withKnownMalicious: osv } : summary) + '\n');
  else {
    out(renderEvalTable(summary));
    if (osv) out(`with the known-malicious lookup (${osv.status}${osv.reason ? `: ${osv.reason}` : ''}): ${osv.hits} hit(s) of ${osv.queried}; PyPI malicious fail ${osv.withLookup.pypi.malicious.fail}/${osv.withLookup.pypi.malicious.total}, npm malicious fail ${osv.withLookup.npm.malicious.fail}/${osv.withLookup.npm.malicious.total}\n`);
    const slow = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 10);
    out(`slowest: ${slow.map((o) => `${o.item.id} ${Math.round(o.ms)} ms`).join('\n         ')}\n`);
  }
  return 0;
}

function renderEvalTable(s: EvalSummary): string {
  const rows = ['ecosystem  label      total   fail   warn   pass  error   fail-rate'];
  for (const eco of ['pypi', 'npm'] as const) {
    for (const label of ['malicious', 'benign'] as const) {
      const c = s[eco][label];
      const rate = c.total ? ((c.fail / c.total) * 100).toFixed(2) + '%' : '-';
      rows.push(`${eco.padEnd(10)} ${label.padEnd(9)} ${[c.total, c.fail, c.warn, c.pass, c.error].map((n) => String(n).padStart(6)).join(' ')}   ${rate.padStart(8)}`);
    }
  }
  rows.push(`${s.seconds} s, ${s.artifactsPerSecond} artifacts/s, peak RSS ${s.peakRssMiB} MiB`);
  rows.push(`misses (${s.misses.length}):`, ...s.misses.slice(0, 50).map((m) => `  ${m.decision.padEnd(5)} ${m.artifact} ${m.rules.join(',')}`));
  rows.push(`false alarms (${s.falseAlarms.filter((f) => f.decision === 'fail').length} fail, ${s.falseAlarms.filter((f) => f.decision === 'warn').length} warn):`);
  rows.push(...s.falseAlarms.map((m) => `  ${m.decision.padEnd(5)} ${m.artifact} ${m.rules.join(',')}`));
  return rows.join('\n') + '\n';
}
