import type { ArchiveFormat } from '../model/contents.js';

/**
 * Archive format from magic bytes only: artifact file names lie (wheels stored as `.tar.gz`, sdists as
 * `.zip`), so the suffix is never consulted. A gzip stream is assumed to hold a tar (sdists and npm
 * tarballs); if it does not, the tar reader reports it as unreadable. xz and anything else: undefined.
 */
export function sniffFormat(bytes: Uint8Array): ArchiveFormat | undefined {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return 'tar.gz';
  if (startsWith(bytes, 0, BZIP2_MAGIC)) return 'tar.bz2';
  if (startsWith(bytes, 0, ZIP_LOCAL_HEADER) || startsWith(bytes, 0, ZIP_EMPTY_ARCHIVE)) return 'zip';
  // POSIX `ustar\0` and old GNU `ustar  \0` both start with these five bytes.
  if (startsWith(bytes, 257, USTAR_MAGIC)) return 'tar';
  return undefined;
}

/** The first bytes as hex, for "unknown archive format" messages. */
export function leadingHex(bytes: Uint8Array, count = 8): string {
  return Buffer.from(bytes.subarray(0, count)).toString('hex');
}

const BZIP2_MAGIC = [0x42, 0x5a, 0x68]; // "BZh"
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06]; // end of central directory, no entries
const USTAR_MAGIC = [0x75, 0x73, 0x74, 0x61, 0x72]; // "ustar"

function startsWith(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((byte, i) => bytes[offset + i] === byte);
}
