import type { Finding, Severity } from '../../model/index.js';
import { capabilityOf, DNS_ANSWER } from '../shared/capabilities.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { assessCommand, encodedPowerShell, type CommandLevel } from '../shared/commands.js';
import { hostsIn, isOwnHost } from '../shared/release-host.js';
import { assessWithScripts } from '../shared/scripts.js';
import { decodedBy } from '../dropped-code.js';
import { isBinaryExecutable } from '../shared/native-binary.js';
import { startsHidden, type CodeEvent } from '../shared/events.js';
import { remoteCommand } from './remote-command.js';
import { commandOf, eventSnippet, quotedPieces, when } from '../shared/snippet.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

/** A shell or PowerShell given its inline script as a value the analysis could not fold. */
const INLINE_FROM_VARIABLE = /\b(powershell|pwsh)(\.exe)?\b.*\s-(c|command)\s+…|\b(ba|z)?sh\s+-c\s+…|\bcmd(\.exe)?\s+\/c\s+…/i;
/** An interpreter (named, or `sys.executable`) given its inline script as a value: `[sys.executable, '-c', code]`. */
const INLINE_SCRIPT = /(?:^…|\b(?:python[\d.]*|node|perl|ruby|php)(?:\.exe)?)\s+-[ce]\s+…(?:\s|$)/i;


const meta: RuleMeta = {
  id: 'code/command-execution',
  title: 'Shell command run by package code',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['command-execution'],
  techniques: [],
  summary:
    'Package code runs a shell command (os.system, subprocess, child_process, os.popen, pty.spawn). Severity follows what the command does and when it runs.',
  docs: `Running a command is everyday build work (a compiler, \`pkg-config\`, \`git describe\`), so the rule
judges the command itself. It folds the command text through constants and decoding, then classifies it.
Commands are read from \`os.system\`, \`subprocess\`, \`os.exec*\`/\`spawn*\`, \`pty\`, \`asyncio\` subprocesses,
\`distutils.spawn\`, \`pydoc.pipepager\`'s pager command, a shell function handed to a caller that calls it
(\`atexit.register(os.system, cmd)\`, \`threading.Timer\`, \`functools.partial\`, \`map\`), the C
library's \`system()\`/\`popen()\` and Windows' \`WinExec\`/\`ShellExecute\` called through \`ctypes\`, \`child_process\`,
and Node's internal \`process.binding('spawn_sync').spawn({ file, args })\` and \`process_wrap\`'s \`Process\`:

- **malicious** — pipes a download into a shell, PowerShell download-and-invoke, an encoded PowerShell
  command, a reverse shell, DNS lookups that carry data, Microsoft Defender exclusions or switching it off, persistence (\`reg add …\\Run\`, \`schtasks\`,
  \`crontab\`), miners, or a known exfiltration endpoint: **critical** at install or import time, **high** otherwise.
- **suspicious** — downloads, hidden windows, starting executables or scripts, host reconnaissance
  (\`whoami\`, \`ipconfig\`), installing further packages, an AI coding agent started with its permission
  checks off (\`claude --dangerously-skip-permissions\`, \`gemini --yolo\`, \`q chat --trust-all-tools\`):
  **high** at install or import time, **low** when only called at run time.
- **unknown** (a command whose text cannot be folded, or a program that is not a build tool): **low** at
  install or import time (install scripts run their own helper binaries); not reported at run time. A command
  that comes straight from a network response is **malicious**, also when the response is handed to a local
  function that runs its argument; fetched in a polling loop (\`while True:\`), it is a remote shell: **high**
  when only called.
- Any command started at install or import time by a file that carries an executable as base64 text (an MZ
  or ELF header): **malicious** (a dropper writing out and starting its own binary).
- A native executable shipped in the package (ELF, PE or Mach-O bytes, whatever its name) started at install
  or import time: **suspicious** (high) — install-time code nobody can read. Its path may be computed
  (\`os.path.join(os.path.dirname(__file__), '.cache')\`): a string of the same function naming the file counts.
- A command assembled at run time (\`[path] + "-o pool:443 -u wallet".split()\`) is also judged by its literal
  pieces: a **malicious** verdict on them counts, weaker ones do not.
- An interpreter handed its inline script in a variable (\`['powershell', '-Command', ps]\`) is also judged by
  the string templates of the same function: a **malicious** verdict on one of them counts.
- A script the package runs is judged by its text too: a file of the package (\`sh setup.sh\`), or the text the
  same code wrote to that path (a literal path, or a variable of the function: \`open(f, 'w').write(c)\` …
  \`['powershell', '-File', f]\`). \`powershell -EncodedCommand\` of a script the same file writes in plain text
  (\`Buffer.from(script, 'utf16le').toString('base64')\`: the encoding only spares quoting) is judged by that script.
- A self-updater that runs only when called and fetches its installer script from the package's own site
  (\`curl -sfS https://dotenvx.sh | sh\` in \`dotenvx update\`: a host named as the package's homepage, repository
  or tracker, or a domain named after the package or its scope), and does nothing else: **low**. At install or
  import time the same command stays **critical**; code hosts anyone publishes on (GitHub, GitLab, …) are no one's own site.
- **build** tools: **info** at install time, silent otherwise.`,
};

