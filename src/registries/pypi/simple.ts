/**
 * The "simple" repository API in both serialisations:
 * JSON https://peps.python.org/pep-0691/ (plus size/upload-time of https://peps.python.org/pep-0700/) and
 * HTML https://peps.python.org/pep-0503/ (yanked: https://peps.python.org/pep-0592/, requires-python:
 * https://peps.python.org/pep-0345/#requires-python via `data-requires-python`).
 * The HTML is hostile input: it is scanned with bounded regular expressions, never evaluated or rendered.
 */
import { externalError } from '../../runtime/errors.js';
import { isRecord, redactUrl } from '../registry.js';

export interface IndexFile {
  filename: string;
  /** Absolute URL (relative links resolved against the page). */
  url: string;
  /** Algorithm → lower-case hex digest. */
  hashes: Record<string, string>;
  requiresPython?: string;
  yanked: boolean;
  yankedReason?: string;
  size?: number;
  uploadTime?: string;
  /** PEP 658/714: the file's core metadata is served at `<url>.metadata`, with these digests (may be none). */
  coreMetadata?: { hashes: Record<string, string> };
}

export interface SimplePage {
  files: IndexFile[];
}

export const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1';

/** Chooses the parser from the Content-Type (falling back to the first byte when a server sends none). */
export function parseSimplePage(body: string, contentType: string | undefined, pageUrl: string): SimplePage {
  const type = (contentType ?? '').toLowerCase();
  const json = type.includes('json') || (!type.includes('html') && body.trimStart().startsWith('{'));
  if (!json) return parseSimpleHtml(body, pageUrl);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw externalError(`malformed JSON simple page from ${redactUrl(pageUrl)}: ${(err as Error).message}`, err);
  }
  return parseSimpleJson(data, pageUrl);
}

export function parseSimpleJson(data: unknown, pageUrl: string): SimplePage {
  const where = redactUrl(pageUrl);
  if (!isRecord(data) || !Array.isArray(data.files)) {
    throw externalError(`malformed PEP 691 page from ${where}: no "files" array`);
  }
  const files: IndexFile[] = [];
  data.files.forEach((raw: unknown, i: number) => {
    if (!isRecord(raw) || typeof raw.filename !== 'string' || typeof raw.url !== 'string') {
      throw externalError(`malformed PEP 691 page from ${where}: files[${i}] lacks a filename or url`);
    }
    const hashes = isRecord(raw.hashes) ? lowerHexHashes(raw.hashes) : {};
    const file: IndexFile = { filename: raw.filename, url: absolute(raw.url, pageUrl, where), hashes, yanked: raw.yanked === true || typeof raw.yanked === 'string' };
    if (typeof raw.yanked === 'string' && raw.yanked) file.yankedReason = raw.yanked;
    if (typeof raw['requires-python'] === 'string' && raw['requires-python']) file.requiresPython = raw['requires-python'];
    if (typeof raw.size === 'number') file.size = raw.size;
    if (typeof raw['upload-time'] === 'string') file.uploadTime = raw['upload-time'];
    // PEP 714 renamed `dist-info-metadata` to `core-metadata`; either is `true` or a hash dict.
    const core = raw['core-metadata'] ?? raw['dist-info-metadata'];
    if (core === true) file.coreMetadata = { hashes: {} };
    else if (isRecord(core)) file.coreMetadata = { hashes: lowerHexHashes(core) };
    files.push(file);
  });
  return { files };
}

function lowerHexHashes(raw: Record<string, unknown>): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [alg, value] of Object.entries(raw)) {
    if (typeof value === 'string' && /^[a-z0-9]+$/i.test(alg)) hashes[alg.toLowerCase()] = value.toLowerCase();
  }
  return hashes;
}

const BASE = /<base\b([^>]{0,2000})>/i;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseSimpleHtml(html: string, pageUrl: string): SimplePage {
  const where = redactUrl(pageUrl);
  // pip honours <base href> (PEP 503 does not forbid it), so links resolve against it.
  const baseTag = BASE.exec(html);
  const baseHref = baseTag ? attributes(baseTag[1]!).get('href') : undefined;
  const base = baseHref ? absolute(baseHref, pageUrl, where) : pageUrl;
  const files: IndexFile[] = [];
  for (const anchor of anchors(html)) {
    const attrs = attributes(anchor.attributes);
    const href = attrs.get('href');
    if (!href) continue;
    const url = absoluteUrl(href, base, where);
    const hashes: Record<string, string> = {};
    // PEP 503: the URL SHOULD carry `#<hashname>=<hashvalue>`.
    const fragment = /^#([a-z0-9]+)=([0-9a-f]+)$/i.exec(url.hash);
    if (fragment) hashes[fragment[1]!.toLowerCase()] = fragment[2]!.toLowerCase();
    url.hash = '';
    const text = decodeEntities(anchor.text.replace(/<[^>]*>/g, '')).trim();
    const filename = text || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const file: IndexFile = { filename, url: url.toString(), hashes, yanked: attrs.has('data-yanked') };
    const reason = attrs.get('data-yanked');
    if (reason) file.yankedReason = reason;
    const requiresPython = attrs.get('data-requires-python');
    if (requiresPython) file.requiresPython = requiresPython;
    const core = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
    if (core !== undefined && core.toLowerCase() !== 'false') {
      const m = /^([a-z0-9]+)=([0-9a-f]+)$/i.exec(core);
      file.coreMetadata = { hashes: m ? { [m[1]!.toLowerCase()]: m[2]!.toLowerCase() } : {} };
    }
    files.push(file);
  }
  return { files };
}

/**
 * `<a …>text</a>` elements in one left-to-right pass. Quoted attribute values may contain `>` (indexes
 * that do not escape `data-requires-python=">=3.8"`). Linear in the page size, so a hostile page cannot
 * make it backtrack; an unterminated tag or anchor ends the scan.
 */
function* anchors(html: string): Generator<{ attributes: string; text: string }> {
  const lower = html.toLowerCase();
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<a', at);
    if (open < 0) return;
    const next = lower[open + 2];
    if (next === undefined) return;
    if (!/[\s>/]/.test(next)) {
      at = open + 2;
      continue;
    }
    let end = open + 2;
    let quote = '';
    for (; end < html.length; end++) {
      const c = html[end]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (end >= html.length) return;
    const close = lower.indexOf('</a', end + 1);
    if (close < 0) return;
    yield { attributes: html.slice(open + 2, end), text: html.slice(end + 1, close) };
    at = close + 3;
  }
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character references an index realistically emits (named basics plus numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function absolute(href: string, base: string, where: string): string {
  return absoluteUrl(href, base, where).toString();
}

function absoluteUrl(href: string, base: string, where: string): URL {
  try {
    return new URL(href, base);
  } catch (err) {
    throw externalError(`malformed link "${href.slice(0, 100)}" in simple page ${where}`, err);
  }
}
