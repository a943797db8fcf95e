/**
 * poetry.lock (TOML): `[[package]]` with `name`, `version`, `files = [{file, hash}]` (older locks: under
 * `[metadata.files]`), `[package.dependencies]` (the graph), `[package.source]` for non-PyPI origins, and
 * `groups` (Poetry 2) or `category` (Poetry 1) for the group.
 * The lock does not say which packages the project itself requires, so direct dependencies are inferred
 * from the graph (graph.ts inferRoots: packages no other locked package depends on). A package the project
 * requires that another package also requires is then reported as transitive; run the diff against
 * pyproject.toml for the exact set. https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock
 */
import type { ManifestResult, Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult, hashesOf, normalizeName } from './declared.js';
import { applyChains, inferRoots } from './graph.js';
import { isTable, lockedPackages, parseToml, TomlLines } from './toml-lines.js';

export function parsePoetryLock(file: string, text: string): ManifestResult {
  const doc = parseToml(file, text);
  const lines = new TomlLines(text);
  const result = emptyResult(file, 'poetry-lock', true);
  const edges = new Map<string, string[]>();
  const { entries, legacyFiles } = lockedPackages(doc, file, lines);
  entries.forEach(({ pkg, name, line, where }) => {
    const deps = isTable(pkg['dependencies']) ? Object.keys(pkg['dependencies']).map(normalizeName) : [];
    edges.set(name, [...(edges.get(name) ?? []), ...deps]);
    const files = pkg['files'] ?? legacyFiles[pkg['name']] ?? legacyFiles[name];
    const groups = pkg['groups'] ?? [pkg['category'] ?? 'main'];
    if (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string')) {
      throw userError(`${where}: "groups" / "category" must be strings`);
    }
    const group = groups.length === 0 || groups.includes('main') ? 'prod' : groups[0]!;
    result.dependencies.push(
      declare({
        name,
        version: pkg['version'],
        spec: `==${pkg['version']}`,
        group,
        source: { file, line },
        origin: originOf(pkg['source'], where),
        integrity: hashesOf(files, where),
        dependencies: deps,
      }),
    );
  });
  const names = result.dependencies.map((d) => d.name);
  applyChains(result.dependencies, inferRoots(names, edges), edges);
  return result;
}

/** `[package.source]`: type git | legacy (a named index) | url | file | directory. */
function originOf(source: unknown, where: string): Origin {
  if (source === undefined) return { kind: 'registry' };
  if (!isTable(source) || typeof source['url'] !== 'string') throw userError(`${where}: [package.source] needs a "url" string`);
  const url = source['url'];
  const ref = source['resolved_reference'] ?? source['reference'];
  switch (source['type']) {
    case 'git':
      return { kind: 'vcs', url: `git+${url}${typeof ref === 'string' && ref ? `@${ref}` : ''}` };
    case 'url':
      return { kind: 'url', url };
    case 'file':
    case 'directory':
      return { kind: 'path', path: url };
    default:
      return { kind: 'registry', url };
  }
}
