/**
 * Decides whether a package name imitates a popular one (pkg/typosquat). Checks run from the most to the least
 * specific kind of similarity; the first kind that matches wins, and within a kind the most downloaded target.
 * Techniques follow the typosquatting study of Taylor et al., "Defending against package typosquatting"
 * (NSS 2020) and the name checks of DataDog/guarddog's typosquatting rule.
 */
import { bitCount, editDistance, hasNonAscii, letterMask, registryName, separatorKey, skeleton, splitScope } from '../shared/names.js';
import type { PopularIndex } from './popular.js';

export type LookalikeKind = 'homoglyph' | 'lookalike-letters' | 'separator' | 'affix' | 'scope' | 'edit';

export interface Lookalike {
  /** The popular package imitated. */
  target: string;
  kind: LookalikeKind;
  /** Human words for the similarity, e.g. `swapped letters`, `Cyrillic/Greek lookalike letters`. */
  detail: string;
}

/** Affixes that turn a popular name into a plausible "official" wrapper (`python-requests`, `express-js`). */
const AFFIXES = {
  pypi: { prefix: ['python-', 'python', 'py-', 'py'], suffix: ['-python', 'python', '-py', 'py', '3'] },
  npm: { prefix: ['node-', 'node', 'js-', 'nodejs-'], suffix: ['-js', '.js', 'js', '-node', 'node', '-nodejs'] },
} as const;

/** Names shorter than this have too many innocent neighbours at distance 1 (`ws`, `ms`, `qs`, `pg`). */
const MIN_EDIT_LENGTH = 5;
/** Names at least this long may be two edits away (the brief: distance 2 for names of 10+ characters). */
const LONG_NAME = 10;

function best(index: PopularIndex, names: Iterable<string>, exclude: string): string | undefined {
  let out: string | undefined;
  for (const n of names) {
    if (n === exclude) continue;
    if (out === undefined || (index.rank.get(n) ?? Infinity) < (index.rank.get(out) ?? Infinity)) out = n;
  }
  return out;
}

/** Describes a single edit between `name` and `target`. */
export function describeEdit(name: string, target: string): string {
  if (name.length === target.length) {
    const diffs = [...name].map((c, i) => (c === target[i] ? -1 : i)).filter((i) => i >= 0);
    if (diffs.length === 2 && diffs[1] === diffs[0]! + 1 && name[diffs[0]!] === target[diffs[1]!]) return 'swapped letters';
    if (diffs.length === 1) return 'one letter replaced';
    return 'two edits apart';
  }
  if (name.length === target.length + 1) {
    const without = (i: number): string => name.slice(0, i) + name.slice(i + 1);
    for (let i = 1; i < name.length; i++) if (name[i] === name[i - 1] && without(i) === target) return 'doubled letter';
    for (let i = 0; i < name.length; i++) if (without(i) === target) return 'one letter added';
  }
  if (name.length + 1 === target.length) {
    for (let i = 0; i < target.length; i++) if (target.slice(0, i) + target.slice(i + 1) === name) return 'one letter dropped';
  }
  return 'two edits apart';
}

function maxEdits(a: string, b: string): number {
  if (Math.min(a.length, b.length) < MIN_EDIT_LENGTH) return 0;
  return Math.min(a.length, b.length) >= LONG_NAME ? 2 : 1;
}

const segments = (n: string): string[] => n.split(/[-_.]/);

/**
 * Near names that are siblings in a family rather than typos, measured on the 2,500 names ranked 2,501–5,000
 * (test/detectors/package/typosquat.test.ts): `mypy-boto3-ecr`/`mypy-boto3-emr`, `pyqt5`/`pyqt6`,
 * `nameparser`/`dateparser`. Typos change a letter or two inside a word; siblings swap a whole short word or
 * a number.
 */
function innocentNeighbour(name: string, target: string, distance: number): boolean {
  // Only digits differ: versions and variants (`cu11`/`cu12`, `rfc3986`/`rfc3987`, `nest-asyncio2`).
  if (name.replace(/\d/g, '') === target.replace(/\d/g, '')) return true;
  // One short segment is another word: `django-otp`/`django-csp`, `tree-sitter-c`/`tree-sitter-cpp`, `-emr`/`-ecr`.
  const a = segments(name);
  const b = segments(target);
  if (a.length === b.length && a.length > 1) {
    const diff = a.map((s, i) => (s === b[i] ? -1 : i)).filter((i) => i >= 0);
    const [x, y] = [a[diff[0]!] ?? '', b[diff[0]!] ?? ''];
    // …unless the short word itself has a typo (`string-wdith`): swapped, doubled or dropped letters.
    const typo = editDistance(x, y, 1) === 1 && describeEdit(x, y) !== 'one letter replaced';
    if (diff.length === 1 && x.length <= 5 && y.length <= 5 && !typo) return true;
  }
  const shorter = Math.min(name.length, target.length);
  // A replaced letter in a short name is usually another word (`match`/`hatch`, `usort`/`isort`).
  if (distance === 1 && name.length === target.length && shorter < 7 && describeEdit(name, target) !== 'swapped letters') return true;
  // Two edits: at most one may be a replacement (`beautifulsop` yes, `googlemaps`/`google-ads` no).
  if (distance === 2 && name.length === target.length) return true;
  return false;
}

