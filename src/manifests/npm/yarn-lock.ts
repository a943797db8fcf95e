/**
 * yarn.lock, classic (v1, `# yarn lockfile v1`) and Berry (v2+, YAML with `__metadata`), both read with
 * Yarn's own `parseSyml`. https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ ,
 * https://yarnpkg.com/advanced/lexicon#lockfile
 *
 * Entries are keyed by descriptors (`name@range`, several per entry); dependencies name descriptors, which
 * gives the graph. Classic lockfiles do not say which packages the project declares, so direct dependencies
 * are inferred (entries nothing else depends on); Berry lists them under the `workspace:` entries.
 * Berry's `checksum` is a hash of Yarn's zip cache file, not of the registry tarball, so it is not recorded.
 */
import { parseSyml } from '@yarnpkg/parsers';
import type { DeclaredDependency, Integrity, ManifestResult, Origin } from '../../model/dependencies.js';
import { shortestChains } from './graph.js';
import { originFromResolved, parseSpec, redactUrl, sha1FromFragment, splitNameAt, sriToIntegrity } from './spec.js';
import { CustomsError } from '../../runtime/errors.js';
import { parseError, splitLines } from './text.js';

type Raw = Record<string, unknown>;

interface Entry {
  id: string;
  line: number;
  descriptors: string[];
  name: string;
  version?: string;
  origin: Origin;
  integrity: Integrity[];
  deps: { name: string; range: string }[];
  workspace: boolean;
  patched: boolean;
}

function descriptorsOf(header: string): string[] {
  return header
    .split(',')
    .map((d) => d.trim().replace(/^"(.*)"$/, '$1'))
    .filter((d) => d !== '');
}

