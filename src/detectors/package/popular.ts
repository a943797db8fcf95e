/**
 * The bundled popularity lists (src/data/popular-*.json, built by scripts/popular.mjs from public download
 * counts). The top names are typosquat targets; every listed name, at any rank, is exempt from being flagged.
 * esbuild inlines the JSON, so dist/ needs no data files beside it.
 */
import type { Ecosystem } from '../../model/index.js';
import npmData from '../../data/popular-npm.json' with { type: 'json' };
import pypiData from '../../data/popular-pypi.json' with { type: 'json' };
import { fnv1a32, letterMask, registryName, separatorKey, skeleton, splitScope } from '../shared/names.js';

interface PopularFile {
  ecosystem: string;
  source: string;
  captured: string;
  total: number;
  top: string[];
  scopes: string[];
  restHashes: string;
}

export interface PopularIndex {
  ecosystem: Ecosystem;
  source: string;
  captured: string;
  /** Targets in rank order (most downloaded first). */
  top: readonly string[];
  rank: ReadonlyMap<string, number>;
  /** separatorKey → targets sharing it. */
  bySeparatorKey: ReadonlyMap<string, string[]>;
  /** skeleton → targets sharing it. */
  bySkeleton: ReadonlyMap<string, string[]>;
  /** Targets grouped by length, for bounded edit-distance scans. */
  byLength: ReadonlyMap<number, string[]>;
  /** letterMask of each target's name without its scope. */
  bareMask: ReadonlyMap<string, number>;
  /** Scoped targets by the separator key of scope + name: `typesnode` → `@types/node`. */
  byFlattenedScope: ReadonlyMap<string, string[]>;
  /** npm scopes of the targets (`types`, `babel`, …). */
  targetScopes: ReadonlySet<string>;
  /** Every npm scope seen anywhere in the list. */
  knownScopes: ReadonlySet<string>;
  /** True when the name is anywhere in the list (top names exactly, the rest by hash). */
  isKnown(name: string): boolean;
}

function decodeHashes(b64: string): Set<number> {
  const bin = atob(b64);
  const out = new Set<number>();
  for (let i = 0; i + 3 < bin.length; i += 4) {
    out.add(((bin.charCodeAt(i) << 24) | (bin.charCodeAt(i + 1) << 16) | (bin.charCodeAt(i + 2) << 8) | bin.charCodeAt(i + 3)) >>> 0);
  }
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function buildIndex(file: PopularFile, ecosystem: Ecosystem, topN = file.top.length): PopularIndex {
  const top = file.top.slice(0, topN);
  const all = new Set(file.top);
  const rest = decodeHashes(file.restHashes);
  const rank = new Map<string, number>();
  const bySeparatorKey = new Map<string, string[]>();
  const bySkeleton = new Map<string, string[]>();
  const byLength = new Map<number, string[]>();
  const bareMask = new Map<string, number>();
  const targetScopes = new Set<string>();
  const byFlattenedScope = new Map<string, string[]>();
  top.forEach((name, i) => {
    rank.set(name, i + 1);
    push(bySeparatorKey, separatorKey(name), name);
    push(bySkeleton, skeleton(name), name);
    push(byLength, name.length, name);
    const { scope, bare } = splitScope(name);
    bareMask.set(name, letterMask(bare));
    if (scope) {
      targetScopes.add(scope);
      push(byFlattenedScope, separatorKey(scope + bare), name);
    }
  });
  return {
    ecosystem,
    source: file.source,
    captured: file.captured,
    top,
    rank,
    bySeparatorKey,
    bySkeleton,
    byLength,
    bareMask,
    byFlattenedScope,
    targetScopes,
    knownScopes: new Set(file.scopes),
    isKnown(name) {
      const n = registryName(ecosystem, name);
      return all.has(n) || rest.has(fnv1a32(n));
    },
  };
}

const cache = new Map<Ecosystem, PopularIndex>();

/** The bundled index for an ecosystem, built on first use. */
export function popularIndex(ecosystem: Ecosystem): PopularIndex {
  let idx = cache.get(ecosystem);
  if (!idx) {
    idx = buildIndex((ecosystem === 'npm' ? npmData : pypiData) as PopularFile, ecosystem);
    cache.set(ecosystem, idx);
  }
  return idx;
}

/** The raw bundled list (for tests and measurements). */
export function popularFile(ecosystem: Ecosystem): PopularFile {
  return (ecosystem === 'npm' ? npmData : pypiData) as PopularFile;
}
