import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/fetch/client.js';
import { DownloadCache } from '../../src/fetch/cache.js';
import { downloadArtifact, IntegrityError, verifyIntegrity } from '../../src/fetch/download.js';
import type { HttpClient } from '../../src/fetch/http.js';
import type { Artifact, Integrity } from '../../src/model/dependencies.js';
import { CustomsError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { reply, startServer, type TestServer } from '../support/http-server.js';

const BYTES = new TextEncoder().encode('pretend this is a tarball\n');
const hex = (alg: string, b: Uint8Array = BYTES) => createHash(alg).update(b).digest('hex');
const ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512', 'md5'] as const;

let server: TestServer;
let http: HttpClient;
let log: RecordingLogger;
let dir: string;

beforeEach(async () => {
  server = await startServer();
  log = new RecordingLogger();
  http = createHttpClient({ log, sleep: async () => undefined });
  dir = await mkdtemp(join(tmpdir(), 'customs-dl-'));
  server.on('/pkg.tgz', reply({ body: BYTES }));
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function artifact(integrity: Integrity[], extra: Partial<Artifact> = {}): Artifact {
  return {
    ref: { ecosystem: 'npm', name: 'pkg', version: '1.0.0' },
    url: `${server.url}/pkg.tgz`,
    filename: 'pkg-1.0.0.tgz',
    type: 'npm-tarball',
    integrity,
    ...extra,
  };
}

describe('downloadArtifact: integrity', () => {
  for (const algorithm of ALGORITHMS) {
    it(`${algorithm}: a matching digest passes`, async () => {
      const res = await downloadArtifact(http, artifact([{ algorithm, hex: hex(algorithm) }]), { maxBytes: 1e6 });
      expect(res.verified).toBe(true);
      expect(res.bytes).toEqual(BYTES);
      expect(res.digests).toEqual({ sha256: hex('sha256'), sha512: hex('sha512'), sha1: hex('sha1') });
    });

    it(`${algorithm}: a mismatching digest throws IntegrityError with expected and actual`, async () => {
      const wrong = hex(algorithm, new TextEncoder().encode('other bytes'));
      const err = await downloadArtifact(http, artifact([{ algorithm, hex: wrong }]), { maxBytes: 1e6 }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(IntegrityError);
      expect(err).toBeInstanceOf(CustomsError);
      const ie = err as IntegrityError;
      expect(ie.kind).toBe('external');
      expect(ie).toMatchObject({ algorithm, expected: wrong, actual: hex(algorithm) });
      expect(ie.message).toContain('pkg-1.0.0.tgz');
      expect(server.hits('/pkg.tgz')).toBe(1); // not retried
    });
  }

  it('checks every stated digest: one good, one bad still fails', async () => {
    const art = artifact([
      { algorithm: 'sha512', hex: hex('sha512') },
      { algorithm: 'sha256', hex: '0'.repeat(64) },
    ]);
    await expect(downloadArtifact(http, art, { maxBytes: 1e6 })).rejects.toMatchObject({ algorithm: 'sha256' });
  });

  it('accepts upper-case hex and rejects a malformed digest', async () => {
    await downloadArtifact(http, artifact([{ algorithm: 'sha256', hex: hex('sha256').toUpperCase() }]), {
      maxBytes: 1e6,
    });
    await expect(
      downloadArtifact(http, artifact([{ algorithm: 'sha256', hex: 'abc' }]), { maxBytes: 1e6 }),
    ).rejects.toThrow(/malformed/);
  });

  it('a stated size that differs is an integrity failure', () => {
    expect(() => verifyIntegrity(artifact([], { size: 3 }), BYTES)).toThrow(IntegrityError);
  });

  it('no digest at all is allowed, flagged unverified, and warned about', async () => {
    const res = await downloadArtifact(http, artifact([]), { maxBytes: 1e6, log });
    expect(res.verified).toBe(false);
    expect(log.records.some((r) => r.level === 'warning' && r.message.includes('unverified'))).toBe(true);
  });

  it('a 404 is an external error naming the file, and the redacted URL', async () => {
    const art = artifact([], { url: `${server.url.replace('//', '//me:hunter22@')}/missing.tgz?token=zzz-secret` });
    server.on('/missing.tgz', reply({ status: 404 }));
    const err = (await downloadArtifact(http, art, { maxBytes: 1e6 }).catch((e: unknown) => e)) as CustomsError;
    expect(err.kind).toBe('external');
    expect(err.message).toBe(`downloading pkg-1.0.0.tgz from ${server.url}/missing.tgz failed: HTTP 404`);
  });

  it('refuses before fetching when the stated size exceeds maxBytes', async () => {
    await expect(downloadArtifact(http, artifact([], { size: 5000 }), { maxBytes: 100 })).rejects.toThrow(
      /5000 bytes, more than the download limit of 100 bytes/,
    );
    expect(server.hits('/pkg.tgz')).toBe(0);
  });

  it('passes authorization to the client', async () => {
    await downloadArtifact(http, artifact([]), { maxBytes: 1e6, authorization: 'Bearer t0k' });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer t0k');
    expect(server.requests[0]!.headers['accept-encoding']).toBe('identity');
  });
});

describe('downloadArtifact with a DownloadCache', () => {
  it('miss then hit: the second download does not touch the network', async () => {
    const cache = new DownloadCache({ dir });
    const art = artifact([{ algorithm: 'sha512', hex: hex('sha512') }]);
    const first = await downloadArtifact(http, art, { maxBytes: 1e6, cache });
    const second = await downloadArtifact(http, art, { maxBytes: 1e6, cache });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.bytes).toEqual(BYTES);
    expect(server.hits('/pkg.tgz')).toBe(1);
  });

  it('a cached entry still has to match the other stated digests', async () => {
    const cache = new DownloadCache({ dir });
    await cache.put({ algorithm: 'sha256', hex: hex('sha256') }, BYTES);
    const art = artifact([
      { algorithm: 'sha256', hex: hex('sha256') },
      { algorithm: 'sha1', hex: '1'.repeat(40) },
    ]);
    await expect(downloadArtifact(http, art, { maxBytes: 1e6, cache })).rejects.toBeInstanceOf(IntegrityError);
    expect(server.hits('/pkg.tgz')).toBe(0);
  });
});
