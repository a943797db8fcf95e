/**
 * Downloads an artifact and checks it against EVERY digest the lockfile and the registry state. A mismatch
 * means the bytes are not the ones that were reviewed or published (a swapped tarball, a compromised
 * mirror), so it is an IntegrityError the pipeline reports as a critical finding, and it is never retried.
 */
import type { Artifact, Integrity } from '../model/dependencies.js';
import { CustomsError, externalError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { DownloadCache } from './cache.js';
import { digestHex, isWellFormed, type DigestAlgorithm } from './digest.js';
import type { HttpClient } from './http.js';
import { redactUrl } from './redact.js';

export class IntegrityError extends CustomsError {
  constructor(
    readonly artifact: { filename: string; url: string },
    readonly algorithm: DigestAlgorithm | 'size',
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      'external',
      `integrity check failed for ${artifact.filename} from ${redactUrl(artifact.url)}: ` +
        `${algorithm} expected ${expected}, got ${actual}`,
    );
    this.name = 'IntegrityError';
  }
}

export interface DownloadOptions {
  maxBytes: number;
  cache?: DownloadCache;
  /** Credentials for the artifact's host (dropped by the client if a redirect leaves it). */
  authorization?: string;
  log?: Logger;
}

export interface DownloadResult {
  bytes: Uint8Array;
  /** Digests of the bytes actually received, for reports and cache keys. */
  digests: Record<'sha256' | 'sha512' | 'sha1', string>;
  /** False when neither the lockfile nor the registry stated any digest, so nothing could be checked. */
  verified: boolean;
  fromCache: boolean;
}

/** Throws IntegrityError for the first stated digest (or size) the bytes do not match. */
export function verifyIntegrity(artifact: Artifact, bytes: Uint8Array): void {
  const computed = new Map<DigestAlgorithm, string>();
  for (const integrity of artifact.integrity) {
    const expected = integrity.hex.toLowerCase();
    if (!isWellFormed(integrity)) {
      throw new IntegrityError(artifact, integrity.algorithm, expected, '(the stated digest is malformed)');
    }
    let actual = computed.get(integrity.algorithm);
    if (actual === undefined) {
      actual = digestHex(integrity.algorithm, bytes);
      computed.set(integrity.algorithm, actual);
    }
    if (actual !== expected) throw new IntegrityError(artifact, integrity.algorithm, expected, actual);
  }
  if (artifact.size !== undefined && artifact.size !== bytes.byteLength) {
    throw new IntegrityError(artifact, 'size', `${artifact.size} bytes`, `${bytes.byteLength} bytes`);
  }
}

/** The stated digest that keys the download cache, preferring sha256 (PyPI) then sha512 (npm). */
function cacheKey(integrity: readonly Integrity[]): Integrity | undefined {
  const usable = integrity.filter((i) => DownloadCache.usable(i));
  return usable.find((i) => i.algorithm === 'sha256') ?? usable.find((i) => i.algorithm === 'sha512');
}

export async function downloadArtifact(
  http: HttpClient,
  artifact: Artifact,
  opts: DownloadOptions,
): Promise<DownloadResult> {
  const key = opts.cache ? cacheKey(artifact.integrity) : undefined;
  const cached = key && opts.cache ? await opts.cache.get(key) : undefined;
  if (cached) {
    // The cache vouches only for its key; every other stated digest must still agree.
    verifyIntegrity(artifact, cached);
    opts.log?.debug(`${artifact.filename}: from the download cache`);
    return result(artifact, cached, true);
  }
  if (artifact.size !== undefined && artifact.size > opts.maxBytes) {
    throw externalError(
      `${artifact.filename} from ${redactUrl(artifact.url)} is ${artifact.size} bytes, ` +
        `more than the download limit of ${opts.maxBytes} bytes`,
    );
  }
  const res = await http.request({
    url: artifact.url,
    maxBytes: opts.maxBytes,
    // The digests are of the file as published: ask hosts not to re-encode it in transit.
    headers: { 'accept-encoding': 'identity' },
    ...(opts.authorization ? { authorization: opts.authorization } : {}),
  });
  if (res.status !== 200) {
    throw externalError(`downloading ${artifact.filename} from ${redactUrl(artifact.url)} failed: HTTP ${res.status}`);
  }
  verifyIntegrity(artifact, res.body);
  if (artifact.integrity.length === 0) {
    opts.log?.warning(`${artifact.filename}: no digest stated by the lockfile or registry; bytes are unverified`);
  }
  if (key && opts.cache) await opts.cache.put(key, res.body);
  return result(artifact, res.body, false);
}

function result(artifact: Artifact, bytes: Uint8Array, fromCache: boolean): DownloadResult {
  return {
    bytes,
    digests: {
      sha256: digestHex('sha256', bytes),
      sha512: digestHex('sha512', bytes),
      sha1: digestHex('sha1', bytes),
    },
    verified: artifact.integrity.length > 0,
    fromCache,
  };
}
