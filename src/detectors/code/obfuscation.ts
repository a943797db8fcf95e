import type { FileFacts, Finding, Severity } from '../../model/index.js';
import { MODULE_SCOPE } from '../../model/index.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/obfuscation',
  title: 'Obfuscated code',
  vectors: ['install', 'import', 'runtime'],
  severity: 'high',
  behaviors: [],
  techniques: ['obfuscation'],
  summary:
    'Code written to be unreadable: machine-generated identifiers (_0x…, lIlIl…, OO0O…, identifiers of only non-Latin letters), obfuscator string tables, PyArmor/packer loaders, several layers of encoding.',
  docs: `Minified code is not obfuscated code: short names and long lines are normal in bundles and are not
reported. The rule counts identifiers that only obfuscators produce, string tables of the
javascript-obfuscator kind and known packer loaders (PyArmor), and nested decoding layers. A name of only
non-Latin letters counts in code, not in string literals or comments: a locale's string tables and comments
(\`"Российские железные дороги"\`) are prose.

- in code that runs at install time: **high**;
- at import time: **medium**, or **high** when the file also runs commands, evaluates code or talks to the
  network at import time (the obfuscation hides that behaviour), or when it is PyArmor-packed (its encrypted
  bytecode runs on import and cannot be inspected: fail-closed);
- otherwise: **low**.`,
};

interface Signal {
  reason: string;
  strong: boolean;
  /** The file's code is encrypted and run by a packer's loader. */
  packed?: boolean;
}

/**
 * PyArmor's loader: \`from pytransform import pyarmor_runtime; pyarmor_runtime(); __pyarmor__(__name__, __file__,
 * b'PYARMOR…')\` (v7), \`from pyarmor_runtime_000000 import __pyarmor__; __pyarmor__(…, b'PY000000…')\` (v8+).
 */
function pyarmorPacked(f: FileFacts): boolean {
  return (
    f.strings.some((s) => /^PYARMOR|__pyarmor(_enter|_exit)?__|pyarmor_runtime|^PY\d{6}/.test(s.value)) ||
    f.imports.some((i) => /pyarmor|(^|\.)pytransform$/.test(i.module)) ||
    f.calls.some((c) => /(^|[.?])(__pyarmor(_enter|_exit)?__|pyarmor_runtime)$/.test(c.callee))
  );
}

function signals(f: FileFacts, installTime: boolean): Signal[] {
  const out: Signal[] = [];
  const m = f.metrics;
  // Generated parsers and lexers carry some odd names; install-time code has no reason to carry many.
  if (m.obfuscatedIdentifiers >= 8) out.push({ reason: `${m.obfuscatedIdentifiers} machine-generated identifiers`, strong: m.obfuscatedIdentifiers >= (installTime ? 20 : 50) });
  if (m.largestStringArray >= 40 && m.obfuscatedIdentifiers >= 3) out.push({ reason: `a string table of ${m.largestStringArray} entries`, strong: true });
  // Layers count when what comes out is code: compressed data tables (fonts, images, word lists) are not hidden logic.
  const layered = f.decoded.find((d) => d.facts !== undefined && (d.steps.length >= 2 || d.facts.decoded.length > 0));
  if (layered) out.push({ reason: `payload encoded in layers (${layered.steps.join(' → ')})`, strong: true });
  // Code carried inside a string and obfuscated on top is hidden twice: a lower bar.
  const carried = f.decoded.find((d) => (d.facts?.metrics.obfuscatedIdentifiers ?? 0) >= 10);
  if (carried) out.push({ reason: `carries obfuscated code (${carried.steps.join(' → ') || 'string'}, ${carried.facts?.metrics.obfuscatedIdentifiers} machine-generated identifiers)`, strong: true });
  if (pyarmorPacked(f)) out.push({ reason: 'PyArmor-packed code (encrypted bytecode: nothing of it can be inspected)', strong: true, packed: true });
  return out;
}

const ACTIONS: Record<string, string> = { shell: 'runs commands', 'code-exec': 'evaluates code', network: 'talks to the network', socket: 'opens sockets', dns: 'resolves names' };

/** What the file does at import time that obfuscation would hide (the first such capability). */
function loadTimeAction(pkg: PackageModel, file: string): string | undefined {
  const e = (pkg.events.byFile.get(file) ?? []).find((x) => x.vector === 'import' && ACTIONS[x.capability] !== undefined);
  return e ? `${ACTIONS[e.capability]} (${e.callee})` : undefined;
}

export const obfuscation: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, f] of pkg.facts) {
      const root = pkg.execution.get(file, MODULE_SCOPE);
      const vector = root?.vector ?? 'runtime';
      if (isAuxiliary(file, vector, pkg.execution)) continue;
      const found = signals(f, vector === 'install');
      if (found.length === 0) continue;
      const strong = found.some((s) => s.strong);
      // Hidden code that, while the package loads, also runs commands, evaluates code or talks to the network:
      // the obfuscation hides that behaviour, not a licence check.
      const acts = vector === 'import' && strong ? loadTimeAction(pkg, file) : undefined;
      if (acts) found.push({ reason: `and while it loads it ${acts}`, strong: true });
      // Encrypted code run while the package installs or loads cannot be inspected at all: that is the finding.
      const packed = found.some((s) => s.packed) && vector !== 'runtime';
      const severity: Severity =
        vector === 'install' || acts || packed ? (strong ? 'high' : 'medium') : vector === 'import' && strong ? 'medium' : 'low';
      out.push(
        finding(meta, {
          severity,
          confidence: strong ? 'high' : 'medium',
          vector,
          techniques: ['obfuscation'],
          message: `${file} is obfuscated: ${found.map((s) => s.reason).join('; ')}${root ? ` and runs ${vector === 'install' ? 'at install time' : 'at import time'}` : ''}`,
          file,
          line: 1,
          snippet: '',
        }),
      );
    }
    return out;
  },
};
