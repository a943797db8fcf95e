import type { CallFact, FileFacts, Language, StringFact, ValueFact, Vector } from '../../model/index.js';
import type { ExecutionMap } from '../context.js';
import { capabilityOf, readCapability, workerEvaluatesCode, type Capability } from './capabilities.js';

/** One capability used somewhere in the package, with when it runs. */
export interface CodeEvent {
  capability: Capability;
  language: Language;
  file: string;
  line: number;
  column: number;
  scope: string;
  vector: Vector;
  why?: string;
  callee: string;
  /** The call's source text (snippet). */
  text: string;
  call?: CallFact;
  /** Folded string values of the arguments (positional then keyword), for classification. */
  values: string[];
  /** Resolved names referenced by the arguments. */
  refs: string[];
  /** Decoding steps when the event sits inside a decoded payload. */
  decoded?: string[];
  /** A `network-relay` event: the package function that does the sending (`post`, or `post in helper.py`). */
  via?: string;
}

export interface StringEvent {
  value: string;
  file: string;
  line: number;
  scope: string;
  vector: Vector;
  language: Language;
  decoded?: string[];
}

export interface PackageEvents {
  events: CodeEvent[];
  strings: StringEvent[];
  /** Which files use which capabilities, for co-occurrence checks. */
  byFile: Map<string, CodeEvent[]>;
}

/** The folded values and resolved names of a call's arguments, nested items and entries included. */
function valuesOf(call: CallFact): { values: string[]; refs: string[] } {
  const values: string[] = [];
  const refs: string[] = [];
  const visit = (v: ValueFact, depth: number): void => {
    if (v.value !== undefined) values.push(v.value);
    refs.push(...v.refs);
    if (depth > 3) return;
    for (const item of v.items ?? []) visit(item, depth + 1);
    for (const entry of Object.values(v.entries ?? {})) visit(entry, depth + 1);
  };
  for (const a of call.args) visit(a, 0);
  for (const a of Object.values(call.kwargs)) visit(a, 0);
  return { values, refs };
}

/** `open(path, 'w')` writes; `open(path)` reads. */
function openCapability(call: CallFact): Capability {
  const mode = call.args[1]?.value ?? call.kwargs['mode']?.value ?? 'r';
  return /[wax+]/.test(mode) ? 'file-write' : 'file-read';
}

/** Methods that take a program's argv in subprocess and os (`call`, `Popen`, `spawnv`, `execv`, …). */
const ARGV_METHOD = /^\?\.(call|run|Popen|check_call|check_output|spawn\w*|exec[lv]\w*)$/;
const SHELL_PROGRAM = /^(?:.*[\\/])?(?:(?:ba|da|z|k)?sh|cmd|powershell|pwsh)(?:\.exe)?$/i;

/**
 * `?.call(['/bin/sh', '-c', cmd])`: a shell's argv handed to an argv-taking method of an object the analysis
 * could not name (a module bound through `globals()['sp']` by a one-liner obfuscator, a parameter). Whatever
 * the object, a call shaped like that runs the command.
 */
function shellArgvCapability(call: CallFact): Capability | undefined {
  if (!ARGV_METHOD.test(call.callee)) return undefined;
  const argv = call.args[0]?.items;
  if (!argv || argv.length < 3) return undefined;
  return SHELL_PROGRAM.test(argv[0]?.value ?? '') && /^(?:-c|\/c|-Command)$/i.test(argv[1]?.value ?? '') ? 'shell' : undefined;
}

/** Windows creation flags and window states that keep a started process out of sight. */
const HIDDEN_WINDOW = /CREATE_NO_WINDOW|DETACHED_PROCESS|0x0*8000000\b|134217728|STARTF_USESHOWWINDOW|SW_HIDE/;

/**
 * Whether a Python start hides its window or detaches it (`creationflags=CREATE_NO_WINDOW`, a STARTUPINFO
 * with SW_HIDE). The keyword arguments are read too: the call text is cut at 200 characters, and a long
 * argument list pushes `creationflags=` out of it.
 */
export function startsHidden(e: CodeEvent): boolean {
  const kw = e.call?.kwargs;
  return HIDDEN_WINDOW.test(e.text) || HIDDEN_WINDOW.test(kw?.['creationflags']?.text ?? '') || HIDDEN_WINDOW.test(kw?.['startupinfo']?.text ?? '');
}

