import type {
  ArchiveFormat,
  ContentFile,
  PackageContents,
  SkipReason,
  SkippedEntry,
  UnpackLimits,
} from '../model/contents.js';
import { checkEntryPath } from './paths.js';
import { RootTracker } from './root.js';

/**
 * Below this much output a high compression ratio cannot hurt, and small benign archives (a tar padded
 * to 10 KiB around one short file) legitimately compress 40:1 or more.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

type StopReason = Extract<SkipReason, 'too-many-entries' | 'total-size-exceeded' | 'compression-ratio'>;

/**
 * Everything one unpack run learns, whatever the archive format: accepted files (last entry of a path
 * wins, as tar extraction and Python's zipfile do), skipped entries with reasons, the first problem,
 * and the limits. "Produced" bytes are the bytes decompression actually yielded (the tar stream, or
 * the zip entries read), counted as they appear and never taken from headers.
 */
export class Collector {
  readonly limits: UnpackLimits;
  stopped = false;
  produced = 0;
  private readonly label: string;
  private readonly ratioCap: number;
  private readonly files = new Map<string, ContentFile>();
  private readonly skipped: SkippedEntry[] = [];
  private readonly root = new RootTracker();
  private entries = 0;
  private error: string | undefined;

  constructor(label: string, limits: UnpackLimits, inputBytes: number) {
    this.label = label;
    this.limits = limits;
    this.ratioCap = Math.max(RATIO_FLOOR_BYTES, inputBytes * limits.maxRatio);
  }

  /** Counts one member; past `maxEntries` reading stops. Returns whether to go on. */
  beginEntry(archivePath: string): boolean {
    if (this.stopped) return false;
    this.entries += 1;
    if (this.entries <= this.limits.maxEntries) return true;
    this.stop('too-many-entries', archivePath, `more than ${this.limits.maxEntries} entries`);
    return false;
  }

  /** Normalised path of an acceptable name; a refused name is recorded as skipped and gives undefined. */
  acceptPath(archivePath: string): { path: string; directory: boolean } | undefined {
    const check = checkEntryPath(archivePath);
    if (!check.ok) {
      this.skipped.push({ archivePath, reason: check.reason, detail: check.detail });
      return undefined;
    }
    return check;
  }

  addDirectory(path: string): void {
    if (path !== '') this.root.add(path, true);
  }

  addFile(path: string, archivePath: string, data: Uint8Array): void {
    this.claim(path);
    this.files.set(path, { path, archivePath, size: data.length, data });
  }

  /** A member that was not kept. With `path`, it still occupies that path (a later duplicate, the root). */
  skip(archivePath: string, reason: SkipReason, detail?: string, path?: string): void {
    if (path !== undefined) this.claim(path);
    this.skipped.push(detail === undefined ? { archivePath, reason } : { archivePath, reason, detail });
  }

  /** Bytes still allowed before the total-size or ratio limit. */
  room(): number {
    return Math.max(0, Math.min(this.limits.maxTotalBytes, this.ratioCap) - this.produced);
  }

  /** Adds produced bytes; past a limit reading stops, blaming `archivePath`. Returns whether to go on. */
  produce(bytes: number, archivePath: string): boolean {
    this.produced += bytes;
    if (this.stopped) return false;
    const reason = this.exceeded();
    if (reason === undefined) return true;
    const detail =
      reason === 'compression-ratio'
        ? `decompressed data exceeds ${this.limits.maxRatio}x the archive size (compression bomb)`
        : `decompressed data exceeds ${this.limits.maxTotalBytes} bytes`;
    this.stop(reason, archivePath, detail);
    return false;
  }

  /** Stops reading: the member being read is reported with the limit that stopped it. */
  stop(reason: StopReason, archivePath: string, detail: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.skipped.push({ archivePath, reason, detail });
    this.fail(`${detail}; reading stopped${archivePath ? ` at ${archivePath}` : ''}`);
  }

  /** Records a problem (the first one becomes `error`) without stopping. */
  fail(problem: string): void {
    this.error ??= `${this.label}: ${problem}`;
  }

  finish(format: ArchiveFormat): PackageContents {
    const root = this.root.root(format === 'zip');
    const files = [...this.files.values()].map((f) => (root ? { ...f, path: f.path.slice(root.length) } : f));
    const contents: PackageContents = { format, root, files, skipped: this.skipped };
    if (this.error !== undefined) contents.error = this.error;
    return contents;
  }

  private exceeded(): StopReason | undefined {
    const ratioFirst = this.ratioCap < this.limits.maxTotalBytes;
    if (ratioFirst && this.produced > this.ratioCap) return 'compression-ratio';
    if (this.produced > this.limits.maxTotalBytes) return 'total-size-exceeded';
    if (this.produced > this.ratioCap) return 'compression-ratio';
    return undefined;
  }

  /** A later member takes the path over: an earlier kept file is what the installer would overwrite. */
  private claim(path: string): void {
    this.root.add(path, false);
    const earlier = this.files.get(path);
    if (earlier === undefined) return;
    this.files.delete(path);
    this.skipped.push({
      archivePath: earlier.archivePath,
      reason: 'duplicate-entry',
      detail: 'replaced by a later entry of the same path',
    });
  }
}
