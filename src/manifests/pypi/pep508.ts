/**
 * PEP 508 dependency specifiers: `name[extras] (specifier | @ url) ; marker`.
 * https://peps.python.org/pep-0508/ and https://packaging.python.org/en/latest/specifications/dependency-specifiers/
 * Markers are kept as written (the pipeline reports them; it does not evaluate them).
 */
import type { Origin } from '../../model/dependencies.js';
import { userError } from '../../runtime/errors.js';
import { redact } from './declared.js';

export interface Requirement {
  /** The name as written (callers normalise). */
  name: string;
  extras: string[];
  /** Version specifier with whitespace removed (`>=1,<2`); '' when none or when `url` is set. */
  spec: string;
  /** Direct reference (`name @ https://…`, `name @ git+https://…`, `name @ file:///…`). */
  url?: string;
  marker?: string;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const CLAUSE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)\s*$/;

/** Parses one PEP 508 string; `where` (`file:line`) prefixes the userError for malformed input. */
export function parsePep508(text: string, where: string): Requirement {
  const fail = (problem: string): never => {
    throw userError(redact(`${where}: ${problem} in requirement "${text.trim()}"`));
  };
  let rest = text.trim();
  const nameMatch = NAME.exec(rest);
  if (!nameMatch) return fail('expected a package name');
  const name = nameMatch[0];
  rest = rest.slice(name.length).trimStart();

  const extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return fail('unclosed "[" of extras');
    for (const raw of rest.slice(1, close).split(',')) {
      const extra = raw.trim();
      if (extra === '') continue;
      if (!NAME.test(extra) || NAME.exec(extra)![0] !== extra) return fail(`invalid extra "${extra}"`);
      extras.push(extra);
    }
    rest = rest.slice(close + 1).trimStart();
  }

  let url: string | undefined;
  let specText = '';
  if (rest.startsWith('@')) {
    rest = rest.slice(1).trimStart();
    const end = rest.search(/\s/);
    url = end < 0 ? rest : rest.slice(0, end);
    if (url === '') return fail('"@" without a URL');
    rest = end < 0 ? '' : rest.slice(end).trimStart();
  } else {
    const semi = rest.indexOf(';');
    specText = (semi < 0 ? rest : rest.slice(0, semi)).trim();
    rest = semi < 0 ? '' : rest.slice(semi);
    if (specText.startsWith('(')) {
      if (!specText.endsWith(')')) return fail('unclosed "(" of the version specifier');
      specText = specText.slice(1, -1);
    }
  }

  const clauses: string[] = [];
  if (specText.trim() !== '') {
    for (const raw of specText.split(',')) {
      const m = CLAUSE.exec(raw);
      if (!m) return fail(`invalid version clause "${raw.trim()}"`);
      clauses.push(`${m[1]}${m[2]}`);
    }
  }

  let marker: string | undefined;
  if (rest !== '') {
    if (!rest.startsWith(';')) return fail(`unexpected text "${rest}"`);
    marker = rest.slice(1).trim();
    if (marker === '') return fail('empty environment marker after ";"');
    checkMarker(marker, fail);
  }
  const req: Requirement = { name, extras, spec: clauses.join(',') };
  if (url !== undefined) req.url = url;
  if (marker !== undefined) req.marker = marker;
  return req;
}

/** Cheap structural check: quotes closed and parentheses balanced (full marker grammar is not needed here). */
function checkMarker(marker: string, fail: (p: string) => never): void {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of marker) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) fail('unbalanced ")" in environment marker');
  }
  if (quote) fail('unclosed string in environment marker');
  if (depth !== 0) fail('unclosed "(" in environment marker');
}

/** Splits a VCS or URL reference's `#egg=name` fragment (pip's legacy way of naming a URL requirement). */
export function eggName(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  for (const part of url.slice(hash + 1).split('&')) {
    const [k, v] = part.split('=');
    if (k === 'egg' && v) return v.split('[')[0];
  }
  return undefined;
}

/** Name and version from a wheel or sdist file name (`pkg-1.0-py3-none-any.whl`, `pkg-1.0.tar.gz`). */
export function archiveNameVersion(pathOrUrl: string): { name: string; version: string } | undefined {
  const base = pathOrUrl.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const wheel = /^([A-Za-z0-9._]+)-([^-]+)-.*\.whl$/.exec(base);
  if (wheel) return { name: wheel[1]!, version: wheel[2]! };
  const sdist = /^(.+)-([0-9][^-]*)\.(?:tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/.exec(base);
  if (sdist) return { name: sdist[1]!, version: sdist[2]! };
  return undefined;
}

/** Origin kind of a direct reference: VCS (`git+`, `hg+`, `svn+`, `bzr+`), local file, or plain URL. */
export function classifyUrl(url: string): 'vcs' | 'path' | 'url' {
  if (/^(git|hg|svn|bzr)\+/i.test(url)) return 'vcs';
  if (/^file:/i.test(url)) return 'path';
  return 'url';
}

/** Origin of a direct reference; `file:` URLs become paths (without `#egg=` fragments). */
export function originOfUrl(url: string): Origin {
  const kind = classifyUrl(url);
  if (kind !== 'path') return { kind, url };
  return { kind, path: url.replace(/^file:(\/\/)?/i, '').replace(/#.*$/, '') };
}
