/**
 * Poetry's sections of pyproject.toml (https://python-poetry.org/docs/pyproject/):
 * `[tool.poetry.dependencies]` (prod; `python` is the interpreter, not a package), the legacy
 * `[tool.poetry.dev-dependencies]`, `[tool.poetry.group.<g>.dependencies]`, `[tool.poetry.extras]`
 * (optional dependencies take the extra's name as their group), and `[[tool.poetry.source]]`.
 */
import { userError } from '../../runtime/errors.js';
import { declare } from './declared.js';
import { readPoetryDependency } from './poetry-spec.js';
import type { PyprojectContext } from './pyproject.js';
import { isTable, valueAt, type TomlPath } from './toml-lines.js';

export function readPoetry(ctx: PyprojectContext): void {
  const { file, lines, doc } = ctx;
  const poetry = valueAt(doc, ['tool', 'poetry'], 'table', file, lines);
  if (!poetry) return;
  const sourceUrls = readSources(ctx);

  const extraOf = new Map<string, string>();
  for (const [extra, names] of Object.entries(valueAt(doc, ['tool', 'poetry', 'extras'], 'table', file, lines) ?? {})) {
    if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') extraOf.set(n.toLowerCase(), extra);
  }

  const sections: { path: string[]; group: string }[] = [
    { path: ['tool', 'poetry', 'dependencies'], group: 'prod' },
    { path: ['tool', 'poetry', 'dev-dependencies'], group: 'dev' },
  ];
  for (const g of Object.keys(valueAt(doc, ['tool', 'poetry', 'group'], 'table', file, lines) ?? {})) {
    sections.push({ path: ['tool', 'poetry', 'group', g, 'dependencies'], group: g });
  }
  for (const { path, group } of sections) {
    const table = valueAt(doc, path, 'table', file, lines);
    for (const [name, value] of Object.entries(table ?? {})) {
      if (name.toLowerCase() === 'python') continue;
      const line = lines.key(path as TomlPath, name);
      for (const d of readPoetryDependency(value, `${file}:${line}`, sourceUrls)) {
        const dep = declare({
          name,
          spec: d.spec,
          group: d.optional ? (extraOf.get(name.toLowerCase()) ?? 'optional') : group,
          source: { file, line },
          origin: d.origin,
        });
        if (d.version !== undefined) dep.version = d.version;
        else delete dep.version;
        if (d.extras?.length) dep.extras = d.extras;
        if (d.marker) dep.marker = d.marker;
        ctx.result.dependencies.push(dep);
      }
    }
  }
}

/**
 * `[[tool.poetry.source]]`: `priority = "primary"` (or the legacy `default = true` / priority "default")
 * replaces PyPI; supplemental and explicit sources are added beside it.
 * https://python-poetry.org/docs/repositories/#package-source-constraint
 */
function readSources(ctx: PyprojectContext): Map<string, string> {
  const { file, lines, doc } = ctx;
  const byName = new Map<string, string>();
  const list = valueAt(doc, ['tool', 'poetry', 'source'], 'array', file, lines) ?? [];
  list.forEach((entry, i) => {
    const line = lines.key(['tool', 'poetry', 'source', i], 'url') || lines.table(['tool', 'poetry', 'source', i]);
    if (!isTable(entry)) throw userError(`${file}:${line}: [[tool.poetry.source]] must be a table`);
    const url = entry['url'];
    if (url === undefined) return; // priority-only entries for PyPI itself
    if (typeof url !== 'string') throw userError(`${file}:${line}: [[tool.poetry.source]] "url" must be a string`);
    if (typeof entry['name'] === 'string') byName.set(entry['name'], url);
    const priority = entry['priority'];
    const primary = entry['default'] === true || priority === 'primary' || priority === 'default' || (priority === undefined && entry['secondary'] !== true);
    ctx.result.registries.push({ url, role: primary ? 'primary' : 'extra', source: { file, line } });
  });
  return byName;
}
