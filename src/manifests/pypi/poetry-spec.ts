/**
 * Poetry's dependency syntax (https://python-poetry.org/docs/dependency-specification/): caret and tilde
 * constraints, bare and wildcard versions, `||` alternatives, and tables with `version`, `git`, `path`,
 * `url`, `extras`, `markers`, `source`. Declared dependencies keep the raw constraint in `spec`;
 * poetryToPep440 gives later stages something @renovatebot/pep440 can evaluate.
 */
import type { Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { pinnedVersion } from './declared.js';

const OP = /^(\^|~=|~|===|==|!=|<=|>=|<|>|=)?(.*)$/;
const VERSION = /^v?(\d+(?:\.\d+)*)((?:[._-]?(?:a|b|c|rc|alpha|beta|pre|preview|post|dev)[._-]?\d*)*(?:\+[a-z0-9.]+)?)$/i;

/**
 * A Poetry constraint as PEP 440 specifier sets, one per `||` alternative (PEP 440 has no "or"): a version
 * matches when it satisfies any of them. `*` and '' give ['']. `where` prefixes the error for bad input.
 */
export function poetryToPep440(spec: string, where = 'Poetry constraint'): string[] {
  return spec.split('||').map((alt) => {
    const tokens = alt
      .replace(/(\^|~=|~|===|==|!=|<=|>=|<|>|=)\s+/g, '$1')
      .split(/[\s,]+/)
      .filter((t) => t !== '' && t !== '*');
    return tokens.map((t) => convert(t, spec, where)).join(',');
  });
}

function convert(token: string, spec: string, where: string): string {
  const [, op = '', v = ''] = OP.exec(token)!;
  const fail = (): never => {
    throw userError(`${where}: invalid Poetry version constraint "${spec}"`);
  };
  if (v === '' || /[\s<>=!~^]/.test(v)) return fail();
  if (op === '^' || op === '~') {
    const m = VERSION.exec(v);
    if (!m) return fail();
    const parts = m[1]!.split('.').map(Number);
    let bump: number;
    if (op === '~') bump = parts.length === 1 ? 0 : 1;
    else {
      bump = parts.findIndex((p) => p !== 0);
      if (bump < 0) bump = parts.length - 1;
    }
    const upper = parts.slice(0, bump + 1);
    upper[bump] = upper[bump]! + 1;
    while (upper.length < parts.length) upper.push(0);
    return `>=${v.replace(/^v/, '')},<${upper.join('.')}`;
  }
  if (!/^[A-Za-z0-9_.*+!-]+$/.test(v)) return fail();
  if (op === '' || op === '=') return `==${v}`;
  return `${op}${v}`;
}

/** The exact version a Poetry constraint pins (`1.2.3`, `==1.2.3`, `=1.2.3`), if any. */
export function poetryPinned(spec: string): string | undefined {
  const s = spec.trim();
  if (/^=?v?\d[A-Za-z0-9_.+!-]*$/.test(s)) return s.replace(/^=?v?/, '');
  return pinnedVersion(s);
}

export interface PoetryDependency {
  spec: string;
  version?: string;
  origin: Origin;
  extras?: string[];
  marker?: string;
  optional: boolean;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One Poetry dependency value (string, table, or array of tables with markers) → its entries. */
export function readPoetryDependency(
  value: unknown,
  where: string,
  sourceUrls: ReadonlyMap<string, string>,
): PoetryDependency[] {
  if (typeof value === 'string') {
    const d: PoetryDependency = { spec: value, origin: { kind: 'registry' }, optional: false };
    const version = poetryPinned(value);
    if (version !== undefined) d.version = version;
    return [d];
  }
  if (Array.isArray(value)) return value.flatMap((v) => readPoetryDependency(v, where, sourceUrls));
  if (!isTable(value)) throw userError(`${where}: dependency must be a version string or a table`);
  const str = (k: string): string | undefined => {
    const v = value[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw userError(`${where}: "${k}" must be a string`);
    return v;
  };
  const spec = str('version') ?? '';
  let origin: Origin;
  const git = str('git');
  const ref = str('rev') ?? str('tag') ?? str('branch');
  if (git !== undefined) origin = { kind: 'vcs', url: `git+${git}${ref ? `@${ref}` : ''}` };
  else if (str('path') !== undefined) origin = { kind: 'path', path: str('path')! };
  else if (str('url') !== undefined) origin = { kind: 'url', url: str('url')! };
  else {
    const source = str('source');
    const url = source === undefined ? undefined : sourceUrls.get(source);
    origin = url === undefined ? { kind: 'registry' } : { kind: 'registry', url };
  }
  const d: PoetryDependency = { spec, origin, optional: value['optional'] === true };
  const version = poetryPinned(spec);
  if (version !== undefined && origin.kind === 'registry') d.version = version;
  const extras = value['extras'];
  if (extras !== undefined) {
    if (!Array.isArray(extras) || !extras.every((e) => typeof e === 'string')) {
      throw userError(`${where}: "extras" must be an array of strings`);
    }
    d.extras = extras as string[];
  }
  const marker = str('markers');
  if (marker) d.marker = marker;
  return [d];
}
