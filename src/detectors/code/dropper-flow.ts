import type { CallFact, ValueFact } from '../../model/index.js';
import { startsHidden, type CodeEvent } from '../shared/events.js';
import { byScope } from '../shared/snippet.js';
import type { PackageModel } from '../types.js';

/**
 * Run-time droppers in Python that follow the downloaded bytes to the program that starts them, also when
 * the steps sit in different functions: one function fetches, writes the response to a file and returns
 * the path (or is handed the path), and another starts that path. The flow alone is what updaters do on
 * request too, so a flow counts only with a sign that it is meant not to be seen: the payload is written
 * into the interpreter's own site-packages (it then runs with every `import`), or the program is started
 * with every stream sent to DEVNULL or with a hidden/detached window.
 */
export interface DropperFlow {
  download: CodeEvent;
  write: CodeEvent;
  start: CodeEvent;
  how: 'same function' | 'path returned by a helper' | 'path shared by two helpers';
  concealment: string;
}

const STARTS = (e: CodeEvent): boolean => e.capability === 'shell' && !/pty\.spawn/.test(e.callee);
/** Calls that return a site-packages folder. */
export const SITE_DIRS = /^(site\.(getsitepackages|getusersitepackages)|sysconfig\.get_paths?|distutils\.sysconfig\.get_python_lib)$/;

interface ScopeFacts {
  events: CodeEvent[];
  calls: CallFact[];
  /** The download and the write that puts its response into a file, when the function does both. */
  payload?: { download: CodeEvent; write: CodeEvent; target: string | undefined };
}

