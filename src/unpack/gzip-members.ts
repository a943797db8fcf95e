import { constants, crc32, inflateRawSync } from 'node:zlib';

export interface MembersResult {
  /** Decompressed tar data, in order. */
  output: Buffer[];
  /** Why the data ended early (truncation, trailing bytes): harmless when the tar inside was complete. */
  ending?: string;
  /** A member whose CRC or length does not match its trailer: corrupt whatever the tar says. */
  corrupt?: string;
}

/** Past this many members the stream path is cheaper than one inflater per member. */
const MAX_MEMBERS = 64;

/** The one-pass path gives up on an input that is fine but better read as a stream. */
export class UseStream extends Error {}

/**
 * Inflates gzip members one by one, synchronously (RFC 1952 framing parsed here, deflate by zlib).
 * Unlike a plain `gunzipSync`, this keeps what precedes a problem: the output of a truncated member
 * and of every member before trailing bytes (an HTTP error page appended to a download, say), which
 * tarfile and tar never read because the tar has ended before them.
 *
 * Throws on corrupt deflate data, when the output would pass `cap` (ERR_BUFFER_TOO_LARGE: zlib stops
 * there, so a bomb costs at most `cap`) or with UseStream: the caller then reads again as a stream.
 */
export function inflateGzipMembers(bytes: Buffer, cap: number, chunkSize: number): MembersResult {
  const output: Buffer[] = [];
  let produced = 0;
  let offset = 0;
  for (let member = 0; ; member++) {
    if (member === MAX_MEMBERS) throw new UseStream('too many gzip members for one pass');
    const start = memberDataStart(bytes, offset);
    if (typeof start === 'string') {
      return { output, ending: member === 0 ? start : 'trailing data after the gzip stream' };
    }
    const { buffer, engine } = inflateRawSync(bytes.subarray(start), {
      info: true,
      chunkSize,
      finishFlush: constants.Z_SYNC_FLUSH, // truncated input yields what it holds instead of nothing
      maxOutputLength: Math.max(1, cap - produced),
    }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    output.push(buffer);
    produced += buffer.length;
    // zlib stops consuming at the end of the deflate stream; an 8-byte trailer must follow.
    const end = start + engine.bytesWritten;
    if (end + 8 > bytes.length) return { output, ending: 'unexpected end of file' };
    if (bytes.readUInt32LE(end) !== crc32(buffer) || bytes.readUInt32LE(end + 4) !== buffer.length % 2 ** 32) {
      return { output, corrupt: 'gzip member does not match its CRC or length' };
    }
    offset = end + 8;
    if (offset >= bytes.length) return { output };
  }
}

/** Offset of a member's deflate data, or why there is no member at `offset`. */
function memberDataStart(bytes: Buffer, offset: number): number | string {
  if (bytes[offset] !== 0x1f || bytes[offset + 1] !== 0x8b) return 'not gzip data';
  if (offset + 10 > bytes.length) return 'unexpected end of file';
  if (bytes[offset + 2] !== 8) return `unknown gzip compression method ${bytes[offset + 2]}`;
  const flags = bytes[offset + 3] as number;
  if (flags & 0xe0) return 'reserved gzip header flags set';
  let p = offset + 10;
  if (flags & 0x04) p = p + 2 > bytes.length ? bytes.length + 1 : p + 2 + bytes.readUInt16LE(p); // FEXTRA
  for (const flag of [0x08, 0x10]) {
    // FNAME, FCOMMENT: zero-terminated
    if (!(flags & flag) || p > bytes.length) continue;
    const zero = bytes.indexOf(0, p);
    p = zero < 0 ? bytes.length + 1 : zero + 1;
  }
  if (flags & 0x02) p += 2; // FHCRC
  return p > bytes.length ? 'unexpected end of file' : p;
}
