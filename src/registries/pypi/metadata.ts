/**
 * Release metadata from PyPI's JSON API (https://docs.pypi.org/api/json/), `GET <root>/<name>/<version>/json`.
 * Only PyPI and a few mirrors serve it; a simple-API-only index leaves these fields `unavailable`.
 * Dependencies come from Requires-Dist (https://packaging.python.org/en/latest/specifications/core-metadata/#requires-dist).
 */
import type { PackageMetadata } from '../../model/dependencies.js';
import { externalError } from '../../runtime/errors.js';
import { isRecord, redactUrl } from '../registry.js';
import { normalizeName } from './filenames.js';

/** The fields only the JSON API supplies. */
export const JSON_API_FIELDS = ['maintainers', 'repository', 'description', 'dependencies'] as const;

/** `https://pypi.org/simple` → `https://pypi.org/pypi` (likewise TestPyPI); other indexes have no known JSON API. */
export function defaultJsonApiUrl(indexUrl: string): string | undefined {
  const m = /^https:\/\/(pypi\.org|test\.pypi\.org)\/simple\/?$/.exec(indexUrl);
  return m ? `https://${m[1]}/pypi` : undefined;
}

export type JsonApiMetadata = Omit<PackageMetadata, 'unavailable' | 'versionCount' | 'created'>;

export function parseJsonApi(data: unknown, url: string): JsonApiMetadata {
  if (!isRecord(data) || !isRecord(data.info)) throw externalError(`malformed PyPI JSON API answer from ${redactUrl(url)}: no "info" object`);
  const info = data.info;
  const str = (key: string): string | undefined => (typeof info[key] === 'string' && info[key] ? (info[key] as string) : undefined);
  const out: JsonApiMetadata = { dependencies: [] };
  const summary = str('summary');
  if (summary) out.description = summary;
  const people = ['author', 'author_email', 'maintainer', 'maintainer_email'].map(str).filter((s): s is string => !!s);
  out.maintainers = [...new Set(people)];
  const repository = pickRepository(info.project_urls, str('home_page'));
  if (repository) out.repository = repository;
  if (info.yanked === true) out.deprecated = `yanked${str('yanked_reason') ? `: ${str('yanked_reason')}` : ''}`;
  const times = (Array.isArray(data.urls) ? data.urls : [])
    .map((u: unknown) => (isRecord(u) && typeof u.upload_time_iso_8601 === 'string' ? u.upload_time_iso_8601 : undefined))
    .filter((t): t is string => !!t)
    .sort();
  if (times[0]) out.published = times[0];
  if (Array.isArray(info.requires_dist)) {
    for (const req of info.requires_dist) if (typeof req === 'string') out.dependencies.push(parseRequirement(req));
  }
  return out;
}

function pickRepository(projectUrls: unknown, homePage: string | undefined): string | undefined {
  const urls = isRecord(projectUrls) ? Object.entries(projectUrls).filter((e): e is [string, string] => typeof e[1] === 'string') : [];
  const labelled = urls.find(([label]) => /source|repository|code|github|gitlab/i.test(label));
  if (labelled) return labelled[1];
  const hosted = [...urls.map(([, u]) => u), homePage ?? ''].find((u) => /^https?:\/\/(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\//i.test(u));
  return hosted;
}

/** Splits a PEP 508 requirement (`name[extra] (>=1) ; marker`, `name @ url`) into the model's fields. */
export function parseRequirement(req: string): PackageMetadata['dependencies'][number] {
  const semi = req.indexOf(';');
  const body = (semi >= 0 ? req.slice(0, semi) : req).trim();
  const marker = semi >= 0 ? req.slice(semi + 1).trim() : undefined;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(body);
  const name = normalizeName(m?.[1] ?? body);
  const spec = (m?.[2] ?? '').trim().replace(/^\((.*)\)$/, '$1').trim();
  const dep: PackageMetadata['dependencies'][number] = { name, spec };
  if (marker) {
    dep.marker = marker;
    if (/\bextra\s*==/.test(marker)) dep.optional = true;
  }
  return dep;
}

/**
 * A distribution's core metadata file (https://packaging.python.org/en/latest/specifications/core-metadata/),
 * served beside the file by PEP 658 indexes: the same fields as the JSON API for indexes that lack one.
 * Email-header format: `Key: value` lines, continuation lines indented, the body (description) after a blank line.
 */
export function parseCoreMetadata(text: string): JsonApiMetadata {
  const headers: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last) last[1] += `\n${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  const all = (key: string): string[] => headers.filter(([k, v]) => k === key && v && v !== 'UNKNOWN').map(([, v]) => v);
  const out: JsonApiMetadata = { dependencies: all('requires-dist').map(parseRequirement) };
  const summary = all('summary')[0];
  if (summary) out.description = summary;
  out.maintainers = [...new Set(['author', 'author-email', 'maintainer', 'maintainer-email'].flatMap(all))];
  const projectUrls: Record<string, string> = {};
  for (const entry of all('project-url')) {
    const comma = entry.indexOf(',');
    if (comma > 0) projectUrls[entry.slice(0, comma).trim()] = entry.slice(comma + 1).trim();
  }
  const repository = pickRepository(projectUrls, all('home-page')[0]);
  if (repository) out.repository = repository;
  return out;
}
