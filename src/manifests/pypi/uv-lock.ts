/**
 * uv.lock (TOML, https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile): `[[package]]` with
 * `source = { registry | git | url | path | directory | editable | virtual }`, `dependencies = [{ name }]`,
 * `[package.optional-dependencies]`, `[package.dev-dependencies]`, `sdist` and `wheels` with hashes.
 * Editable and virtual packages are the project (and its workspace members): they are not reported; their
 * dependencies are the direct ones, grouped prod / extra name / dev-group name. Every other package gets one
 * shortest chain from a direct dependency and that dependency's group.
 */
import type { DeclaredDependency, ManifestResult, Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult, hashesOf, normalizeName } from './declared.js';
import { applyChains, inferRoots } from './graph.js';
import { isTable, parseToml, TomlLines, valueAt, type TomlTable } from './toml-lines.js';

export function parseUvLock(file: string, text: string): ManifestResult {
  const doc = parseToml(file, text);
  const lines = new TomlLines(text);
  const result = emptyResult(file, 'uv-lock', true);
  const edges = new Map<string, string[]>();
  const rootGroups = new Map<string, string>();
  const rootNames: string[] = [];
  const locked: DeclaredDependency[] = [];

  const packages = valueAt(doc, ['package'], 'array', file, lines) ?? [];
  packages.forEach((pkg, i) => {
    const line = lines.key(['package', i], 'name');
    const where = `${file}:${line}`;
    if (!isTable(pkg) || typeof pkg['name'] !== 'string') throw userError(`${where}: [[package]] needs a "name" string`);
    const name = normalizeName(pkg['name']);
    const source = isTable(pkg['source']) ? pkg['source'] : {};
    const own = typeof source['editable'] === 'string' || typeof source['virtual'] === 'string';
    const groups: [string, unknown][] = [['prod', pkg['dependencies']]];
    for (const key of ['optional-dependencies', 'dev-dependencies']) {
      const table = pkg[key];
      if (table !== undefined && !isTable(table)) throw userError(`${where}: "${key}" must be a table`);
      for (const [g, list] of Object.entries(table ?? {})) groups.push([g, list]);
    }
    const children: string[] = [];
    for (const [group, list] of groups) {
      for (const child of dependencyNames(list, where)) {
        children.push(child);
        if (own && !rootGroups.has(child)) {
          rootGroups.set(child, group);
          rootNames.push(child);
        }
      }
    }
    edges.set(name, [...(edges.get(name) ?? []), ...children]);
    if (own) return;
    if (typeof pkg['version'] !== 'string') throw userError(`${where}: [[package]] "${pkg['name']}" has no "version"`);
    const wheels = pkg['wheels'];
    const files = [...(isTable(pkg['sdist']) ? [pkg['sdist']] : []), ...(Array.isArray(wheels) ? wheels : [])];
    locked.push(
      declare({
        name,
        version: pkg['version'],
        spec: `==${pkg['version']}`,
        source: { file, line },
        origin: originOf(source, where),
        integrity: hashesOf(files, where),
        dependencies: children,
      }),
    );
  });
  // Without a project entry (e.g. a lock for a script) fall back to the graph's entry points.
  const roots = rootNames.length > 0 ? rootNames : inferRoots(locked.map((d) => d.name), edges);
  applyChains(locked, roots, edges, rootGroups);
  result.dependencies = locked;
  return result;
}

function dependencyNames(list: unknown, where: string): string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw userError(`${where}: dependency list must be an array`);
  return list.map((d) => {
    if (!isTable(d) || typeof d['name'] !== 'string') throw userError(`${where}: dependency entries need a "name"`);
    return normalizeName(d['name']);
  });
}

function originOf(source: TomlTable, where: string): Origin {
  const str = (k: string): string | undefined => (typeof source[k] === 'string' ? (source[k] as string) : undefined);
  if (str('registry') !== undefined) return { kind: 'registry', url: str('registry')! };
  if (str('git') !== undefined) return { kind: 'vcs', url: `git+${str('git')!}` };
  if (str('url') !== undefined) return { kind: 'url', url: str('url')! };
  const path = str('path') ?? str('directory');
  if (path !== undefined) return { kind: 'path', path };
  throw userError(`${where}: package "source" names no registry, git, url, path or directory`);
}
