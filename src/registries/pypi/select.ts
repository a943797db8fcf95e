/**
 * Picks the version and files pip would take from a simple page. Rules:
 * - highest version matching the specifier (https://peps.python.org/pep-0440/#version-specifiers);
 * - pre-releases only when asked, when the specifier names one, or when nothing else matches (pip's rule,
 *   https://pip.pypa.io/en/stable/cli/pip_install/#pre-release-versions);
 * - yanked files only for an exact `==`/`===` pin (https://peps.python.org/pep-0592/#installers);
 * - files whose Requires-Python excludes every target are skipped, and a version needs one installable file.
 */
import { compare, explain, satisfies, validRange } from '@renovatebot/pep440';
import { userError } from '../../runtime/errors.js';
import type { DistFile } from './filenames.js';
import type { IndexFile } from './simple.js';
import { isPureWheel, wheelScore, type WheelTarget } from './tags.js';

export interface Candidate {
  file: IndexFile;
  dist: DistFile;
}

export interface Selection {
  version: string;
  /** The chosen files: one sdist, the best wheel per target, and any pure-Python wheel. */
  files: Candidate[];
}

/** `==1.2` / `===1.2` without wildcards: the one case where yanked files are allowed. */
export function exactPin(spec: string): string | undefined {
  const m = /^\s*===?\s*([^\s,*;]+)\s*$/.exec(spec);
  return m?.[1];
}

function fitsPython(file: IndexFile, targets: WheelTarget[]): boolean {
  const rp = file.requiresPython?.trim();
  if (!rp || !validRange(rp)) return true; // pip ignores unparseable Requires-Python
  return targets.some((t) => satisfies(`${t.python[0]}.${t.python[1]}.0`, rp, { prereleases: true }));
}

function installable(c: Candidate, targets: WheelTarget[]): boolean {
  if (c.dist.type === 'sdist') return true;
  return targets.some((t) => wheelScore(c.dist.type === 'wheel' ? c.dist.tags : [], t) >= 0);
}

export function selectVersion(
  candidates: Candidate[],
  spec: string,
  opts: { prereleases?: boolean; targets: WheelTarget[]; project: string; index: string },
): Selection | undefined {
  const trimmed = spec.trim();
  if (trimmed && !validRange(trimmed)) {
    throw userError(`"${spec}" is not a valid PEP 440 specifier for ${opts.project} (index ${opts.index})`);
  }
  const pinned = exactPin(trimmed) !== undefined;
  const usable = candidates.filter((c) => (pinned || !c.file.yanked) && fitsPython(c.file, opts.targets) && installable(c, opts.targets));
  const versions = [...new Set(usable.map((c) => c.dist.version))];
  const matches = (v: string, pre: boolean): boolean =>
    trimmed ? satisfies(v, trimmed, { prereleases: pre }) : pre || !explain(v)?.is_prerelease;
  let allowed = versions.filter((v) => matches(v, opts.prereleases === true));
  if (allowed.length === 0 && !opts.prereleases) allowed = versions.filter((v) => matches(v, true));
  if (allowed.length === 0) return undefined;
  const best = allowed.reduce((a, b) => (compare(b, a) > 0 ? b : a));
  return { version: best, files: chooseFiles(usable.filter((c) => compare(c.dist.version, best) === 0), opts.targets) };
}

/** The artifacts to inspect for one version: what pip would download on each target, plus pure wheels. */
export function chooseFiles(files: Candidate[], targets: WheelTarget[]): Candidate[] {
  const chosen = new Map<string, Candidate>();
  const sdists = files.filter((c) => c.dist.type === 'sdist');
  const sdist = sdists.find((c) => c.dist.type === 'sdist' && c.dist.extension === '.tar.gz') ?? sdists[0];
  if (sdist) chosen.set(sdist.file.filename, sdist);
  for (const target of targets) {
    let best: Candidate | undefined;
    let bestScore = -1;
    for (const c of files) {
      if (c.dist.type !== 'wheel') continue;
      const score = wheelScore(c.dist.tags, target);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (best) chosen.set(best.file.filename, best);
  }
  for (const c of files) if (c.dist.type === 'wheel' && isPureWheel(c.dist.tags)) chosen.set(c.file.filename, c);
  return [...chosen.values()];
}
