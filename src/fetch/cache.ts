/**
 * On-disk caches shared between runs (the Action caches the directory with actions/cache; the CLI keeps it
 * under the XDG cache directory, https://specifications.freedesktop.org/basedir-spec/latest/).
 *
 * - DownloadCache: artifacts by the digest the lockfile or registry states. A read re-verifies the digest,
 *   so a tampered or half-written entry is dropped and the artifact is fetched again.
 * - ResultCache: JSON analysis results by artifact sha256 + engine version, pruned least-recently-used.
 *
 * Writes are atomic (temporary file + rename) so concurrent scans never read a partial entry.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Integrity } from '../model/dependencies.js';
import type { Logger } from '../runtime/logger.js';
import { describeError } from '../runtime/errors.js';
import { digestHex, isWellFormed } from './digest.js';

/** `$XDG_CACHE_HOME/customs`, else `~/.cache/customs`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env['XDG_CACHE_HOME'];
  // The basedir spec says relative values are invalid and must be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'customs');
  return join(home, '.cache', 'customs');
}

export interface CacheOptions {
  dir?: string;
  log?: Logger;
  /** Bytes the cache may hold before prune() removes the least recently used entries. */
  maxBytes?: number;
}

const CACHE_KEYS = new Set<Integrity['algorithm']>(['sha256', 'sha512']);

/** Writes `bytes` to `path` atomically: a reader sees the old file, the new file, or none, never a part. */
async function atomicWrite(path: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

async function readIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Removes least-recently-used files (oldest mtime first) until the directory tree holds ≤ maxBytes. */
export async function pruneDir(dir: string, maxBytes: number): Promise<{ removed: number; bytes: number }> {
  const files: { path: string; size: number; mtimeMs: number }[] = [];
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { removed: 0, bytes: 0 };
    throw err;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const s = await stat(path).catch(() => undefined);
    if (s) files.push({ path, size: s.size, mtimeMs: s.mtimeMs });
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  files.sort((a, b) => a.mtimeMs - b.mtimeMs);
  let removed = 0;
  for (const f of files) {
    if (total <= maxBytes) break;
    await rm(f.path, { force: true });
    total -= f.size;
    removed++;
  }
  return { removed, bytes: total };
}

export class DownloadCache {
  readonly dir: string;
  private readonly log: Logger | undefined;
  private readonly maxBytes: number;

  constructor(opts: CacheOptions = {}) {
    this.dir = join(opts.dir ?? defaultCacheDir(), 'artifacts');
    this.log = opts.log;
    this.maxBytes = opts.maxBytes ?? 2 * 1024 ** 3;
  }

  /** Whether the digest can key the cache: sha256/sha512 and well-formed (it becomes a file name). */
  static usable(key: Integrity): boolean {
    return CACHE_KEYS.has(key.algorithm) && isWellFormed(key);
  }

  private path(key: Integrity): string {
    const hex = key.hex.toLowerCase();
    return join(this.dir, key.algorithm, hex.slice(0, 2), hex);
  }

  /** The cached bytes, or undefined on a miss or when the entry no longer matches its digest. */
  async get(key: Integrity): Promise<Uint8Array | undefined> {
    if (!DownloadCache.usable(key)) return undefined;
    const path = this.path(key);
    const bytes = await readIfPresent(path);
    if (!bytes) return undefined;
    if (digestHex(key.algorithm, bytes) !== key.hex.toLowerCase()) {
      this.log?.warning(`cache entry ${path} does not match its ${key.algorithm} digest; ignoring and refetching`);
      await rm(path, { force: true });
      return undefined;
    }
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Stores bytes under `key` only if they match it (a cache never holds what it cannot vouch for). */
  async put(key: Integrity, bytes: Uint8Array): Promise<boolean> {
    if (!DownloadCache.usable(key) || digestHex(key.algorithm, bytes) !== key.hex.toLowerCase()) return false;
    const path = this.path(key);
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await atomicWrite(path, bytes);
      return true;
    } catch (err) {
      // A cache that cannot be written slows the next run down; it must not fail this one.
      this.log?.warning(`could not write cache entry ${path}: ${describeError(err)}`);
      return false;
    }
  }

  prune(): Promise<{ removed: number; bytes: number }> {
    return pruneDir(this.dir, this.maxBytes);
  }
}

/** Analysis results by artifact sha256 and engine version (a new engine never reads an old verdict). */
export class ResultCache {
  readonly dir: string;
  private readonly log: Logger | undefined;
  private readonly maxBytes: number;
  private readonly engineKey: string;

  constructor(engineVersion: string, opts: CacheOptions = {}) {
    this.dir = join(opts.dir ?? defaultCacheDir(), 'results');
    this.log = opts.log;
    this.maxBytes = opts.maxBytes ?? 256 * 1024 ** 2;
    this.engineKey = createHash('sha256').update(engineVersion).digest('hex').slice(0, 16);
  }

  private path(sha256: string): string | undefined {
    const hex = sha256.toLowerCase();
    if (!isWellFormed({ algorithm: 'sha256', hex })) return undefined;
    return join(this.dir, hex.slice(0, 2), `${hex}-${this.engineKey}.json`);
  }

  async get<T>(sha256: string): Promise<T | undefined> {
    const path = this.path(sha256);
    if (!path) return undefined;
    const bytes = await readIfPresent(path);
    if (!bytes) return undefined;
    let value: { key: string; value: T };
    try {
      value = JSON.parse(bytes.toString('utf8')) as { key: string; value: T };
    } catch {
      value = { key: '', value: undefined as T };
    }
    if (value.key !== `${sha256.toLowerCase()}:${this.engineKey}`) {
      this.log?.warning(`result cache entry ${path} is unreadable; ignoring it`);
      await rm(path, { force: true });
      return undefined;
    }
    // Touch: pruning removes the least recently *used* entries, by mtime.
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return value.value;
  }

  async set(sha256: string, value: unknown): Promise<void> {
    const path = this.path(sha256);
    if (!path) return;
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await atomicWrite(path, JSON.stringify({ key: `${sha256.toLowerCase()}:${this.engineKey}`, value }));
    } catch (err) {
      this.log?.warning(`could not write result cache entry ${path}: ${describeError(err)}`);
    }
  }

  prune(): Promise<{ removed: number; bytes: number }> {
    return pruneDir(this.dir, this.maxBytes);
  }
}
