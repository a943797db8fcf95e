import type { DeclaredDependency } from '../../model/dependencies.js';
/**
 * Dependency chains for lockfiles that record edges: one shortest chain from a direct dependency to every
 * package (breadth-first from all direct dependencies at once, in file order, so the result is stable).
 */

/**
 * Longest chain kept. Real dependency chains are a few dozen deep at most; a hostile lockfile can make one
 * as long as the file, and full chains would then cost memory quadratic in its size. Longer chains keep
 * the direct dependency and the nearest MAX_CHAIN - 1 ancestors.
 */
export const MAX_CHAIN = 64;

/** name → via (direct dependency first, the package itself excluded); direct dependencies map to []. */
export function shortestChains(roots: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const via = new Map<string, string[]>();
  const queue: string[] = [];
  for (const r of roots) {
    if (!via.has(r)) {
      via.set(r, []);
      queue.push(r);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const name = queue[i]!;
    const parent = via.get(name)!;
    const chain = parent.length < MAX_CHAIN ? [...parent, name] : [parent[0]!, ...parent.slice(parent.length - MAX_CHAIN + 2), name];
    for (const child of edges.get(name) ?? []) {
      if (via.has(child)) continue;
      via.set(child, chain);
      queue.push(child);
    }
  }
  return via;
}

/**
 * Direct dependencies when the lockfile does not name the project's own requirements (poetry.lock, pdm.lock):
 * packages no other locked package depends on. Packages only reachable through a cycle among themselves
 * (no such entry point) are taken as direct too, first in file order, so every package gets a chain.
 */
export function inferRoots(names: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const depended = new Set<string>();
  for (const [parent, children] of edges) for (const c of children) if (c !== parent) depended.add(c);
  const roots = names.filter((n) => !depended.has(n));
  const reached = new Set<string>();
  const reach = (start: string): void => {
    const stack = [start];
    reached.add(start);
    while (stack.length > 0) {
      for (const c of edges.get(stack.pop()!) ?? []) {
        if (!reached.has(c)) {
          reached.add(c);
          stack.push(c);
        }
      }
    }
  };
  for (const r of roots) if (!reached.has(r)) reach(r);
  // Each package is visited once overall, so hostile locks made of many small cycles stay linear.
  for (const n of names) {
    if (reached.has(n)) continue;
    roots.push(n);
    reach(n);
  }
  return roots;
}

/**
 * Sets `direct`, `via` and, for transitive entries, `group` (the group of the direct dependency their chain
 * starts from) on lockfile entries.
 */
export function applyChains(
  deps: DeclaredDependency[],
  roots: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  rootGroups: ReadonlyMap<string, string> = new Map(),
): void {
  const chains = shortestChains(roots, edges);
  const direct = new Set(roots);
  for (const d of deps) {
    d.direct = direct.has(d.name);
    d.via = d.direct ? [] : (chains.get(d.name) ?? []);
    const group = d.direct ? rootGroups.get(d.name) : rootGroups.get(d.via[0] ?? '');
    if (group !== undefined) d.group = group;
  }
}