/** A command that saves a download to a file (`curl -o {path} {url}`, `Invoke-WebRequest … -OutFile`). */
const SHELL_DOWNLOAD = /\b(curl|wget)\b[^|;&]*(\s-o\b|\s-O\b|--output\b|\s-qO\b)|Invoke-WebRequest[^|;&]*-OutFile|\.DownloadFile\s*\(|certutil(\.exe)?\s+-urlcache/i;

/** The response of the download is what the function writes: the write's argument refers to the call. */
export function payloadOf(events: CodeEvent[]): ScopeFacts['payload'] {
  const saved = events.find((e) => e.capability === 'shell' && SHELL_DOWNLOAD.test(e.text));
  if (saved) return { download: saved, write: saved, target: undefined };
  for (const download of events) {
    if (download.capability !== 'network' || download.callee.startsWith('?.')) continue;
    if (/urlretrieve|wget\.download/.test(download.callee)) {
      const target = download.call?.args[1]?.text ?? download.call?.kwargs['filename']?.text;
      return { download, write: download, target };
    }
    const write = events.find(
      (w) => w.capability === 'file-write' && /\.write$/.test(w.callee) && w.refs.some((r) => r === download.callee || r.startsWith(`${download.callee}.`)),
    );
    if (!write) continue;
    const open = events.find((o) => o.callee === 'builtins.open' && o.capability === 'file-write' && o.line <= write.line);
    return { download, write, target: open?.call?.args[0]?.text };
  }
  return undefined;
}

export function argTexts(call: CallFact | undefined): string[] {
  if (!call) return [];
  const out: string[] = [];
  const visit = (v: ValueFact): void => {
    out.push(v.text);
    for (const i of v.items ?? []) visit(i);
  };
  for (const a of call.args) visit(a);
  return out;
}

/** The program (or the script given to an interpreter) is not a literal: it is whatever the caller passed. */
function startsArgument(e: CodeEvent): boolean {
  const first = e.call?.args[0];
  if (!first) return false;
  const program = first.items ? first.items.find((i) => !/^sys\.executable$/.test(i.text)) : first;
  return program !== undefined && program.value === undefined;
}

/** Why a start is not meant to be noticed: its streams all go to DEVNULL, or its window is hidden or detached. */
function silentStart(start: CodeEvent): string | undefined {
  if (startsHidden(start)) return 'starts it with a hidden or detached window';
  const kw = start.call?.kwargs ?? {};
  const devnull = ['stdout', 'stderr'].every((k) => /DEVNULL|os\.devnull/.test(kw[k]?.text ?? ''));
  if (devnull) return 'starts it with its output sent to DEVNULL';
  return undefined;
}

/** A download run as a command whose window is hidden (`curl -o …` with CREATE_NO_WINDOW). */
function hiddenDownload(scope: ScopeFacts): string | undefined {
  const d = scope.payload?.download;
  return d && d.capability === 'shell' && silentStart(d) ? 'downloads it with a hidden command' : undefined;
}

function intoSitePackages(scope: ScopeFacts | undefined): string | undefined {
  return scope?.calls.some((c) => SITE_DIRS.test(c.callee)) ? 'writes it into site-packages' : undefined;
}

export function dropperFlows(pkg: PackageModel): DropperFlow[] {
  const out: DropperFlow[] = [];
  for (const [file, facts] of pkg.facts) {
    if (facts.language !== 'python') continue;
    const events = pkg.events.byFile.get(file);
    if (!events?.some(STARTS)) continue;
    const scopes = new Map<string, ScopeFacts>();
    for (const group of byScope(events).values()) {
      const first = group[0] as CodeEvent;
      scopes.set(first.scope, { events: group, calls: [], payload: payloadOf(group) });
    }
    if (![...scopes.values()].some((s) => s.payload)) continue;
    // Functions that only call helpers have no events of their own, but they are where the path is shared.
    for (const c of facts.calls) {
      let s = scopes.get(c.scope);
      if (!s) scopes.set(c.scope, (s = { events: [], calls: [] }));
      s.calls.push(c);
    }
    const helper = (callee: string): ScopeFacts | undefined => (callee.startsWith('local.') ? scopes.get(callee.slice(6)) : undefined);
    for (const scope of scopes.values()) {
      for (const start of scope.events.filter(STARTS)) {
        const texts = argTexts(start.call);
        let flow: Pick<DropperFlow, 'download' | 'write' | 'how'> | undefined;
        let writer: ScopeFacts | undefined;
        const own = scope.payload;
        if (own?.target && /^[\w.]+$/.test(own.target) && texts.includes(own.target)) {
          flow = { ...own, how: 'same function' };
          writer = scope;
        }
        // `path = fetch(); Popen([sys.executable, path])`: the started program comes from a helper that writes the download.
        const returned = start.refs.map(helper).find((s) => s?.payload);
        if (!flow && returned?.payload) {
          flow = { ...returned.payload, how: 'path returned by a helper' };
          writer = returned;
        }
        if (flow) {
          const concealment = silentStart(start) ?? intoSitePackages(writer);
          if (concealment) out.push({ ...flow, start, concealment });
        }
      }
      // `fetch(URL, PATH); run(PATH)`: one function hands the same path to a helper that writes the download
      // and to a helper that starts its argument.
      const byArg = new Map<string, ScopeFacts>();
      for (const c of scope.calls) {
        const s = helper(c.callee);
        if (!s?.payload) continue;
        for (const a of c.args) if (/^[\w.]+$/.test(a.text)) byArg.set(a.text, s);
      }
      for (const c of scope.calls) {
        const runner = helper(c.callee);
        if (!runner || runner.payload) continue;
        // `run(fetch(url))`: the path a downloading helper returns goes straight to the helper that starts it.
        const shared = c.args.find((a) => byArg.has(a.text));
        const nested = c.args.flatMap((a) => a.refs).map(helper).find((s) => s?.payload);
        const writer = shared ? byArg.get(shared.text) : nested;
        if (!writer) continue;
        const start = runner.events.find((e) => STARTS(e) && startsArgument(e));
        const concealment = start && (silentStart(start) ?? intoSitePackages(writer) ?? hiddenDownload(writer));
        const how = shared ? 'path shared by two helpers' : 'path returned by a helper';
        if (start && concealment && writer.payload) out.push({ ...writer.payload, start, how, concealment });
      }
    }
  }
  return out;
}