/** The event of one call, where it runs (a decoded payload's calls are placed where the payload is). */
export function callEvent(
  capability: Capability,
  language: Language,
  file: string,
  call: CallFact,
  execution: ExecutionMap,
  at: { line: number; column: number; scope: string } = call,
): CodeEvent {
  const root = execution.get(file, at.scope);
  const { values, refs } = valuesOf(call);
  return {
    capability,
    language,
    file,
    line: at.line,
    column: at.column,
    scope: at.scope,
    vector: root?.vector ?? 'runtime',
    ...(root ? { why: root.why } : {}),
    callee: call.callee,
    text: call.text,
    call,
    values,
    refs,
  };
}

export function collectEvents(facts: ReadonlyMap<string, FileFacts>, execution: ExecutionMap): PackageEvents {
  const events: CodeEvent[] = [];
  const strings: StringEvent[] = [];
  // In a dormant payload (DecodedPayload.dormant) nothing runs where the literal stands: its events are run time.
  const vectorAt = (file: string, scope: string, dormant: boolean | undefined): { vector: CodeEvent['vector']; why?: string } => {
    const root = dormant ? undefined : execution.get(file, scope);
    return root ? { vector: root.vector, why: root.why } : { vector: 'runtime' };
  };
  const add = (f: FileFacts, file: string, decodedAt?: { line: number; scope: string; steps: string[]; dormant?: boolean }, depth = 0): void => {
    const where = (line: number, scope: string): { line: number; scope: string } =>
      decodedAt ? { line: decodedAt.line, scope: decodedAt.scope } : { line, scope };
    for (const call of f.calls) {
      const cap =
        f.language === 'python' && call.callee === 'builtins.open'
          ? openCapability(call)
          : workerEvaluatesCode(call.callee, call.args[1])
            ? 'code-exec'
            : (capabilityOf(f.language, call.callee) ?? (f.language === 'python' ? shellArgvCapability(call) : undefined));
      if (!cap) continue;
      const w = where(call.line, call.scope);
      const event = callEvent(cap, f.language, file, call, execution, { line: w.line, column: decodedAt ? 0 : call.column, scope: w.scope });
      if (decodedAt?.dormant) {
        event.vector = 'runtime';
        delete event.why;
      }
      events.push({ ...event, ...(decodedAt && decodedAt.steps.length > 0 ? { decoded: decodedAt.steps } : {}) });
    }
    for (const read of f.reads) {
      const cap = readCapability(read.name);
      if (!cap) continue;
      const w = where(read.line, read.scope);
      events.push({
        capability: cap,
        language: f.language,
        file,
        line: w.line,
        column: 0,
        scope: w.scope,
        ...vectorAt(file, w.scope, decodedAt?.dormant),
        callee: read.name,
        text: read.name,
        values: [],
        refs: [read.name],
        ...(decodedAt && decodedAt.steps.length > 0 ? { decoded: decodedAt.steps } : {}),
      });
    }
    const pushString = (s: StringFact, steps?: string[]): void => {
      const w = where(s.line, s.scope);
      strings.push({
        value: s.value,
        file,
        line: w.line,
        scope: w.scope,
        vector: decodedAt?.dormant ? 'runtime' : execution.vector(file, w.scope),
        language: f.language,
        ...(steps ? { decoded: steps } : {}),
      });
    };
    for (const s of f.strings) pushString(s, decodedAt && decodedAt.steps.length > 0 ? decodedAt.steps : undefined);
    for (const d of f.decoded) {
      const at = decodedAt ?? { line: d.line, scope: d.scope, steps: [] };
      const steps = [...at.steps, ...d.steps];
      pushString({ value: d.text, line: d.line, scope: d.scope }, steps.length > 0 ? steps : undefined);
      const dormant = decodedAt?.dormant === true || d.dormant === true;
      if (d.facts && depth < 4) add(d.facts, file, { line: at.line, scope: at.scope, steps, ...(dormant ? { dormant } : {}) }, depth + 1);
    }
  };
  for (const [file, f] of facts) add(f, file);
  const byFile = new Map<string, CodeEvent[]>();
  for (const e of events) {
    const list = byFile.get(e.file) ?? [];
    list.push(e);
    byFile.set(e.file, list);
  }
  return { events, strings, byFile };
}
