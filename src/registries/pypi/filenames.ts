/**
 * Project names and distribution file names.
 * Names: https://peps.python.org/pep-0503/#normalized-names
 * Wheels: https://peps.python.org/pep-0427/#file-name-convention (tags: https://packaging.python.org/en/latest/specifications/platform-compatibility-tags/)
 * Sdists: https://peps.python.org/pep-0625/ (`{name}-{version}.tar.gz`; older uploads also `.zip`, `.tar.bz2`, …)
 */
import { valid } from '@renovatebot/pep440';

export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

export interface WheelTag {
  python: string;
  abi: string;
  platform: string;
}

export type DistFile =
  | { type: 'wheel'; version: string; build?: string; tags: WheelTag[] }
  | { type: 'sdist'; version: string; extension: string };

const SDIST_EXTENSIONS = ['.tar.gz', '.zip', '.tar.bz2', '.tgz', '.tar.xz', '.tar'];

/**
 * Reads the version (and wheel tags) from a file name, or undefined when the file is not a distribution
 * of `project` we understand (eggs, installers, other projects' files listed on the page).
 */
export function parseDistFilename(filename: string, project: string): DistFile | undefined {
  const want = normalizeName(project);
  if (filename.endsWith('.whl')) return parseWheel(filename.slice(0, -4), want);
  const extension = SDIST_EXTENSIONS.find((ext) => filename.toLowerCase().endsWith(ext));
  if (!extension) return undefined;
  const stem = filename.slice(0, -extension.length);
  // Legacy sdist names keep the project's own dashes (`foo-bar-1.0.tar.gz`): try each split point.
  for (let i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
    const version = stem.slice(i + 1);
    if (normalizeName(stem.slice(0, i)) === want && valid(version)) return { type: 'sdist', version, extension };
  }
  return undefined;
}

function parseWheel(stem: string, want: string): DistFile | undefined {
  const parts = stem.split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const [dist, version] = parts as [string, string];
  if (normalizeName(dist) !== want || !valid(version)) return undefined;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  const build = parts.length === 6 ? parts[2] : undefined;
  return { type: 'wheel', version, ...(build ? { build } : {}), tags: expandTags(python, abi, platform) };
}

/** Compressed tag sets (`py2.py3-none-any`, `manylinux1_x86_64.manylinux2010_x86_64`) expand to all triples. */
export function expandTags(python: string, abi: string, platform: string): WheelTag[] {
  const out: WheelTag[] = [];
  for (const p of python.split('.'))
    for (const a of abi.split('.'))
      for (const pl of platform.split('.')) out.push({ python: p.toLowerCase(), abi: a.toLowerCase(), platform: pl.toLowerCase() });
  return out;
}