/** Header line (1-based) of every descriptor, read from the text since parseSyml keeps no positions. */
function headerLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  splitLines(text).forEach((l, i) => {
    if (l === '' || /^[\s#]/.test(l)) return;
    const m = /^(.*?):\s*$/.exec(l);
    if (!m) return;
    for (const d of descriptorsOf(m[1]!)) if (!out.has(d)) out.set(d, i + 1);
  });
  return out;
}

function parse(file: string, text: string): Raw {
  try {
    const v = parseSyml(text) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw parseError(file, 1, 'yarn.lock must be a mapping');
    return v as Raw;
  } catch (err) {
    if (err instanceof CustomsError) throw err;
    const e = err as { location?: { start?: { line?: number } }; mark?: { line?: number }; message?: string };
    const line = e.location?.start?.line ?? (e.mark?.line !== undefined ? e.mark.line + 1 : 1);
    const msg = (e.message ?? String(err)).split('\n')[0];
    throw parseError(file, line, `invalid yarn.lock: ${msg}`, err);
  }
}

const rec = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Berry `resolution`: `name@npm:1.2.3`, `name@patch:name@npm%3A1.2.3#…`, `name@workspace:.`, `name@https://…`. */
function fromResolution(resolution: string): Pick<Entry, 'name' | 'origin' | 'workspace' | 'patched'> & { version?: string } {
  const r = splitNameAt(resolution);
  if (!r) return { name: resolution, origin: { kind: 'registry' }, workspace: false, patched: false };
  const { name, rest } = r;
  if (rest.startsWith('patch:')) {
    // The patched package is still fetched from its own source; Yarn applies the patch after download.
    const inner = splitNameAt(decodeURIComponent(rest.slice(6).split('#')[0]!));
    const base = inner ? fromResolution(`${inner.name}@${inner.rest}`) : { name, origin: { kind: 'registry' } as Origin, workspace: false };
    return { ...base, patched: true };
  }
  if (rest.startsWith('npm:')) return { name, version: rest.slice(4), origin: { kind: 'registry' }, workspace: false, patched: false };
  if (rest.startsWith('workspace:')) return { name, origin: { kind: 'workspace', path: rest.slice(10) }, workspace: true, patched: false };
  if (rest.startsWith('portal:') || rest.startsWith('link:')) {
    return { name, origin: { kind: 'workspace', path: rest.slice(rest.indexOf(':') + 1) }, workspace: false, patched: false };
  }
  if (rest.startsWith('file:')) return { name, origin: { kind: 'path', path: rest.slice(5) }, workspace: false, patched: false };
  if (/^(git[+:@]|github:)|\.git(#|$)|#commit=/.test(rest)) return { name, origin: { kind: 'vcs', url: redactUrl(rest) }, workspace: false, patched: false };
  if (/^https?:/.test(rest)) return { name, origin: { kind: 'url', url: redactUrl(rest) }, workspace: false, patched: false };
  return { name, origin: { kind: 'registry' }, workspace: false, patched: false };
}

export function parseYarnLock(file: string, source: string): ManifestResult {
  const data = parse(file, source);
  const lines = headerLines(source);
  const berry = '__metadata' in data;
  const entries = new Map<string, Entry>();
  const byDescriptor = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata') continue;
    const descriptors = descriptorsOf(key);
    const line = lines.get(descriptors[0] ?? '') ?? 0;
    // Classic lockfiles come back from parseSyml with one key per descriptor: the header line joins them.
    const id = line > 0 ? `L${line}` : key;
    const v = rec(value);
    const deps = ['dependencies', 'optionalDependencies']
      .flatMap((f) => Object.entries(rec(v[f])))
      // A range is a scalar; a map there (hostile input) is no range, and String() of it could throw.
      .map(([name, range]) => ({ name, range: typeof range === 'object' && range !== null ? '' : String(range) }));
    const existing = entries.get(id);
    if (existing) {
      // Classic: parseSyml splits `a@1, a@^1:` into one key per descriptor.
      existing.descriptors.push(...descriptors);
    } else {
      const first = splitNameAt(descriptors[0] ?? key);
      let entry: Entry;
      if (berry) {
        const res = fromResolution(text(v.resolution) ?? descriptors[0] ?? key);
        entry = { id, line, descriptors, deps, integrity: [], ...res, version: text(v.version) ?? res.version };
      } else {
        const s = parseSpec(first?.name ?? key, first?.rest ?? '');
        const resolved = text(v.resolved);
        // Asked for by registry range: whatever URL it resolved to, it is a registry package installed from there
        // (checked against the registry's digest; a foreign host is lockfile injection), not a URL dependency.
        const fromResolved = originFromResolved(resolved);
        const registryOrigin: Origin = fromResolved.kind === 'url' ? { kind: 'registry', url: fromResolved.url } : fromResolved;
        entry = {
          id,
          line,
          descriptors,
          deps,
          name: s.name,
          // The descriptor says what was asked for (`github:a/b#main`); `resolved` what was installed (a commit).
          origin: s.origin.kind === 'registry' ? registryOrigin : s.origin.kind === 'vcs' && resolved ? { kind: 'vcs', url: redactUrl(resolved) } : s.origin,
          integrity: [...sriToIntegrity(text(v.integrity)), ...sha1FromFragment(resolved)],
          workspace: false,
          patched: false,
        };
        const version = text(v.version);
        if (version !== undefined) entry.version = version;
      }
      entries.set(id, entry);
    }
    for (const d of descriptors) byDescriptor.set(d, id);
  }

  const lookup = (name: string, range: string): string | undefined =>
    byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
  const edges = new Map<string, string[]>();
  const required = new Set<string>();
  for (const e of entries.values()) {
    const out = e.deps.map((d) => lookup(d.name, d.range)).filter((k): k is string => k !== undefined);
    edges.set(e.id, out);
    if (!e.workspace) for (const k of out) required.add(k);
  }
  const roots: string[] = [];
  const directSpec = new Map<string, string>();
  for (const e of entries.values()) {
    if (berry) {
      if (!e.workspace) continue;
      for (const d of e.deps) {
        const k = lookup(d.name, d.range);
        if (k === undefined || entries.get(k)?.workspace) continue;
        roots.push(k);
        if (!directSpec.has(k)) directSpec.set(k, d.range.replace(/^npm:/, ''));
      }
    } else if (!required.has(e.id)) {
      roots.push(e.id);
      directSpec.set(e.id, splitNameAt(e.descriptors[0] ?? '')?.rest ?? '');
    }
  }

  const chains = shortestChains(roots, edges);
  const notes: string[] = ['yarn.lock does not mark dev-only packages: every entry is reported in group prod'];
  if (!berry) notes.push('yarn.lock v1 does not record the project\'s own dependencies: entries nothing else depends on are taken as direct');
  else notes.push('Berry `checksum` values hash Yarn\'s zip cache, not the registry tarball: not used as integrity');
  const dependencies: DeclaredDependency[] = [];
  for (const e of entries.values()) {
    if (e.workspace) continue;
    if (e.patched) notes.push(`${file}:${e.line}: ${e.name} is patched by Yarn after download`);
    const dep: DeclaredDependency = {
      ecosystem: 'npm',
      name: e.name,
      spec: directSpec.get(e.id) ?? '',
      direct: directSpec.has(e.id),
      group: 'prod',
      source: { file, line: e.line },
      origin: e.origin,
      integrity: e.integrity,
      via: chains.via(e.id).map((k) => entries.get(k)?.name ?? k),
      dependencies: e.deps.map((d) => d.name),
    };
    if (e.version !== undefined && e.version !== '0.0.0-use.local') dep.version = e.version;
    dependencies.push(dep);
  }
  return { file, kind: 'yarn-lock', ecosystem: 'npm', locked: true, dependencies, registries: [], includes: [], notes };
}
