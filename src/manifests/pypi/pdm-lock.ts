/**
 * pdm.lock (TOML, https://pdm-project.org/latest/usage/lockfile/): `[[package]]` with `name`, `version`,
 * `groups`, `dependencies` (PEP 508 strings: the graph), `files = [{file|url, hash}]`, and `git`/`url`/
 * `path` for non-index origins (lock format < 4.3: hashes under `[metadata.files]`). An entry repeated with `extras` shares its base entry's files and is folded
 * into it. Like poetry.lock, the lock does not name the project's own requirements: direct dependencies are
 * inferred as the packages no other locked package depends on (graph.ts inferRoots).
 */
import type { ManifestResult, Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult, hashesOf, normalizeName } from './declared.js';
import { applyChains, inferRoots } from './graph.js';
import { parsePep508 } from './pep508.js';
import { lockedPackages, parseToml, TomlLines, type TomlTable } from './toml-lines.js';

export function parsePdmLock(file: string, text: string): ManifestResult {
  const doc = parseToml(file, text);
  const lines = new TomlLines(text);
  const result = emptyResult(file, 'pdm-lock', true);
  const edges = new Map<string, string[]>();
  const seen = new Set<string>();
  // Lock format before 4.3 keeps hashes apart, under [metadata.files] keyed "name version".
  const { entries, legacyFiles } = lockedPackages(doc, file, lines);
  entries.forEach(({ pkg, name, line, where }) => {
    const rawDeps = pkg['dependencies'] ?? [];
    if (!Array.isArray(rawDeps)) throw userError(`${where}: "dependencies" must be an array of requirement strings`);
    const deps = rawDeps.map((r) => {
      if (typeof r !== 'string') throw userError(`${where}: "dependencies" must be an array of requirement strings`);
      return normalizeName(parsePep508(r, where).name);
    });
    edges.set(name, [...(edges.get(name) ?? []), ...deps.filter((d) => d !== name)]);
    const key = `${name}@${pkg['version']}`;
    if (seen.has(key)) return;
    seen.add(key);
    const groups = pkg['groups'] ?? ['default'];
    if (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string')) throw userError(`${where}: "groups" must be an array of strings`);
    result.dependencies.push(
      declare({
        name,
        version: pkg['version'],
        spec: `==${pkg['version']}`,
        group: groups.length === 0 || groups.includes('default') ? 'prod' : groups[0]!,
        source: { file, line },
        origin: originOf(pkg),
        integrity: hashesOf(pkg['files'] ?? legacyFiles[`${pkg['name']} ${pkg['version']}`], where),
        dependencies: deps.filter((d) => d !== name),
      }),
    );
  });
  const names = result.dependencies.map((d) => d.name);
  applyChains(result.dependencies, inferRoots(names, edges), edges);
  return result;
}

function originOf(pkg: TomlTable): Origin {
  if (typeof pkg['git'] === 'string') {
    const rev = pkg['revision'] ?? pkg['ref'];
    return { kind: 'vcs', url: `git+${pkg['git']}${typeof rev === 'string' ? `@${rev}` : ''}` };
  }
  if (typeof pkg['url'] === 'string') return { kind: 'url', url: pkg['url'] };
  if (typeof pkg['path'] === 'string') return { kind: 'path', path: pkg['path'] };
  return { kind: 'registry' };
}
