/**
 * OSV client for known-malicious versions. API pages used:
 * - POST /v1/querybatch  https://google.github.io/osv.dev/post-v1-querybatch/ (≤1000 queries per call; the
 *   response holds only ids and `modified`; a result with `next_page_token` is re-queried with `page_token`)
 * - GET /v1/vulns/{id}   https://google.github.io/osv.dev/get-v1-vulns/ (aliases, withdrawn, summary)
 * - OSV schema           https://ossf.github.io/osv-schema/ (`withdrawn`, `aliases`)
 * A failing or unreachable API never throws: affected refs come back `unavailable` and the policy decides.
 */
import type { PackageRef } from '../../model/finding.js';
import { describeError } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import type { HttpClient } from '../../fetch/http.js';
import { limit } from '../../fetch/limit.js';
import { redactUrl } from '../../fetch/redact.js';
import { OSV_ECOSYSTEM, osvKey, type OsvClient, type OsvHit, type OsvLookup } from './types.js';

export interface OsvClientOptions {
  url?: string;
  log: Logger;
  /** Queries per POST; OSV accepts at most 1000. */
  batchSize?: number;
  /** Follow-up pages per batch before giving up on the remaining refs (guards against a looping server). */
  maxPages?: number;
  concurrency?: number;
}

interface BatchQuery {
  package: { name: string; ecosystem: string };
  version: string;
  page_token?: string;
}
interface BatchResult {
  vulns?: { id: string; modified?: string }[];
  next_page_token?: string;
}
interface Vuln {
  id: string;
  aliases?: string[];
  withdrawn?: string;
  summary?: string;
  published?: string;
  modified?: string;
}

const BATCH_MAX_BYTES = 32 * 1024 * 1024;
const VULN_MAX_BYTES = 4 * 1024 * 1024;

class Unavailable extends Error {}

