/**
 * pyproject.toml: PEP 621 `[project]` dependencies and extras (https://peps.python.org/pep-0621/), PEP 735
 * `[dependency-groups]` (https://peps.python.org/pep-0735/), build requirements (PEP 518: they are installed
 * and run when the project is built), uv's `dev-dependencies`, `[tool.uv.sources]` and `[[tool.uv.index]]`
 * (https://docs.astral.sh/uv/concepts/projects/dependencies/), PDM's dev groups, and Poetry (pyproject-poetry.ts).
 */
import type { DeclaredRegistry, ManifestResult, Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult, normalizeName } from './declared.js';
import { resolveInclude } from './include-path.js';
import { originOfUrl, parsePep508 } from './pep508.js';
import { readPoetry } from './pyproject-poetry.js';
import { isTable, parseToml, TomlLines, valueAt, type TomlPath, type TomlTable } from './toml-lines.js';

export interface PyprojectContext {
  file: string;
  doc: TomlTable;
  lines: TomlLines;
  result: ManifestResult;
}

export function parsePyproject(file: string, text: string): ManifestResult {
  const ctx: PyprojectContext = { file, doc: parseToml(file, text), lines: new TomlLines(text), result: emptyResult(file, 'pyproject', false) };
  const { doc, lines } = ctx;
  const uvIndexes = readUvIndexes(ctx);
  const sources = readUvSources(ctx, uvIndexes);

  const project = valueAt(doc, ['project'], 'table', file, lines);
  if (project) {
    readPep508List(ctx, ['project'], 'dependencies', project['dependencies'], 'prod', sources);
    const optional = valueAt(doc, ['project', 'optional-dependencies'], 'table', file, lines);
    for (const [extra, list] of Object.entries(optional ?? {})) {
      readPep508List(ctx, ['project', 'optional-dependencies'], extra, list, extra, sources);
    }
    const dynamic = project['dynamic'];
    if (Array.isArray(dynamic) && dynamic.some((d) => d === 'dependencies' || d === 'optional-dependencies')) {
      ctx.result.notes.push(`${file}:${lines.key(['project'], 'dynamic')}: dependencies are dynamic (computed by the build backend); only what the file lists is inspected`);
    }
  }

  const groups = valueAt(doc, ['dependency-groups'], 'table', file, lines) ?? {};
  const groupNames = new Set(Object.keys(groups).map(normalizeName));
  for (const [group, list] of Object.entries(groups)) {
    readPep508List(ctx, ['dependency-groups'], group, list, group, sources, groupNames);
  }

  const build = valueAt(doc, ['build-system'], 'table', file, lines);
  if (build) {
    readPep508List(ctx, ['build-system'], 'requires', build['requires'], 'build', sources);
    if (build['backend-path'] !== undefined) {
      ctx.result.notes.push(`${file}:${lines.key(['build-system'], 'backend-path')}: the build backend is loaded from the repository itself (backend-path)`);
    }
  }

  const uvDev = valueAt(doc, ['tool', 'uv', 'dev-dependencies'], 'array', file, lines);
  if (uvDev) readPep508List(ctx, ['tool', 'uv'], 'dev-dependencies', uvDev, 'dev', sources);
  const pdmDev = valueAt(doc, ['tool', 'pdm', 'dev-dependencies'], 'table', file, lines) ?? {};
  for (const [group, list] of Object.entries(pdmDev)) {
    readPep508List(ctx, ['tool', 'pdm', 'dev-dependencies'], group, list, group, sources);
  }

  readSetuptoolsDynamic(ctx);
  readPoetry(ctx);
  return ctx.result;
}

/**
 * `[tool.setuptools.dynamic] dependencies = { file = ["requirements.txt"] }` (and per-extra tables under
 * `optional-dependencies`): requirement files setuptools reads at build time, returned as includes.
 * https://setuptools.pypa.io/en/latest/userguide/pyproject_config.html#dynamic-metadata
 */
function readSetuptoolsDynamic(ctx: PyprojectContext): void {
  const { file, lines, doc } = ctx;
  const dynamic = valueAt(doc, ['tool', 'setuptools', 'dynamic'], 'table', file, lines);
  if (!dynamic) return;
  const path = ['tool', 'setuptools', 'dynamic'];
  const entries: [TomlPath, string, unknown][] = [[path, 'dependencies', dynamic['dependencies']]];
  const optional = dynamic['optional-dependencies'];
  if (isTable(optional)) for (const [extra, v] of Object.entries(optional)) entries.push([[...path, 'optional-dependencies'], extra, v]);
  for (const [table, key, value] of entries) {
    if (!isTable(value)) continue;
    const line = lines.key(table, key);
    const files = typeof value['file'] === 'string' ? [value['file']] : value['file'];
    if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) {
      throw userError(`${file}:${line}: "file" of a dynamic dependency list must be a string or an array of strings`);
    }
    for (const f of files as string[]) {
      ctx.result.includes.push({ file: resolveInclude(file, f, `${file}:${line}`), constraint: false, source: { file, line } });
    }
  }
}