/**
 * A value read from the network, a socket, or a DNS TXT record (a classic command channel: the record's
 * text is the command).
 */
function fromRemote(language: 'python' | 'javascript', ref: string): boolean {
  const cap = capabilityOf(language, ref);
  if (cap === 'network' || cap === 'socket') return true;
  if (DNS_ANSWER.test(ref)) return true;
  return /\.(text|content|read)$/.test(ref) && /requests|urlopen|fetch|https?\./.test(ref);
}

function severityFor(level: CommandLevel, vector: string, unmistakable: boolean): Severity | undefined {
  const early = vector === 'install' || vector === 'import';
  switch (level) {
    case 'malicious':
      return early ? 'critical' : unmistakable ? 'high' : 'medium';
    case 'suspicious':
      return early ? 'high' : 'low';
    case 'unknown':
      return vector === 'install' || vector === 'import' ? 'low' : undefined;
    case 'build':
      return vector === 'install' ? 'info' : undefined;
  }
}

/** base64 of an MZ (Windows PE) or ELF header at the start of a long string. */
const EXECUTABLE_B64 = /^(TVqQ|TVpQ|TVoA|TVqA|f0VMRg[EI])/;

function carriesExecutable(pkg: PackageModel, file: string): boolean {
  return pkg.facts.get(file)?.strings.some((s) => s.value.length >= 512 && EXECUTABLE_B64.test(s.value)) ?? false;
}

/** Native libraries are loaded, not started: a name like these is not a program. */
const LIBRARY_NAME = /\.(so|pyd|dylib|dll|node)(\.\d+)*$/i;
const shippedCache = new WeakMap<PackageModel, string[]>();

/** Paths of the package's native executables (ELF, PE, Mach-O), libraries aside. */
function shippedExecutables(pkg: PackageModel): string[] {
  let found = shippedCache.get(pkg);
  if (!found) {
    found = pkg.contents.files.filter((f) => !LIBRARY_NAME.test(f.path) && isBinaryExecutable(f.path, f.data)).map((f) => f.path);
    shippedCache.set(pkg, found);
  }
  return found;
}

/**
 * A native executable of the package that the call starts: its program, when written as a constant, names
 * one; when computed (`os.path.join(os.path.dirname(__file__), 'bin', name)`), a string of the same
 * function does.
 */
