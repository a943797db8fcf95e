// Scan benchmark (issue 3): `customs scan` of a change that adds every benign npm package of the corpus,
// once with an empty cache (cold) and once more with the same cache (warm), against a static npm registry
// on 127.0.0.1 (bench/npm-registry.mjs). Measures wall time and the child's peak RSS and checks them
// against the targets: cold ≤ 30 s, warm ≤ 3 s, peak ≤ 512 MiB.
// Run: `node bench/scan.mjs ../shared/corpus` (or through `npm run bench`, which builds dist/ first);
// CUSTOMS_DIST=<folder> measures another build of the CLI (e.g. one made with scripts/build.mjs <folder>).
// Safety: the tarballs are only served as bytes to the scanner under test; nothing is installed or run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startNpmRegistry } from './npm-registry.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { coldSeconds: 30, warmSeconds: 3, peakMiB: 512 };
const TIME = '/usr/bin/time';

function git(dir, ...args) {
  return execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

const json = (v) => JSON.stringify(v, null, 2) + '\n';

/** A repository whose `base` tag has no dependencies and whose `head` tag adds every package, locked. */
export function makeRepo(packages) {
  const repo = mkdtempSync(join(tmpdir(), 'customs-bench-scan-repo-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'bench@example.test');
  git(repo, 'config', 'user.name', 'bench');
  git(repo, 'config', 'commit.gpgsign', 'false');
  const root = { name: 'bench-app', version: '1.0.0' };
  writeFileSync(join(repo, 'package.json'), json({ ...root, private: true, dependencies: {} }));
  writeFileSync(join(repo, 'package-lock.json'), json({ ...root, lockfileVersion: 3, requires: true, packages: { '': { ...root } } }));
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  git(repo, 'tag', 'base');
  const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name));
  const dependencies = Object.fromEntries(sorted.map((p) => [p.name, p.version]));
  const lockPackages = { '': { ...root, dependencies } };
  for (const p of sorted) lockPackages[`node_modules/${p.name}`] = { version: p.version, resolved: p.tarball, integrity: p.integrity };
  writeFileSync(join(repo, 'package.json'), json({ ...root, private: true, dependencies }));
  writeFileSync(join(repo, 'package-lock.json'), json({ ...root, lockfileVersion: 3, requires: true, packages: lockPackages }));
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'head: add every benign corpus package');
  git(repo, 'tag', 'head');
  return repo;
}

/** Peak RSS of a running child from /proc (VmHWM), polled; used when /usr/bin/time is missing. */
function pollPeak(pid, state) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) state.kib = Math.max(state.kib, Number(m[1]));
  } catch {
    // the process has exited
  }
}

