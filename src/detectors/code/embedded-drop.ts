import type { DecodedPayload, FileFacts } from '../../model/index.js';
import { DECODERS } from '../python/codecs.js';
import type { CodeEvent } from '../shared/events.js';
import { escapeRegExp } from '../shared/regexp.js';
import { byScope } from '../shared/snippet.js';
import type { PackageModel } from '../types.js';
import { argTexts } from './dropper-flow.js';
import { LOADS, loadedPaths, loadsWritten } from './downloaded-code.js';

/**
 * Python that, at install or import time, decodes a blob written in its own source (base64, hex, zlib, …,
 * folded by the analysis), writes the result to a file and then starts that file or loads it as code
 * (`sys.path.insert` + import, `spec_from_file_location`, `runpy.run_path`, `[sys.executable, path]`): a
 * second stage carried inside the package instead of downloaded, hidden from a reader of the source.
 */
export interface EmbeddedDrop {
  write: CodeEvent;
  run: CodeEvent;
  decoded: DecodedPayload;
}

/** The file the write goes to: the open call itself (`open(p, 'wb').write(…)`) or the latest one before it. */
function openOf(group: readonly CodeEvent[], write: CodeEvent): CodeEvent | undefined {
  if (write.callee === 'builtins.open') return write;
  let open: CodeEvent | undefined;
  for (const o of group) if (o.callee === 'builtins.open' && o.capability === 'file-write' && o.line <= write.line) open = o;
  return open;
}

/** The command or loader names the written file: its variable, or the same folded path. */
function runsWritten(e: CodeEvent, open: CodeEvent): boolean {
  const path = open.call?.args[0];
  if (!path) return false;
  if (LOADS.test(e.callee)) return loadedPaths(e).some((p) => loadsWritten(path.text, open, p));
  if (e.capability !== 'shell') return false;
  if (path.value !== undefined && path.value.length > 1) return e.values.some((v) => v.includes(path.value as string));
  if (!/^[A-Za-z_][\w.]*$/.test(path.text)) return false;
  const named = new RegExp(`(^|[^\\w.])${escapeRegExp(path.text)}($|[^\\w])`);
  return argTexts(e.call).some((t) => named.test(t));
}

/**
 * What the write at this line decodes: the folded payload (text), or a decoding call of the line whose input
 * is a constant of the code (binary results, such as a zip put on `sys.path`, leave no folded text).
 */
function decodedAt(facts: FileFacts, line: number): DecodedPayload | undefined {
  const folded = facts.decoded.find((d) => d.line === line && d.steps.length > 0);
  if (folded) return folded;
  const call = facts.calls.find((c) => c.line === line && DECODERS[c.callee] !== undefined && (c.args[0]?.value?.length ?? 0) >= 16);
  const blob = call?.args[0]?.value;
  if (!call || blob === undefined) return undefined;
  return { line, scope: call.scope, steps: [DECODERS[call.callee] as string], text: `${call.text}: ${blob.slice(0, 120)}${blob.length > 120 ? '…' : ''}` };
}

export function embeddedDrops(pkg: PackageModel): EmbeddedDrop[] {
  const out: EmbeddedDrop[] = [];
  for (const [file, facts] of pkg.facts) {
    if (facts.language !== 'python') continue;
    const events = pkg.events.byFile.get(file);
    const writes = new Map<CodeEvent, DecodedPayload>();
    for (const e of events ?? []) {
      const d = e.capability === 'file-write' && e.vector !== 'runtime' ? decodedAt(facts, e.line) : undefined;
      if (d) writes.set(e, d);
    }
    if (!events || writes.size === 0) continue;
    const early = events.filter((e) => e.vector !== 'runtime');
    for (const group of [...byScope(early).values(), early]) {
      for (const write of group) {
        const decoded = writes.get(write);
        const open = decoded ? openOf(group, write) : undefined;
        if (!decoded || !open) continue;
        const run = group.find((e) => e.line > write.line && runsWritten(e, open));
        if (run && !out.some((o) => o.run === run)) out.push({ write, run, decoded });
      }
    }
  }
  return out;
}