export function createOsvClient(http: HttpClient, opts: OsvClientOptions): OsvClient {
  const base = (opts.url ?? 'https://api.osv.dev').replace(/\/+$/, '');
  const where = redactUrl(base).replace(/\/$/, '');
  const batchSize = Math.min(1000, Math.max(1, opts.batchSize ?? 1000));
  const maxPages = opts.maxPages ?? 20;
  const pool = limit(opts.concurrency ?? 8);
  const known = new Map<string, OsvLookup>();
  const vulns = new Map<string, Promise<Vuln | undefined>>();

  async function postJson<T>(path: string, body: unknown): Promise<T> {
    return parse<T>(
      await call(() =>
        http.request({
          url: `${base}${path}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
          maxBytes: BATCH_MAX_BYTES,
        }),
      ),
      path,
    );
  }

  /** Ids per query of one chunk, following next_page_token until every query is complete. */
  async function queryChunk(refs: readonly PackageRef[]): Promise<string[][]> {
    const ids = refs.map(() => new Set<string>());
    let pending: { index: number; token?: string }[] = refs.map((_, index) => ({ index }));
    for (let page = 0; pending.length > 0; page++) {
      if (page > maxPages) throw new Unavailable(`more than ${maxPages} result pages`);
      const queries: BatchQuery[] = pending.map(({ index, token }) => {
        const ref = refs[index]!;
        const q: BatchQuery = { package: { name: ref.name, ecosystem: OSV_ECOSYSTEM[ref.ecosystem] }, version: ref.version };
        if (token) q.page_token = token;
        return q;
      });
      const res = await postJson<{ results?: BatchResult[] }>('/v1/querybatch', { queries });
      const results = res.results ?? [];
      if (!Array.isArray(results) || results.length !== queries.length) {
        throw new Unavailable(`querybatch returned ${Array.isArray(results) ? results.length : 'no'} results for ${queries.length} queries`);
      }
      const next: { index: number; token?: string }[] = [];
      results.forEach((result, i) => {
        const { index } = pending[i]!;
        for (const v of result?.vulns ?? []) if (typeof v?.id === 'string') ids[index]!.add(v.id);
        if (result?.next_page_token) next.push({ index, token: result.next_page_token });
      });
      pending = next;
    }
    return ids.map((s) => [...s]);
  }

  function vuln(id: string): Promise<Vuln | undefined> {
    let p = vulns.get(id);
    if (!p) {
      p = pool(async () => {
        const path = `/v1/vulns/${encodeURIComponent(id)}`;
        const res = await call(() => http.request({ url: `${base}${path}`, headers: { accept: 'application/json' }, maxBytes: VULN_MAX_BYTES }));
        return parse<Vuln>(res, path);
      }).catch((err: unknown) => {
        vulns.delete(id); // a later run of queryBatch may try again
        opts.log.debug(`OSV ${where}: details of ${id} unavailable: ${describeError(err)}`);
        return undefined;
      });
      vulns.set(id, p);
    }
    return p;
  }

  /** The MAL- hits among `ids`; throws Unavailable when a non-MAL id's aliases could not be read. */
  async function malHits(ids: readonly string[]): Promise<OsvHit[]> {
    const hits: OsvHit[] = [];
    for (const id of ids) {
      const v = await vuln(id);
      if (!v) {
        // A MAL- id is malware by its name alone; anything else needs its aliases to decide.
        if (!id.startsWith('MAL-')) throw new Unavailable(`details of ${id} could not be read`);
        hits.push({ id, malId: id, aliases: [], url: advisoryUrl(id), partial: true });
        continue;
      }
      if (v.withdrawn) continue;
      const aliases = Array.isArray(v.aliases) ? v.aliases.filter((a) => typeof a === 'string') : [];
      const malId = id.startsWith('MAL-') ? id : aliases.find((a) => a.startsWith('MAL-'));
      if (!malId) continue;
      hits.push({
        id,
        malId,
        aliases,
        url: advisoryUrl(id),
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.published ? { published: v.published } : {}),
        ...(v.modified ? { modified: v.modified } : {}),
      });
    }
    return hits;
  }

  async function queryBatch(refs: readonly PackageRef[]): Promise<Map<string, OsvLookup>> {
    const out = new Map<string, OsvLookup>();
    const todo: PackageRef[] = [];
    const seen = new Set<string>();
    for (const ref of refs) {
      const key = osvKey(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      const cached = known.get(key);
      if (cached) out.set(key, cached);
      else todo.push(ref);
    }
    for (let start = 0; start < todo.length; start += batchSize) {
      const chunk = todo.slice(start, start + batchSize);
      let ids: string[][];
      try {
        ids = await queryChunk(chunk);
      } catch (err) {
        const reason = `OSV (${where}) unavailable: ${describeError(err)}`;
        opts.log.warning(`${reason}; ${chunk.length} package version(s) not checked against known malware`);
        for (const ref of chunk) out.set(osvKey(ref), { status: 'unavailable', reason });
        continue;
      }
      await Promise.all(
        chunk.map(async (ref, i) => {
          const key = osvKey(ref);
          try {
            const lookup: OsvLookup = { status: 'ok', hits: await malHits(ids[i]!) };
            known.set(key, lookup);
            out.set(key, lookup);
          } catch (err) {
            out.set(key, { status: 'unavailable', reason: `OSV (${where}) unavailable: ${describeError(err)}` });
          }
        }),
      );
    }
    return out;
  }

  return { queryBatch };
}

/** Runs a request; any throw (network, retries exhausted) or non-200 status becomes Unavailable. */
async function call(run: () => Promise<{ status: number; body: Uint8Array }>): Promise<{ body: Uint8Array }> {
  const res = await run();
  if (res.status !== 200) throw new Unavailable(`HTTP ${res.status}`);
  return res;
}

function parse<T>(res: { body: Uint8Array }, path: string): T {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(res.body));
    if (value === null || typeof value !== 'object') throw new Error('not an object');
    return value as T;
  } catch (err) {
    throw new Unavailable(`${path} returned invalid JSON (${describeError(err)})`);
  }
}

function advisoryUrl(id: string): string {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
