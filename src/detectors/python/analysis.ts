import { lookup, type Binding } from './bindings.js';
import type { Analysis, Budget, ClassInfo, Env } from './context.js';
import { foldNode } from './fold.js';
import type { Folded } from './folded.js';
import { NameIndex, type Occurrence } from './refs.js';
import { BUILTINS, member, resolveNode } from './resolve.js';
import type { ScopeTree } from './scopes.js';
import type { PyNode, SyntaxDoc } from './syntax.js';

const MAX_REFS = 32;
const MAX_OCCURRENCES_SCANNED = 256;
/** Builtins whose mere mention is worth a ref (`open` flowing into a request, `__import__` aliased). */
const REF_BUILTINS = new Set(['open', 'exec', 'eval', 'compile', '__import__', 'getattr', 'input', 'globals', 'vars', 'execfile']);
export const SPECIAL_ROOTS = ['__builtins__', '__file__', ...REF_BUILTINS];

/** The per-file state behind the `Analysis` interface: memoised resolution and folding, names, budget. */
export class FileAnalysis implements Analysis {
  readonly classes = new Map<string, ClassInfo>();
  readonly starModules: string[] = [];
  names: NameIndex | undefined;
  private readonly folded = new Map<number, Folded | null>();
  private readonly resolved = new Map<number, string | null>();
  private ticks = 0;

  constructor(
    readonly doc: SyntaxDoc,
    readonly scopes: ScopeTree,
    readonly budget: Budget,
  ) {}

  get source(): string {
    return this.doc.source;
  }

  fold(node: PyNode, env?: Env): Folded | undefined {
    if (env && env.size > 0) return foldNode(this, node, env, 0);
    const hit = this.folded.get(node.id);
    if (hit !== undefined) return hit ?? undefined;
    this.folded.set(node.id, null); // cycles (`a = a + 'x'` seen through bindings) end here
    const v = foldNode(this, node, undefined, 0);
    this.folded.set(node.id, v ?? null);
    return v;
  }

  resolve(node: PyNode): string | undefined {
    const hit = this.resolved.get(node.id);
    if (hit !== undefined) return hit ?? undefined;
    this.resolved.set(node.id, null);
    const v = resolveNode(this, node, 0);
    this.resolved.set(node.id, v ?? null);
    return v;
  }

  lookup(name: string, index: number): Binding | undefined {
    return lookup(this.scopes, name, index);
  }

  refs(start: number, end: number): string[] {
    if (!this.names) return [];
    const out: string[] = [];
    for (const occ of this.names.between(start, end, MAX_OCCURRENCES_SCANNED)) {
      for (const name of this.occurrenceNames(occ)) {
        if (!out.includes(name)) out.push(name);
        if (out.length >= MAX_REFS) return out;
      }
    }
    return out;
  }

  /** What an occurrence of a dotted name refers to: its resolved path and what its variable was computed from. */
  occurrenceNames(occ: Occurrence): string[] {
    const out: string[] = [];
    if (occ.root === '__file__') return ['__file__'];
    const b = this.lookup(occ.root, occ.start);
    let base: string | undefined;
    if (b) {
      out.push(...b.refs);
      base = b.path;
    } else if (occ.root === '__builtins__') base = 'builtins';
    else if (BUILTINS.has(occ.root)) base = `builtins.${occ.root}`;
    if (base !== undefined) {
      const full = this.chain(base, occ.attrs);
      if (!out.includes(full)) out.push(full);
    }
    return out;
  }

  /** `base.a.b` through `member` (so `self.x` style paths resolve like the tree resolver does). */
  chain(base: string, attrs: readonly string[]): string {
    let path = base;
    for (const attr of attrs) {
      const next = member(this, path, attr);
      if (next === undefined) break;
      path = next;
    }
    return path;
  }

  /** True when the time budget is spent; checks the clock every 64 calls. */
  overBudget(): boolean {
    if (this.budget.exceeded) return true;
    if ((++this.ticks & 63) === 0 && performance.now() > this.budget.deadline) this.budget.exceeded = true;
    return this.budget.exceeded;
  }
}
