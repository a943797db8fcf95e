/**
 * pnpm-lock.yaml, lockfile versions 5.x, 6.0 and 9.0. https://github.com/pnpm/spec/tree/master/lockfile
 *
 * `importers` (or, in single-project v5/v6 files, top-level `dependencies`) hold the direct dependencies with
 * their `specifier`. `packages` is keyed `/name/1.0.0` (v5), `/name@1.0.0(peer@2)` (v6) or `name@1.0.0` (v9,
 * with the graph moved to `snapshots`). Peer suffixes `(…)` are dropped: one entry per package version.
 */
import type { DeclaredDependency, Integrity, ManifestResult, Origin } from '../../model/dependencies.js';
import { reachable, shortestChains } from './graph.js';
import { originFromResolved, redactUrl, splitNameAt, sriToIntegrity } from './spec.js';
import { readPnpmLock, type Raw } from './pnpm-source.js';

const rec = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const sval = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const flag = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'boolean' ? String(v) : undefined);

interface Entry {
  id: string;
  line: number;
  name: string;
  version?: string;
  origin: Origin;
  integrity: Integrity[];
  flagGroup?: string;
  deps: { name: string; ref: string }[];
}

const stripPeers = (ref: string): string => {
  const i = ref.indexOf('(');
  return i === -1 ? ref : ref.slice(0, i);
};

/** Name and version from a `packages` key when the entry does not state them. */
function nameVersion(key: string): { name: string; version?: string } {
  const k = key.startsWith('/') ? key.slice(1) : key;
  const at = splitNameAt(k);
  if (at && !at.name.includes(':')) return { name: at.name, version: at.rest };
  const slash = k.lastIndexOf('/');
  if (slash > 0) return { name: k.slice(0, slash), version: k.slice(slash + 1).split('_')[0]! }; // v5 `_peer` suffix
  return { name: k };
}

/** `registryVersion`: the key names a registry version (`a@1.2.3`), so a tarball elsewhere is not a URL dependency. */
function originOf(resolution: Raw, registryVersion: boolean): Origin {
  if (resolution.type === 'git' && typeof resolution.repo === 'string') {
    return { kind: 'vcs', url: redactUrl(`${resolution.repo}#${sval(resolution.commit) ?? ''}`) };
  }
  if (typeof resolution.directory === 'string') return { kind: 'path', path: resolution.directory };
  // pnpm records tarball URLs for non-registry sources and non-default registries; `file:` tarballs are local.
  if (typeof resolution.tarball === 'string') {
    // A registry version fetched from some other URL is still a registry package (checked against the registry's
    // digest, its host flagged as lockfile injection); URL dependencies are keyed by their URL instead.
    const o = originFromResolved(resolution.tarball);
    return o.kind === 'url' && registryVersion ? { kind: 'registry', url: o.url } : o;
  }
  return { kind: 'registry' };
}

