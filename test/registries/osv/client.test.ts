/**
 * OSV client against a local stand-in of the API (POST /v1/querybatch, GET /v1/vulns/{id}), following
 * https://google.github.io/osv.dev/post-v1-querybatch/ and https://google.github.io/osv.dev/get-v1-vulns/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/fetch/client.js';
import type { PackageRef } from '../../../src/model/finding.js';
import { createOsvClient } from '../../../src/registries/osv/client.js';
import { osvKey } from '../../../src/registries/osv/types.js';
import { RecordingLogger } from '../../../src/runtime/logger.js';
import { json, reply, startServer, type TestServer } from '../../support/http-server.js';

interface Query {
  package: { name: string; ecosystem: string };
  version: string;
  page_token?: string;
}

let server: TestServer;
let log: RecordingLogger;
/** `Ecosystem:name@version` → advisory ids, as the stand-in's database. */
let db: Map<string, string[]>;
/** Ids per page in the stand-in's querybatch answers (OSV pages long results). */
let pageSize: number;

const ref = (ecosystem: PackageRef['ecosystem'], name: string, version: string): PackageRef => ({ ecosystem, name, version });

beforeEach(async () => {
  server = await startServer();
  log = new RecordingLogger();
  db = new Map();
  pageSize = 100;
  server.on('POST /v1/querybatch', (_req, res, body) => {
    const { queries } = JSON.parse(body) as { queries: Query[] };
    const results = queries.map((q) => {
      const ids = db.get(`${q.package.ecosystem}:${q.package.name}@${q.version}`) ?? [];
      const offset = q.page_token ? Number(q.page_token) : 0;
      const page = ids.slice(offset, offset + pageSize);
      if (page.length === 0) return {};
      const more = offset + pageSize < ids.length;
      return { vulns: page.map((id) => ({ id, modified: '2025-01-01T00:00:00Z' })), ...(more ? { next_page_token: String(offset + pageSize) } : {}) };
    });
    json({ results })(_req, res, body);
  });
});
afterEach(async () => {
  expect(server.unexpected).toEqual([]);
  await server.close();
});

function vuln(id: string, extra: Record<string, unknown> = {}): void {
  server.on(`GET /v1/vulns/${id}`, json({ id, summary: `summary of ${id}`, modified: '2025-01-02T00:00:00Z', ...extra }));
}

function osv(extra: { batchSize?: number; maxPages?: number; url?: string } = {}) {
  const http = createHttpClient({ log, retries: 0, sleep: async () => undefined });
  return createOsvClient(http, { url: server.url, log, ...extra });
}

const batchBodies = () => server.requests.filter((r) => r.path === '/v1/querybatch').map((r) => JSON.parse(r.body));

