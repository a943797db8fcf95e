/**
 * package.json: the dependencies a project declares.
 * https://docs.npmjs.com/cli/v10/configuring-npm/package-json
 *
 * Decisions: `overrides` (npm), `resolutions` (yarn) and `pnpm.overrides` change what a lockfile resolves but
 * declare nothing new, so they are reported as notes (with their lines), not as dependencies; the lockfile
 * shows their effect. `bundleDependencies` ship inside this package's own tarball: a note.
 */
import type { DeclaredDependency, ManifestResult } from '../../model/dependencies.js';
import { arr, child, duplicateKeys, lastProps, parseJson, props, str, type Node } from './json-tree.js';
import { parseSpec, redactUrl } from './spec.js';
import type { LineIndex } from './text.js';
import { parseError } from './text.js';

const GROUPS: [field: string, group: string][] = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

export function parsePackageJson(file: string, text: string): ManifestResult {
  const { root, lines } = parseJson(file, text);
  if (root.type !== 'object') throw parseError(file, lines.lineOf(root.offset), 'package.json must be a JSON object');
  const notes: string[] = [];
  const dependencies: DeclaredDependency[] = [];
  for (const d of duplicateKeys(root, lines)) notes.push(`${file}:${d.line}: duplicate key "${d.key}"; the last one counts`);

  for (const [field, group] of GROUPS) {
    const node = child(root, field);
    if (!node) continue;
    if (node.type !== 'object') throw parseError(file, lines.lineOf(node.offset), `"${field}" must be an object of name → range`);
    for (const d of duplicateKeys(node, lines)) {
      notes.push(`${file}:${d.line}: duplicate "${d.key}" in ${field}; the last one counts`);
    }
    for (const p of lastProps(node).values()) {
      const line = lines.lineOf(p.keyOffset);
      const raw = str(p.value);
      if (raw === undefined) {
        notes.push(`${file}:${line}: ${field}.${p.key} is not a string; ignored`);
        continue;
      }
      const s = parseSpec(p.key, raw);
      const dep: DeclaredDependency = {
        ecosystem: 'npm',
        name: s.name,
        spec: s.spec,
        direct: true,
        group,
        source: { file, line },
        origin: s.origin,
        integrity: [],
        via: [],
      };
      if (s.version) dep.version = s.version;
      if (s.alias) notes.push(`${file}:${line}: "${s.alias}" is an alias for ${s.name}`);
      dependencies.push(dep);
    }
  }

  bundleNotes(file, root, lines, notes);
  overrideNotes(file, 'overrides', child(root, 'overrides'), lines, notes);
  overrideNotes(file, 'resolutions', child(root, 'resolutions'), lines, notes);
  overrideNotes(file, 'pnpm.overrides', child(child(root, 'pnpm'), 'overrides'), lines, notes);
  const globs = globsOf(child(root, 'workspaces'));
  if (globs.length > 0) notes.push(`workspaces: ${globs.join(', ')}`);

  return { file, kind: 'package-json', ecosystem: 'npm', locked: false, dependencies, registries: [], includes: [], notes };
}

/** The workspace globs of a package.json (`workspaces: [...]` or `workspaces: { packages: [...] }`). */
export function workspaceGlobs(text: string, file = 'package.json'): string[] {
  const { root } = parseJson(file, text);
  return globsOf(child(root, 'workspaces'));
}

function globsOf(ws: Node | undefined): string[] {
  const list = ws?.type === 'object' ? child(ws, 'packages') : ws;
  return arr(list)
    .map((n) => str(n))
    .filter((s): s is string => s !== undefined && s !== '');
}

function bundleNotes(file: string, root: Node, lines: LineIndex, notes: string[]): void {
  for (const field of ['bundleDependencies', 'bundledDependencies']) {
    const node = child(root, field);
    if (!node) continue;
    const line = lines.lineOf(node.offset);
    const names = node.type === 'boolean' ? (node.value ? ['all dependencies'] : []) : arr(node).map((n) => str(n) ?? '?');
    if (names.length > 0) notes.push(`${file}:${line}: ${field} ships ${names.join(', ')} inside this package's tarball`);
  }
}

/** Overrides nest (`{ "a": { "b": "1.0.0" } }`, `"."` = the package itself); each leaf becomes one note. */
function overrideNotes(file: string, field: string, node: Node | undefined, lines: LineIndex, notes: string[], path: string[] = []): void {
  for (const p of props(node)) {
    const at = [...path, p.key];
    if (p.value.type === 'object') overrideNotes(file, field, p.value, lines, notes, at);
    else if (p.value.type === 'string') {
      notes.push(`${file}:${lines.lineOf(p.keyOffset)}: ${field} ${at.join(' > ')} → ${redactUrl(p.value.value as string)}`);
    }
  }
}