export function parsePnpmLock(file: string, text: string): ManifestResult {
  const { root, lines } = readPnpmLock(file, text);
  // Lines of `packages:` keys, else (v9 entries missing from `packages`) of `snapshots:` keys.
  const keyLines = new Map([...(lines.get('snapshots') ?? []), ...(lines.get('packages') ?? [])]);

  const entries = new Map<string, Entry>();
  const depsOf = (v: Raw): { name: string; ref: string }[] =>
    ['dependencies', 'optionalDependencies']
      .flatMap((f) => Object.entries(rec(v[f])))
      .map(([name, ref]) => ({ name, ref: sval(ref) ?? '' }));
  for (const [key, value] of Object.entries(rec(root.packages))) {
    const v = rec(value);
    const id = stripPeers(key);
    const nv = nameVersion(id);
    const existing = entries.get(id);
    if (existing) {
      existing.deps.push(...depsOf(v));
      continue;
    }
    const resolution = rec(v.resolution);
    const e: Entry = {
      id,
      line: keyLines.get(key) ?? 0,
      name: sval(v.name) ?? nv.name,
      origin: originOf(resolution, /^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/.test(nv.version ?? '')),
      integrity: sriToIntegrity(sval(resolution.integrity)),
      deps: depsOf(v),
    };
    const version = sval(v.version) ?? nv.version;
    if (version !== undefined && /^\d/.test(version)) e.version = version;
    // Failsafe YAML: booleans arrive as strings (anything else, a hostile map included, is no flag).
    if (flag(v.dev) === 'true') e.flagGroup = 'dev';
    else if (flag(v.optional) === 'true') e.flagGroup = 'optional';
    else if (flag(v.dev) === 'false') e.flagGroup = 'prod';
    entries.set(id, e);
  }
  // v9: the graph lives in `snapshots`, keyed like packages plus peer suffixes.
  for (const [key, value] of Object.entries(rec(root.snapshots))) {
    const e = entries.get(stripPeers(key));
    if (e) e.deps.push(...depsOf(rec(value)));
  }

  const lookup = (name: string, ref: string): string | undefined => {
    const r = stripPeers(ref);
    for (const c of [r, `/${name}@${r}`, `/${name}/${r}`, `${name}@${r}`]) if (entries.has(c)) return c;
    return undefined;
  };
  const edges = new Map<string, string[]>();
  for (const e of entries.values()) {
    edges.set(e.id, e.deps.map((d) => lookup(d.name, d.ref)).filter((k): k is string => k !== undefined));
  }

  // Direct dependencies: every importer (workspace project), or the top level of single-project files.
  const importers = root.importers !== undefined ? Object.values(rec(root.importers)).map(rec) : [root];
  const direct = new Map<string, { spec: string; group: string }>();
  const byGroup: Record<string, string[]> = { prod: [], optional: [], dev: [] };
  const fields: [string, string][] = [['dependencies', 'prod'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev']];
  for (const imp of importers) {
    const specifiers = rec(imp.specifiers); // v5 keeps specifiers apart
    for (const [field, group] of fields) {
      for (const [name, val] of Object.entries(rec(imp[field]))) {
        const ref = typeof val === 'object' ? sval(rec(val).version) : sval(val);
        if (!ref || ref.startsWith('link:')) continue;
        const id = lookup(name, ref);
        if (id === undefined) continue;
        byGroup[group]!.push(id);
        const spec = typeof val === 'object' ? sval(rec(val).specifier) : sval(specifiers[name]);
        if (!direct.has(id)) direct.set(id, { spec: spec ?? '', group });
      }
    }
  }
  const roots = [...byGroup.prod!, ...byGroup.optional!, ...byGroup.dev!];
  const chains = shortestChains(roots, edges);
  const prodReach = reachable(byGroup.prod!, edges);
  const optReach = reachable(byGroup.optional!, edges);

  const dependencies: DeclaredDependency[] = [];
  for (const e of entries.values()) {
    const d = direct.get(e.id);
    const group = d?.group ?? e.flagGroup ?? (prodReach.has(e.id) ? 'prod' : optReach.has(e.id) ? 'optional' : chains.has(e.id) ? 'dev' : 'prod');
    const dep: DeclaredDependency = {
      ecosystem: 'npm',
      name: e.name,
      spec: d?.spec ?? '',
      direct: d !== undefined,
      group,
      source: { file, line: e.line },
      origin: e.origin,
      integrity: e.integrity,
      via: chains.via(e.id).map((k) => entries.get(k)?.name ?? k),
      dependencies: [...new Set(e.deps.map((x) => x.name))],
    };
    if (e.version !== undefined) dep.version = e.version;
    dependencies.push(dep);
  }
  const notes: string[] = [];
  const lv = sval(root.lockfileVersion);
  if (lv === undefined) notes.push(`${file}: no lockfileVersion; read as pnpm v6/v9`);
  return { file, kind: 'pnpm-lock', ecosystem: 'npm', locked: true, dependencies, registries: [], includes: [], notes };
}
