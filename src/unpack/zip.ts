import { inflateRawSync } from 'node:zlib';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { decodeBzip2 } from './bzip2.js';
import type { Collector } from './collector.js';

const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;

/**
 * A zip (wheels; some sdists). yauzl reads the central directory and local headers, entry by entry
 * (`lazyEntries`); names are decoded here (UTF-8 flag, else CP437, cut at NUL, as Python's zipfile
 * does) because yauzl's own decoding rejects the whole zip on one bad name. Each entry's bytes are
 * inflated synchronously with a hard output cap (the smaller of the per-file and the remaining
 * total/ratio budget), so a bomb costs at most that cap in memory and time, and the declared size is
 * checked against what inflating really produced.
 *
 * Unix file types in the external attributes (symlink, FIFO, directory) are ignored on purpose: pip
 * installs wheels and unpacks zip sdists by writing every entry whose name does not end in `/` as a
 * regular file with the entry's bytes, so that is what is kept. Honouring the bits would let a
 * "symlink" `evil.pth` hide from the scan while pip installs it.
 */
export async function readZip(bytes: Buffer, collector: Collector): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    collector.fail(`not a readable zip archive (${(error as Error).message})`);
    return;
  }
  await new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      zip.close();
      resolve();
    };
    const onEntry = async (entry: Entry): Promise<void> => {
      try {
        await readEntry(zip, bytes, entry, collector);
        if (done) return;
        if (collector.stopped) finish();
        else zip.readEntry();
      } catch (error) {
        // Not bad input (that is reported per entry) but a bug: still never a crashed scan.
        collector.fail(`internal error while unpacking (${(error as Error).message})`);
        finish();
      }
    };
    zip.on('entry', (entry: Entry) => void onEntry(entry));
    zip.on('end', finish);
    zip.on('error', (error: Error) => {
      collector.fail(`corrupt zip archive (${error.message})`);
      finish();
    });
    zip.readEntry();
  });
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: false };
    fromBuffer(bytes, options, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

async function readEntry(zip: ZipFile, bytes: Buffer, entry: Entry, c: Collector): Promise<void> {
  const archivePath = decodeName(entry.fileNameRaw, entry);
  if (!c.beginEntry(archivePath)) return;
  const accepted = c.acceptPath(archivePath);
  if (accepted === undefined) return;
  const { path } = accepted;
  if (accepted.directory) return c.addDirectory(path);
  if (!c.wants(archivePath)) return;
  if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) {
    // Unreadable without the password, so not inspected: the package cannot pass as if it were.
    c.skip(archivePath, 'encrypted', undefined, path);
    return c.fail(`zip entry ${archivePath} is encrypted and could not be inspected`);
  }
  const max = c.limits.maxFileBytes;
  const declared = entry.uncompressedSize;
  // A declared size over the limit is believed only when the compressed data could hold that much;
  // otherwise the header lies (hiding a small file behind a huge size) and the data decides.
  if (declared > max && largestOutput(entry) > max) {
    return c.skip(archivePath, 'file-too-large', `${declared} bytes, limit ${max}`, path);
  }
  let data: Buffer;
  const cap = Math.min(max, c.room());
  try {
    const start = await fileDataStart(zip, entry, c, archivePath);
    data = decompress(entry.compressionMethod, bytes.subarray(start, start + entry.compressedSize), cap);
  } catch (error) {
    if (error instanceof TooLarge || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      // Past the remaining budget reading stops; past only the per-file limit the entry is skipped.
      if (c.produce(cap + 1, archivePath)) c.skip(archivePath, 'file-too-large', `over ${max} bytes`, path);
      return;
    }
    c.skip(archivePath, 'unreadable', (error as Error).message, path);
    c.fail(`zip entry ${archivePath} unreadable (${(error as Error).message})`);
    return;
  }
  if (!c.produce(data.length, archivePath)) return;
  if (data.length !== declared) {
    // Kept: these are the bytes the entry holds. The archive is still inconsistent (zipfile refuses it).
    c.fail(`zip entry ${archivePath} is corrupt (header says ${declared} bytes, data holds ${data.length})`);
  }
  c.addFile(path, archivePath, data);
}

/** The most output an entry's compressed bytes can give: deflate expands at most 1032:1. */
function largestOutput(entry: Entry): number {
  if (entry.compressionMethod === 0) return entry.compressedSize;
  if (entry.compressionMethod === 8) return entry.compressedSize * 1032 + 1024;
  return Infinity;
}

/** An entry's output would pass its cap. */
class TooLarge extends Error {}

/**
 * Where an entry's data starts. The central directory decides names and sizes (as in zipfile); a local
 * header naming another file is refused by zipfile ("File name in directory … and header … differ"),
 * so pip would not install the wheel: the archive is reported as inconsistent.
 */
function fileDataStart(zip: ZipFile, entry: Entry, c: Collector, archivePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.readLocalFileHeader(entry, {}, (error, header) => {
      if (error) return reject(error);
      if (!header.fileName.equals(entry.fileNameRaw)) {
        const local = decodeName(header.fileName, entry);
        c.fail(`zip entry ${archivePath} is named ${JSON.stringify(local)} in its local header (zipfile refuses the archive)`);
      }
      resolve(header.fileDataStart);
    });
  });
}

/** Decompresses one entry to at most `cap` bytes (throws past it). Stored, deflate, bzip2: what pip meets. */
function decompress(method: number, raw: Buffer, cap: number): Buffer {
  switch (method) {
    case 0:
      if (raw.length > cap) throw new TooLarge();
      return Buffer.from(raw);
    case 8:
      return inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
    case 12:
      return decodeBzip2Capped(raw, cap);
    default:
      throw new Error(`unsupported compression method ${method}`);
  }
}

function decodeBzip2Capped(raw: Buffer, cap: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  decodeBzip2(raw, (chunk) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    chunks.push(chunk);
    return true;
  });
  return Buffer.concat(chunks, total);
}

/** Member name as Python's zipfile decodes it: UTF-8 when flagged, else CP437; cut at the first NUL. */
function decodeName(raw: Buffer, entry: Entry): string {
  let name: string;
  if (entry.generalPurposeBitFlag & FLAG_UTF8) name = raw.toString('utf8');
  else if (raw.every((byte) => byte < 0x80)) name = raw.toString('latin1');
  else name = Array.from(raw, cp437Char).join('');
  const nul = name.indexOf('\0');
  return nul >= 0 ? name.slice(0, nul) : name;
}

function cp437Char(byte: number): string {
  return byte < 0x80 ? String.fromCharCode(byte) : (CP437_HIGH[byte - 0x80] as string);
}

/** CP437 code points for bytes 0x80–0xFF (the zip default when the UTF-8 flag is not set). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
