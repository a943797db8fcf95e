import { Parser, type ReadEntry } from 'tar';
import type { Collector } from './collector.js';

const DIRECTORY_TYPES = new Set(['Directory', 'GNUDumpDir']);
const SPECIAL_TYPES = new Set(['CharacterDevice', 'BlockDevice', 'FIFO']);

interface PendingFile {
  archivePath: string;
  path: string;
  size: number;
  chunks: Buffer[];
  received: number;
}

/**
 * Reads an uncompressed tar stream pushed in chunks (decompression happens outside, under the
 * collector's byte limits) with node-tar's Parser, which honours PAX and GNU long-name headers the
 * way tar does. Everything runs synchronously inside `push`: node-tar's entries are Minipass streams
 * that emit as soon as data is written to them.
 *
 * Where node-tar and the installers differ, this follows the installers: members of unknown type are
 * read as regular files (GNU tar and Python's tarfile extract them so); a header that fails its
 * checksum ends reading with an error, as in tarfile, instead of node-tar's skipping to the next block
 * (which reads a file's body as headers: a smuggling vector).
 */
export class TarReader {
  private readonly parser: Parser;
  private readonly c: Collector;
  private pending: PendingFile | undefined;
  private head: Buffer | undefined;
  private started = false;
  private halted = false;
  private sawEnd = false;
  private endsAfterNullBlock = false;
  private entries = 0;
  /** The member whose body is being read (or was last read): named when a limit stops reading. */
  private lastPath = '';

  constructor(collector: Collector) {
    this.c = collector;
    this.parser = new Parser({
      // The stream is already decompressed: never let node-tar sniff and inflate again (its own
      // inflater holds a whole write's output in memory, so a nested bomb would not be bounded).
      brotli: false,
      zstd: false,
      onwarn: (code, message) => this.onWarn(code, message),
      onReadEntry: (entry) => this.onEntry(entry),
    });
    this.parser.on('ignoredEntry', (entry: ReadEntry) => this.onIgnored(entry));
    this.parser.on('eof', () => (this.sawEnd = true));
    this.parser.on('nullBlock', () => (this.endsAfterNullBlock = true));
    // abort() also reports through 'error'; the problem is recorded by then.
    this.parser.on('error', () => undefined);
  }

  /** Whether more tar data is wanted (false after the end marker, an error or a limit). */
  get wants(): boolean {
    return !this.halted && !this.sawEnd && !this.c.stopped;
  }

  /** Whether the end-of-archive marker was reached. */
  get complete(): boolean {
    return this.sawEnd;
  }

  push(chunk: Buffer): void {
    if (!this.wants || chunk.length === 0) return;
    if (!this.started) {
      // node-tar sniffs the first bytes for gzip; a gzip stream inside the tar stream is not a tar.
      const head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (head.length < 2) {
        this.head = head;
        return;
      }
      this.started = true;
      this.head = undefined;
      if (head[0] === 0x1f && head[1] === 0x8b) {
        this.c.fail('not a tar archive (the decompressed data is gzip again)');
        this.halted = true;
        return;
      }
      chunk = head;
    }
    // Piece by piece: a header parsed in one piece can free room for the next (an oversized data entry is
    // streamed past, not held). Bytes past the room are counted too, so the limit that stops reading names them.
    let rest = chunk;
    while (rest.length > 0 && !this.halted) {
      const room = this.c.room();
      const piece = room < rest.length ? rest.subarray(0, room) : rest;
      if (piece.length > 0) this.parser.write(piece);
      const counted = piece.length > 0 ? piece.length : rest.length;
      if (!this.c.produce(counted, this.lastPath)) return this.halt();
      rest = rest.subarray(counted);
    }
  }

  end(): void {
    if (this.head && this.wants) this.parser.write(this.head);
    if (this.wants) this.parser.end();
    const cut = this.pending;
    this.pending = undefined;
    if (cut !== undefined && !this.c.stopped) {
      this.c.skip(cut.archivePath, 'unreadable', `truncated: ${cut.received} of ${cut.size} bytes`, cut.path);
    }
    if (!this.sawEnd && !this.halted && !this.c.stopped && !this.endsAfterNullBlock) {
      this.c.fail(this.entries === 0 ? 'not a tar archive' : 'tar data ends without an end-of-archive marker');
    }
  }

