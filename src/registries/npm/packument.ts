/**
 * The full npm packument (https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md#getpackage) and
 * version selection as npm-pick-manifest does it: a dist-tag by name, `latest` when it satisfies the
 * range, otherwise the highest satisfying non-deprecated version; pre-releases only when the range names
 * one (semver's rule) or when asked.
 */
import semver from 'semver';
import type { Integrity, PackageMetadata } from '../../model/dependencies.js';
import { externalError, userError } from '../../runtime/errors.js';
import { emptyRecord, isRecord } from '../registry.js';

export interface Packument {
  name: string;
  distTags: Record<string, string>;
  versions: Record<string, Record<string, unknown>>;
  time: Record<string, string>;
  maintainers: string[];
}

/**
 * Validates the parts we use. Records get no prototype: version and tag names are attacker-chosen keys.
 * A fully unpublished package keeps only `time.unpublished` (no versions); that is "not found".
 */
export function parsePackument(data: unknown, where: string, name: string): Packument {
  if (isRecord(data) && !isRecord(data.versions) && isRecord(data.time) && data.time.unpublished !== undefined) {
    throw userError(`npm package "${name}" was unpublished from registry ${where}`);
  }
  if (!isRecord(data) || !isRecord(data.versions)) throw externalError(`malformed packument from ${where}: no "versions" object`);
  const versions = emptyRecord<Record<string, unknown>>();
  for (const [v, manifest] of Object.entries(data.versions)) if (isRecord(manifest)) versions[v] = manifest;
  const distTags = stringRecord(data['dist-tags']) ?? emptyRecord<string>();
  const time = stringRecord(data.time) ?? emptyRecord<string>();
  return {
    name: typeof data.name === 'string' ? data.name : '',
    distTags,
    versions,
    time,
    maintainers: people(data.maintainers),
  };
}

function people(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((p: unknown) => (typeof p === 'string' ? p : isRecord(p) && typeof p.name === 'string' ? p.name : undefined))
    .filter((p): p is string => !!p);
}

/** `npm:real-name@range` aliases resolve the real package. */
export function splitAlias(name: string, spec: string): { name: string; spec: string } {
  const m = /^npm:((?:@[^/@\s]+\/)?[^@\s]+)(?:@(.*))?$/.exec(spec.trim());
  return m ? { name: m[1]!, spec: m[2] ?? '' } : { name, spec };
}

/** Specs that do not name a registry version (git, URLs, paths, workspaces) cannot be resolved here. */
export function isRegistrySpec(spec: string): boolean {
  return !/^(git\+|git:|github:|gitlab:|bitbucket:|https?:|file:|link:|workspace:|portal:|patch:)|^[^@\s]+\/[^@\s]+(#.*)?$|^\.{0,2}\//.test(spec.trim());
}

export function pickVersion(p: Packument, spec: string, opts: { prereleases?: boolean; name: string; registry: string }): string | undefined {
  const wanted = spec.trim() || 'latest';
  const all = Object.keys(p.versions).filter((v) => semver.valid(v));
  if (Object.hasOwn(p.distTags, wanted)) {
    const tagged = p.distTags[wanted]!;
    return p.versions[tagged] ? tagged : undefined;
  }
  if (semver.valid(wanted)) {
    const exact = all.find((v) => semver.eq(v, wanted));
    return exact;
  }
  const range = semver.validRange(wanted, { loose: true });
  if (range === null) {
    throw userError(`"${spec}" is neither a semver range nor a dist-tag of npm package "${opts.name}" (registry ${opts.registry})`);
  }
  const semverOpts = { includePrerelease: opts.prereleases === true, loose: true };
  const latest = p.distTags.latest;
  if (latest && p.versions[latest] && semver.satisfies(latest, range, semverOpts)) return latest;
  const matching = all.filter((v) => semver.satisfies(v, range, semverOpts)).sort(semver.rcompare);
  return matching.find((v) => !p.versions[v]!.deprecated) ?? matching[0];
}

/** `dist.integrity` (SRI, possibly several) and `dist.shasum` (sha1 hex). */
export function distIntegrity(dist: Record<string, unknown>): Integrity[] {
  const out: Integrity[] = [];
  if (typeof dist.integrity === 'string') {
    for (const part of dist.integrity.trim().split(/\s+/)) {
      const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(part);
      if (m) out.push({ algorithm: m[1] as Integrity['algorithm'], hex: Buffer.from(m[2]!, 'base64').toString('hex') });
    }
  }
  if (typeof dist.shasum === 'string' && /^[0-9a-f]{40}$/i.test(dist.shasum) && !out.some((i) => i.algorithm === 'sha1')) {
    out.push({ algorithm: 'sha1', hex: dist.shasum.toLowerCase() });
  }
  return out;
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const out = emptyRecord<string>();
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function versionMetadata(p: Packument, version: string): PackageMetadata {
  const manifest = p.versions[version]!;
  const meta: PackageMetadata = { versionCount: Object.keys(p.versions).length, dependencies: [], unavailable: [] };
  if (p.time[version]) meta.published = p.time[version];
  else meta.unavailable.push('published');
  if (p.time.created) meta.created = p.time.created;
  else meta.unavailable.push('created');
  const maintainers = people(manifest.maintainers);
  meta.maintainers = maintainers.length ? maintainers : p.maintainers;
  const repo = manifest.repository;
  const repoUrl = typeof repo === 'string' ? repo : isRecord(repo) && typeof repo.url === 'string' ? repo.url : undefined;
  if (repoUrl) meta.repository = repoUrl;
  if (typeof manifest.description === 'string') meta.description = manifest.description;
  if (typeof manifest.deprecated === 'string' && manifest.deprecated) meta.deprecated = manifest.deprecated;
  meta.scripts = stringRecord(manifest.scripts) ?? {};
  // `bin` may be a single path meaning "a command named like the package" (without its scope).
  if (typeof manifest.bin === 'string') meta.bin = { [p.name.replace(/^@[^/]+\//, '') || 'bin']: manifest.bin };
  else if (isRecord(manifest.bin)) meta.bin = stringRecord(manifest.bin);
  for (const [name, spec] of Object.entries(stringRecord(manifest.dependencies) ?? {})) meta.dependencies.push({ name, spec });
  for (const [name, spec] of Object.entries(stringRecord(manifest.optionalDependencies) ?? {})) {
    const existing = meta.dependencies.find((d) => d.name === name);
    if (existing) Object.assign(existing, { spec, optional: true }); // npm lists them in both maps; optional wins
    else meta.dependencies.push({ name, spec, optional: true });
  }
  return meta;
}
