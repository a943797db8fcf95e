import type { Finding, Severity } from '../../model/index.js';
import { assessCommand } from '../shared/commands.js';
import { joinedPaths } from '../shared/joined-paths.js';
import { persistenceIn } from '../shared/indicators.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine, when } from '../shared/snippet.js';
import type { StringEvent } from '../shared/events.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';
import { packageTampering } from './tampering.js';

const meta: RuleMeta = {
  id: 'code/persistence',
  title: 'Persistence on the host',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['file-operation', 'remote-control'],
  techniques: [],
  summary:
    'Writes to places that make code run again later: the Windows startup folder, Run/RunOnce registry keys, crontab, shell start-up files (.bashrc, .profile), macOS launch agents, systemd units, scheduled tasks, SSH authorized_keys, GitHub workflow files, and where later installs and names come from (pip.conf, .npmrc, `npm config set registry`, the hosts file).',
  docs: `Nothing a package legitimately does while being installed or imported needs to add itself to the
start-up of the machine, or to change where the machine's later installs come from (pip's \`pip.conf\`/\`pip.ini\`,
\`.npmrc\`, \`.yarnrc\`, \`.condarc\`, \`npm config set registry …\`, \`pip config set global.index-url …\`) or where its
names resolve (the hosts file): every later install or connection then reaches the attacker's server. The rule
needs a persistence location in code that also writes files, edits the
registry or runs commands (a location written as path pieces on one line, \`os.path.join(…, 'Start Menu',
'Programs', 'Startup')\`, counts as written out):

- in the same function or module body as the write, at install or import time: **critical** (a location only
  named elsewhere in the file, for example in a description, is **low**);
- in a function that writes and names the location itself, when only called: **low** (tools that manage
  cron jobs, shell environments or completion do this on request), **high** when that function also holds a
  malicious command (one that downloads and runs a program, opens a reverse shell, …): what it plants is the
  attacker's, whoever calls it;
- otherwise silent.

Writing into another installed package at install or import time — a file found with \`require.resolve\`, under
\`node_modules/<package>/\`, under site-packages, or another module's \`__file__\` — is **high**: the patched
package runs the attacker's code whenever it is used (the way local-patching attacks on \`ethers\` worked).`,
};

const WRITERS = new Set(['file-write', 'registry', 'shell']);

const HOME = /homedir\s*\(|expanduser\s*\(|Path\.home\s*\(|\bHOME\b|USERPROFILE/;

/** `path.join(os.homedir(), '.npmrc')`: a dotfile's bare name on a line that names the home folder is a path in it. */
function homeJoined(pkg: PackageModel, strings: readonly StringEvent[]): StringEvent[] {
  const out: StringEvent[] = [];
  for (const s of strings) {
    if (!s.value.startsWith('.') || s.value.length > 40 || /[\\/\s]/.test(s.value)) continue;
    // The location first: bundles hold thousands of `.js`-like strings, and finding a line costs a scan.
    const value = `~/${s.value}`;
    if (persistenceIn(value) !== undefined && HOME.test(sourceLine(pkg, s.file, s.line))) out.push({ ...s, value });
  }
  return out;
}

/** A malicious command among the strings of the scope that names the location (what it writes there). */
function plantedCommand(pkg: PackageModel, at: StringEvent): { command: string; reason: string } | undefined {
  for (const s of pkg.events.strings) {
    if (s.file !== at.file || s.scope !== at.scope || s.value.length < 16 || s.value.length > 4000) continue;
    const a = assessCommand(s.value);
    // Its own reasons: naming the start-up location is what every string of this scope shares.
    if (a.level === 'malicious' && (a.executesPayload || a.unmistakable)) {
      const own = a.reasons.filter((r) => !/^writes |^touches /.test(r));
      return { command: s.value, reason: own.slice(-2).join('; ') || 'is malicious' };
    }
  }
  return undefined;
}

export const persistence: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const writerScopes = new Set<string>();
    const writerFiles = new Set<string>();
    for (const e of pkg.events.events) {
      if (!WRITERS.has(e.capability)) continue;
      writerScopes.add(`${e.file}\u0000${e.scope}`);
      writerFiles.add(e.file);
    }
    const seen = new Set<string>();
    const strings = pkg.events.strings;
    for (const s of [...strings, ...joinedPaths(strings, (v) => persistenceIn(v) !== undefined, pkg.facts), ...homeJoined(pkg, strings)]) {
      if (isAuxiliary(s.file, s.vector, pkg.execution) || !writerFiles.has(s.file)) continue;
      const hit = persistenceIn(s.value);
      if (!hit) continue;
      const early = s.vector === 'install' || s.vector === 'import';
      // A location named in prose (a package description, a help text) is not a target.
      const prose = !/[\\/~]/.test(s.value) && s.value.trim().split(/\s+/).length > 3;
      const sameScope = !prose && writerScopes.has(`${s.file}\u0000${s.scope}`);
      // When only called, what the function writes decides: a line that downloads and runs a program, or opens a
      // shell to a remote host, is the attacker's, whoever calls the function.
      const planted = sameScope && !early ? plantedCommand(pkg, s) : undefined;
      const severity: Severity | undefined = sameScope ? (early ? 'critical' : planted ? 'high' : 'low') : early ? 'low' : undefined;
      if (!severity || seen.has(`${s.file}:${s.line}`)) continue;
      seen.add(`${s.file}:${s.line}`);
      out.push(
        finding(meta, {
          severity,
          vector: s.vector,
          message: `targets the ${hit.label} (${hit.match}) ${when(s)}${planted ? ` and writes a command that ${planted.reason}` : ''}`,
          file: s.file,
          line: s.line,
          snippet: sourceLine(pkg, s.file, s.line),
          evidence: (planted?.command ?? s.value).slice(0, 300),
        }),
      );
    }
    for (const { write, how } of packageTampering(pkg)) {
      if (isAuxiliary(write.file, write.vector, pkg.execution) || seen.has(`${write.file}:${write.line}`)) continue;
      seen.add(`${write.file}:${write.line}`);
      out.push(
        finding(meta, {
          severity: 'high',
          vector: write.vector,
          message: `writes into another installed package: ${how} ${when(write)}`,
          file: write.file,
          line: write.line,
          snippet: sourceLine(pkg, write.file, write.line),
          evidence: write.text,
        }),
      );
    }
    return out;
  },
};