  private halt(): void {
    if (this.halted) return;
    this.halted = true;
    this.pending = undefined; // the limit that stopped reading already names it
    this.parser.abort(new Error('reading stopped'));
  }

  private onWarn(code: string, message: string): void {
    if (code === 'TAR_ABORT') return;
    if (code === 'TAR_ENTRY_INVALID') {
      this.c.fail(this.entries === 0 ? `not a tar archive (${message})` : `corrupt tar header (${message})`);
      this.halt();
    } else if (message.startsWith('Unrecognized archive format')) {
      if (!this.sawEnd) this.c.fail('not a tar archive');
    } else {
      this.c.fail(`corrupt tar data (${message})`);
    }
  }

  private onEntry(entry: ReadEntry): void {
    this.endsAfterNullBlock = false;
    if (!this.wants || !this.begin(entry)) return void entry.resume();
    const archivePath = entry.path;
    const accepted = this.c.acceptPath(archivePath);
    if (accepted === undefined) return void entry.resume();
    const { path } = accepted;
    const type = entry.type;
    if (DIRECTORY_TYPES.has(type)) {
      this.c.addDirectory(path);
    } else if (type === 'SymbolicLink') {
      this.c.skip(archivePath, 'symlink', `symlink to ${entry.linkpath ?? ''}`, path);
    } else if (type === 'Link') {
      this.c.skip(archivePath, 'hardlink', `hard link to ${entry.linkpath ?? ''}`, path);
    } else if (SPECIAL_TYPES.has(type)) {
      this.c.skip(archivePath, 'special-file', type, path);
    } else if (accepted.directory) {
      // named like a directory (`x/`, `./`): nothing to keep
      this.c.addDirectory(path);
    } else {
      return this.readFile(entry, archivePath, path);
    }
    entry.resume();
  }

  /**
   * node-tar drops members it does not know (and extended headers over its 1 MiB cap); it emits
   * them here synchronously, before their body, so unknown types can still be read as files.
   */
  private onIgnored(entry: ReadEntry): void {
    if (!this.wants) return;
    if (entry.meta) {
      this.c.skip(entry.path, 'unreadable', `extended header of ${entry.size} bytes ignored`);
      this.c.fail(`extended header of ${entry.size} bytes at ${entry.path} is too large to read`);
      return;
    }
    entry.ignore = false;
    this.onEntry(entry);
  }

  private begin(entry: ReadEntry): boolean {
    this.entries += 1;
    this.lastPath = entry.path;
    if (this.c.beginEntry(entry.path)) return true;
    this.halt();
    return false;
  }

  private readFile(entry: ReadEntry, archivePath: string, path: string): void {
    const size = entry.size;
    if (size > this.c.limits.maxFileBytes) {
      this.c.skip(archivePath, 'file-too-large', `${size} bytes, limit ${this.c.limits.maxFileBytes}`, path);
      this.c.discard(archivePath, size);
      return void entry.resume();
    }
    if (size === 0) {
      this.c.addFile(path, archivePath, new Uint8Array(0));
      return void entry.resume();
    }
    const pending: PendingFile = { archivePath, path, size, chunks: [], received: 0 };
    this.pending = pending;
    entry.on('data', (chunk: Buffer) => {
      pending.chunks.push(chunk);
      pending.received += chunk.length;
    });
    entry.on('end', () => this.finishFile(pending));
  }

  private finishFile(file: PendingFile): void {
    if (this.pending !== file) return; // dropped when a limit stopped reading
    this.pending = undefined;
    if (file.received < file.size) {
      const detail = `truncated: ${file.received} of ${file.size} bytes`;
      this.c.skip(file.archivePath, 'unreadable', detail, file.path);
      return;
    }
    // A file in one piece stays a view of the decompressed data (no copy: the artifact's files are
    // dropped together); one spread over stream chunks is joined.
    const data = file.chunks.length === 1 ? (file.chunks[0] as Buffer) : Buffer.concat(file.chunks, file.received);
    this.c.addFile(file.path, file.archivePath, data);
  }
}