describe('OSV queryBatch', () => {
  it('sends the exact querybatch body with OSV ecosystem names', async () => {
    await osv().queryBatch([ref('pypi', 'requests', '2.31.0'), ref('npm', '@scope/pkg', '1.0.0')]);
    expect(batchBodies()).toEqual([
      {
        queries: [
          { package: { name: 'requests', ecosystem: 'PyPI' }, version: '2.31.0' },
          { package: { name: '@scope/pkg', ecosystem: 'npm' }, version: '1.0.0' },
        ],
      },
    ]);
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('keeps MAL- advisories and GHSA entries aliasing MAL-, drops ordinary vulnerabilities', async () => {
    db.set('PyPI:evil@1.0', ['MAL-2024-1', 'GHSA-aaaa-bbbb-cccc', 'PYSEC-2020-9']);
    vuln('MAL-2024-1', { published: '2024-05-01T00:00:00Z' });
    vuln('GHSA-aaaa-bbbb-cccc', { aliases: ['MAL-2024-2', 'CVE-2024-1'] });
    vuln('PYSEC-2020-9', { aliases: ['CVE-2020-1'] });
    const result = await osv().queryBatch([ref('pypi', 'evil', '1.0'), ref('pypi', 'fine', '2.0')]);
    expect(result.get('pypi:evil@1.0')).toEqual({
      status: 'ok',
      hits: [
        {
          id: 'MAL-2024-1',
          malId: 'MAL-2024-1',
          aliases: [],
          summary: 'summary of MAL-2024-1',
          published: '2024-05-01T00:00:00Z',
          modified: '2025-01-02T00:00:00Z',
          url: 'https://osv.dev/vulnerability/MAL-2024-1',
        },
        expect.objectContaining({ id: 'GHSA-aaaa-bbbb-cccc', malId: 'MAL-2024-2' }),
      ],
    });
    expect(result.get('pypi:fine@2.0')).toEqual({ status: 'ok', hits: [] });
  });

  it('ignores withdrawn advisories', async () => {
    db.set('npm:oops@1.0.0', ['MAL-2023-7']);
    vuln('MAL-2023-7', { withdrawn: '2023-08-01T00:00:00Z' });
    const result = await osv().queryBatch([ref('npm', 'oops', '1.0.0')]);
    expect(result.get('npm:oops@1.0.0')).toEqual({ status: 'ok', hits: [] });
  });

  it('splits into chunks of the batch size (≤1000)', async () => {
    const refs = ['a', 'b', 'c', 'd', 'e'].map((n) => ref('npm', n, '1.0.0'));
    const result = await osv({ batchSize: 2 }).queryBatch(refs);
    expect(batchBodies().map((b) => b.queries.map((q: Query) => q.package.name))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(result.size).toBe(5);
  });

  it('follows next_page_token, re-querying only the unfinished queries', async () => {
    pageSize = 2;
    db.set('PyPI:many@1', ['MAL-1', 'MAL-2', 'MAL-3', 'MAL-4', 'MAL-5']);
    for (const id of ['MAL-1', 'MAL-2', 'MAL-3', 'MAL-4', 'MAL-5']) vuln(id);
    const result = await osv().queryBatch([ref('pypi', 'many', '1'), ref('pypi', 'other', '1')]);
    const bodies = batchBodies();
    expect(bodies).toHaveLength(3);
    expect(bodies[1]).toEqual({ queries: [{ package: { name: 'many', ecosystem: 'PyPI' }, version: '1', page_token: '2' }] });
    expect(bodies[2].queries[0].page_token).toBe('4');
    const lookup = result.get('pypi:many@1');
    expect(lookup?.status === 'ok' && lookup.hits.map((h) => h.id)).toEqual(['MAL-1', 'MAL-2', 'MAL-3', 'MAL-4', 'MAL-5']);
  });

  it('gives up on a server that pages for ever: unavailable, not a throw', async () => {
    server.on('POST /v1/querybatch', json({ results: [{ vulns: [], next_page_token: 'again' }] }));
    const result = await osv({ maxPages: 3 }).queryBatch([ref('npm', 'x', '1.0.0')]);
    expect(result.get('npm:x@1.0.0')).toEqual({ status: 'unavailable', reason: expect.stringContaining('more than 3 result pages') });
    expect(server.hits('/v1/querybatch')).toBe(4);
  });

  it('an API error makes every ref unavailable, logs a warning, and does not throw', async () => {
    server.on('POST /v1/querybatch', reply({ status: 503 }));
    const result = await osv().queryBatch([ref('npm', 'x', '1.0.0'), ref('pypi', 'y', '2')]);
    expect([...result.values()].map((r) => r.status)).toEqual(['unavailable', 'unavailable']);
    expect(log.records.some((r) => r.level === 'warning' && r.message.includes('2 package version(s) not checked'))).toBe(true);
  });

  it('an unreachable API (offline) makes refs unavailable', async () => {
    const url = server.url;
    await server.close();
    server = await startServer();
    const result = await osv({ url }).queryBatch([ref('npm', 'x', '1.0.0')]);
    const lookup = result.get('npm:x@1.0.0');
    expect(lookup).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^OSV \(http:\/\/127\.0\.0\.1:\d+\) unavailable: .*failed after 1 attempt/) });
  });

  it('invalid JSON or a wrong number of results is unavailable', async () => {
    server.on('POST /v1/querybatch', reply({ body: '<html>oops' }));
    const a = await osv().queryBatch([ref('npm', 'x', '1.0.0')]);
    expect(a.get('npm:x@1.0.0')).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('invalid JSON') });
    server.on('POST /v1/querybatch', json({ results: [] }));
    const b = await osv().queryBatch([ref('npm', 'x', '1.0.0')]);
    expect(b.get('npm:x@1.0.0')).toMatchObject({ reason: expect.stringContaining('returned 0 results for 1 queries') });
  });

  it('unreadable details: a MAL- id is still a (partial) hit; another id makes the ref unavailable', async () => {
    db.set('npm:m@1.0.0', ['MAL-2025-9']);
    db.set('npm:g@1.0.0', ['GHSA-xxxx-yyyy-zzzz']);
    server.on('GET /v1/vulns/MAL-2025-9', reply({ status: 500 }));
    server.on('GET /v1/vulns/GHSA-xxxx-yyyy-zzzz', reply({ status: 500 }));
    const result = await osv().queryBatch([ref('npm', 'm', '1.0.0'), ref('npm', 'g', '1.0.0')]);
    expect(result.get('npm:m@1.0.0')).toEqual({
      status: 'ok',
      hits: [{ id: 'MAL-2025-9', malId: 'MAL-2025-9', aliases: [], url: 'https://osv.dev/vulnerability/MAL-2025-9', partial: true }],
    });
    expect(result.get('npm:g@1.0.0')).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('GHSA-xxxx-yyyy-zzzz') });
  });

  it('caches per run: duplicates are queried once, repeated lookups and shared advisories hit the API once', async () => {
    db.set('npm:a@1.0.0', ['MAL-1']);
    db.set('npm:b@1.0.0', ['MAL-1']);
    vuln('MAL-1');
    const client = osv();
    const refs = [ref('npm', 'a', '1.0.0'), ref('npm', 'a', '1.0.0'), ref('npm', 'b', '1.0.0')];
    const first = await client.queryBatch(refs);
    expect(batchBodies()[0].queries).toHaveLength(2);
    const second = await client.queryBatch(refs);
    expect(server.hits('/v1/querybatch')).toBe(1);
    expect(server.hits('/v1/vulns/MAL-1')).toBe(1);
    expect(second.get(osvKey(refs[2]!))).toEqual(first.get(osvKey(refs[2]!)));
  });

  it('does not cache unavailable results: a later call retries', async () => {
    server.on('POST /v1/querybatch', reply({ status: 500 }));
    const client = osv();
    await client.queryBatch([ref('npm', 'x', '1.0.0')]);
    server.on('POST /v1/querybatch', json({ results: [{}] }));
    const result = await client.queryBatch([ref('npm', 'x', '1.0.0')]);
    expect(result.get('npm:x@1.0.0')).toEqual({ status: 'ok', hits: [] });
  });

  it('redacts a credentialed API URL in reasons and logs', async () => {
    server.on('POST /v1/querybatch', reply({ status: 500 }));
    const url = `${server.url.replace('//', '//user:osv-secret-77@')}`;
    const result = await osv({ url }).queryBatch([ref('npm', 'x', '1.0.0')]);
    const texts = [JSON.stringify([...result.values()]), ...log.records.map((r) => r.message)];
    for (const text of texts) expect(text).not.toContain('osv-secret-77');
    expect(server.requests[0]!.headers.authorization).toMatch(/^Basic /);
  });

  it('an empty list makes no request', async () => {
    expect((await osv().queryBatch([])).size).toBe(0);
    expect(server.requests).toEqual([]);
  });
});
