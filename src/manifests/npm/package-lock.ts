/**
 * package-lock.json / npm-shrinkwrap.json, lockfileVersion 1, 2 and 3.
 * https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
 *
 * v2/v3 key every installed package by its folder (`node_modules/a/node_modules/b`); the root entry `""` and
 * workspace folders (`packages/x`) declare the direct dependencies. v1 nests `dependencies` instead; it does not
 * record the root's own declarations, so direct dependencies are inferred (top-level entries nothing requires).
 * Both are mapped to the same folder keys, so Node's resolution (nearest `node_modules` upwards) gives the edges.
 * Lockfiles get large (100,000 entries), so values come from JSON.parse and lines from one scan (json-fast.ts).
 */
import type { DeclaredDependency, ManifestResult, Origin } from '../../model/dependencies.js';
import { shortestChains } from './graph.js';
import { parseJsonFast, scanKeyLines } from './json-fast.js';
import { originFromResolved, parseSpec, splitNameAt, sriToIntegrity } from './spec.js';
import { parseError } from './text.js';

type Raw = Record<string, unknown>;
const isRec = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const rec = (v: unknown): Raw => (isRec(v) ? v : {});
const sval = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One installed folder. */
interface Entry {
  key: string;
  name: string;
  line: number;
  value: Raw;
  /** Names this entry depends on. */
  deps: string[];
}

interface Declared {
  name: string;
  spec: string;
  group: string;
}

const MAX_NESTING = 200;

const DEP_FIELDS: [string, string][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
  ['devDependencies', 'dev'],
];

export function parsePackageLock(file: string, text: string): ManifestResult {
  const root = parseJsonFast(file, text);
  if (!isRec(root)) throw parseError(file, 1, 'lockfile must be a JSON object');
  const v1 = root.packages === undefined;
  // Lines of `packages` keys (v2/v3), or of every name key under nested `dependencies` (v1).
  const lines = new Map<string, number>();
  const topLines = new Map<string, number>();
  scanKeyLines(text, (path, key, line) => {
    if (path.length === 0) topLines.set(key, line);
    else if (!v1 && path.length === 1 && path[0] === 'packages') lines.set(key, line);
    else if (v1 && path.length % 2 === 1 && path.every((p, i) => i % 2 === 1 || p === 'dependencies')) {
      const folders = path.filter((_, i) => i % 2 === 1).concat(key);
      lines.set(folders.map((f) => `node_modules/${f}`).join('/'), line);
    }
  });
  const field = v1 ? 'dependencies' : 'packages';
  if (root[field] !== undefined && !isRec(root[field])) throw parseError(file, topLines.get(field) ?? 1, `"${field}" must be an object`);
  return v1 ? fromV1(file, rec(root.dependencies), lines) : fromPackages(file, rec(root.packages), lines);
}

/** Node's lookup: the nearest `node_modules/<dep>` from `from` upwards, ending at the root. */
function resolveKey(entries: ReadonlyMap<string, unknown>, from: string, dep: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base === '' ? `node_modules/${dep}` : `${base}/node_modules/${dep}`;
    if (entries.has(candidate)) return candidate;
    if (base === '') return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i >= 0 ? base.slice(0, i) : '';
  }
}

function declaredOf(value: Raw, dev: boolean): Declared[] {
  const out: Declared[] = [];
  for (const [field, group] of DEP_FIELDS) {
    if (field === 'devDependencies' && !dev) continue;
    const deps = value[field];
    if (!isRec(deps)) continue;
    for (const name in deps) out.push({ name, spec: sval(deps[name]) ?? '', group });
  }
  return out;
}

function fromPackages(file: string, packages: Raw, lines: ReadonlyMap<string, number>): ManifestResult {
  const entries = new Map<string, Entry>();
  const projects = new Map<string, Raw>();
  for (const k in packages) {
    const value = packages[k];
    if (!isRec(value)) throw parseError(file, lines.get(k) ?? 1, `packages["${k}"] must be an object`);
    const nm = k.lastIndexOf('node_modules/');
    if (nm === -1) {
      projects.set(k, value); // "" or a workspace folder
      continue;
    }
    const name = sval(value.name) ?? k.slice(nm + 'node_modules/'.length);
    const deps = declaredOf(value, false).map((d) => d.name);
    entries.set(k, { key: k, name, line: lines.get(k) ?? 0, value, deps });
  }

  // Direct: what the root and each workspace declare, resolved from their folders (prod before dev).
  const direct = new Map<string, Declared>();
  const order = (g: string): number => (g === 'prod' ? 0 : g === 'dev' ? 2 : 1);
  const decl: { from: string; d: Declared }[] = [];
  for (const [key, value] of projects) for (const d of declaredOf(value, true)) decl.push({ from: key, d });
  decl.sort((a, b) => order(a.d.group) - order(b.d.group));
  const roots: string[] = [];
  for (const { from, d } of decl) {
    const key = resolveKey(entries, from, d.name);
    if (key === undefined) continue;
    if (!direct.has(key)) direct.set(key, d);
    roots.push(key);
  }

  const edges = new Map<string, string[]>();
  for (const e of entries.values()) {
    // A workspace link's dependencies are those of the folder it links to.
    const target = e.value.link === true ? sval(e.value.resolved) : undefined;
    const targetValue = target !== undefined ? projects.get(target) : undefined;
    const from = target !== undefined ? target : e.key;
    const names = targetValue ? declaredOf(targetValue, false).map((d) => d.name) : e.deps;
    const out: string[] = [];
    for (const n of names) {
      const k = resolveKey(entries, from, n);
      if (k !== undefined) out.push(k);
    }
    edges.set(e.key, out);
  }
  return emit(file, entries, direct, roots, edges, []);
}

