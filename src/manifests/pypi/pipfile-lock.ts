/**
 * Pipfile.lock (JSON): `_meta.sources`, then package categories (`default` → prod, `develop` → dev, others
 * by name) mapping names to `{ version: "==x", hashes: ["sha256:…"], index, markers, extras, git, ref, … }`.
 * The lockfile records no dependency graph, so which entries the project asked for is unknown here:
 * every entry is reported as direct (the conservative choice: nothing is treated as merely transitive);
 * the diff stage can narrow that with the Pipfile. https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ManifestResult } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { declare, emptyResult, parseHash, stripBom } from './declared.js';
import { readPipfileEntry } from './pipfile.js';
import { isTable } from './toml-lines.js';

export function parsePipfileLock(file: string, input: string): ManifestResult {
  const text = stripBom(input);
  const lineAt = lineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    throw userError(`${file}:${e ? lineAt(e.offset) : 1}: invalid JSON: ${e ? printParseErrorCode(e.error) : 'empty document'}`);
  }
  const doc: unknown = getNodeValue(root);
  if (!isTable(doc)) throw userError(`${file}:1: Pipfile.lock must be a JSON object`);
  const result = emptyResult(file, 'pipfile-lock', true);

  const indexes = new Map<string, string>();
  const meta = doc['_meta'];
  const sources = isTable(meta) && Array.isArray(meta['sources']) ? meta['sources'] : [];
  sources.forEach((s: unknown, i: number) => {
    const node = findNodeAtLocation(root, ['_meta', 'sources', i]);
    const line = node ? lineAt(node.offset) : 0;
    if (!isTable(s) || typeof s['url'] !== 'string') throw userError(`${file}:${line}: _meta.sources entry needs a "url" string`);
    if (typeof s['name'] === 'string') indexes.set(s['name'], s['url']);
    result.registries.push({ url: s['url'], role: i === 0 ? 'primary' : 'extra', source: { file, line } });
  });

  for (const [category, packages] of Object.entries(doc)) {
    if (category === '_meta') continue;
    const where0 = `${file}:${keyLine(root, [category], lineAt)}`;
    if (!isTable(packages)) throw userError(`${where0}: "${category}" must be an object of packages`);
    const group = category === 'default' ? 'prod' : category === 'develop' ? 'dev' : category;
    for (const [name, value] of Object.entries(packages)) {
      const line = keyLine(root, [category, name], lineAt);
      const where = `${file}:${line}`;
      const entry = readPipfileEntry(value, where, indexes);
      const hashes = isTable(value) ? value['hashes'] : undefined;
      if (hashes !== undefined && !(Array.isArray(hashes) && hashes.every((h) => typeof h === 'string'))) {
        throw userError(`${where}: "hashes" must be an array of strings`);
      }
      const d = declare({
        name,
        spec: entry.spec,
        group,
        source: { file, line },
        origin: entry.origin,
        integrity: (hashes ?? []).map((h: string) => parseHash(h, where)),
      });
      if (entry.origin.kind !== 'registry') delete d.version;
      if (entry.extras?.length) d.extras = entry.extras;
      if (entry.marker) d.marker = entry.marker;
      result.dependencies.push(d);
    }
  }
  return result;
}

/** Line of the property key at `path` (the value node's parent is the property; its first child the key). */
function keyLine(root: Node, path: (string | number)[], lineAt: (offset: number) => number): number {
  const node = findNodeAtLocation(root, path);
  if (!node) return 0;
  return lineAt(node.parent?.type === 'property' ? node.parent.offset : node.offset);
}

/** offset → 1-based line, by binary search over line starts (LF, CRLF or CR). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
