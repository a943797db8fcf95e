import type { PackageModel } from '../types.js';

/** Hosts a package's own prebuilt binaries come from: the npm registry, GitHub release assets, its homepage. */
export function fromReleaseHost(pkg: PackageModel, file: string): boolean {
  const own = new Set<string>();
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
  const hosts = pkg.events.strings
    .filter((s) => s.file === file)
    .flatMap((s) => [...s.value.matchAll(/https?:\/\/([^/\s'"`$]+)/g)].map((m) => (m[1] ?? '').toLowerCase()));
  if (hosts.length === 0) return false;
  return hosts.every(
    (h) => own.has(h) || /(^|\.)(registry\.npmjs\.org|registry\.yarnpkg\.com|npmmirror\.com|github\.com|objects\.githubusercontent\.com|nodejs\.org|pypi\.org|files\.pythonhosted\.org)$/.test(h),
  );
}
