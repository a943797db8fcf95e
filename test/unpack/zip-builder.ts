import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Builds zip archives byte by byte for tests: duplicate names, unix modes (symlinks, FIFOs),
 * encryption flags, lying sizes, CP437 names and overlapping entries, none of which adm-zip writes.
 */
export interface ZipMember {
  name: string | Buffer;
  data?: string | Buffer;
  /** 0 stored, 8 deflate (default), or any other method number with `compressed` given. */
  method?: number;
  /** Already-compressed bytes to store as they are. */
  compressed?: Buffer;
  flags?: number;
  /** Unix mode (file type and permissions), stored in the high 16 bits of the external attributes. */
  mode?: number;
  /** Uncompressed size written in the headers; defaults to the data length. */
  declaredSize?: number;
  /** Name written in the local header only (the central directory keeps `name`). */
  localName?: string | Buffer;
  /** Uncompressed size written in the local header only. */
  localSize?: number;
}

interface Placed {
  member: ZipMember;
  name: Buffer;
  offset: number;
  crc: number;
  compressedSize: number;
  size: number;
  method: number;
}

export interface ZipOptions {
  centralOnly?: number[];
  /** Bytes in front of the archive (a zipapp's `#!` line, an image); offsets leave them out unless `absolute`. */
  prefix?: string | Buffer;
  /** Offsets counted from the start of the file, prefix included (as Python's zipapp writes them). */
  absolute?: boolean;
  /** Archive comment after the end-of-directory record. */
  comment?: string;
}

export function zipArchive(members: ZipMember[], options: ZipOptions = {}): Buffer {
  const prefix = toBuffer(options.prefix ?? '');
  const parts: Buffer[] = [prefix];
  const placed: Placed[] = [];
  let offset = options.absolute ? prefix.length : 0;
  for (const member of members) {
    const data = toBuffer(member.data ?? '');
    const method = member.method ?? 8;
    const compressed = member.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const name = toBuffer(member.name);
    const entry: Placed = {
      member,
      name,
      offset,
      crc: crc32(data),
      compressedSize: compressed.length,
      size: member.declaredSize ?? data.length,
      method,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(member.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(member.localSize ?? entry.size, 22);
    const localName = member.localName === undefined ? name : toBuffer(member.localName);
    local.writeUInt16LE(localName.length, 26);
    parts.push(local, localName, compressed);
    offset += 30 + localName.length + compressed.length;
    placed.push(entry);
  }
  // centralOnly: extra central-directory records pointing at already placed local headers (overlap).
  const records = [...placed, ...(options.centralOnly ?? []).map((i, n) => overlapOf(placed, i, n))];
  const centralStart = offset;
  for (const entry of records) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.member.flags ?? 0, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.compressedSize, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(((entry.member.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(entry.offset, 42);
    parts.push(central, entry.name);
    offset += 46 + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  const comment = toBuffer(options.comment ?? '');
  end.writeUInt16LE(comment.length, 20);
  parts.push(end, comment);
  return Buffer.concat(parts);
}

function overlapOf(placed: Placed[], index: number, n: number): Placed {
  const target = placed[index];
  if (target === undefined) throw new Error(`no member ${index}`);
  return { ...target, name: Buffer.from(`overlap-${n}.bin`) };
}

function toBuffer(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
