import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, DownloadCache, pruneDir, ResultCache } from '../../src/fetch/cache.js';
import type { Integrity } from '../../src/model/dependencies.js';
import { RecordingLogger } from '../../src/runtime/logger.js';

const BYTES = new TextEncoder().encode('artifact bytes');
const key = (alg: 'sha256' | 'sha512', b: Uint8Array = BYTES): Integrity => ({
  algorithm: alg,
  hex: createHash(alg).update(b).digest('hex'),
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'customs-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('defaultCacheDir', () => {
  it('uses XDG_CACHE_HOME when absolute, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/xdg/customs');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe('/home/u/.cache/customs');
    expect(defaultCacheDir({}, '/home/u')).toBe('/home/u/.cache/customs');
  });
});

describe('DownloadCache', () => {
  it('miss, put, hit for sha256 and sha512 keys', async () => {
    const cache = new DownloadCache({ dir });
    for (const alg of ['sha256', 'sha512'] as const) {
      expect(await cache.get(key(alg))).toBeUndefined();
      expect(await cache.put(key(alg), BYTES)).toBe(true);
      expect(await cache.get(key(alg))).toEqual(BYTES);
    }
  });

  it('refuses to store bytes that do not match the key, and unusable keys', async () => {
    const cache = new DownloadCache({ dir });
    expect(await cache.put(key('sha256', new TextEncoder().encode('else')), BYTES)).toBe(false);
    expect(await cache.put({ algorithm: 'sha1', hex: 'a'.repeat(40) }, BYTES)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a tampered entry is ignored, removed and reported', async () => {
    const log = new RecordingLogger();
    const cache = new DownloadCache({ dir, log });
    const k = key('sha256');
    await cache.put(k, BYTES);
    const path = join(dir, 'artifacts', 'sha256', k.hex.slice(0, 2), k.hex);
    await writeFile(path, 'evil replacement');
    expect(await cache.get(k)).toBeUndefined();
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
    expect(log.records.some((r) => r.level === 'warning' && r.message.includes('does not match'))).toBe(true);
  });

  it('a key that is not hex can never become a path outside the cache', async () => {
    const cache = new DownloadCache({ dir });
    const evil: Integrity = { algorithm: 'sha256', hex: '../../../../etc/passwd'.padEnd(64, 'a') };
    expect(await cache.get(evil)).toBeUndefined();
    expect(await cache.put(evil, BYTES)).toBe(false);
  });

  it('leaves no temporary files behind after writes', async () => {
    const cache = new DownloadCache({ dir });
    await Promise.all([cache.put(key('sha256'), BYTES), cache.put(key('sha256'), BYTES)]);
    const files = await readdir(join(dir, 'artifacts'), { recursive: true });
    expect(files.filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
    expect(await cache.get(key('sha256'))).toEqual(BYTES);
  });
});

describe('ResultCache', () => {
  const sha = 'ab'.repeat(32);

  it('stores JSON by artifact sha256 and engine version', async () => {
    const v1 = new ResultCache('engine-1', { dir });
    const v2 = new ResultCache('engine-2', { dir });
    expect(await v1.get(sha)).toBeUndefined();
    await v1.set(sha, { findings: [{ ruleId: 'py/x' }] });
    expect(await v1.get(sha)).toEqual({ findings: [{ ruleId: 'py/x' }] });
    expect(await v1.get(sha.toUpperCase())).toEqual({ findings: [{ ruleId: 'py/x' }] });
    expect(await v2.get(sha)).toBeUndefined(); // a new engine never reads an old result
  });

  it('ignores a corrupt entry and an invalid key', async () => {
    const cache = new ResultCache('e', { dir });
    await cache.set(sha, { ok: true });
    const [file] = (await readdir(join(dir, 'results'), { recursive: true })).filter((f) => String(f).endsWith('.json'));
    await writeFile(join(dir, 'results', String(file)), '{"key":"');
    expect(await cache.get(sha)).toBeUndefined();
    expect(await cache.get('not-a-digest')).toBeUndefined();
    await cache.set('../escape', { x: 1 });
    expect(await readdir(dir)).toEqual(['results']);
  });

  it('prunes least-recently-used entries (by mtime) down to maxBytes; a read refreshes an entry', async () => {
    const cache = new ResultCache('e', { dir, maxBytes: 250 });
    const shas = ['01', '02', '03'].map((p) => p.repeat(32));
    const payload = { blob: 'x'.repeat(60) };
    for (const s of shas) await cache.set(s, payload);
    const files = (await readdir(join(dir, 'results'), { recursive: true })).map(String).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(3);
    const size = (await stat(join(dir, 'results', files[0]!))).size;
    expect(size * 3).toBeGreaterThan(250);
    // Age all three, oldest first: 01 < 02 < 03; then reading 01 makes it the most recent.
    for (const [i, f] of files.sort().entries()) {
      const t = new Date(Date.now() - (10 - i) * 60_000);
      await utimes(join(dir, 'results', f), t, t);
    }
    expect(await cache.get(shas[0]!)).toEqual(payload);
    const res = await cache.prune();
    expect(res.removed).toBe(Math.ceil((size * 3 - 250) / size));
    expect(await cache.get(shas[0]!)).toEqual(payload);
    expect(await cache.get(shas[1]!)).toBeUndefined();
  });
});

describe('pruneDir', () => {
  it('is a no-op on a missing directory and under the limit', async () => {
    expect(await pruneDir(join(dir, 'nope'), 10)).toEqual({ removed: 0, bytes: 0 });
    await writeFile(join(dir, 'a'), '12345');
    expect(await pruneDir(dir, 10)).toEqual({ removed: 0, bytes: 5 });
    expect(await readFile(join(dir, 'a'), 'utf8')).toBe('12345');
  });
});