function startsShipped(pkg: PackageModel, e: CodeEvent): string | undefined {
  const shipped = shippedExecutables(pkg);
  if (shipped.length === 0) return undefined;
  const first = e.call?.args[0];
  const program = first?.items ? first.items[0] : first;
  const names = program?.value !== undefined ? [program.value.trim().split(/\s+/)[0] ?? ''] : pkg.events.strings.filter((x) => x.file === e.file && x.scope === e.scope && x.value.length <= 200).map((x) => x.value);
  for (const name of names) {
    const clean = name.replace(/\\/g, '/').replace(/^\.\//, '');
    if (clean.length < 2) continue;
    const hit = shipped.find((p) => p === clean || p.endsWith(`/${clean}`) || (!clean.includes('/') && p.split('/').pop() === clean));
    if (hit) return hit;
  }
  return undefined;
}

/** The string literals written in a call (the last one may be cut off with the snippet), joined: what can be read of a command that is assembled at run time. */
function literalPieces(text: string): string | undefined {
  const pieces = quotedPieces(text).filter((p) => p.trim() !== '');
  return pieces.length > 0 ? pieces.join(' ').slice(0, 2000) : undefined;
}

/**
 * `powershell -EncodedCommand …` of a script written in plain text in the same file (`Buffer.from(script,
 * 'utf16le').toString('base64')`): the encoding passes a multi-line script without quoting and hides nothing,
 * so the command is judged with the script in place of its encoding.
 */
function plainEncoded(pkg: PackageModel, e: CodeEvent, command: string): string | undefined {
  const plain = encodedPowerShell(command)?.trim();
  if (!plain || plain.length < 40) return undefined;
  if (!pkg.events.strings.some((s) => s.file === e.file && s.value.length >= 40 && s.value.trim() === plain)) return undefined;
  return `${command.replace(/\s-e(?:nc|ncodedcommand|c)?\s+[A-Za-z0-9+/]{20,}={0,2}/i, ' -Command {script}')}\n${plain}`;
}

/** What a command that fetches a script and runs it is said to do, and nothing else. */
const FETCH_AND_RUN = new Set(['pipes a download into a shell', 'runs a download as inline code', 'downloads a file', 'downloads a file to disk', 'runs the file it downloaded', 'downloads and starts the download in one command']);

/**
 * A self-updater run when called (`curl -sfS https://dotenvx.sh | sh` in `dotenvx update`): it fetches
 * from the package's own site only (isOwnHost), and does nothing else. The host, when it is one.
 */
function ownUpdater(pkg: PackageModel, e: CodeEvent, command: string | undefined, reasons: readonly string[]): string | undefined {
  if (e.vector !== 'runtime' || command === undefined || reasons.length === 0 || !reasons.every((r) => FETCH_AND_RUN.has(r))) return undefined;
  const hosts = hostsIn(command);
  return hosts.length > 0 && hosts.every((h) => isOwnHost(pkg, h)) ? hosts[0] : undefined;
}

export const commandExecution: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const e of pkg.events.events) {
      if ((e.capability !== 'shell' && e.capability !== 'package-install') || isAuxiliary(e.file, e.vector, pkg.execution)) continue;
      const command = commandOf(e) ?? (e.capability === 'package-install' ? `pip ${e.values.join(' ')}` : undefined);
      // windowsHide is how Node libraries avoid console flashes; CREATE_NO_WINDOW/DETACHED_PROCESS (0x08000000,
      // 0x00000008) from Python are rare outside droppers.
      const hidden = startsHidden(e);
      // Variables handed to the program (`['powershell', '-F', f]`, `os.startfile(p)`): a script the same function wrote there.
      const vars = command === undefined || command.includes('…') ? (e.call?.args ?? []).flatMap((a) => (a.items ?? [a]).map((i) => i.text)).filter((t) => /^[A-Za-z_]\w*$/.test(t)) : [];
      const names = command === undefined ? [] : vars;
      const plain = command !== undefined ? plainEncoded(pkg, e, command) : undefined;
      let assessed = command !== undefined ? assessWithScripts(pkg, plain ?? command, e.file, { scope: e.scope, names }) : undefined;
      if (assessed && plain) assessed = { ...assessed, reasons: [...assessed.reasons, 'PowerShell is handed, encoded, a script written in plain text in the file (judged as written)'] };
      // A command assembled from pieces (`[path] + " -o pool:443 -u wallet".split()`) cannot be folded, but its
      // literal pieces still say what it is: only a malicious verdict on them counts.
      const pieces = command === undefined ? literalPieces(e.call?.text ?? e.text) : undefined;
      if (pieces) {
        const partial = assessWithScripts(pkg, pieces);
        if (partial.level === 'malicious') assessed = { ...partial, reasons: [...partial.reasons, `from the literal parts of a command built at run time (${pieces.slice(0, 80)})`] };
      }
      // A program handed only as a variable (`os.startfile(p)`, `Popen([p])`): judged by the script written there.
      if (command === undefined && assessed === undefined) {
        const written = vars.length > 0 ? assessWithScripts(pkg, '', e.file, { scope: e.scope, names: vars }) : undefined;
        if (written && written.scripts.length > 0) assessed = written;
      }
      // An interpreter handed its inline script in a variable (`['powershell', '-Command', ps_command]`): the
      // function's own string templates are that script; only a malicious verdict on one of them counts.
      if (command !== undefined && INLINE_FROM_VARIABLE.test(command) && assessed?.level !== 'malicious') {
        for (const s of pkg.events.strings) {
          if (s.file !== e.file || s.scope !== e.scope || s.value.length > 2000) continue;
          const inner = assessCommand(s.value);
          if (inner.level !== 'malicious') continue;
          assessed = { ...inner, scripts: [], reasons: [...inner.reasons, `from the script text it is handed (${s.value.slice(0, 80)})`] };
          break;
        }
      }
      let level: CommandLevel = assessed?.level ?? 'unknown';
      // Only the literal parts of an interpolated command are known: weak signals there stay unknown.
      // An interpolated interpreter (`f"{sys.executable} -m pip install …"`) hides nothing: the rest is literal.
      // Some words stand on their own (`npm publish ${dir}`: a worm whatever it publishes).
      if (command?.replace(/(^|\s)\{…\}(?=\s+-m\s)/g, '$1python').includes('{…}') && level === 'suspicious' && !assessed?.literal) level = 'unknown';
      const reasons = [...(assessed?.reasons ?? [])];
      if (hidden && level !== 'malicious') {
        level = level === 'build' ? 'suspicious' : level === 'unknown' ? 'suspicious' : level;
        reasons.push('hides the process window or detaches it');
      }
      // The whole command, or the inline script of an interpreter, from a network response.
      const remote =
        command === undefined || INLINE_SCRIPT.test(command) || INLINE_FROM_VARIABLE.test(command)
          ? remoteCommand(pkg, e, (r) => fromRemote(e.language, r))
          : undefined;
      if (remote) {
        level = 'malicious';
        reasons.push(`the command comes from a network response${remote.via ? ` (handed to ${e.scope} on line ${remote.via.line})` : ''}${remote.polling ? ', fetched in a polling loop (a remote shell)' : ''}`);
      }
      // A native program of the package started while installing or importing: nobody can read what it does.
      const shipped = level !== 'malicious' && (e.vector === 'install' || e.vector === 'import') ? startsShipped(pkg, e) : undefined;
      if (shipped) {
        if (level !== 'suspicious') level = 'suspicious';
        reasons.push(`starts ${shipped}, a native program shipped in the package: what it does cannot be inspected`);
      }
      // A Windows/Linux executable carried as base64 text in the same file, and a command started while installing
      // or importing: the file drops its own binary and runs it.
      if (level !== 'malicious' && (e.vector === 'install' || e.vector === 'import') && carriesExecutable(pkg, e.file)) {
        level = 'malicious';
        reasons.push('the file carries an executable encoded as text (MZ/ELF header in base64)');
      }
      if (decodedBy(e.decoded) && level !== 'malicious') {
        level = 'malicious';
        reasons.push(`the call sits in a payload decoded with ${(e.decoded ?? []).join(' → ')}`);
      }
      // Only its own site's installer script, fetched when the user asks for an update: the package's own code.
      const updater = level === 'malicious' && !remote && !e.decoded ? ownUpdater(pkg, e, command, reasons) : undefined;
      if (updater) reasons.push(`the script comes from the package's own site (${updater}), when called: a self-updater`);
      const severity = updater ? 'low' : severityFor(level, e.vector, (assessed?.unmistakable ?? false) || (remote?.polling ?? false) || decodedBy(e.decoded));
      if (!severity) continue;
      const what = command !== undefined ? `runs \`${command.slice(0, 160)}\`` : `runs a command built at run time (${e.callee})`;
      out.push(
        finding(meta, {
          severity,
          confidence: command !== undefined ? 'high' : 'medium',
          vector: e.vector,
          techniques: [...(assessed?.techniques ?? []), ...(decodedBy(e.decoded) ? (['obfuscation'] as const) : [])],
          message: `${what} ${when(e)}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`,
          file: e.file,
          line: e.line,
          column: e.column,
          snippet: eventSnippet(pkg, e),
          ...(command !== undefined ? { evidence: command } : {}),
        }),
      );
    }
    return out;
  },
};
