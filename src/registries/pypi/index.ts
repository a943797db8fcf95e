/**
 * PyPI (or any PEP 503/691 index) behind the Registry interface. The simple API gives versions, files,
 * hashes and yanked state; the optional JSON API adds metadata. Pages are cached for the run.
 */
import type { Artifact, Integrity, PackageMetadata, ResolvedPackage } from '../../model/dependencies.js';
import type { HttpClient } from '../../fetch/http.js';
import type { Logger } from '../../runtime/logger.js';
import { createHash } from 'node:crypto';
import { compare, valid } from '@renovatebot/pep440';
import { describeError, externalError, userError } from '../../runtime/errors.js';
import {
  checkStatus, isNotFound, parseJsonBody, redactUrl, RunCache, sameOrigin, splitCredentials, withTrailingSlash,
  type Registry, type ResolveOptions,
} from '../registry.js';
import { normalizeName, parseDistFilename } from './filenames.js';
import { defaultJsonApiUrl, JSON_API_FIELDS, parseCoreMetadata, parseJsonApi, type JsonApiMetadata } from './metadata.js';
import { chooseFiles, selectVersion, type Candidate } from './select.js';
import { parseSimplePage, SIMPLE_ACCEPT } from './simple.js';
import { DEFAULT_TARGETS, type WheelTarget } from './tags.js';

export interface PypiRegistryConfig {
  /** Simple-API root, e.g. `https://pypi.org/simple`; `user:pass@` in it becomes Basic auth. */
  indexUrl: string;
  /** JSON API root (`https://pypi.org/pypi`); derived for pypi.org, '' disables it. */
  jsonApiUrl?: string;
  /** Bearer token for the index's origin; never logged. */
  token?: string;
  targets?: WheelTarget[];
}

const INTEGRITY_ALGORITHMS = new Set<Integrity['algorithm']>(['sha1', 'sha256', 'sha384', 'sha512', 'md5']);
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const MAX_CORE_METADATA_BYTES = 8 * 1024 * 1024;

interface ProjectPage {
  candidates: Candidate[];
  versionCount: number;
  created?: string;
}

