import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, parseRetryAfter, redactUrl } from '../../src/fetch/client.js';
import { CustomsError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import {
  hang,
  large,
  redirect,
  reply,
  sequence,
  startServer,
  trickle,
  truncated,
  type TestServer,
} from '../support/http-server.js';

let server: TestServer;
let log: RecordingLogger;
let sleeps: number[];

beforeEach(async () => {
  server = await startServer();
  log = new RecordingLogger();
  sleeps = [];
});
afterEach(async () => {
  await server.close();
});

function client(extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  return createHttpClient({
    log,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 1,
    backoffMs: 100,
    ...extra,
  });
}

async function failure(p: Promise<unknown>): Promise<CustomsError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(CustomsError);
    return err as CustomsError;
  }
  throw new Error('expected a rejection');
}

describe('createHttpClient: statuses and retries', () => {
  it('returns a 200 body, headers and the final URL', async () => {
    server.on('/ok', reply({ body: 'hello', headers: { 'x-thing': 'y' } }));
    const res = await client().request({ url: `${server.url}/ok` });
    expect(res.status).toBe(200);
    expect(new TextDecoder().decode(res.body)).toBe('hello');
    expect(res.headers['x-thing']).toBe('y');
    expect(res.url).toBe(`${server.url}/ok`);
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^customs/);
  });

  it('returns 404 to the caller without retrying', async () => {
    server.on('/missing', reply({ status: 404, body: 'nope' }));
    const res = await client().request({ url: `${server.url}/missing` });
    expect(res.status).toBe(404);
    expect(server.hits('/missing')).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('500 → 500 → 200 succeeds with exponential backoff', async () => {
    server.on('/flaky', sequence({ status: 500 }, { status: 500 }, { body: 'fine' }));
    const res = await client().request({ url: `${server.url}/flaky` });
    expect(res.status).toBe(200);
    expect(server.hits('/flaky')).toBe(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('jitter keeps the backoff between half and all of the exponential delay', async () => {
    server.on('/flaky', sequence({ status: 502 }, { body: 'x' }));
    await client({ random: () => 0 }).request({ url: `${server.url}/flaky` });
    expect(sleeps).toEqual([50]);
  });

  it('honours Retry-After in seconds on 429', async () => {
    server.on('/rate', sequence({ status: 429, headers: { 'retry-after': '7' } }, { body: 'ok' }));
    const res = await client().request({ url: `${server.url}/rate` });
    expect(res.status).toBe(200);
    expect(sleeps).toEqual([7000]);
  });

  it('honours an HTTP-date Retry-After on 429', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const later = new Date(now + 12_000).toUTCString();
    server.on('/rate', sequence({ status: 429, headers: { 'retry-after': later } }, { body: 'ok' }));
    await client({ now: () => now }).request({ url: `${server.url}/rate` });
    expect(sleeps).toEqual([12_000]);
  });

  it('caps Retry-After at maxRetryAfterMs', async () => {
    server.on('/rate', sequence({ status: 503, headers: { 'retry-after': '3600' } }, { body: 'ok' }));
    await client({ maxRetryAfterMs: 5000 }).request({ url: `${server.url}/rate` });
    expect(sleeps).toEqual([5000]);
  });

  it('gives up after N retries and says how many attempts were made', async () => {
    server.on('/down', reply({ status: 503 }));
    const err = await failure(client({ retries: 2 }).request({ url: `${server.url}/down` }));
    expect(err.kind).toBe('external');
    expect(err.message).toBe(`GET ${server.url}/down failed after 3 attempts: HTTP 503`);
    expect(server.hits('/down')).toBe(3);
    expect(sleeps).toHaveLength(2);
    expect(log.records.filter((r) => r.message.includes('retrying'))).toHaveLength(2);
  });

  it('retries network errors (connection refused) and then fails', async () => {
    const url = `${server.url}/gone`;
    await server.close();
    server = await startServer(); // a different port; the old one refuses
    const err = await failure(client({ retries: 1 }).request({ url }));
    expect(err.message).toMatch(/failed after 2 attempts: fetch failed.*ECONNREFUSED/);
  });

  it('refuses non-http schemes', async () => {
    const err = await failure(client().request({ url: 'file:///etc/passwd' }));
    expect(err.message).toContain('only http and https');
  });

  it('sends POST bodies and headers', async () => {
    server.on('POST /api', reply({ body: '{}' }));
    await client().request({
      url: `${server.url}/api`,
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(server.requests[0]).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });
});

describe('createHttpClient: timeouts, truncation, size cap', () => {
  it('a server that never answers hits the timeout', async () => {
    server.on('/hang', hang());
    const started = Date.now();
    const err = await failure(client({ timeoutMs: 150, retries: 1 }).request({ url: `${server.url}/hang` }));
    expect(err.message).toBe(`GET ${server.url}/hang failed after 2 attempts: timed out after 150 ms`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.hits('/hang')).toBe(2);
  });

  it('a body that trickles for ever hits the timeout (deadline covers the body)', async () => {
    server.on('/slow', trickle('x', 20));
    const err = await failure(client({ timeoutMs: 200, retries: 0 }).request({ url: `${server.url}/slow` }));
    expect(err.message).toContain('timed out after 200 ms');
    expect(err.message).toContain('after 1 attempt:');
  });

  it('a per-request timeout overrides the client default', async () => {
    server.on('/hang', hang());
    const err = await failure(client({ timeoutMs: 60_000, retries: 0 }).request({ url: `${server.url}/hang`, timeoutMs: 100 }));
    expect(err.message).toContain('timed out after 100 ms');
  });

  it('a truncated body (Content-Length larger than sent) fails', async () => {
    server.on('/cut', truncated('only half', 100));
    const err = await failure(client({ retries: 1 }).request({ url: `${server.url}/cut` }));
    expect(err.kind).toBe('external');
    expect(err.message).toMatch(/failed after 2 attempts: (body: terminated|truncated body)/);
    expect(server.hits('/cut')).toBe(2);
  });

  it('a body over maxBytes fails without reading it all, and is not retried', async () => {
    const big = large(64 * 1024 * 1024);
    server.on('/big', big);
    const err = await failure(client().request({ url: `${server.url}/big`, maxBytes: 1024 * 1024 }));
    expect(err.message).toBe(
      `GET ${server.url}/big failed after 1 attempt: the body exceeds the limit of 1048576 bytes`,
    );
    expect(server.hits('/big')).toBe(1);
    // The server could only push what socket buffers hold beyond the cap, far less than 64 MiB.
    expect(big.written()).toBeLessThan(16 * 1024 * 1024);
  });

  it('a declared Content-Length over maxBytes fails before reading', async () => {
    server.on('/big', large(10_000, 1000, true));
    const err = await failure(client().request({ url: `${server.url}/big`, maxBytes: 5000 }));
    expect(err.message).toContain('declares 10000 bytes, more than the limit of 5000 bytes');
  });

  it('maxBytes counts decoded bytes: a gzip bomb is stopped at the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    server.on('/bomb', reply({ body: bomb, headers: { 'content-encoding': 'gzip' } }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await failure(client().request({ url: `${server.url}/bomb`, maxBytes: 1024 * 1024 }));
    expect(err.message).toContain('exceeds the limit of 1048576 bytes');
  });

  it('a gzip-encoded body within the cap is decoded', async () => {
    server.on('/gz', reply({ body: gzipSync(Buffer.from('{"ok":true}')), headers: { 'content-encoding': 'gzip' } }));
    const res = await client().request({ url: `${server.url}/gz`, maxBytes: 100 });
    expect(new TextDecoder().decode(res.body)).toBe('{"ok":true}');
  });

  it('a body exactly at maxBytes is accepted', async () => {
    server.on('/edge', reply({ body: 'x'.repeat(500) }));
    const res = await client().request({ url: `${server.url}/edge`, maxBytes: 500 });
    expect(res.body.byteLength).toBe(500);
  });
});

describe('createHttpClient: redirects and credentials', () => {
  let other: TestServer;
  beforeEach(async () => {
    other = await startServer();
  });
  afterEach(async () => {
    await other.close();
  });

  it('follows a same-origin redirect and keeps Authorization', async () => {
    server.on('/a', redirect('/b', 301));
    server.on('/b', reply({ body: 'b' }));
    const res = await client().request({ url: `${server.url}/a`, authorization: 'Bearer sekrit-token-1' });
    expect(res.url).toBe(`${server.url}/b`);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer sekrit-token-1', 'Bearer sekrit-token-1']);
  });

  it('drops Authorization when a redirect changes origin (the second server never sees it)', async () => {
    server.on('/a', redirect(`${other.url}/file.tgz`));
    other.on('/file.tgz', reply({ body: 'tarball' }));
    const res = await client().request({
      url: `${server.url}/a`,
      authorization: 'Bearer sekrit-token-2',
      headers: { Authorization: 'Bearer sekrit-token-2' },
    });
    expect(new TextDecoder().decode(res.body)).toBe('tarball');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sekrit-token-2');
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('a chain that leaves and comes back: only the foreign hop goes without Authorization', async () => {
    server.on('/a', redirect(`${other.url}/hop`));
    other.on('/hop', redirect(`${server.url}/final`));
    server.on('/final', reply({ body: 'done' }));
    const res = await client().request({ url: `${server.url}/a`, authorization: 'Bearer sekrit-token-3' });
    expect(res.url).toBe(`${server.url}/final`);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    // Back on the origin the token was issued for, sending it again gives nothing away.
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer sekrit-token-3', 'Bearer sekrit-token-3']);
  });

  it('stops after 5 redirects', async () => {
    for (let i = 0; i < 7; i++) server.on(`/r${i}`, redirect(`/r${i + 1}`));
    const err = await failure(client().request({ url: `${server.url}/r0` }));
    expect(err.message).toContain('more than 5 redirects');
    expect(server.hits('/r6')).toBe(0);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.on('/a', redirect('file:///etc/passwd'));
    const err = await failure(client().request({ url: `${server.url}/a` }));
    expect(err.message).toContain('redirect to a file: URL refused');
  });

  it('303 turns a POST into a GET', async () => {
    server.on('POST /submit', redirect('/result', 303));
    server.on('GET /result', reply({ body: 'r' }));
    const res = await client().request({ url: `${server.url}/submit`, method: 'POST', body: 'x' });
    expect(res.status).toBe(200);
    expect(server.requests[1]).toMatchObject({ method: 'GET', body: '' });
  });
});

describe('tokens never appear in logs or messages', () => {
  it('redacts userinfo and token query parameters in errors and retry logs', async () => {
    server.on('/down', reply({ status: 500 }));
    const raw = `${server.url.replace('http://', 'http://alice:pa55word-xyz@')}/down?token=tok-abc-123&v=1&X-Amz-Signature=sig-999`;
    const err = await failure(client({ retries: 1 }).request({ url: raw, authorization: 'Bearer bearer-secret-42' }));
    const texts = [err.message, ...log.records.map((r) => r.message)];
    expect(log.records.length).toBeGreaterThan(0);
    for (const text of texts) {
      for (const secret of ['pa55word-xyz', 'alice', 'tok-abc-123', 'sig-999', 'bearer-secret-42']) {
        expect(text).not.toContain(secret);
      }
    }
    expect(err.message).toBe(`GET ${server.url}/down?v=1 failed after 2 attempts: HTTP 500`);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer bearer-secret-42');
  });

  it('moves URL userinfo into a Basic Authorization header (fetch refuses it in the URL)', async () => {
    server.on('/simple/', reply({ body: 'index' }));
    const res = await client().request({ url: server.url.replace('//', '//bob:s%40cret@') + '/simple/' });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${server.url}/simple/`);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('bob:s@cret').toString('base64')}`);
  });

  it('redactUrl removes userinfo, secret params and fragments; keeps the rest', () => {
    expect(redactUrl('https://u:p@pypi.example/simple/?api_key=k&page=2#access_token=t')).toBe(
      'https://pypi.example/simple/?page=2',
    );
    expect(redactUrl('https://x.test/a?access_token=1&Signature=2&sig=3&name=n')).toBe('https://x.test/a?name=n');
    expect(redactUrl('not a url //user:pass@host/x?token=y')).toBe('not a url //host/x');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, dates, and ignores junk', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 20_000)).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});
