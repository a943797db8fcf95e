/**
 * Building blocks every PyPI parser shares: PEP 503 names, exact-pin detection, hash parsing and the
 * DeclaredDependency / ManifestResult shapes with their defaults.
 */
import type {
  DeclaredDependency,
  Integrity,
  ManifestKind,
  ManifestResult,
  Origin,
  SourceLine,
} from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';

/** PEP 503 normalisation: https://peps.python.org/pep-0503/#normalized-names */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/**
 * The exact version a specifier pins, if it pins one: a single `==X` clause without a wildcard,
 * or `===X` (arbitrary equality, https://peps.python.org/pep-0440/#arbitrary-equality).
 */
export function pinnedVersion(spec: string): string | undefined {
  const clauses = spec.split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length !== 1) return undefined;
  const m = /^(===|==)\s*([^\s=<>!~,]+)$/.exec(clauses[0]!);
  if (!m) return undefined;
  if (m[1] === '==' && m[2]!.includes('*')) return undefined;
  return m[2]!;
}

const HASH_LENGTHS: Record<Integrity['algorithm'], number> = {
  md5: 32,
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

/** `sha256:abcd…` (pip `--hash`, lockfile `hash`) → Integrity; `where` is the `file:line` prefix. */
export function parseHash(value: string, where: string): Integrity {
  const m = /^(md5|sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec(value.trim());
  if (!m) throw userError(`${where}: hash "${value}" is not of the form <algorithm>:<hex>`);
  const algorithm = m[1] as Integrity['algorithm'];
  const hex = m[2]!.toLowerCase();
  if (hex.length !== HASH_LENGTHS[algorithm]) {
    throw userError(`${where}: ${algorithm} hash has ${hex.length} hex digits, expected ${HASH_LENGTHS[algorithm]}`);
  }
  return { algorithm, hex };
}

export interface DependencyInit {
  name: string;
  source: SourceLine;
  spec?: string;
  version?: string;
  direct?: boolean;
  group?: string;
  origin?: Origin;
  integrity?: Integrity[];
  marker?: string;
  extras?: string[];
  via?: string[];
  dependencies?: string[];
}

/** A PyPI DeclaredDependency with defaults: direct, prod, registry origin, version taken from an exact pin. */
export function declare(init: DependencyInit): DeclaredDependency {
  // Names from TOML/JSON keys are not checked by any grammar; PEP 508's name rule applies to all of them.
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(init.name)) {
    throw userError(`${init.source.file}:${init.source.line}: "${init.name.slice(0, 100)}" is not a valid package name`);
  }
  const spec = init.spec ?? '';
  const d: DeclaredDependency = {
    ecosystem: 'pypi',
    name: normalizeName(init.name),
    spec,
    direct: init.direct ?? true,
    group: init.group ?? 'prod',
    source: init.source,
    origin: init.origin ?? { kind: 'registry' },
    integrity: init.integrity ?? [],
    via: init.via ?? [],
  };
  const version = init.version ?? pinnedVersion(spec);
  if (version !== undefined) d.version = version;
  if (init.marker) d.marker = init.marker;
  if (init.extras && init.extras.length > 0) d.extras = init.extras;
  if (init.dependencies) d.dependencies = init.dependencies;
  return d;
}

export function emptyResult(file: string, kind: ManifestKind, locked: boolean): ManifestResult {
  return { file, kind, ecosystem: 'pypi', locked, dependencies: [], registries: [], includes: [], notes: [] };
}

/** Strips a UTF-8 byte-order mark and splits on LF, CRLF or CR, so line numbers match editors'. */
export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\r|\n/);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Hides URL credentials (`https://user:token@host` → `https://***@host`) before text goes into a message. */
export function redact(text: string): string {
  return text.replace(/(\/\/)[^/@\s]+@/g, '$1***@');
}

/** `hash` fields of lockfile file entries (`{file = "…", hash = "sha256:…"}`), de-duplicated. */
export function hashesOf(entries: unknown, where: string): Integrity[] {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) throw userError(`${where}: file list must be an array`);
  const out: Integrity[] = [];
  for (const e of entries) {
    const h = typeof e === 'object' && e !== null ? (e as Record<string, unknown>)['hash'] : undefined;
    if (h === undefined) continue;
    if (typeof h !== 'string') throw userError(`${where}: "hash" must be a string`);
    const integrity = parseHash(h, where);
    if (!out.some((o) => o.algorithm === integrity.algorithm && o.hex === integrity.hex)) out.push(integrity);
  }
  return out;
}
