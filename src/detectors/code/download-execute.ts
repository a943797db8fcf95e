import type { CallFact, Finding, Severity } from '../../model/index.js';
import { endpointIn } from '../shared/indicators.js';
import { fromReleaseHost } from '../shared/release-host.js';
import { dropperFlows } from './dropper-flow.js';
import { downloadedCodeLoads } from './downloaded-code.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { byScope, eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/download-execute',
  title: 'Download and execute',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['command-execution', 'remote-control'],
  techniques: ['external-payload'],
  summary:
    'One function or module body downloads something and writes an executable or script to disk and starts it (or starts the download directly).',
  docs: `Multi-stage droppers fetch their payload at install time so the package itself looks clean. The rule
looks inside one scope for a network download together with starting a program (a process, \`os.startfile\`,
or loading a native library with \`ctypes.CDLL\`, whose initialisers run on load)
where the program is an interpreter given inline code (\`powershell -EncodedCommand …\`, \`sh -c …\`) or the
program or the written file is an executable or script (\`.exe\`, \`.bat\`, \`.ps1\`, \`.vbs\`,
\`.scr\`, \`.sh\`, \`.py\`, \`.js\`) or is made executable with \`chmod\`.

- at install or import time: **critical** — except an npm install script that fetches only from the npm
  registry, GitHub or the package's own homepage/repository host (a prebuilt binary of its own, the way esbuild
  or sharp work): **low**; an exfiltration-type host is critical in every case;
- when only called: **high** if the download host is an exfiltration-type endpoint (raw IP, file drop,
  paste, tunnel) or a Python library fetches and starts a Windows executable or script from anywhere but
  GitHub, PyPI or its own homepage, otherwise **low** (installers and updaters do this on request);
- Python code that follows the downloaded bytes into the program it starts — in one function, or across
  helpers (one writes the response to a file and returns or is handed the path, another starts that path)
  — and hides it (writes the payload into site-packages, starts it with its output sent to DEVNULL or a
  hidden/detached window, or downloads it with a hidden \`curl -o\`), from anywhere but GitHub, PyPI or its
  own homepage: **high** when only called.

Python that writes a download to a file and then loads that file through the import machinery — \`sys.path\`
(the file itself, or the folder of a written \`.py\`/\`.zip\`), \`zipimport.zipimporter\`,
\`spec_from_file_location\`, \`SourceFileLoader\`, \`imp.load_source\`, \`runpy.run_path\` — is the same
attack without a shell: **critical** at install or import time (**low** when every URL in the file is PyPI,
GitHub or the package's own homepage), **high** when only called and the host is an exfiltration-type
endpoint, otherwise **low**.

Executing downloaded code *as code* (\`exec(urlopen(u).read())\`) is reported by \`code/code-execution\`.`,
};

/** An interpreter given its code on the command line. */
const INLINE_INTERPRETER = /\b(powershell(\.exe)?|pwsh)\b.*\s-(e|ec|enc|encodedcommand|c|command)\b|\b(ba|z)?sh\s+-c\b|\bpython[\d.]*(\.exe)?\s+-c\b/i;
const WINDOWS_EXECUTABLE = /\.(exe|scr|bat|cmd|ps1|vbs|vbe|msi|hta)\b/i;
const EXECUTABLE = /\.(exe|bat|cmd|ps1|vbs|vbe|js|jse|scr|sh|py|pyw|msi|dll|so|dylib|jar|hta|lnk|bin|elf|run)\b/i;

const LAUNCHER = /^(?:(?:ba|z|da)?sh|nohup|setsid|exec|start|cmd(?:\.exe)?|\/c|\/b|python[\d.]*|node|perl|ruby|powershell(?:\.exe)?|pwsh|wine|sudo|chmod|\+x)$/i;

/**
 * A command line that runs a path the group wrote (`/tmp/.s2 &`, `sh /tmp/.s2`, `nohup /tmp/.s2`): the
 * program itself, past any launcher words — not an argument of another program (`tar xzf /tmp/x.tgz`).
 */
