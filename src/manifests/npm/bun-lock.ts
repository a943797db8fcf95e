/**
 * bun.lock, Bun's text lockfile (JSONC). https://bun.sh/docs/install/lockfile
 *
 * `workspaces` holds each project's declarations ("" is the root). `packages` maps a key (the name, or
 * `parent/name` for a copy nested under a parent, e.g. `@babel/core/semver`) to a tuple:
 * registry packages `["name@1.2.3", "<registry url or ''>", {deps…}, "sha512-…"]`, others
 * `["name@<github:|git+|https:|file:|workspace:…>", {deps…}, …]`. Aliases: the key differs from the ident.
 */
import type { DeclaredDependency, ManifestResult, Origin } from '../../model/dependencies.js';
import { reachable, shortestChains } from './graph.js';
import { arr, child, lastProps, parseJson, str, type Node } from './json-tree.js';
import { parseSpec, redactUrl, splitNameAt, sriToIntegrity } from './spec.js';
import { parseError } from './text.js';

interface Entry {
  key: string;
  path: string[];
  line: number;
  name: string;
  version?: string;
  origin: Origin;
  info: Node | undefined;
  integrity?: string;
  workspace: boolean;
}

/** `@babel/core/semver` → ['@babel/core', 'semver']. */
function keyPath(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]!.startsWith('@') && i + 1 < parts.length) out.push(`${parts[i]}/${parts[++i]}`);
    else out.push(parts[i]!);
  }
  return out;
}

const DEP_FIELDS: [string, string][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
  ['devDependencies', 'dev'],
];

export function parseBunLock(file: string, text: string): ManifestResult {
  const { root, lines } = parseJson(file, text, true);
  if (root.type !== 'object') throw parseError(file, lines.lineOf(root.offset), 'bun.lock must be a JSON object');
  const entries = new Map<string, Entry>();
  for (const p of lastProps(child(root, 'packages')).values()) {
    const line = lines.lineOf(p.keyOffset);
    const tuple = arr(p.value);
    const ident = str(tuple[0]);
    if (p.value.type !== 'array' || ident === undefined) throw parseError(file, line, `packages["${p.key}"] must be an array starting with "name@version"`);
    const at = splitNameAt(ident);
    const name = at?.name ?? ident;
    const rest = at?.rest ?? '';
    let e: Entry;
    if (/^\d/.test(rest)) {
      // Registry package: [ident, registry, info, integrity]. '' means the default registry.
      const registry = str(tuple[1]);
      const origin: Origin = registry ? { kind: 'registry', url: redactUrl(registry) } : { kind: 'registry' };
      e = { key: p.key, path: keyPath(p.key), line, name, version: rest, origin, info: tuple[2], workspace: false };
      const integrity = str(tuple[3]);
      if (integrity !== undefined) e.integrity = integrity;
    } else {
      const s = parseSpec(name, rest);
      e = { key: p.key, path: keyPath(p.key), line, name, origin: s.origin, info: tuple[1], workspace: rest.startsWith('workspace:') };
    }
    entries.set(p.key, e);
  }

  const resolve = (from: string[], dep: string): string | undefined => {
    for (let i = from.length; i >= 0; i--) {
      const k = [...from.slice(0, i), dep].join('/');
      if (entries.has(k)) return k;
    }
    return undefined;
  };
  const edges = new Map<string, string[]>();
  for (const e of entries.values()) {
    const names = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((f) => [...lastProps(child(e.info, f)).keys()]);
    edges.set(e.key, names.map((n) => resolve(e.path, n)).filter((k): k is string => k !== undefined));
  }

  const direct = new Map<string, { spec: string; group: string }>();
  const byGroup = new Map<string, string[]>();
  for (const ws of lastProps(child(root, 'workspaces')).values()) {
    const wsName = str(child(ws.value, 'name'));
    const from = ws.key === '' || wsName === undefined ? [] : [wsName];
    for (const [field, group] of DEP_FIELDS) {
      for (const p of lastProps(child(ws.value, field)).values()) {
        const k = resolve(from, p.key);
        if (k === undefined || entries.get(k)!.workspace) continue;
        const list = byGroup.get(group) ?? [];
        list.push(k);
        byGroup.set(group, list);
        if (!direct.has(k)) direct.set(k, { spec: parseSpec(p.key, str(p.value) ?? '').spec, group });
      }
    }
  }
  const g = (n: string): string[] => byGroup.get(n) ?? [];
  const roots = [...g('prod'), ...g('optional'), ...g('peer'), ...g('dev')];
  const chains = shortestChains(roots, edges);
  const prodReach = reachable([...g('prod'), ...g('peer')], edges);
  const optReach = reachable(g('optional'), edges);

  const dependencies: DeclaredDependency[] = [];
  for (const e of entries.values()) {
    if (e.workspace) continue;
    const d = direct.get(e.key);
    const dep: DeclaredDependency = {
      ecosystem: 'npm',
      name: e.name,
      spec: d?.spec ?? '',
      direct: d !== undefined,
      group: d?.group ?? (prodReach.has(e.key) ? 'prod' : optReach.has(e.key) ? 'optional' : chains.has(e.key) ? 'dev' : 'prod'),
      source: { file, line: e.line },
      origin: e.origin,
      integrity: sriToIntegrity(e.integrity),
      via: chains.via(e.key).map((k) => entries.get(k)?.name ?? k),
      dependencies: edges.get(e.key)!.map((k) => entries.get(k)!.name),
    };
    if (e.version !== undefined) dep.version = e.version;
    dependencies.push(dep);
  }
  return { file, kind: 'bun-lock', ecosystem: 'npm', locked: true, dependencies, registries: [], includes: [], notes: [] };
}
