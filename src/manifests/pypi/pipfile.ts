/**
 * Pipfile (TOML, https://pipenv.pypa.io/en/latest/pipfile.html): `[packages]` (prod), `[dev-packages]`
 * (dev), any other package category by its name, and `[[source]]` (the first source is the default index,
 * the others are added beside it). Values are `"*"`, a PEP 440 specifier, or a table with `version`,
 * `extras`, `markers`, `git` (+`ref`), `path`, `file`, `editable`, `index`.
 */
import type { ManifestResult, Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult } from './declared.js';
import { originOfUrl } from './pep508.js';
import { isTable, parseToml, TomlLines, valueAt } from './toml-lines.js';

/** Top-level tables that are not package categories. */
const NOT_CATEGORIES = new Set(['source', 'requires', 'pipenv', 'scripts']);

export function parsePipfile(file: string, text: string): ManifestResult {
  const doc = parseToml(file, text);
  const lines = new TomlLines(text);
  const result = emptyResult(file, 'pipfile', false);

  const indexes = new Map<string, string>();
  const sources = valueAt(doc, ['source'], 'array', file, lines) ?? [];
  sources.forEach((s, i) => {
    const line = lines.key(['source', i], 'url');
    if (!isTable(s) || typeof s['url'] !== 'string') throw userError(`${file}:${line}: [[source]] needs a "url" string`);
    if (typeof s['name'] === 'string') indexes.set(s['name'], s['url']);
    result.registries.push({ url: s['url'], role: i === 0 ? 'primary' : 'extra', source: { file, line } });
  });

  for (const [category, table] of Object.entries(doc)) {
    if (NOT_CATEGORIES.has(category) || !isTable(table)) continue;
    const group = category === 'packages' ? 'prod' : category === 'dev-packages' ? 'dev' : category;
    for (const [name, value] of Object.entries(table)) {
      const line = lines.key([category], name);
      const entry = readPipfileEntry(value, `${file}:${line}`, indexes);
      const d = declare({ name, spec: entry.spec, group, source: { file, line }, origin: entry.origin });
      if (entry.origin.kind !== 'registry') delete d.version;
      if (entry.extras?.length) d.extras = entry.extras;
      if (entry.marker) d.marker = entry.marker;
      result.dependencies.push(d);
    }
  }
  return result;
}

export interface PipfileEntry {
  spec: string;
  origin: Origin;
  extras?: string[];
  marker?: string;
}

/** One Pipfile / Pipfile.lock package value. `"*"` means any version (spec ''). */
export function readPipfileEntry(value: unknown, where: string, indexes: ReadonlyMap<string, string>): PipfileEntry {
  if (typeof value === 'string') return { spec: value.trim() === '*' ? '' : value.replace(/\s+/g, ''), origin: { kind: 'registry' } };
  if (!isTable(value)) throw userError(`${where}: package must be a version string or a table`);
  const str = (k: string): string | undefined => {
    const v = value[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw userError(`${where}: "${k}" must be a string`);
    return v;
  };
  const version = str('version') ?? '*';
  let origin: Origin;
  const git = str('git');
  const ref = str('ref');
  if (git !== undefined) origin = { kind: 'vcs', url: `${git.startsWith('git+') ? '' : 'git+'}${git}${ref ? `@${ref}` : ''}` };
  else if (str('path') !== undefined) origin = { kind: 'path', path: str('path')! };
  else if (str('file') !== undefined) {
    const f = str('file')!;
    origin = /^[a-z][a-z0-9+.-]*:/i.test(f) ? originOfUrl(f) : { kind: 'path', path: f };
  } else {
    const index = str('index');
    const url = index === undefined ? undefined : indexes.get(index);
    origin = url === undefined ? { kind: 'registry' } : { kind: 'registry', url };
  }
  const entry: PipfileEntry = { spec: version.trim() === '*' ? '' : version.replace(/\s+/g, ''), origin };
  const extras = value['extras'];
  if (extras !== undefined) {
    if (!Array.isArray(extras) || !extras.every((e) => typeof e === 'string')) throw userError(`${where}: "extras" must be an array of strings`);
    entry.extras = extras as string[];
  }
  const marker = str('markers');
  if (marker) entry.marker = marker;
  return entry;
}
