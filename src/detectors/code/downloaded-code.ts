import type { ValueFact } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { escapeRegExp } from '../shared/regexp.js';
import { byScope } from '../shared/snippet.js';
import type { PackageModel } from '../types.js';
import { payloadOf } from './dropper-flow.js';

/**
 * Python that downloads a file and then loads it as code through the import machinery instead of starting
 * it: `sys.path.insert(0, path)` followed by an import, `zipimport.zipimporter(path)`,
 * `spec_from_file_location(name, path)`, `SourceFileLoader`, `imp.load_source`, `runpy.run_path`. A
 * multi-stage payload that never touches a shell or `exec`.
 */
export interface CodeLoad {
  download: CodeEvent;
  write: CodeEvent;
  load: CodeEvent;
}

export const LOADS = /^(zipimport\.zipimporter|importlib\.machinery\.(Source|Sourceless|Extension)FileLoader|sys\.path\.(insert|append|extend)|imp\.load_(source|compiled|package|dynamic)|importlib\.util\.spec_from_file_location|runpy\.run_path)$/;
/** A written file that Python can import or run: source, bytecode, an archive on sys.path, an extension. */
const PYTHON_CODE = /\.(py|pyw|pyc|pyo|zip|whl|egg|so|pyd)\b/i;

/** The path argument of a loader call (items of `sys.path.extend([...])` too). */
export function loadedPaths(e: CodeEvent): ValueFact[] {
  const call = e.call;
  if (!call) return [];
  const kw = call.kwargs;
  const first = /^(zipimport\.zipimporter|runpy\.run_path|sys\.path\.(append|extend))$/.test(e.callee);
  const v = (e.callee === 'sys.path.insert' ? call.args[1] : first ? call.args[0] : call.args[1]) ?? kw['path'] ?? kw['location'] ?? kw['pathname'] ?? kw['path_name'];
  return v ? [v, ...(v.items ?? [])] : [];
}

/**
 * The loader takes the very file the download went into (same expression or same folded value), or the
 * folder of a written Python file (`open(os.path.join(d, 'helper.py'), 'wb')` … `sys.path.append(d)`).
 */
export function loadsWritten(target: string | undefined, write: CodeEvent, path: ValueFact): boolean {
  if (path.value !== undefined && path.value.length > 1 && write.values.includes(path.value)) return true;
  if (!target) return false;
  const text = path.text.trim();
  if (text === target.trim()) return true;
  if (!/^[A-Za-z_][\w.]*$/.test(text)) return false;
  const written = `${target} ${write.values.join(' ')}`;
  return PYTHON_CODE.test(written) && new RegExp(`(^|[^\\w.])${escapeRegExp(text)}($|[^\\w])`).test(target);
}

/** In one function, or in everything a file runs at install or import time: a download written to a file, then loaded as code. */
export function downloadedCodeLoads(pkg: PackageModel): CodeLoad[] {
  const out: CodeLoad[] = [];
  for (const events of pkg.events.byFile.values()) {
    if (events[0]?.language !== 'python' || !events.some((e) => LOADS.test(e.callee))) continue;
    const groups = [...byScope(events).values()];
    const early = events.filter((e) => e.vector !== 'runtime');
    if (early.length > 0) groups.push(early);
    for (const group of groups) {
      const payload = payloadOf(group);
      if (!payload) continue;
      const load = group.find((e) => LOADS.test(e.callee) && e.line >= payload.download.line && loadedPaths(e).some((p) => loadsWritten(payload.target, payload.write, p)));
      if (load && !out.some((o) => o.load === load)) out.push({ download: payload.download, write: payload.write, load });
    }
  }
  return out;
}
