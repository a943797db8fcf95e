/**
 * Digests of downloaded bytes, for every algorithm a lockfile or registry may state: PyPI's JSON API gives
 * md5/sha256 (https://docs.pypi.org/api/json/), npm's `dist` gives sha1 `shasum` and an SRI `integrity`
 * (usually sha512; https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages).
 */
import { createHash } from 'node:crypto';
import type { Integrity } from '../model/dependencies.js';

export type DigestAlgorithm = Integrity['algorithm'];

/** Hex lengths per algorithm: a stated digest of another length cannot match and is reported as malformed. */
export const HEX_LENGTH: Record<DigestAlgorithm, number> = {
  md5: 32,
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

export function digestHex(algorithm: DigestAlgorithm, bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

/** True when `hex` is well-formed lower- or upper-case hex of the algorithm's length. */
export function isWellFormed(integrity: Integrity): boolean {
  const len = HEX_LENGTH[integrity.algorithm];
  return len !== undefined && integrity.hex.length === len && /^[0-9a-f]+$/i.test(integrity.hex);
}