/** Runs the CLI once; resolves to { code, seconds, peakMiB, stdout, stderr }. */
export function runCli(args, { cli = join(resolve(ROOT, process.env.CUSTOMS_DIST ?? 'dist'), 'cli.js'), nodeArgs = [] } = {}) {
  const useTime = existsSync(TIME);
  const timeOut = join(tmpdir(), `customs-bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = useTime ? [TIME, ['-v', '-o', timeOut, process.execPath, ...nodeArgs, cli, ...args]] : [process.execPath, [...nodeArgs, cli, ...args]];
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const peak = { kib: 0 };
    let cpuSeconds;
    const timer = useTime ? undefined : setInterval(() => pollPeak(child.pid, peak), 20);
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (timer) clearInterval(timer);
      if (useTime) {
        const text = readFileSync(timeOut, 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) peak.kib = Number(m[1]);
        const user = /User time \(seconds\): ([\d.]+)/.exec(text);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(text);
        if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
        rmSync(timeOut, { force: true });
      }
      done({ code, seconds, cpuSeconds, peakMiB: peak.kib / 1024, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

function summarise(label, run, expected) {
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`${label} scan printed no JSON report (exit ${run.code}):\n${run.stderr.slice(-4000)}`);
  }
  const packages = report.packages ?? [];
  const decisions = {};
  for (const p of packages) decisions[p.decision] = (decisions[p.decision] ?? 0) + 1;
  const notPass = packages
    .filter((p) => p.decision !== 'pass')
    .map((p) => `${p.ref.name}@${p.ref.version} ${p.decision}: ${[...new Set((p.findings ?? []).map((f) => f.ruleId))].join(', ') || (p.reasons ?? []).join('; ')}`);
  const missing = expected.filter((e) => !packages.some((p) => p.ref.name === e.name && p.ref.version === e.version));
  return { label, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMiB: run.peakMiB, code: run.code, inspected: packages.length, decision: report.decision, decisions, notPass, missing: missing.map((m) => `${m.name}@${m.version}`), errors: report.errors ?? [] };
}

/** The whole benchmark; prints the table and returns the figures. */
export async function scanBench(corpus, { nodeArgs = [], keep = false } = {}) {
  const registry = await startNpmRegistry(corpus);
  const repo = makeRepo(registry.packages);
  const cache = mkdtempSync(join(tmpdir(), 'customs-bench-scan-cache-'));
  const args = ['scan', '--repo', repo, '--base', 'base', '--head', 'head', '--npm-registry', registry.url, '--no-osv', '--format', 'json', '--cache-dir', cache];
  const mib = registry.packages.reduce((s, p) => s + p.bytes, 0) / 1024 ** 2;
  try {
    console.log(`\n== scan: ${registry.packages.length} benign npm packages (${mib.toFixed(1)} MiB of tarballs) added in one lockfile, static registry at ${registry.url}`);
    const before = { ...registry.requests };
    const cold = summarise('cold', await runCli(args, { nodeArgs }), registry.packages);
    const afterCold = { ...registry.requests };
    const warm = summarise('warm', await runCli(args, { nodeArgs }), registry.packages);
    const afterWarm = { ...registry.requests };
    cold.requests = { packument: afterCold.packument - before.packument, tarball: afterCold.tarball - before.tarball };
    warm.requests = { packument: afterWarm.packument - afterCold.packument, tarball: afterWarm.tarball - afterCold.tarball };
    const peak = Math.max(cold.peakMiB, warm.peakMiB);
    const ok = (v, max) => (v <= max ? 'ok  ' : 'MISS');
    const row = (name, value, target, unit) => console.log(`${name.padEnd(22)} ${value.toFixed(unit === 'MiB' ? 0 : 2).padStart(8)} ${unit.padEnd(4)} target ≤ ${String(target).padStart(3)} ${unit.padEnd(4)} ${ok(value, target)}`);
    console.log(`${'measure'.padEnd(22)} ${'value'.padStart(8)}      target`);
    row('cold scan (wall)', cold.seconds, TARGETS.coldSeconds, 's');
    row('warm scan (wall)', warm.seconds, TARGETS.warmSeconds, 's');
    row('peak RSS (child)', peak, TARGETS.peakMiB, 'MiB');
    for (const r of [cold, warm]) {
      const counts = Object.entries(r.decisions).map(([d, n]) => `${n} ${d}`).join(', ');
      const cpu = r.cpuSeconds === undefined ? '' : `, CPU (user+sys) ${r.cpuSeconds.toFixed(2)} s`;
      console.log(`${r.label}: ${r.inspected} packages inspected (${counts}), decision ${r.decision}, exit ${r.code}${cpu}, peak ${r.peakMiB.toFixed(0)} MiB, registry requests: ${r.requests.packument} packuments, ${r.requests.tarball} tarballs`);
      if (r.missing.length) console.log(`  not in the report (${r.missing.length}): ${r.missing.join(', ')}`);
      for (const e of r.errors) console.log(`  error: ${e}`);
    }
    if (cold.notPass.length) console.log(`not passed (${cold.notPass.length}):\n  ${cold.notPass.join('\n  ')}`);
    if (warm.decision !== cold.decision || warm.notPass.length !== cold.notPass.length) console.log(`warm and cold disagree: ${warm.decision} vs ${cold.decision}`);
    return { packages: registry.packages.length, cold, warm, peakMiB: peak, targets: TARGETS, ...(keep ? { repo, cache, args } : {}) };
  } finally {
    await registry.close();
    if (!keep) {
      rmSync(repo, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const corpus = resolve(process.argv[2] ?? '../shared/corpus');
  const result = await scanBench(corpus);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
}
