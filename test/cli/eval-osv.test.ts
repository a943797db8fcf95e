import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osvOverlay, type OverlayItem } from '../../src/cli/eval-osv.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { json, startServer, type TestServer } from '../support/http-server.js';

let osv: TestServer;
beforeAll(async () => {
  osv = await startServer();
  osv.on('POST /v1/querybatch', (_req, res, body: string) => {
    const queries = (JSON.parse(body) as { queries: { package: { name: string } }[] }).queries;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: queries.map((q) => (q.package.name === 'stealer' ? { vulns: [{ id: 'MAL-2026-1' }] } : {})) }));
  });
  osv.on('/v1/vulns/MAL-2026-1', json({ id: 'MAL-2026-1', summary: 'malicious', aliases: [] }));
});
afterAll(() => osv.close());

const items: OverlayItem[] = [
  { ecosystem: 'pypi', name: 'stealer', version: '1.0', label: 'malicious', decision: 'pass' },
  { ecosystem: 'pypi', name: 'dropper', version: '2.0', label: 'malicious', decision: 'fail' },
  { ecosystem: 'pypi', name: 'requests', version: '2.31.0', label: 'benign', decision: 'pass' },
  { ecosystem: 'npm', name: 'left-pad', version: '1.3.0', label: 'benign', decision: 'pass' },
];

describe('eval with the known-malicious lookup', () => {
  it('counts a miss of the code detectors as caught when OSV lists it, and leaves the rest as they were', async () => {
    const o = await osvOverlay(items, osv.url, new RecordingLogger());
    expect(o).toMatchObject({ status: 'ok', queried: 4, hits: 1, unavailable: 0 });
    expect(o.withLookup.pypi.malicious).toEqual({ total: 2, fail: 2, warn: 0, pass: 0, error: 0 });
    expect(o.withLookup.pypi.benign).toEqual({ total: 1, fail: 0, warn: 0, pass: 1, error: 0 });
  });

  it('says the lookup was unavailable when the API cannot be reached, instead of counting no hits', async () => {
    const o = await osvOverlay(items, 'http://127.0.0.1:9', new RecordingLogger());
    expect(o.status).toBe('unavailable');
    expect(o.unavailable).toBe(4);
    expect(o.reason).toBeTruthy();
    expect(o.withLookup.pypi.malicious.fail).toBe(1);
  }, 30_000);
});
