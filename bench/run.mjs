// npm run bench: inspection throughput on the corpus next to (a) the floor — unpacking and reading every
// entry, nothing else — and, for PyPI, the parse floor (the same plus a tree-sitter parse of every Python
// file, the part of the cost the design's parser fixes), and (b) bandit -r on the same Python files when bandit is installed. Prints ratios.
// Then the scan benchmark (bench/scan.mjs): cold and warm `customs scan` of a lockfile adding every benign
// npm package, against its targets.
// Safety: nothing from the corpus is executed. For bandit, the .py files of the artifacts are written as
// text to a temporary folder outside the project (bandit parses them; nothing imports or runs them) and
// removed afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanBench } from './scan.mjs';

const corpus = process.argv[2] ?? '../shared/corpus';
const cli = ['dist/cli.js'];
const run = (args) => JSON.parse(execFileSync(process.execPath, [...cli, ...args], { maxBuffer: 1 << 28 }).toString());

function measure(label, only, labelFilter) {
  const filters = ['--only', only, ...(labelFilter ? ['--label', labelFilter] : [])];
  const floor = run(['eval', corpus, ...filters, '--floor']);
  // The parser's share: every Python file parsed with tree-sitter and dropped, no analysis.
  const parsed = only === 'pypi' ? run(['eval', corpus, ...filters, '--floor', '--parse']) : undefined;
  const inspect1 = run(['eval', corpus, ...filters, '--json', '--jobs', '1']);
  const inspect = run(['eval', corpus, ...filters, '--json']);
  const n = floor.artifacts;
  console.log(`\n== ${label}: ${n} artifacts, ${floor.compressedMiB.toFixed(1)} MiB compressed, ${floor.uncompressedMiB.toFixed(1)} MiB uncompressed`);
  console.log(`floor (unpack + read, 1 core):  ${floor.seconds.toFixed(2)} s  ${(n / floor.seconds).toFixed(1)} artifacts/s  ${(floor.uncompressedMiB / floor.seconds).toFixed(1)} MB/s`);
  if (parsed) console.log(`parse floor (+ tree-sitter, 1 core): ${parsed.seconds.toFixed(2)} s  ${(parsed.seconds / floor.seconds).toFixed(2)}x the floor, ${parsed.parsedNodes} nodes`);
  console.log(`inspect, 1 core:                ${inspect1.seconds.toFixed(2)} s  ${(n / inspect1.seconds).toFixed(1)} artifacts/s  ${(floor.uncompressedMiB / inspect1.seconds).toFixed(1)} MB/s  peak RSS ${inspect1.peakRssMiB} MiB`);
  console.log(`inspect, all cores:             ${inspect.seconds.toFixed(2)} s  ${(n / inspect.seconds).toFixed(1)} artifacts/s  ${(floor.uncompressedMiB / inspect.seconds).toFixed(1)} MB/s  peak RSS ${inspect.peakRssMiB} MiB (the whole process, worker threads included)`);
  console.log(`inspection / floor (1 core):    ${(inspect1.seconds / floor.seconds).toFixed(2)}x`);
  if (parsed) console.log(`inspection / parse floor:       ${(inspect1.seconds / parsed.seconds).toFixed(2)}x`);
  return { floor, inspect1, inspect };
}

function bandit(only, pyMiB, inspectSeconds) {
  if (spawnSync('bandit', ['--version']).status !== 0) {
    console.log('\nbandit: not installed (apt-get install bandit) — comparison skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'customs-bench-py-'));
  try {
    // Python's own archive readers copy only the .py entries, as text, under safe relative names.
    const extract = `
import json, os, sys, tarfile, zipfile, io, hashlib
root, out = sys.argv[1], sys.argv[2]
n = 0
for label in ('malicious',):
    man = os.path.join(root, '${only}', label, 'manifest.jsonl')
    if not os.path.exists(man): continue
    base = os.path.dirname(man)
    for line in open(man):
        d = json.loads(line)
        if not d.get('path') or d.get('included') is False: continue
        p = os.path.join(base, d['path'])
        try:
            data = open(p, 'rb').read()
            members = []
            if data[:2] == b'PK':
                z = zipfile.ZipFile(io.BytesIO(data))
                members = [(i.filename, lambda i=i: z.read(i)) for i in z.infolist() if i.filename.endswith('.py') and i.file_size < 8 << 20]
            else:
                t = tarfile.open(fileobj=io.BytesIO(data))
                members = [(m.name, lambda m=m: t.extractfile(m).read()) for m in t.getmembers() if m.isfile() and m.name.endswith('.py') and m.size < 8 << 20]
            for name, read in members:
                n += 1
                safe = hashlib.sha1((p + name).encode()).hexdigest() + '.py'
                open(os.path.join(out, safe), 'wb').write(read())
        except Exception:
            pass
print(n)
`;
    const files = execFileSync('python3', ['-c', extract, corpus, dir]).toString().trim();
    const t0 = performance.now();
    spawnSync('bandit', ['-r', dir, '-q', '-f', 'json', '-o', join(tmpdir(), 'customs-bandit.json')], { stdio: 'ignore' });
    const seconds = (performance.now() - t0) / 1000;
    console.log(`\nbandit -r (${files} .py files, ${pyMiB.toFixed(1)} MiB): ${seconds.toFixed(2)} s, ${(pyMiB / seconds).toFixed(2)} MB/s`);
    console.log(`customs inspection (1 core) is ${(seconds / inspectSeconds).toFixed(1)}x faster than bandit on the same files (bandit scans only the .py files; customs unpacks and inspects the whole artifacts)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pypi = measure('PyPI malicious', 'pypi', 'malicious');
bandit('pypi', pypi.floor.pythonMiB, pypi.inspect1.seconds);
measure('npm (all)', 'npm');
await scanBench(corpus);
