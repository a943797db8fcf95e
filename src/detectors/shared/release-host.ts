import type { PackageModel } from '../types.js';

/** Hosts anyone may fetch a package's files from: registries, GitHub, Node's and Python's own sites. */
const PUBLIC_RELEASES = /(^|\.)(registry\.npmjs\.org|registry\.yarnpkg\.com|npmmirror\.com|github\.com|objects\.githubusercontent\.com|nodejs\.org|pypi\.org|files\.pythonhosted\.org)$/;

/** Hosts where anyone publishes: a repository there says nothing of who wrote a script at another path. */
const SHARED_HOSTS = /^(www\.)?(github\.com|gitlab\.com|bitbucket\.org|npmjs\.com|pypi\.org|raw\.githubusercontent\.com|gist\.github\.com)$/;

const hostsCache = new WeakMap<PackageModel, Set<string>>();

/** The hosts a package names as its own: homepage, repository, issue tracker (npm), Home-page and Project-URL (Python metadata). */
function ownHosts(pkg: PackageModel): Set<string> {
  let own = hostsCache.get(pkg);
  if (own) return own;
  own = new Set<string>();
  const urls: unknown[] = ['homepage', 'repository', 'bugs'].map((key) => {
    const v = pkg.npm?.json?.[key];
    return typeof v === 'string' ? v : typeof v === 'object' && v ? (v as { url?: unknown }).url : undefined;
  });
  const metadata = pkg.contents.files.find((f) => /^([^/]+\.dist-info\/METADATA|PKG-INFO)$/.test(f.path));
  for (const m of (metadata ? pkg.text(metadata.path) ?? '' : '').matchAll(/^(?:Home-page|Project-URL):.*?(https?:\/\/\S+)/gm)) urls.push(m[1]);
  for (const url of urls) {
    const host = typeof url === 'string' ? /^(?:git\+)?https?:\/\/([^/]+)/.exec(url)?.[1] : undefined;
    if (host) own.add(host.toLowerCase());
  }
  hostsCache.set(pkg, own);
  return own;
}

/**
 * A host of the package itself: one it names as its homepage, repository or tracker, or a
 * domain named after the package or its scope (`dotenvx.sh` for `@dotenvx/dotenvx`, `bun.sh` for `bun`).
 */
export function isOwnHost(pkg: PackageModel, host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  if (SHARED_HOSTS.test(h)) return false;
  if (ownHosts(pkg).has(h)) return true;
  const label = /([a-z0-9-]+)\.[a-z]{2,}$/.exec(h)?.[1];
  if (!label || label.length < 3) return false;
  const names = (pkg.name ?? '').toLowerCase().replace(/^@/, '').split('/');
  return names.some((n) => n.replace(/[^a-z0-9]/g, '') === label.replace(/-/g, ''));
}

/** The hosts of the URLs written in a text: `curl -sfS https://dotenvx.sh | sh` → `dotenvx.sh`. */
export function hostsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/([^/\s'"`$]+)/g)].map((m) => (m[1] ?? '').toLowerCase());
}

/** Hosts a package's own prebuilt binaries come from: the npm registry, GitHub release assets, its homepage. */
export function fromReleaseHost(pkg: PackageModel, file: string): boolean {
  const own = ownHosts(pkg);
  const hosts = pkg.events.strings.filter((s) => s.file === file).flatMap((s) => hostsIn(s.value));
  if (hosts.length === 0) return false;
  return hosts.every((h) => own.has(h) || PUBLIC_RELEASES.test(h));
}
