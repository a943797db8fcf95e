/**
 * npm dependency specifiers: what a `"name": "spec"` pair means. The forms follow npm-package-arg
 * (https://github.com/npm/npm-package-arg#readme) and the package.json docs
 * (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies).
 */
import semver from 'semver';
import type { Integrity, Origin } from '../../model/dependencies.js';

export interface ParsedSpec {
  /** The package that is installed: the alias target for `npm:real@range`, else the key. */
  name: string;
  /** The range or URL that remains after an alias is unwrapped. */
  spec: string;
  origin: Origin;
  /** Set when the spec pins one exact registry version. */
  version?: string;
  /** The key as written when it is an alias for another package. */
  alias?: string;
}

const GIT_HOSTS = /^(github|gitlab|bitbucket|gist):/;
const GIT_URL = /^(git\+[a-z]+:|git:|git@)/i;
// `user/repo` and `user/repo#ref` are GitHub shorthands (npm-package-arg's hosted-git-info).
const GITHUB_SHORTHAND = /^[^@./\s:~][^/\s:]*\/[^/\s:]+(#.*)?$/;

/**
 * URLs in manifests and lockfiles can carry credentials (`https://user:token@host/…`,
 * `git+https://<token>@github.com/…`). They must not reach messages or reports, so they are masked here, at
 * the only place URLs enter. `git@` (the SSH user, no secret) is kept.
 */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@\s]*)@/i, (m, scheme: string, user: string) => (user === 'git' ? m : `${scheme}***@`));
}

/** Classifies one dependency value as npm would install it. */
export function parseSpec(name: string, raw: string): ParsedSpec {
  const spec = redactUrl(raw.trim());
  if (spec.startsWith('npm:')) {
    // Alias: `npm:real@range` or `npm:real` (latest). Scoped targets start with `@`.
    const target = spec.slice(4);
    const at = target.indexOf('@', 1);
    const real = at === -1 ? target : target.slice(0, at);
    const range = at === -1 ? '' : target.slice(at + 1);
    const inner = parseSpec(real, range);
    return { ...inner, name: real, alias: name };
  }
  if (spec.startsWith('workspace:')) return { name, spec, origin: { kind: 'workspace', path: spec.slice(10) } };
  if (spec.startsWith('link:')) return { name, spec, origin: { kind: 'workspace', path: spec.slice(5) } };
  if (spec.startsWith('file:')) return { name, spec, origin: { kind: 'path', path: spec.slice(5) } };
  if (GIT_URL.test(spec) || GIT_HOSTS.test(spec) || GITHUB_SHORTHAND.test(spec)) {
    return { name, spec, origin: { kind: 'vcs', url: spec } };
  }
  if (/^https?:\/\//i.test(spec)) return { name, spec, origin: { kind: 'url', url: spec } };
  if (/^(\.\.?\/|\/|~\/|\.\.?$)/.test(spec)) return { name, spec, origin: { kind: 'path', path: spec } };
  const exact = exactVersion(spec);
  return exact ? { name, spec, origin: { kind: 'registry' }, version: exact } : { name, spec, origin: { kind: 'registry' } };
}

/** `1.2.3`, `=1.2.3`, `v1.2.3` pin one version; anything else (ranges, tags) does not. */
export function exactVersion(spec: string): string | undefined {
  const s = spec.trim().replace(/^=\s*/, '');
  if (!/^v?\d/.test(s)) return undefined;
  return semver.valid(s) ?? undefined;
}

const SRI_ALGORITHMS = new Set(['sha1', 'sha256', 'sha384', 'sha512', 'md5']);

/**
 * Subresource Integrity (`sha512-<base64>`, several separated by spaces) to hex digests.
 * https://w3c.github.io/webappsec-subresource-integrity/#the-integrity-attribute
 * Unknown algorithms and undecodable values are dropped: a digest we cannot check protects nothing.
 */
export function sriToIntegrity(sri: string | undefined): Integrity[] {
  if (!sri) return [];
  const out: Integrity[] = [];
  for (const part of sri.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    if (dash <= 0) continue;
    const algorithm = part.slice(0, dash).toLowerCase();
    const b64 = part.slice(dash + 1).replace(/\?.*$/, ''); // SRI options follow `?`
    if (!SRI_ALGORITHMS.has(algorithm) || !/^[A-Za-z0-9+/]+=*$/.test(b64)) continue;
    const hex = Buffer.from(b64, 'base64').toString('hex');
    if (hex) out.push({ algorithm: algorithm as Integrity['algorithm'], hex });
  }
  return out;
}

/** yarn classic appends the tarball's sha1 to `resolved` as `#<40 hex>`. */
export function sha1FromFragment(url: string | undefined): Integrity[] {
  const m = url ? /#([0-9a-f]{40})$/i.exec(url) : null;
  return m ? [{ algorithm: 'sha1', hex: m[1]!.toLowerCase() }] : [];
}

/** Origin of a lockfile entry from its `resolved` URL (or the version field when it holds a URL). */
export function originFromResolved(raw: string | undefined): Origin {
  if (!raw) return { kind: 'registry' };
  const resolved = redactUrl(raw);
  if (GIT_URL.test(resolved) || GIT_HOSTS.test(resolved)) return { kind: 'vcs', url: resolved };
  if (resolved.startsWith('file:')) return { kind: 'path', path: resolved.slice(5) };
  if (resolved.startsWith('link:')) return { kind: 'workspace', path: resolved.slice(5) };
  if (/^https?:\/\//i.test(resolved)) {
    // Registry tarballs live at `<registry>/<name>/-/<file>.tgz`; anything else is a URL dependency.
    return /\/-\/[^/]+\.tgz(#.*)?$/i.test(resolved) ? { kind: 'registry', url: resolved } : { kind: 'url', url: resolved };
  }
  return { kind: 'path', path: resolved };
}

/** Splits `name@rest` where name may be scoped (`@scope/name@rest`). */
export function splitNameAt(s: string): { name: string; rest: string } | undefined {
  const at = s.indexOf('@', 1);
  if (at <= 0) return undefined;
  return { name: s.slice(0, at), rest: s.slice(at + 1) };
}
