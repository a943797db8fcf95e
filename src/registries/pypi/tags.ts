/**
 * Which wheels pip would install on a target, following the tag priority of `packaging.tags.sys_tags()`:
 * https://packaging.python.org/en/latest/specifications/platform-compatibility-tags/
 * manylinux: https://peps.python.org/pep-0600/ (manylinux1 = glibc 2.5, 2010 = 2.12, 2014 = 2.17),
 * musllinux: https://peps.python.org/pep-0656/, abi3: https://docs.python.org/3/c-api/stable.html
 */
import type { WheelTag } from './filenames.js';

export interface WheelTarget {
  /** CPython version as [major, minor]. */
  python: [number, number];
  os: 'linux' | 'macos' | 'windows';
  arch: 'x86_64' | 'aarch64' | 'i686' | 'arm64';
  /** Linux only: which C library and its version (glibc 2.39 = Ubuntu 24.04). */
  libc?: { kind: 'glibc' | 'musl'; version: [number, number] };
  /** macOS only: the OS version. */
  macos?: [number, number];
}

/** What a GitHub-hosted `ubuntu-latest` runner with CPython 3.12 installs. */
export const DEFAULT_TARGETS: WheelTarget[] = [
  { python: [3, 12], os: 'linux', arch: 'x86_64', libc: { kind: 'glibc', version: [2, 39] } },
];

const LEGACY_MANYLINUX: Record<string, [number, number]> = {
  manylinux1: [2, 5],
  manylinux2010: [2, 12],
  manylinux2014: [2, 17],
};

function atMost(v: [number, number], max: [number, number]): boolean {
  return v[0] < max[0] || (v[0] === max[0] && v[1] <= max[1]);
}

/**
 * Preference of a platform tag on the target (higher is better), or -1 when pip would refuse it.
 * `any` scores 0; a platform-specific tag always outranks it (pip lists `any` last).
 */
export function platformScore(platform: string, target: WheelTarget): number {
  if (platform === 'any') return 0;
  if (target.os === 'linux') return linuxScore(platform, target);
  if (target.os === 'macos') return macosScore(platform, target);
  const win = { x86_64: 'win_amd64', i686: 'win32', arm64: 'win_arm64', aarch64: 'win_arm64' }[target.arch];
  return platform === win ? 100 : -1;
}

function linuxScore(platform: string, target: WheelTarget): number {
  const libc = target.libc ?? { kind: 'glibc', version: [2, 17] };
  if (platform === `linux_${target.arch}`) return 1;
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(platform);
  if (legacy) {
    const version = LEGACY_MANYLINUX[legacy[1]!]!;
    return libc.kind === 'glibc' && legacy[2] === target.arch && atMost(version, libc.version) ? 100 + version[1] : -1;
  }
  const modern = /^(manylinux|musllinux)_(\d+)_(\d+)_(.+)$/.exec(platform);
  if (!modern) return -1;
  const kind = modern[1] === 'manylinux' ? 'glibc' : 'musl';
  const version: [number, number] = [Number(modern[2]), Number(modern[3])];
  if (kind !== libc.kind || modern[4] !== target.arch || !atMost(version, libc.version)) return -1;
  return 100 + version[1];
}

const MAC_ARCHES: Record<string, string[]> = {
  x86_64: ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'],
  arm64: ['arm64', 'universal2'],
  aarch64: ['arm64', 'universal2'],
  i686: ['i386', 'intel', 'fat32', 'fat', 'universal'],
};

function macosScore(platform: string, target: WheelTarget): number {
  const m = /^macosx_(\d+)_(\d+)_(.+)$/.exec(platform);
  if (!m) return -1;
  const version: [number, number] = [Number(m[1]), Number(m[2])];
  const os = target.macos ?? [14, 0];
  // From macOS 11 on only the major version counts (packaging.tags.mac_platforms).
  const fits = version[0] >= 11 ? version[0] <= os[0] : atMost(version, os);
  if (!fits || !MAC_ARCHES[target.arch]?.includes(m[3]!)) return -1;
  return 100 + version[0] * 2 + (m[3] === target.arch ? 1 : 0);
}

/**
 * Preference of an interpreter/ABI pair: cp312-cp312 > cp3X-abi3 (newest first) > cp312-none >
 * py312-none > py3-none > py3X-none; -1 when incompatible.
 */
export function interpreterScore(python: string, abi: string, target: WheelTarget): number {
  const [major, minor] = target.python;
  const cp = `cp${major}${minor}`;
  if (abi === cp) return python === cp ? 900 : -1;
  if (abi === 'abi3') {
    const m = /^cp(\d)(\d+)$/.exec(python);
    if (!m || Number(m[1]) !== major || Number(m[2]) > minor || major < 3) return -1;
    return 800 + Number(m[2]);
  }
  if (abi !== 'none') return -1;
  if (python === cp) return 700;
  if (python === `py${major}${minor}`) return 600;
  if (python === `py${major}`) return 500;
  const m = /^py(\d)(\d+)$/.exec(python);
  if (m && Number(m[1]) === major && Number(m[2]) < minor) return 400 + Number(m[2]);
  return -1;
}

/** Best score of a wheel's tag set on the target, -1 when none of its tags fits. */
export function wheelScore(tags: WheelTag[], target: WheelTarget): number {
  let best = -1;
  for (const tag of tags) {
    const interp = interpreterScore(tag.python, tag.abi, target);
    const plat = platformScore(tag.platform, target);
    if (interp < 0 || plat < 0) continue;
    // Platform-specific wheels come before `any` at every interpreter level in pip's order.
    const score = tag.platform === 'any' ? interp : 1_000_000 + interp * 1000 + plat;
    best = Math.max(best, score);
  }
  return best;
}

/** A pure-Python wheel (`py3-none-any` and friends) fits every target of that Python major. */
export function isPureWheel(tags: WheelTag[]): boolean {
  return tags.some((t) => t.abi === 'none' && t.platform === 'any' && /^py\d+$|^py\d\d+$/.test(t.python));
}
