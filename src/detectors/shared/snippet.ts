import type { Vector } from '../../model/index.js';
import type { PackageModel } from '../types.js';
import type { CodeEvent } from './events.js';

/** The source line a finding points at, trimmed for display. */
export function sourceLine(pkg: PackageModel, file: string, line: number): string {
  const text = pkg.text(file);
  if (text === undefined) return '';
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end === -1 ? undefined : end).trim();
  return raw.length > 300 ? `${raw.slice(0, 300)}…` : raw;
}

export function eventSnippet(pkg: PackageModel, e: { file: string; line: number; text?: string }): string {
  return sourceLine(pkg, e.file, e.line) || (e.text ?? '');
}

const VECTOR_WORDS: Record<Vector, string> = {
  install: 'at install time',
  import: 'at import time',
  runtime: 'when called',
  metadata: 'in metadata',
};

export function when(e: { vector: Vector; why?: string }): string {
  return e.why ? `${VECTOR_WORDS[e.vector]} (${e.why})` : VECTOR_WORDS[e.vector];
}

/** Events of a package grouped by (file, scope), to find capabilities used together. */
export function byScope(events: readonly CodeEvent[]): Map<string, CodeEvent[]> {
  const out = new Map<string, CodeEvent[]>();
  for (const e of events) {
    const key = `${e.file}\u0000${e.scope}`;
    const list = out.get(key) ?? [];
    list.push(e);
    out.set(key, list);
  }
  return out;
}

/**
 * The literal parts of an interpolated string (`f"curl {url} | sh"`, `` `curl ${u} | sh` ``), with each
 * interpolation shown as `{…}`: enough to judge what kind of command it is.
 */
function templateText(text: string): string | undefined {
  const m = /^(?:[rRbB]?[fF][rRbB]?)("""|'''|"|')([\s\S]*)\1$/.exec(text) ?? /^`([\s\S]*)`$/.exec(text);
  if (!m) return undefined;
  const body = m[2] ?? m[1] ?? '';
  return body.replace(/\$\{[^}]*\}|\{[^{}]*\}/g, '{…}');
}

/** The command an exec-like call runs, as one string (list arguments joined like a shell would). */
export function commandOf(e: CodeEvent): string | undefined {
  // ShellExecute(hwnd, verb, file, parameters, folder, show): the program and its parameters.
  if (/\.ShellExecute[AW]?$/.test(e.callee)) {
    const parts = (e.call?.args.slice(2, 4) ?? []).map((a) => a.value).filter((v) => v !== undefined);
    return parts.length > 0 ? parts.join(' ') : undefined;
  }
  // pydoc.pipepager(text, cmd): the pager command.
  if (/^pydoc\.(pipepager|tempfilepager)$/.test(e.callee)) return e.call?.args[1]?.value;
  const first = e.call?.args[0];
  if (!first) return e.values.length > 0 ? e.values.join(' ') : undefined;
  // process.binding('spawn_sync').spawn({ file, args }), new (process.binding('process_wrap').Process)().spawn(…): the argument vector.
  const argv = first.entries?.['args']?.items;
  if (/^process\.binding\.\w+(?:\.Process)?\.spawn$/.test(e.callee) && argv) return argv.map((i) => i.value ?? '…').join(' ');
  if (first.value !== undefined) {
    // An argument built from a template (`['-c', \`wget -O- "…${host}" | sh\`]`) keeps its literal text.
    const rest = (e.call?.args.slice(1) ?? []).flatMap((a) => (a.items ? a.items.map((i) => i.value ?? templateText(i.text) ?? '') : []));
    return [first.value, ...rest].join(' ').trim();
  }
  if (first.items) {
    const parts = first.items.map((i) => i.value ?? templateText(i.text));
    if (parts.some((p) => p !== undefined)) return parts.map((p) => p ?? '…').join(' ');
  }
  return templateText(first.text);
}

/**
 * The bodies of the string literals written in a piece of call text, in order (escapes left as written; the
 * last literal may be cut off with the text): what can be read of a value the analysis could not fold.
 */
export function quotedPieces(text: string): string[] {
  return [...text.matchAll(/(?<![\w])[rRbBuU]?("|')((?:\\.|(?!\1)[^\\\n])*)(?:\1|$)/g)].map((m) => m[2] ?? '');
}
