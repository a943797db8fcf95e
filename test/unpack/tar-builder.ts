/**
 * Builds tar archives byte by byte for tests, so hostile layouts (links, devices, traversal names,
 * PAX overrides, bad checksums, unknown types, non-UTF-8 names) exist only in memory.
 */
export interface TarMember {
  name: string | Buffer;
  /** typeflag: '0' file (default), '1' hard link, '2' symlink, '3' char device, '4' block device,
   * '5' directory, '6' FIFO, 'x' PAX header, 'L' GNU long name, or anything else. */
  type?: string;
  body?: string | Buffer;
  /** Size written in the header; defaults to the body length. */
  size?: number;
  linkname?: string;
  prefix?: string;
  badChecksum?: boolean;
}

export function tarHeader(member: TarMember): Buffer {
  const block = Buffer.alloc(512);
  const body = toBuffer(member.body ?? '');
  const size = member.size ?? body.length;
  toBuffer(member.name).copy(block, 0, 0, 100);
  block.write('0000644\0', 100, 'latin1');
  block.write('0001750\0', 108, 'latin1');
  block.write('0001750\0', 116, 'latin1');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  block.write('14712345670\0', 136, 'latin1');
  block.write(member.type ?? '0', 156, 'latin1');
  if (member.linkname) block.write(member.linkname, 157, 100, 'utf8');
  block.write('ustar\0' + '00', 257, 'latin1');
  block.write('user', 265, 'latin1');
  block.write('group', 297, 'latin1');
  if (member.prefix) block.write(member.prefix, 345, 155, 'utf8');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  if (member.badChecksum) sum += 1;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/** Header, body padded to 512 bytes. */
export function tarMember(member: TarMember): Buffer {
  const body = toBuffer(member.body ?? '');
  const padding = (512 - (body.length % 512)) % 512;
  return Buffer.concat([tarHeader(member), body, Buffer.alloc(padding)]);
}

/** A PAX extended header ('x') whose records apply to the next member. */
export function paxHeader(records: Record<string, string>): TarMember {
  const lines = Object.entries(records).map(([key, value]) => {
    const text = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(text) + 1;
    while (String(length).length + Buffer.byteLength(text) !== length) length += 1;
    return `${length}${text}`;
  });
  return { name: 'PaxHeader/entry', type: 'x', body: lines.join('') };
}

/** Members followed by the two-block end-of-archive marker (unless `end` is false). */
export function tarArchive(members: (TarMember | Buffer)[], options: { end?: boolean } = {}): Buffer {
  const parts = members.map((m) => (Buffer.isBuffer(m) ? m : tarMember(m)));
  if (options.end !== false) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

function toBuffer(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