export function createPypiRegistry(http: HttpClient, cfg: PypiRegistryConfig, log: Logger): Registry {
  const split = splitCredentials(cfg.indexUrl);
  const root = withTrailingSlash(split.url);
  const shown = redactUrl(cfg.indexUrl);
  const authorization = cfg.token ? `Bearer ${cfg.token}` : split.authorization;
  const jsonRoot = cfg.jsonApiUrl === '' ? undefined : (cfg.jsonApiUrl ?? defaultJsonApiUrl(split.url));
  const targets = cfg.targets?.length ? cfg.targets : DEFAULT_TARGETS;
  const pages = new RunCache<ProjectPage>();
  const releases = new RunCache<JsonApiMetadata | undefined>();

  /** Credentials go only to the index's own origin (files may live on a CDN elsewhere). */
  const authFor = (url: string): { authorization?: string } => (authorization && sameOrigin(url, root) ? { authorization } : {});

  const loadPage = (project: string): Promise<ProjectPage> =>
    pages.get(project, async () => {
      const url = `${root}${encodeURIComponent(project)}/`;
      log.debug(`pypi: GET ${redactUrl(url)}`);
      const res = await http.request({ url, headers: { Accept: SIMPLE_ACCEPT }, maxBytes: MAX_PAGE_BYTES, ...authFor(url) });
      if (isNotFound(res)) throw userError(`PyPI project "${project}" not found on index ${shown}`);
      checkStatus(res, `PyPI project "${project}"`, url);
      const page = parseSimplePage(new TextDecoder().decode(res.body), res.headers['content-type'], res.url || url);
      const candidates: Candidate[] = [];
      for (const file of page.files) {
        const dist = parseDistFilename(file.filename, project);
        if (dist) candidates.push({ file, dist });
      }
      const times = page.files.map((f) => f.uploadTime).filter((t): t is string => !!t).sort();
      const versionCount = new Set(candidates.map((c) => valid(c.dist.version) ?? c.dist.version)).size;
      return { candidates, versionCount, ...(times[0] ? { created: times[0] } : {}) };
    });

  const loadRelease = (project: string, version: string): Promise<JsonApiMetadata | undefined> =>
    releases.get(`${project}@${version}`, async () => {
      if (!jsonRoot) return undefined;
      const url = `${withTrailingSlash(jsonRoot)}${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
      try {
        const res = await http.request({ url, headers: { Accept: 'application/json' }, maxBytes: MAX_PAGE_BYTES, ...authFor(url) });
        if (isNotFound(res)) {
          log.debug(`pypi: no JSON API metadata for ${project} ${version} at ${redactUrl(url)}`);
          return undefined;
        }
        checkStatus(res, `PyPI metadata for ${project} ${version}`, url);
        return parseJsonApi(parseJsonBody(res, url), url);
      } catch (err) {
        // Metadata only feeds signals; the artifacts are what get inspected, so a broken JSON API degrades.
        log.warning(`pypi: metadata for ${project} ${version} unavailable: ${describeError(err)}`);
        return undefined;
      }
    });

  /** PEP 658: the core metadata of one of the chosen files (a wheel's first: it is what pip reads). */
  const loadCoreMetadata = async (project: string, version: string, files: Candidate[]): Promise<JsonApiMetadata | undefined> => {
    const file = [...files].sort((a, b) => Number(b.dist.type === 'wheel') - Number(a.dist.type === 'wheel')).find((c) => c.file.coreMetadata)?.file;
    if (!file?.coreMetadata) return undefined;
    const expected = file.coreMetadata.hashes.sha256;
    const url = `${file.url}.metadata`;
    try {
      const res = await http.request({ url, maxBytes: MAX_CORE_METADATA_BYTES, ...authFor(url) });
      checkStatus(res, `core metadata of ${file.filename}`, url);
      // The index announces the digest (PEP 658); a mismatch means the file is not what the index vouched for.
      if (expected && createHash('sha256').update(res.body).digest('hex') !== expected) {
        throw externalError(`core metadata from ${redactUrl(url)} does not match the sha256 the index lists`);
      }
      return parseCoreMetadata(new TextDecoder().decode(res.body));
    } catch (err) {
      log.warning(`pypi: core metadata for ${project} ${version} unavailable: ${describeError(err)}`);
      return undefined;
    }
  };

  const build = async (project: string, version: string, files: Candidate[], page: ProjectPage): Promise<ResolvedPackage> => {
    const ref = { ecosystem: 'pypi' as const, name: project, version };
    const artifacts: Artifact[] = files.map((c) => ({
      ref,
      url: c.file.url,
      filename: c.file.filename,
      type: c.dist.type,
      integrity: Object.entries(c.file.hashes)
        .filter(([alg]) => INTEGRITY_ALGORITHMS.has(alg as Integrity['algorithm']))
        .map(([alg, hex]) => ({ algorithm: alg as Integrity['algorithm'], hex })),
      ...(c.file.size !== undefined ? { size: c.file.size } : {}),
    }));
    const metadata: PackageMetadata = { versionCount: page.versionCount, dependencies: [], unavailable: [] };
    if (page.created) metadata.created = page.created;
    const uploaded = files.map((c) => c.file.uploadTime).filter((t): t is string => !!t).sort()[0];
    if (uploaded) metadata.published = uploaded;
    const release = (await loadRelease(project, version)) ?? (await loadCoreMetadata(project, version, files));
    if (release) Object.assign(metadata, release, release.published ? {} : uploaded ? { published: uploaded } : {});
    else metadata.unavailable.push(...JSON_API_FIELDS);
    // A release whose every file is yanked is PyPI's form of deprecation; the simple API alone says so too.
    const yanked = files.length > 0 && files.every((c) => c.file.yanked);
    if (yanked && !metadata.deprecated) metadata.deprecated = `yanked${files[0]!.file.yankedReason ? `: ${files[0]!.file.yankedReason}` : ''}`;
    if (!metadata.published) metadata.unavailable.push('published');
    if (!metadata.created) metadata.unavailable.push('created');
    return { ref, artifacts, metadata, registry: shown };
  };

  return {
    ecosystem: 'pypi',
    async resolve(name: string, spec: string, opts?: ResolveOptions): Promise<ResolvedPackage> {
      const project = normalizeName(name);
      const page = await loadPage(project);
      const selection = selectVersion(page.candidates, spec, { prereleases: opts?.prereleases, targets, project, index: shown });
      if (!selection) {
        throw userError(
          `no version of PyPI project "${project}" matches "${spec || '(any)'}" on index ${shown} ` +
            `(${page.versionCount} versions listed; yanked files and files for other Python versions or platforms are skipped)`,
        );
      }
      log.debug(`pypi: ${project} ${spec || '(any)'} → ${selection.version}`);
      return build(project, selection.version, selection.files, page);
    },
    async get(name: string, version: string): Promise<ResolvedPackage> {
      const project = normalizeName(name);
      if (!valid(version)) throw userError(`"${version}" is not a valid PEP 440 version for PyPI project "${project}"`);
      const page = await loadPage(project);
      // An exact pin may name a yanked release (PEP 592), so nothing is filtered here.
      const same = page.candidates.filter((c) => compare(c.dist.version, version) === 0);
      if (same.length === 0) throw userError(`PyPI project "${project}" has no version ${version} on index ${shown}`);
      return build(project, same[0]!.dist.version, chooseFiles(same, targets), page);
    },
  };
}

export type { WheelTarget } from './tags.js';
export { DEFAULT_TARGETS } from './tags.js';
