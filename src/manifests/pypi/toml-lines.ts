/**
 * TOML with line numbers. smol-toml returns plain values; this reads the text once more, line by line, to
 * find where each table header and each key sits, so a dependency can point at the line that declares it.
 * Tables are addressed by path; an array of tables (`[[package]]`) is addressed by its name followed by the
 * element's index: ['package', 3, 'metadata'] is the `[package.metadata]` under the fourth `[[package]]`.
 */
import { parse, TomlError } from 'smol-toml';
import { userError } from '../../runtime/errors.js';
import { normalizeName, splitLines, stripBom } from './declared.js';

export type TomlPath = readonly (string | number)[];
export type TomlTable = Record<string, unknown>;

/** smol-toml's parse, with its errors turned into `file:line: problem` user errors. */
export function parseToml(file: string, text: string): TomlTable {
  try {
    return parse(stripBom(text), { maxDepth: 64 }) as TomlTable;
  } catch (err) {
    if (err instanceof TomlError) {
      const problem = err.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/i, '');
      throw userError(`${file}:${err.line}: invalid TOML: ${problem}`, err);
    }
    throw userError(`${file}: invalid TOML: ${err instanceof Error ? err.message : String(err)}`, err);
  }
}

/** Splits `a."b.c". d` into ['a', 'b.c', 'd']. */
function splitDotted(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else cur += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '.') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const HEADER = /^\s*(\[\[?)\s*((?:[^\]"'#]|"[^"]*"|'[^']*')+?)\s*\]\]?\s*(?:#.*)?$/;
const KEY = /^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=/;

export class TomlLines {
  private readonly tables = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = splitLines(text);
    const counts = new Map<string, number>();
    let table = '';
    let multiline: string | undefined;
    let depth = 0; // open [ and { of a value spanning lines
    this.lines.forEach((raw, i) => {
      const n = i + 1;
      if (multiline) {
        if (raw.includes(multiline)) multiline = undefined;
        return;
      }
      const header = depth === 0 ? HEADER.exec(raw) : null;
      if (header) {
        const segs = splitDotted(header[2]!);
        let id = '';
        for (let s = 0; s < segs.length; s++) {
          id += (id ? '\u0000' : '') + segs[s];
          const isLast = s === segs.length - 1;
          if (isLast && header[1] === '[[') counts.set(id, (counts.get(id) ?? -1) + 1);
          if (counts.has(id)) id += `\u0000#${counts.get(id)}`;
        }
        table = id;
        if (!this.tables.has(id)) this.tables.set(id, n);
        return;
      }
      if (depth === 0) {
        const key = KEY.exec(raw);
        if (key) {
          const first = splitDotted(key[1]!)[0]!;
          const id = `${table}\u0001${first}`;
          if (!this.keys.has(id)) this.keys.set(id, n);
        }
      }
      const code = stripStrings(raw);
      for (const q of ['"""', "'''"]) {
        const count = raw.split(q).length - 1;
        if (count % 2 === 1) multiline = q;
      }
      for (const ch of code) {
        if (ch === '[' || ch === '{') depth++;
        else if ((ch === ']' || ch === '}') && depth > 0) depth--;
      }
    });
  }

  private static id(path: TomlPath): string {
    return path.map((p) => (typeof p === 'number' ? `#${p}` : p)).join('\u0000');
  }

  /** Line of a table's header; 0 when the table has none (e.g. it is only implied by a longer header). */
  table(path: TomlPath): number {
    return this.tables.get(TomlLines.id(path)) ?? 0;
  }

  /**
   * Line where `key` is assigned in the table at `path`. When the table is written inline or as dotted keys
   * (`[tool.poetry.group.dev]` + `dependencies = { pytest = "^7" }`), the line of the enclosing key or header.
   */
  key(path: TomlPath, key: string | number): number {
    const own = typeof key === 'string' ? this.keys.get(`${TomlLines.id(path)}\u0001${key}`) : undefined;
    if (own !== undefined) return own;
    const header = this.table([...path, key]);
    if (header > 0) return header;
    if (path.length === 0) return 0;
    const last = path[path.length - 1]!;
    return typeof last === 'number' ? this.table(path) : this.key(path.slice(0, -1), last);
  }

  /**
   * Line of the string `value` at or after line `from` (array elements of a multi-line array), skipping
   * `skip` occurrences on line `from` itself (repeated values); `from` when it is not found (escaped strings).
   */
  value(from: number, value: string, skip = 0): number {
    if (from <= 0) return from;
    const needles = [JSON.stringify(value), `'${value}'`];
    for (let i = from - 1; i < this.lines.length; i++) {
      const text = this.lines[i]!;
      const count = needles.reduce((n, nd) => n + text.split(nd).length - 1, 0);
      if (count > (i === from - 1 ? skip : 0)) return i + 1;
      if (i > from - 1 && (HEADER.test(text) || KEY.test(text))) break;
    }
    return from;
  }
}

/** The line with string literals and the comment removed, for bracket counting. */
function stripStrings(raw: string): string {
  return raw.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""').replace(/#.*$/, '');
}

export const isTable = (v: unknown): v is TomlTable => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * The value at `path` (string keys only) when it has the expected shape; undefined when absent;
 * a `file:line` user error when present with another type.
 */
export function valueAt<T extends 'table' | 'array' | 'string'>(
  doc: TomlTable,
  path: readonly string[],
  type: T,
  file: string,
  lines: TomlLines,
): (T extends 'table' ? TomlTable : T extends 'array' ? unknown[] : string) | undefined {
  let cur: unknown = doc;
  for (const k of path) {
    if (!isTable(cur)) return undefined;
    cur = cur[k];
  }
  if (cur === undefined) return undefined;
  const ok = type === 'table' ? isTable(cur) : type === 'array' ? Array.isArray(cur) : typeof cur === 'string';
  if (!ok) {
    const line = lines.key(path.slice(0, -1), path[path.length - 1]!);
    throw userError(`${file}:${line}: "${path.join('.')}" must be a${type === 'array' ? 'n' : ''} ${type}`);
  }
  return cur as never;
}

/** One `[[package]]` entry of poetry.lock or pdm.lock, checked to have `name` and `version` strings. */
export interface LockedPackage {
  pkg: TomlTable & { name: string; version: string };
  /** PEP 503-normalised. */
  name: string;
  line: number;
  /** `file:line`, for messages. */
  where: string;
}

/**
 * The `[[package]]` entries of a Poetry or PDM lock, each validated, plus the legacy `[metadata.files]` table
 * (older formats keep hashes there, keyed by name).
 */
export function lockedPackages(
  doc: TomlTable,
  file: string,
  lines: TomlLines,
): { entries: LockedPackage[]; legacyFiles: TomlTable } {
  const legacyFiles = valueAt(doc, ['metadata', 'files'], 'table', file, lines) ?? {};
  const entries = (valueAt(doc, ['package'], 'array', file, lines) ?? []).map((pkg, i): LockedPackage => {
    const line = lines.key(['package', i], 'name');
    const where = `${file}:${line}`;
    if (!isTable(pkg) || typeof pkg['name'] !== 'string' || typeof pkg['version'] !== 'string') {
      throw userError(`${where}: [[package]] needs "name" and "version" strings`);
    }
    return { pkg: pkg as LockedPackage['pkg'], name: normalizeName(pkg['name']), line, where };
  });
  return { entries, legacyFiles };
}