function startsWritten(command: string, written: ReadonlySet<string>): boolean {
  if (written.size === 0) return false;
  for (const word of command.trim().split(/[\s;&|"'`]+/)) {
    if (word === '' || word === '&&') continue;
    if (written.has(word)) return true;
    if (!LAUNCHER.test(word)) return false;
  }
  return false;
}

/** `exec(\`"${bin}" --version\`)`, `execFile(bin, ['--version'])`: a program asked only for its version or help. */
const VERSION_QUERY = /^\s*[`'"]{0,2}(?:\$\{[^}]+\}|[\w./\\-]+)[`'"]?\s+(?:--?version|-v|-V|version|--help)\s*[`'"]{0,2}\s*$/;

function isVersionProbe(e: { call?: CallFact }): boolean {
  const [command, argv] = e.call?.args ?? [];
  if (command && VERSION_QUERY.test(command.text)) return true;
  const items = argv?.items;
  return items?.length === 1 && /^(--?version|-v|-V|--help)$/.test(items[0]?.value ?? '');
}

export const downloadExecute: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    // One scope, or everything a file runs at install or import time (droppers split download and start
    // into helper functions that module-level code calls one after the other).
    const groups = [...byScope(pkg.events.events).values()];
    const early = new Map<string, typeof pkg.events.events>();
    for (const e of pkg.events.events) {
      if (e.vector === 'runtime') continue;
      const list = early.get(e.file) ?? [];
      list.push(e);
      early.set(e.file, list);
    }
    groups.push(...early.values());
    const reported = new Set<string>();
    for (const group of groups) {
      const first = group[0];
      if (!first || isAuxiliary(first.file, first.vector, pkg.execution)) continue;
      const download = group.find((e) => e.capability === 'network' && !/^\?\./.test(e.callee));
      if (!download) continue;
      const starts = group.filter(
        (e) => (e.capability === 'shell' && !/pty\.spawn/.test(e.callee)) || /startfile/.test(e.callee) || e.capability === 'native-load',
      );
      // urlretrieve-style calls download straight into a file: they are the write too.
      const writes = group.filter((e) => e.capability === 'file-write' || /urlretrieve|wget\.download|download_file|\.pipe$/.test(e.callee));
      // A program started from the very path the group wrote or made executable is the download, whatever
      // its name (`/tmp/.upd` has no telltale extension).
      const written = new Set(writes.flatMap((w) => w.values.filter((v) => v.length > 1)));
      // Across the scopes of a file, a program only asked for its version (`"${edgePath}" --version`, the
      // installed browser a driver must match) is not what was downloaded.
      const crossScope = !group.every((e) => e.scope === first.scope);
      const startsPayload = starts.find(
        (e) => !(crossScope && isVersionProbe(e)) && (EXECUTABLE.test(e.values.join(' ')) || e.refs.length > 0 || e.values.length === 0 || /chmod/.test(e.values.join(' ')) || e.values.some((v) => written.has(v) || startsWritten(v, written))),
      );
      const writesExecutable = writes.some((w) => EXECUTABLE.test(w.values.join(' ')) || /chmod/.test(w.callee));
      // Nothing written: the download goes to an interpreter's inline code (`powershell -EncodedCommand {script}`).
      const inline =
        startsPayload !== undefined &&
        [startsPayload.text, ...startsPayload.values, ...pkg.events.strings.filter((x) => x.file === startsPayload.file && x.scope === startsPayload.scope).map((x) => x.value)].some((v) => INLINE_INTERPRETER.test(v));
      if (!startsPayload || (!writesExecutable && !EXECUTABLE.test(startsPayload.values.join(' ')) && writes.length === 0 && !inline)) continue;
      const sameScope = group.every((e) => e.scope === download.scope);
      if (!sameScope && !writesExecutable && !EXECUTABLE.test(startsPayload.values.join(' '))) continue;
      const key = `${startsPayload.file}:${startsPayload.line}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const isEarly = download.vector === 'install' || download.vector === 'import';
      const endpoint = download.values.map(endpointIn).find(Boolean);
      const releaseHost = fromReleaseHost(pkg, download.file);
      const ownBinary = download.language === 'javascript' && releaseHost;
      const windowsBinary =
        [download, ...writes, startsPayload].some((e) => WINDOWS_EXECUTABLE.test(e.values.join(' '))) ||
        pkg.events.strings.some((s) => s.file === download.file && s.scope === startsPayload.scope && WINDOWS_EXECUTABLE.test(s.value) && s.value.length < 200);
      const severity: Severity = endpoint
        ? isEarly ? 'critical' : 'high'
        : isEarly ? (ownBinary ? 'low' : 'critical') : windowsBinary && download.language === 'python' && !releaseHost ? 'high' : 'low';
      out.push(
        finding(meta, {
          severity,
          confidence: writesExecutable ? 'high' : 'medium',
          vector: download.vector,
          message: `downloads with ${download.callee} and ${startsPayload.capability === 'native-load' ? 'loads it with' : 'starts'} ${startsPayload.callee} ${when(download)}${endpoint ? ` from a ${endpoint.label}` : ''}`,
          file: startsPayload.file,
          line: startsPayload.line,
          snippet: eventSnippet(pkg, startsPayload),
          evidence: [download.text, ...writes.slice(0, 2).map((w) => w.text), startsPayload.text].join('\n'),
        }),
      );
    }
    // Droppers split across helpers, or same-function ones that hide what they start (dropper-flow.ts).
    for (const flow of dropperFlows(pkg)) {
      const { download, start } = flow;
      if (isAuxiliary(start.file, start.vector, pkg.execution) || fromReleaseHost(pkg, download.file)) continue;
      const early = start.vector === 'install' || start.vector === 'import';
      const key = `${start.file}:${start.line}`;
      const message = `downloads with ${download.callee}, writes the response to a file and starts it with ${start.callee} (${flow.how}; ${flow.concealment}) ${when(start)}`;
      const at = out.findIndex((f) => `${f.location.file}:${f.location.line}` === key);
      if (at >= 0 && out[at]?.severity !== 'low') continue;
      const result = finding(meta, {
        severity: early ? 'critical' : 'high',
        vector: start.vector,
        message,
        file: start.file,
        line: start.line,
        snippet: eventSnippet(pkg, start),
        evidence: [download.text, flow.write.text, start.text].join('\n'),
      });
      if (at >= 0) out[at] = result;
      else if (!reported.has(key)) {
        reported.add(key);
        out.push(result);
      }
    }
    for (const { download, write, load } of downloadedCodeLoads(pkg)) {
      const key = `${load.file}:${load.line}`;
      if (isAuxiliary(load.file, load.vector, pkg.execution) || reported.has(key)) continue;
      reported.add(key);
      const early = load.vector === 'install' || load.vector === 'import';
      const endpoint = download.values.map(endpointIn).find(Boolean);
      const severity: Severity = early ? (fromReleaseHost(pkg, download.file) && !endpoint ? 'low' : 'critical') : endpoint ? 'high' : 'low';
      out.push(
        finding(meta, {
          severity,
          vector: load.vector,
          message: `downloads with ${download.callee}, writes it to a file and loads that as code with ${load.callee} ${when(load)}${endpoint ? ` from a ${endpoint.label}` : ''}`,
          file: load.file,
          line: load.line,
          snippet: eventSnippet(pkg, load),
          evidence: [...new Set([download.text, write.text, load.text])].join('\n'),
        }),
      );
    }
    return out;
  },
};
