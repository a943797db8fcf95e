/**
 * Corpus evaluation with the known-malicious lookup (issue 6): the code detectors are measured on their own
 * by default; with `--osv-url` every artifact's name and version is also looked up among OSV's MAL-
 * advisories, and the counts are reported again as they would be with the lookup. Offline, the lookup is
 * reported as unavailable rather than silently counted as "no hit".
 */
import { createHttpClient } from '../fetch/client.js';
import type { Decision, Ecosystem, PackageRef } from '../model/index.js';
import { createOsvClient, osvKey } from '../registries/osv/index.js';
import type { Logger } from '../runtime/logger.js';

export interface OverlayItem {
  ecosystem: Ecosystem;
  name?: string;
  version?: string;
  label: 'malicious' | 'benign';
  decision: Decision | 'error';
}

type Counts = { total: number; fail: number; warn: number; pass: number; error: number };
const empty = (): Counts => ({ total: 0, fail: 0, warn: 0, pass: 0, error: 0 });

export interface OsvOverlay {
  status: 'ok' | 'partial' | 'unavailable';
  /** Why the lookup was unavailable (first reason), when it was. */
  reason?: string;
  queried: number;
  /** Artifacts whose name and version have a MAL- advisory. */
  hits: number;
  /** Lookups that could not be made (offline, API errors). */
  unavailable: number;
  /** Decisions had the lookup been on: a hit fails the artifact. */
  withLookup: Record<Ecosystem, Record<'malicious' | 'benign', Counts>>;
}

export async function osvOverlay(items: readonly OverlayItem[], url: string, log: Logger): Promise<OsvOverlay> {
  const osv = createOsvClient(createHttpClient({ log, retries: 1, timeoutMs: 15_000 }), { url, log });
  const refs: PackageRef[] = items.filter((i) => i.name && i.version).map((i) => ({ ecosystem: i.ecosystem, name: i.name!, version: i.version! }));
  const lookups = await osv.queryBatch(refs);
  const withLookup = { pypi: { malicious: empty(), benign: empty() }, npm: { malicious: empty(), benign: empty() } };
  let hits = 0;
  let unavailable = 0;
  let reason: string | undefined;
  for (const item of items) {
    const lookup = item.name && item.version ? lookups.get(osvKey({ ecosystem: item.ecosystem, name: item.name, version: item.version })) : undefined;
    const hit = lookup?.status === 'ok' && lookup.hits.length > 0;
    if (hit) hits++;
    if (lookup?.status === 'unavailable') {
      unavailable++;
      reason ??= lookup.reason;
    }
    const c = withLookup[item.ecosystem][item.label];
    c.total++;
    c[hit ? 'fail' : item.decision]++;
  }
  const status = unavailable === 0 ? 'ok' : unavailable === refs.length ? 'unavailable' : 'partial';
  return { status, ...(reason ? { reason } : {}), queried: refs.length, hits, unavailable, withLookup };
}
