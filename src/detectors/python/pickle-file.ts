import { EMBEDDED_PICKLE, type ContentFile, type Finding, type PackageContents } from '../../model/index.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { pickleAsPython } from './pickle-code.js';

const meta: RuleMeta = {
  id: 'py/pickle-payload',
  title: 'Pickle file that runs commands when loaded',
  vectors: ['runtime'],
  severity: 'high',
  behaviors: ['command-execution', 'code-execution'],
  techniques: ['obfuscation'],
  summary:
    'A pickle shipped in the package (a model, a cache, a data file) whose opcodes call os.system, subprocess, exec/eval, sockets or the import machinery: loading it runs them.',
  docs: `\`pickle.load\` (and everything built on it: \`torch.load\`, \`joblib\`, \`pandas.read_pickle\`)
calls whatever callables the stream names. A data file needs containers, numbers, arrays and dates; one that
names \`os.system\`, \`subprocess.Popen\`, \`builtins.exec\` or \`eval\`, \`socket\`, \`ctypes\`, \`__import__\` or
\`open\` is a payload waiting for its loader, the way malicious ML models are built.

The rule reads every file that starts like a pickle (protocol 2–5 header, whatever its name), and the
\`.pkl\` entries of ZIP archives in the package (a PyTorch checkpoint, \`model.pt\`, is a ZIP around
\`data.pkl\`). It interprets their opcodes without importing or calling anything (the same reading
\`code/code-execution\` applies to pickles embedded in code). Such a pickle: **high**, with what it would call as evidence.`,
};

const MAX_PICKLE_BYTES = 16 * 1024 * 1024;
/** What no data file needs to call while it loads. */
const DANGEROUS_CALL = /^_p\d+ = ((?:os|posix|nt|subprocess|pty|socket|shutil|importlib|runpy|ctypes|webbrowser|urllib\.request|requests|sys)\.\w+|(?:builtins\.|__builtin__\.)?(?:exec|eval|compile|__import__|open))\(/m;

export const picklePayload: Detector = {
  meta,
  run(pkg) {
    if (pkg.ecosystem !== 'pypi') return [];
    const out: Finding[] = [];
    for (const f of pickleCandidates(pkg.contents)) {
      const d = f.data;
      // Protocol 2 and later open with PROTO; protocol 0 and 1 streams that call something open with GLOBAL,
      // MARK or INST (`cposix\nsystem\n(S'…'\ntR.`).
      const proto = d[0] === 0x80 && d[1] !== undefined && d[1] >= 2 && d[1] <= 5;
      if (d.length < 4 || d.length > MAX_PICKLE_BYTES || !(proto || opensLikeTextPickle(d))) continue;
      let latin1 = '';
      for (let i = 0; i < d.length; i += 8192) latin1 += String.fromCharCode(...d.subarray(i, i + 8192));
      const code = pickleAsPython(latin1);
      const call = code === undefined ? undefined : DANGEROUS_CALL.exec(code);
      if (code === undefined || !call) continue;
      const end = code.indexOf('\n', call.index);
      const line = code.slice(call.index, end < 0 ? undefined : end);
      out.push(
        finding(meta, {
          severity: 'high',
          vector: 'runtime',
          message: `${f.path} is a pickle that calls ${call[1] ?? 'code'} when loaded`,
          file: f.path,
          line: 1,
          snippet: line,
          evidence: code.slice(0, 2000),
        }),
      );
    }
    return out;
  },
};

/**
 * Whether a stream opens like a protocol-0/1 pickle that calls something: MARK (`(`) before an opcode, or
 * GLOBAL/INST (`c`, `i`) with a dotted module name alone on the first line (`cposix\nsystem\n`). Source
 * files open with `import os` or `class X`, whose first line holds a space: they are not read as pickles.
 */
function opensLikeTextPickle(d: Uint8Array): boolean {
  if (d[0] === 0x28) return d[1] !== undefined && d[1] > 0x20 && d[1] < 0x7f;
  if (d[0] !== 0x63 && d[0] !== 0x69) return false;
  for (let i = 1; i < Math.min(d.length, 256); i++) {
    const c = d[i] as number;
    if (c === 0x0a) return i > 1;
    const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e;
    if (!word) return false;
  }
  return false;
}

/** The package's files, then the pickles inside its ZIP archives (`model.pt!/archive/data.pkl`). */
function* pickleCandidates(contents: PackageContents): Iterable<ContentFile> {
  yield* contents.files;
  for (const archive of contents.embedded ?? []) for (const f of archive.files) if (EMBEDDED_PICKLE.test(f.path)) yield f;
}