function fromV1(file: string, deps: Raw, lines: ReadonlyMap<string, number>): ManifestResult {
  const entries = new Map<string, Entry>();
  const walk = (node: Raw, prefix: string, depth: number): void => {
    for (const name in node) {
      const value = node[name];
      const key = prefix === '' ? `node_modules/${name}` : `${prefix}/node_modules/${name}`;
      if (!isRec(value)) throw parseError(file, lines.get(key) ?? 1, `dependencies["${name}"] must be an object`);
      // npm nests only to break version conflicts; hundreds of levels is hostile (and quadratic in key length).
      if (depth > MAX_NESTING) throw parseError(file, lines.get(key) ?? 1, `dependencies nested more than ${MAX_NESTING} deep`);
      entries.set(key, { key, name, line: lines.get(key) ?? 0, value, deps: Object.keys(rec(value.requires)) });
      walk(rec(value.dependencies), key, depth + 1);
    }
  };
  walk(deps, '', 0);
  const edges = new Map<string, string[]>();
  const required = new Set<string>();
  for (const e of entries.values()) {
    const out: string[] = [];
    for (const n of e.deps) {
      const k = resolveKey(entries, e.key, n);
      if (k !== undefined) {
        out.push(k);
        required.add(k);
      }
    }
    edges.set(e.key, out);
  }
  const direct = new Map<string, Declared>();
  const roots: string[] = [];
  for (const e of entries.values()) {
    if (e.key.includes('/node_modules/') || required.has(e.key)) continue;
    roots.push(e.key);
    direct.set(e.key, { name: e.name, spec: '', group: '' });
  }
  const notes = [
    "lockfileVersion 1 does not record the project's own dependencies: top-level entries that nothing else requires are taken as direct",
  ];
  return emit(file, entries, direct, roots, edges, notes);
}

function groupOf(v: Raw): string {
  if (v.dev === true) return 'dev';
  if (v.optional === true || v.devOptional === true) return 'optional';
  if (v.peer === true) return 'peer';
  return 'prod';
}

function emit(
  file: string,
  entries: ReadonlyMap<string, Entry>,
  direct: ReadonlyMap<string, Declared>,
  roots: string[],
  edges: ReadonlyMap<string, string[]>,
  notes: string[],
): ManifestResult {
  const chains = shortestChains(roots, edges);
  const registryNames = namesDeclaredFromRegistry(entries, direct);
  const dependencies: DeclaredDependency[] = [];
  let bundled = 0;
  for (const e of entries.values()) {
    const v = e.value;
    if (v.inBundle === true || v.bundled === true) {
      bundled++; // ships inside its parent's tarball, which is what gets fetched and inspected
      continue;
    }
    const resolved = sval(v.resolved);
    let version = sval(v.version);
    let name = e.name;
    let origin: Origin = v.link === true ? { kind: 'workspace', path: resolved ?? '' } : originFromResolved(resolved);
    if (version?.startsWith('npm:')) {
      // v1 alias: "version": "npm:real@1.2.3"
      const real = splitNameAt(version.slice(4));
      if (real) ({ name, rest: version } = real);
    } else if (version !== undefined && !/^v?\d/.test(version)) {
      // v1 records git/file/URL dependencies in `version`.
      const s = parseSpec(name, version);
      if (s.origin.kind !== 'registry') origin = s.origin;
      version = undefined;
    }
    // A registry range whose `resolved` is some other URL is still a registry package, installed from that URL:
    // keep it `registry` so the scan checks the bytes against the registry digest and flags the foreign host
    // (lockfile injection) instead of treating it as a URL dependency.
    if (origin.kind === 'url' && registryNames.has(name)) origin = { kind: 'registry', url: origin.url };
    const d = direct.get(e.key);
    const dep: DeclaredDependency = {
      ecosystem: 'npm',
      name,
      spec: d?.spec ?? '',
      direct: d !== undefined,
      group: groupOf(v),
      source: { file, line: e.line },
      origin,
      integrity: sriToIntegrity(sval(v.integrity)),
      via: chains.via(e.key).map((k) => entries.get(k)?.name ?? k),
      dependencies: e.deps,
    };
    if (version !== undefined) dep.version = version;
    dependencies.push(dep);
  }
  if (bundled > 0) notes.push(`${bundled} bundled entr${bundled === 1 ? 'y ships' : 'ies ship'} inside a parent package's tarball`);
  return { file, kind: 'package-lock', ecosystem: 'npm', locked: true, dependencies, registries: [], includes: [], notes };
}

/** Names that every declaration (root, workspaces and installed packages) asks for by registry range. */
function namesDeclaredFromRegistry(entries: ReadonlyMap<string, Entry>, direct: ReadonlyMap<string, Declared>): Set<string> {
  const registry = new Set<string>();
  const other = new Set<string>();
  const note = (d: Declared): void => {
    if (d.spec === '') return;
    const parsed = parseSpec(d.name, d.spec);
    (parsed.origin.kind === 'registry' ? registry : other).add(parsed.name);
  };
  for (const d of direct.values()) note(d);
  for (const e of entries.values()) for (const d of declaredOf(e.value, false)) note(d);
  for (const n of other) registry.delete(n);
  return registry;
}
