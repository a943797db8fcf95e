import bunzip from 'seek-bzip';
import type { Collector } from './collector.js';
import { TarReader } from './tar.js';

const CHUNK = 256 * 1024;

/** Thrown from the output sink to abandon decoding once the consumer wants no more. */
class Enough extends Error {}

/**
 * Decodes bzip2 data (multistream, like bzip2 and Python's bz2) with seek-bzip, handing the output to
 * `sink` in chunks as it is produced, so limits apply while decoding. `sink` returns false to stop
 * early. Throws on corrupt or truncated data, after handing over everything decoded before it.
 */
export function decodeBzip2(bytes: Buffer, sink: (chunk: Buffer) => boolean): void {
  let chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const flush = (): boolean => {
    if (used === 0) return true;
    const full = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafe(CHUNK);
    used = 0;
    return sink(full);
  };
  const output = {
    writeByte(byte: number): void {
      chunk[used++] = byte;
      if (used === CHUNK && !flush()) throw new Enough();
    },
  };
  try {
    bunzip.decode(byteInput(bytes), output, true);
  } catch (error) {
    if (error instanceof Enough) return;
    flush();
    throw error;
  }
  flush();
}

/** A bzip2-compressed tar; files before a corrupt block are kept. */
export function readBzip2Tar(bytes: Buffer, collector: Collector): void {
  const tar = new TarReader(collector);
  try {
    decodeBzip2(bytes, (chunk) => {
      tar.push(chunk);
      return tar.wants;
    });
  } catch (error) {
    // Past the tar's end marker bzip2 trouble is trailing garbage, which tar never reads.
    if (!tar.complete && !collector.stopped) {
      collector.fail(`corrupt or truncated bzip2 data (${(error as Error).message})`);
    }
  }
  tar.end();
}

/** seek-bzip's input interface over a buffer; reading past the end throws instead of yielding garbage. */
function byteInput(bytes: Buffer): {
  readByte(): number;
  read(buffer: Uint8Array, offset: number, length: number): number;
  seek(position: number): void;
  eof(): boolean;
} {
  let position = 0;
  const readByte = (): number => {
    if (position >= bytes.length) throw new Error('unexpected end of data');
    return bytes[position++] as number;
  };
  return {
    readByte,
    read(buffer, offset, length) {
      for (let i = 0; i < length; i++) buffer[offset + i] = readByte();
      return length;
    },
    seek(to) {
      position = to;
    },
    eof: () => position >= bytes.length,
  };
}
