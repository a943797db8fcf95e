/** Responses Verdaccio never sends: broken JSON, server errors, tarball-less versions — from a tiny local server. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNpmRegistry } from '../../../src/registries/npm/index.js';
import { CustomsError } from '../../../src/runtime/errors.js';
import { RecordingLogger } from '../../../src/runtime/logger.js';
import { recordingHttp } from '../recording-http.js';

const ROUTES: Record<string, { status: number; body: string }> = {
  '/broken': { status: 200, body: '{"versions": {' },
  '/down': { status: 503, body: 'maintenance' },
  '/no-tarball': { status: 200, body: JSON.stringify({ name: 'no-tarball', 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { dist: {} } } }) },
  '/secret': { status: 403, body: '{"error":"forbidden"}' },
};

let server: Server;
let url: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const route = ROUTES[req.url ?? ''] ?? { status: 404, body: '{}' };
    res.writeHead(route.status, { 'content-type': 'application/json' });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(name: string): Promise<CustomsError> {
  const log = new RecordingLogger();
  const registry = createNpmRegistry(recordingHttp(log), { url: url.replace('http://', 'http://u:TOPSECRET@'), token: 'NPM-TOKEN-XYZ' }, log);
  const err = await registry.resolve(name, '').then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(CustomsError);
  const message = (err as CustomsError).message;
  expect(message).not.toMatch(/TOPSECRET|NPM-TOKEN-XYZ/);
  expect(JSON.stringify(log.records)).not.toMatch(/TOPSECRET|NPM-TOKEN-XYZ/);
  return err as CustomsError;
}

describe('npm registry error responses', () => {
  it('reports malformed JSON as an external error naming the URL', async () => {
    const err = await failure('broken');
    expect(err.kind).toBe('external');
    expect(err.message).toContain(`malformed JSON from http://127.0.0.1:${new URL(url).port}/broken`);
  });

  it('reports 5xx after the client’s retries as an external error', async () => {
    const before = hits;
    const err = await failure('down');
    expect(err.kind).toBe('external');
    expect(err.message).toContain('503');
    expect(hits - before).toBe(2); // one retry (recordingHttp uses retries: 1)
  });

  it('reports a version without dist.tarball as an external error', async () => {
    const err = await failure('no-tarball');
    expect(err.kind).toBe('external');
    expect(err.message).toContain('no-tarball@1.0.0');
  });

  it('reports 403 as a credentials problem for the user', async () => {
    const err = await failure('secret');
    expect(err.kind).toBe('user');
    expect(err.message).toContain('403');
  });
});
