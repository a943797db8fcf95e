/**
 * Reading pnpm-lock.yaml quickly: values through Yarn's parseSyml (js-yaml, failsafe schema: every scalar a
 * string, aliases shared rather than expanded), which is ~6x faster than `yaml`'s document model on large
 * lockfiles, and key lines from one pass over pnpm's fixed layout. When the layout is unusual (hand-edited,
 * flow style), lines come from `yaml`'s syntax tree instead.
 * pnpm ≥ 9.7 may prefix the lockfile with a second YAML document (the package manager's own lock, `---`):
 * the last document is the project's.
 */
import { parseSyml } from '@yarnpkg/parsers';
import { isMap, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { CustomsError } from '../../runtime/errors.js';
import { parseError, splitLines } from './text.js';

export type Raw = Record<string, unknown>;

export interface PnpmSource {
  root: Raw;
  /** Line of each key under `packages:` and `snapshots:`, by section. */
  lines: Map<string, Map<string, number>>;
}

const SECTIONS = ['packages', 'snapshots'];

export function readPnpmLock(file: string, text: string): PnpmSource {
  const all = splitLines(text);
  let start = 0;
  all.forEach((l, i) => {
    if (/^---\s*$/.test(l) && all.slice(i + 1).some((x) => x.trim() !== '' && !x.startsWith('#'))) start = i + 1;
  });
  const body = all.slice(start).join('\n');
  let root: unknown;
  try {
    root = parseSyml(body);
  } catch (err) {
    if (err instanceof CustomsError) throw err;
    const e = err as { mark?: { line?: number }; message?: string };
    throw parseError(file, start + (e.mark?.line ?? 0) + 1, `invalid YAML: ${String(e.message ?? err).split('\n')[0]}`, err);
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) throw parseError(file, start + 1, 'pnpm-lock.yaml must be a mapping');
  let lines = layoutLines(file, all, start);
  const complete = SECTIONS.every((s) => Object.keys(rec((root as Raw)[s])).every((k) => lines.get(s)?.has(k)));
  if (!complete) lines = treeLines(file, body, start);
  return { root: root as Raw, lines };
}

const rec = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});

/** `key:` / `'key':` / `"key":` at the first indentation under a top-level section. */
function layoutLines(file: string, all: string[], start: number): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  let section: Map<string, number> | undefined;
  let sectionName = '';
  let indent = -1;
  for (let i = start; i < all.length; i++) {
    const l = all[i]!;
    const t = l.trimStart();
    if (t === '' || t.startsWith('#')) continue;
    const ind = l.length - t.length;
    if (ind === 0) {
      sectionName = /^([A-Za-z]+):\s*$/.exec(l)?.[1] ?? '';
      section = SECTIONS.includes(sectionName) ? new Map() : undefined;
      if (section) out.set(sectionName, section);
      indent = -1;
      continue;
    }
    if (!section) continue;
    if (indent === -1) indent = ind;
    if (ind !== indent) continue;
    const key = keyOf(t);
    if (key === undefined) continue;
    if (section.has(key)) throw parseError(file, i + 1, `duplicate key "${key}" in ${sectionName}`);
    section.set(key, i + 1);
  }
  return out;
}

function keyOf(t: string): string | undefined {
  if (t.startsWith("'")) {
    const m = /^'((?:[^']|'')*)':(\s|$)/.exec(t);
    return m ? m[1]!.replace(/''/g, "'") : undefined;
  }
  if (t.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*"):(\s|$)/.exec(t);
    try {
      return m ? (JSON.parse(m[1]!) as string) : undefined;
    } catch {
      return undefined;
    }
  }
  const m = /^(.*?):(\s|$)/.exec(t);
  return m ? m[1]! : undefined;
}

/** Fallback: key positions from `yaml`'s syntax tree (uniqueKeys off: its check is quadratic; ours is not). */
function treeLines(file: string, body: string, start: number): Map<string, Map<string, number>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const out = new Map<string, Map<string, number>>();
  for (const section of SECTIONS) {
    const node = doc.get(section, true);
    if (!isMap(node)) continue;
    const m = new Map<string, number>();
    for (const pair of (node as YAMLMap).items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const line = start + lineCounter.linePos(pair.key.range[0]).line;
      if (m.has(key)) throw parseError(file, line, `duplicate key "${key}" in ${section}`);
      m.set(key, line);
    }
    out.set(section, m);
  }
  return out;
}
