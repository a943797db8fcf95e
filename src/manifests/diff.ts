/**
 * Base vs head: which package versions a change would newly install. Pure.
 *
 * The unit is the repository, per ecosystem: a version that some file at base already installs is not new
 * at head (it was there to be vetted), so moving a pinned package between two lockfiles is no change, while a
 * version that appears nowhere at base is. Lockfiles are authoritative where they exist; a manifest's
 * declaration is used only when no lockfile in the same folder pins that name (it then carries a spec that
 * the registry stage resolves).
 */
import type { DeclaredDependency, DependencyChange, Ecosystem, ManifestResult, PackageRef } from '../model/index.js';

/** One thing that would be installed: a pinned version, or a range still to resolve. */
interface Entry {
  dep: DeclaredDependency;
  /** Exact version, or undefined for a range. */
  version?: string;
  locked: boolean;
  /** Manifest line that declares it directly in the same folder (preferred annotation). */
  declaredAt?: DeclaredDependency;
}

const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const key = (eco: Ecosystem, name: string): string => `${eco}:${name}`;

/** Every entry a set of files would install, keyed by ecosystem:name. */
function installSet(files: readonly ManifestResult[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  const add = (e: Entry): void => {
    const k = key(e.dep.ecosystem, e.dep.name);
    const list = out.get(k) ?? [];
    list.push(e);
    out.set(k, list);
  };
  // Names each folder's lockfiles pin, per ecosystem.
  const lockedNames = new Map<string, Set<string>>();
  for (const f of files) {
    if (!f.locked) continue;
    const k = `${f.ecosystem}:${folderOf(f.file)}`;
    const names = lockedNames.get(k) ?? new Set<string>();
    for (const d of f.dependencies) names.add(d.name);
    lockedNames.set(k, names);
  }
  const declaredDirect = new Map<string, DeclaredDependency>();
  for (const f of files) {
    if (f.locked) continue;
    for (const d of f.dependencies) declaredDirect.set(`${f.ecosystem}:${folderOf(f.file)}:${d.name}`, d);
  }
  for (const f of files) {
    const pinnedHere = lockedNames.get(`${f.ecosystem}:${folderOf(f.file)}`);
    for (const dep of f.dependencies) {
      if (dep.origin.kind === 'workspace' || dep.origin.kind === 'path') continue; // the repository's own code
      if (f.locked) {
        const declaredAt = declaredDirect.get(`${f.ecosystem}:${folderOf(f.file)}:${dep.name}`);
        add({ dep, version: dep.version, locked: true, ...(declaredAt ? { declaredAt } : {}) });
      } else if (!pinnedHere?.has(dep.name)) {
        add({ dep, version: dep.version, locked: false });
      }
    }
  }
  return out;
}

const identity = (e: Entry): string => e.version ?? `spec:${e.dep.spec}|${originText(e.dep)}`;

function originText(d: DeclaredDependency): string {
  const o = d.origin;
  return o.kind === 'url' || o.kind === 'vcs' ? o.url : o.kind;
}

/** Root → … → ref, with versions taken from the head install set where one is pinned. */
function chain(e: Entry, head: Map<string, Entry[]>): PackageRef[] {
  const eco = e.dep.ecosystem;
  const via = e.dep.direct ? [] : e.dep.via;
  const refs = via.map((name) => ({ ecosystem: eco, name, version: head.get(key(eco, name))?.find((x) => x.version)?.version ?? '' }));
  return [...refs, { ecosystem: eco, name: e.dep.name, version: e.version ?? e.dep.spec }];
}

function change(e: Entry, kind: DependencyChange['change'], head: Map<string, Entry[]>, previous?: string): DependencyChange {
  const annotate = e.declaredAt ?? e.dep;
  return {
    ref: { ecosystem: e.dep.ecosystem, name: e.dep.name, version: e.version ?? '' },
    ...(e.version === undefined ? { spec: e.dep.spec } : {}),
    ...(previous !== undefined ? { previous } : {}),
    change: kind,
    direct: e.dep.direct || e.declaredAt !== undefined,
    path: kind === 'removed' ? [] : chain(e, head),
    source: annotate.source,
    origin: e.dep.origin,
    integrity: e.dep.integrity,
    locked: e.locked,
  };
}

/** Highest-looking previous version for the "from" column: the last one listed at base. */
const previousOf = (entries: Entry[]): string => {
  const pinned = entries.filter((e) => e.version !== undefined);
  return pinned.length > 0 ? pinned[pinned.length - 1]!.version! : entries[entries.length - 1]!.dep.spec;
};

/**
 * Changes between the manifests and lockfiles at base and at head. Added and updated entries come first in a
 * stable order (ecosystem, name, version); removals last.
 */
export function diffDependencies(base: readonly ManifestResult[], head: readonly ManifestResult[]): DependencyChange[] {
  const b = installSet(base);
  const h = installSet(head);
  const out: DependencyChange[] = [];
  for (const [k, entries] of h) {
    const before = b.get(k);
    const seen = new Set(before?.map(identity) ?? []);
    const emitted = new Set<string>();
    for (const e of entries) {
      const id = identity(e);
      if (seen.has(id) || emitted.has(id)) continue;
      emitted.add(id);
      out.push(before ? change(e, 'updated', h, previousOf(before)) : change(e, 'added', h));
    }
  }
  const removed: DependencyChange[] = [];
  for (const [k, entries] of b) {
    if (h.has(k)) continue;
    const last = entries[entries.length - 1]!;
    removed.push(change(last, 'removed', b));
  }
  const order = (c: DependencyChange): string => `${c.ref.ecosystem}\u0000${c.ref.name}\u0000${c.ref.version}\u0000${c.spec ?? ''}`;
  out.sort((x, y) => order(x).localeCompare(order(y)));
  removed.sort((x, y) => order(x).localeCompare(order(y)));
  return [...out, ...removed];
}
