import { constants, createGunzip } from 'node:zlib';
import type { Collector } from './collector.js';
import { inflateGzipMembers, UseStream } from './gzip-members.js';
import { TarReader } from './tar.js';

/** Inputs up to this size are first inflated in one synchronous pass (most artifacts: far faster). */
const FAST_PATH_MAX_INPUT = 8 * 1024 * 1024;
/** ...whose output may not pass this; bigger tars go through the stream, which holds one chunk. */
const FAST_PATH_MAX_OUTPUT = 32 * 1024 * 1024;
const STREAM_INPUT_SLICE = 16 * 1024;
const STREAM_CHUNK = 256 * 1024;

/**
 * A gzip-compressed tar (sdists, npm tarballs). Decompression happens here, not in node-tar, whose
 * inflater returns a whole write's output at once: a bomb would be in memory before any check.
 *
 * Fast path: one synchronous pass capped at what the limits still allow. If it throws (corrupt
 * deflate data, a limit, a huge input), the stream path reads again chunk by chunk, so limits stop
 * reading exactly where they are crossed and files before the problem are kept.
 */
export async function readGzipTar(bytes: Buffer, collector: Collector): Promise<void> {
  const tar = new TarReader(collector);
  let known: Error | undefined;
  if (bytes.length <= FAST_PATH_MAX_INPUT) {
    try {
      const cap = Math.min(collector.room(), FAST_PATH_MAX_OUTPUT);
      const result = inflateGzipMembers(bytes, cap, chunkSizeFor(bytes.length));
      for (const chunk of result.output) tar.push(chunk);
      if (result.corrupt !== undefined) collector.fail(`corrupt gzip data (${result.corrupt})`);
      // Past the tar's end marker, truncation or trailing bytes were never going to be read.
      if (result.ending !== undefined && !tar.complete && !collector.stopped) {
        collector.fail(`corrupt or truncated gzip data (${result.ending})`);
      }
      tar.end();
      return;
    } catch (error) {
      // A limit or a many-member input is no fault of the data; anything else is corrupt deflate data.
      const limit = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      if (!limit && !(error instanceof UseStream)) known = error as Error;
    }
  }
  await streamGunzip(bytes, tar, collector, known);
}

/** node's gunzip stream (handles concatenated members itself), fed in slices so output arrives early. */
function streamGunzip(bytes: Buffer, tar: TarReader, collector: Collector, known?: Error): Promise<void> {
  return new Promise((resolve) => {
    const gunzip = createGunzip({ chunkSize: STREAM_CHUNK, finishFlush: constants.Z_SYNC_FLUSH });
    let finished = false;
    const finish = (error?: Error): void => {
      if (finished) return;
      finished = true;
      gunzip.destroy();
      const problem = error ?? known;
      if (problem !== undefined && !tar.complete && !collector.stopped) {
        collector.fail(`corrupt or truncated gzip data (${problem.message})`);
      }
      guard(collector, () => tar.end());
      resolve();
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (finished) return;
      // Event handlers are outside unpackArtifact's try: a throw here would take the process down.
      if (!guard(collector, () => tar.push(chunk)) || !tar.wants) finish();
    });
    gunzip.on('error', (error) => finish(error));
    gunzip.on('end', () => finish());
    let offset = 0;
    const next = (): void => {
      if (finished) return;
      if (offset >= bytes.length) return void gunzip.end();
      const slice = bytes.subarray(offset, offset + STREAM_INPUT_SLICE);
      offset += slice.length;
      // One slice at a time: on a zlib error only the failing slice's output is lost.
      gunzip.write(slice, () => next());
    };
    next();
  });
}

/** Runs `step`; a throw (a bug, never bad input) is recorded as the archive's error. */
function guard(collector: Collector, step: () => void): boolean {
  try {
    step();
    return true;
  } catch (error) {
    collector.fail(`internal error while unpacking (${(error as Error).message})`);
    return false;
  }
}

/** Output chunk size: big chunks inflate faster, but a 1 KiB sdist should not allocate 1 MiB. */
function chunkSizeFor(inputBytes: number): number {
  return Math.min(1024 * 1024, Math.max(64 * 1024, 2 ** Math.ceil(Math.log2(inputBytes * 8))));
}
