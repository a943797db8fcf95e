import {
  isAnalysedPath,
  type ArchiveFormat,
  type ContentFile,
  type PackageContents,
  type SkipReason,
  type SkippedEntry,
  type UnpackLimits,
} from '../model/contents.js';
import type { Ecosystem } from '../model/index.js';
import { checkEntryPath } from './paths.js';
import { RootTracker } from './root.js';

/**
 * Below this much output a high compression ratio cannot hurt, and small benign archives (a tar padded
 * to 10 KiB around one short file) legitimately compress 40:1 or more.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * Data entries over the per-file limit are streamed past and thrown away, never held: their bytes count
 * against `maxTotalBytes` (memory) no more, only against this multiple of it (time spent inflating) and the ratio.
 */
const DISCARDED_CEILING = 4;
const PYTHON_MARKERS = new Set(['setup.py', 'PKG-INFO', 'pyproject.toml', 'setup.cfg']);

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
  /** Bytes of oversized data entries that are inflated only to be thrown away. */
  private discarded = 0;
  private readonly label: string;
  private readonly ratioCap: number;
  private readonly files = new Map<string, ContentFile>();
  private readonly skipped: SkippedEntry[] = [];
  private readonly root = new RootTracker();
  private entries = 0;
  private error: string | undefined;

  constructor(
    label: string,
    limits: UnpackLimits,
    inputBytes: number,
    /** Keeps only the files whose archive path this accepts; a zip reader does not even inflate the others. */
    private readonly only?: (archivePath: string) => boolean,
  ) {
    this.label = label;
    this.limits = limits;
    this.ratioCap = Math.max(RATIO_FLOOR_BYTES, inputBytes * limits.maxRatio);
  }

  /** Whether a file is wanted at all (UnpackOptions.only). */
  wants(archivePath: string): boolean {
    return this.only === undefined || this.only(archivePath);
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
    if (!this.wants(archivePath)) return;
    this.files.set(path, { path, archivePath, size: data.length, data });
  }

  /**
   * A member that was not kept. With `path`, it still occupies that path (a later duplicate, the root).
   * An oversized file the analysers would read (source, manifests) means the package was not fully
   * inspected, so it becomes the archive's error (fail-closed); a big binary or data file stays a note.
   */
  skip(archivePath: string, reason: SkipReason, detail?: string, path?: string): void {
    if (path !== undefined) this.claim(path);
    if (reason === 'file-too-large' && isAnalysedPath(archivePath)) {
      this.fail(`${archivePath} is too large to inspect (${detail ?? 'over the per-file limit'})`);
    }
    this.skipped.push(detail === undefined ? { archivePath, reason } : { archivePath, reason, detail });
  }

  /**
   * A data entry over the per-file limit (not code or a manifest) whose `bytes` the reader will inflate and
   * throw away: they do not count against the total (what is held), only against the ceiling and the ratio.
   */
  discard(archivePath: string, bytes: number): void {
    if (!isAnalysedPath(archivePath)) this.discarded += bytes;
  }

  /** Bytes still allowed before the total-size or ratio limit. */
  room(): number {
    const held = this.limits.maxTotalBytes - (this.produced - this.discarded);
    const inflated = this.limits.maxTotalBytes * DISCARDED_CEILING - this.produced;
    return Math.max(0, Math.min(held, inflated, this.ratioCap - this.produced));
  }

  /** Adds produced bytes; past a limit reading stops, blaming `archivePath`. Returns whether to go on. */
  produce(bytes: number, archivePath: string): boolean {
    // The limit with the least room left before these bytes is the one they cross.
    const ceiling = this.limits.maxTotalBytes * DISCARDED_CEILING;
    const byCeiling = ceiling - this.produced < this.limits.maxTotalBytes - (this.produced - this.discarded);
    this.produced += bytes;
    if (this.stopped) return false;
    const reason = this.exceeded();
    if (reason === undefined) return true;
    const detail =
      reason === 'compression-ratio'
        ? `decompressed data exceeds ${this.limits.maxRatio}x the archive size (compression bomb)`
        : `decompressed data exceeds ${byCeiling ? ceiling : this.limits.maxTotalBytes} bytes`;
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

  /**
   * The contents. `stripEach` follows npm, which extracts tarballs with `strip: 1`: every member loses
   * its first path component whatever it is (`package/` by convention only), members with nothing left
   * are not installed, and members of several top folders land on one path (the last one written wins).
   * https://github.com/npm/pacote/blob/main/lib/fetcher.js (`strip: 1`)
   */
  finish(format: ArchiveFormat, stripEach = false): PackageContents {
    const root = stripEach ? this.root.root(false) : this.root.root(format === 'zip');
    const files = stripEach
      ? this.stripEach()
      : [...this.files.values()].map((f) => (root ? { ...f, path: f.path.slice(root.length) } : f));
    const contents: PackageContents = { format, root, files, skipped: this.skipped };
    if (this.error !== undefined) contents.error = this.error;
    return contents;
  }

  /** 'npm' when a top folder holds a package.json and none holds Python packaging files. */
  guessEcosystem(): Ecosystem | undefined {
    const tops = [...this.files.keys()].filter((p) => /^[^/]+\/[^/]+$/.test(p)).map((p) => p.slice(p.indexOf('/') + 1));
    if (tops.some((name) => PYTHON_MARKERS.has(name))) return 'pypi';
    return tops.includes('package.json') ? 'npm' : undefined;
  }

  /** Files in the order they were last written, each without its first path component. */
  private stripEach(): ContentFile[] {
    const out = new Map<string, ContentFile>();
    for (const f of this.files.values()) {
      const slash = f.path.indexOf('/');
      if (slash < 0) {
        const detail = 'outside any folder: npm strips the first path component and does not install it';
        this.skipped.push({ archivePath: f.archivePath, reason: 'unreadable', detail });
        continue;
      }
      const path = f.path.slice(slash + 1);
      const earlier = out.get(path);
      if (earlier !== undefined) {
        out.delete(path);
        const detail = `replaced by ${f.archivePath}: npm strips the first path component of both`;
        this.skipped.push({ archivePath: earlier.archivePath, reason: 'duplicate-entry', detail });
      }
      out.set(path, { ...f, path });
    }
    return [...out.values()];
  }

  private exceeded(): StopReason | undefined {
    const ratioFirst = this.ratioCap < this.limits.maxTotalBytes;
    if (ratioFirst && this.produced > this.ratioCap) return 'compression-ratio';
    if (this.produced - this.discarded > this.limits.maxTotalBytes) return 'total-size-exceeded';
    if (this.produced > this.limits.maxTotalBytes * DISCARDED_CEILING) return 'total-size-exceeded';
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