/**
 * A list of PEP 508 strings at `table.key`; each entry points at its own line of a multi-line array.
 * In dependency groups, `{include-group = "x"}` entries are checked (the included group is reported once,
 * under its own name, rather than copied into every group that includes it).
 */
export function readPep508List(
  ctx: PyprojectContext,
  table: TomlPath,
  key: string,
  list: unknown,
  group: string,
  sources: ReadonlyMap<string, Origin>,
  groupNames?: ReadonlySet<string>,
): void {
  const { file, lines } = ctx;
  const keyLine = lines.key(table, key);
  if (list === undefined) return;
  if (!Array.isArray(list)) throw userError(`${file}:${keyLine}: "${[...table, key].join('.')}" must be an array of requirement strings`);
  let cursor = keyLine;
  let used = new Map<string, number>(); // occurrences already matched on the cursor line
  for (const item of list) {
    if (groupNames && isTable(item) && typeof item['include-group'] === 'string') {
      const target = item['include-group'];
      if (!groupNames.has(normalizeName(target))) {
        throw userError(`${file}:${keyLine}: dependency group "${key}" includes unknown group "${target}"`);
      }
      continue;
    }
    if (typeof item !== 'string') throw userError(`${file}:${keyLine}: "${[...table, key].join('.')}" must contain only requirement strings`);
    const line = lines.value(cursor, item, used.get(item) ?? 0);
    if (line !== cursor) used = new Map();
    cursor = line;
    used.set(item, (used.get(item) ?? 0) + 1);
    const req = parsePep508(item, `${file}:${line}`);
    let origin: Origin | undefined = sources.get(normalizeName(req.name));
    if (req.url !== undefined) {
      origin = originOfUrl(req.url);
    }
    const d = declare({ name: req.name, spec: req.spec, group, source: { file, line }, extras: req.extras });
    if (origin) d.origin = origin;
    if (origin && origin.kind !== 'registry') delete d.version;
    if (req.marker) d.marker = req.marker;
    ctx.result.dependencies.push(d);
  }
}

function readUvIndexes(ctx: PyprojectContext): Map<string, string> {
  const { file, lines, doc } = ctx;
  const byName = new Map<string, string>();
  const list = valueAt(doc, ['tool', 'uv', 'index'], 'array', file, lines) ?? [];
  list.forEach((entry, i) => {
    const line = lines.key(['tool', 'uv', 'index', i], 'url');
    if (!isTable(entry) || typeof entry['url'] !== 'string') throw userError(`${file}:${line}: [[tool.uv.index]] needs a "url" string`);
    if (typeof entry['name'] === 'string') byName.set(entry['name'], entry['url']);
    // `explicit` indexes serve only packages pinned to them in [tool.uv.sources]; they still add a source.
    const reg: DeclaredRegistry = { url: entry['url'], role: entry['default'] === true ? 'primary' : 'extra', source: { file, line } };
    ctx.result.registries.push(reg);
  });
  return byName;
}

/** `[tool.uv.sources]`: where uv takes a named dependency from instead of the index. */
function readUvSources(ctx: PyprojectContext, indexes: ReadonlyMap<string, string>): Map<string, Origin> {
  const { file, lines, doc } = ctx;
  const out = new Map<string, Origin>();
  const table = valueAt(doc, ['tool', 'uv', 'sources'], 'table', file, lines) ?? {};
  for (const [name, raw] of Object.entries(table)) {
    const entry = Array.isArray(raw) ? raw[0] : raw;
    const where = `${file}:${lines.key(['tool', 'uv', 'sources'], name)}`;
    if (!isTable(entry)) throw userError(`${where}: source for "${name}" must be a table`);
    const ref = entry['rev'] ?? entry['tag'] ?? entry['branch'];
    let origin: Origin | undefined;
    if (typeof entry['git'] === 'string') origin = { kind: 'vcs', url: `git+${entry['git']}${typeof ref === 'string' ? `@${ref}` : ''}` };
    else if (typeof entry['path'] === 'string') origin = { kind: 'path', path: entry['path'] };
    else if (typeof entry['url'] === 'string') origin = { kind: 'url', url: entry['url'] };
    else if (entry['workspace'] === true) origin = { kind: 'workspace', path: name };
    else if (typeof entry['index'] === 'string') {
      const url = indexes.get(entry['index']);
      origin = url === undefined ? { kind: 'registry' } : { kind: 'registry', url };
    }
    if (!origin) throw userError(`${where}: source for "${name}" names no git, path, url, workspace or index`);
    out.set(normalizeName(name), origin);
  }
  return out;
}
