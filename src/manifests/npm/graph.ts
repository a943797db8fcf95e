/**
 * Shortest "how did it get in" chains over a lockfile's dependency graph (DeclaredDependency.via), and which
 * entries only dev dependencies reach. Multi-source BFS from the direct entries: O(nodes + edges); chains are
 * kept as parent pointers and spelled out on demand, so a 100,000-entry lockfile allocates little.
 */
export interface Chains {
  /** Whether a direct entry reaches the node. */
  has(node: string): boolean;
  /** Node ids from a root to the node's parent, root first; empty for roots and unreached nodes. */
  via(node: string): string[];
}

export function shortestChains(roots: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Chains {
  const parent = new Map<string, string | null>();
  const queue: string[] = [];
  for (const r of roots) {
    if (parent.has(r)) continue;
    parent.set(r, null);
    queue.push(r);
  }
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const m of edges.get(n) ?? []) {
      if (parent.has(m)) continue;
      parent.set(m, n);
      queue.push(m);
    }
  }
  return {
    has: (node) => parent.has(node),
    via: (node) => {
      const out: string[] = [];
      for (let p = parent.get(node); p !== undefined && p !== null; p = parent.get(p)) out.push(p);
      return out.reverse();
    },
  };
}

/** Nodes reachable from `roots` (roots included). */
export function reachable(roots: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>(roots);
  const stack = [...roots];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const m of edges.get(n) ?? []) {
      if (!seen.has(m)) {
        seen.add(m);
        stack.push(m);
      }
    }
  }
  return seen;
}