/** Closest target within the allowed edits, among targets `bareOf` accepts (same scope, or both unscoped). */
function nearest(index: PopularIndex, name: string, bareOf: (t: string) => string | undefined): { target: string; bare: string } | undefined {
  let found: { target: string; bare: string; d: number; rank: number } | undefined;
  const bare = splitScope(name).bare;
  const mask = letterMask(bare);
  // Same scope (or none), so full lengths differ exactly as bare lengths do.
  for (let len = name.length - 2; len <= name.length + 2; len++) {
    for (const t of index.byLength.get(len) ?? []) {
      // At most two edits are ever allowed (maxEdits), so more than four differing letter bits rule a
      // target out before its bare name is split off (this loop runs over thousands of names).
      const differing = bitCount(mask ^ (index.bareMask.get(t) ?? 0));
      if (differing > 4) continue;
      const tb = bareOf(t);
      if (tb === undefined) continue;
      const max = maxEdits(bare, tb);
      if (max === 0 || differing > 2 * max) continue;
      const d = editDistance(bare, tb, max);
      if (d > max || d === 0 || innocentNeighbour(bare, tb, d)) continue;
      const rank = index.rank.get(t) ?? Infinity;
      if (!found || d < found.d || (d === found.d && rank < found.rank)) found = { target: t, bare: tb, d, rank };
    }
  }
  return found && { target: found.target, bare: found.bare };
}

function affixMatch(index: PopularIndex, name: string): string | undefined {
  const { prefix, suffix } = AFFIXES[index.ecosystem];
  const stems = new Set<string>();
  for (const p of prefix) if (name.startsWith(p)) stems.add(name.slice(p.length));
  for (const s of suffix) if (name.endsWith(s)) stems.add(name.slice(0, -s.length));
  const hits: string[] = [];
  for (const stem of stems) {
    if (stem.length < 4) continue;
    for (const t of index.bySeparatorKey.get(separatorKey(stem)) ?? []) hits.push(t);
  }
  return best(index, hits, name);
}

/** npm scope checks: a scope that resembles a popular one, or a scoped name flattened into an unscoped one. */
function scopeMatch(index: PopularIndex, name: string): Lookalike | undefined {
  const { scope, bare } = splitScope(name);
  if (scope !== undefined) {
    if (index.knownScopes.has(scope) || index.targetScopes.has(scope)) return undefined;
    // A package folded into the scope: `@types-node/…` or `@typesnode/…` for `@types/node`.
    const folded = (index.byFlattenedScope.get(separatorKey(scope)) ?? []).filter((t) => scope.startsWith(splitScope(t).scope!));
    const foldedTarget = best(index, folded, name);
    if (foldedTarget) return { target: foldedTarget, kind: 'scope', detail: `scope @${scope} folds in ${foldedTarget}` };
    const hits = [...index.targetScopes].filter(
      (s) => skeleton(s) === skeleton(scope) || (Math.min(s.length, scope.length) >= 4 && editDistance(s, scope, 1) === 1),
    );
    if (hits.length === 0) return undefined;
    // Prefer the target with the same bare name (`@typess/node` → `@types/node`), else the scope's top package.
    const same = best(index, hits.map((s) => `@${s}/${bare}`).filter((t) => index.rank.has(t)), name);
    const target = same ?? best(index, index.top.filter((t) => hits.includes(splitScope(t).scope ?? '')), name);
    return target ? { target, kind: 'scope', detail: `scope @${scope} resembles @${splitScope(target).scope}` } : undefined;
  }
  // `types-node`, `typesnode`, `babel-core`-style copies of `@types/node`, `@babel/core`.
  const target = best(index, index.byFlattenedScope.get(separatorKey(name)) ?? [], name);
  return target ? { target, kind: 'scope', detail: `unscoped copy of ${target}` } : undefined;
}

/**
 * The popular package `name` imitates, or undefined. Names anywhere in the popularity list are never matched:
 * popular packages that resemble each other (`request`/`requests`) are not attacks on each other.
 */
export function findLookalike(index: PopularIndex, rawName: string): Lookalike | undefined {
  const name = registryName(index.ecosystem, rawName.trim());
  if (name === '' || index.isKnown(name)) return undefined;
  const nonAscii = hasNonAscii(name);

  const bySkeleton = best(index, index.bySkeleton.get(skeleton(name)) ?? [], name);
  if (bySkeleton && nonAscii) return { target: bySkeleton, kind: 'homoglyph', detail: 'non-ASCII lookalike letters (Cyrillic/Greek homoglyphs)' };
  const bySeparator = best(index, index.bySeparatorKey.get(separatorKey(name)) ?? [], name);
  if (bySeparator) return { target: bySeparator, kind: 'separator', detail: 'same name with different separators' };
  if (bySkeleton) return { target: bySkeleton, kind: 'lookalike-letters', detail: 'lookalike characters (rn/m, vv/w, 0/o, 1/l)' };

  if (index.ecosystem === 'npm') {
    const scoped = scopeMatch(index, name);
    if (scoped) return scoped;
  }
  const affix = affixMatch(index, name);
  if (affix) return { target: affix, kind: 'affix', detail: `popular name with a prefix or suffix added` };

  const { scope } = splitScope(name);
  // Scoped names are compared with targets of the same scope only: `@types/nod` vs `@types/node`.
  const near = nearest(index, name, (t) => {
    const s = splitScope(t);
    return s.scope === scope ? s.bare : undefined;
  });
  if (near) return { target: near.target, kind: 'edit', detail: describeEdit(splitScope(name).bare, near.bare) };
  return undefined;
}
