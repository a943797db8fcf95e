/**
 * pip-compile (and `uv pip compile`) annotate every pin with where it came from:
 *   asgiref==3.7.2
 *       # via django
 *   django==4.2
 *       # via -r requirements.in
 * A pin whose `via` names only packages is transitive; one naming `-r`/`-c`/`-e` is the project's own.
 * https://github.com/jazzband/pip-tools#example-usage-for-pip-compile
 */
import type { DeclaredDependency } from '../../model/dependencies.js';
import { normalizeName } from './declared.js';
import { shortestChains } from './graph.js';

export interface ViaState {
  entries: { line: number; parent: string }[];
  /** Inside a multi-line `# via` block. */
  open: boolean;
}

export function readViaComment(line: number, text: string, state: ViaState): void {
  const single = /^#\s*via\s+(\S.*)$/.exec(text);
  if (single) {
    state.entries.push({ line, parent: single[1]!.trim() });
    state.open = false;
  } else if (/^#\s*via\s*$/.test(text)) state.open = true;
  else if (state.open && /^#\s{2,}\S/.test(text)) state.entries.push({ line, parent: text.replace(/^#\s*/, '').trim() });
  else state.open = false;
}

/** Marks pins reached only through other packages as indirect and gives them a chain; no-op without comments. */
export function applyViaComments(deps: DeclaredDependency[], state: ViaState): void {
  if (state.entries.length === 0) return;
  const byLine = [...deps].sort((a, b) => a.source.line - b.source.line);
  const parents = new Map<DeclaredDependency, string[]>();
  // Entries and pins are both in line order: walk them together (each comment belongs to the pin above it).
  let k = -1;
  for (const e of state.entries) {
    while (k + 1 < byLine.length && byLine[k + 1]!.source.line <= e.line) k++;
    const owner = byLine[k];
    if (!owner) continue;
    const list = parents.get(owner);
    if (list) list.push(e.parent);
    else parents.set(owner, [e.parent]);
  }
  const edges = new Map<string, string[]>();
  for (const [dep, ps] of parents) {
    if (ps.some((p) => p.startsWith('-'))) continue;
    dep.direct = false;
    for (const p of ps) {
      const parent = normalizeName(p.split(/[\s[(]/)[0]!);
      const children = edges.get(parent);
      if (children) children.push(dep.name);
      else edges.set(parent, [dep.name]);
    }
  }
  const chains = shortestChains(deps.filter((d) => d.direct).map((d) => d.name), edges);
  for (const d of deps) if (!d.direct) d.via = chains.get(d.name) ?? [];
}
