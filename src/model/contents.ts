/** An artifact unpacked into memory. Nothing here ever touches the disk. */
export type ArtifactKind = 'sdist' | 'wheel' | 'npm-tarball';
export type ArchiveFormat = 'tar' | 'tar.gz' | 'tar.bz2' | 'zip';

export interface ContentFile {
  /** Path relative to the package root: `name-version/` (sdist) or `package/` (npm) stripped, `/` separators. */
  path: string;
  /** Path exactly as recorded in the archive. */
  archivePath: string;
  size: number;
  data: Uint8Array;
}

export type SkipReason =
  | 'symlink'
  | 'hardlink'
  | 'special-file'
  | 'absolute-path'
  | 'path-traversal'
  | 'file-too-large'
  | 'total-size-exceeded'
  | 'too-many-entries'
  | 'compression-ratio'
  | 'duplicate-entry'
  | 'unreadable'
  | 'encrypted';

/**
 * Files the analysers read as code or manifests (src/detectors/model.ts): Python and JavaScript source, .pth,
 * package.json at any depth (a nested one sets a folder's module type and entry), pyproject.toml, setup.cfg.
 * Other JSON is data the analysers never read, like binaries: leaving it out costs the inspection nothing.
 */
export function isAnalysedPath(path: string): boolean {
  return /\.(py|pyw|pth|js|cjs|mjs|toml|cfg)$/i.test(path) || /(^|\/)package\.json$/i.test(path);
}

export interface SkippedEntry {
  archivePath: string;
  reason: SkipReason;
  detail?: string;
}

export interface PackageContents {
  /** From the bytes; 'unknown' when no supported format was recognised (then `error` says what was seen). */
  format: ArchiveFormat | 'unknown';
  /** Stripped top-level folder, e.g. `requests-2.31.0/` or `package/`; empty when none. */
  root: string;
  files: ContentFile[];
  skipped: SkippedEntry[];
  /** Set when the archive could not be read to its end (corrupt, truncated, limit hit): files holds what was read. */
  error?: string;
  /**
   * ZIP archives inside a PyPI package (vendored `.zip`/`.egg`/`.whl`, or a ZIP under another name), read with
   * the same limits; only their Python source and pickles are kept (src/unpack/embedded.ts). Not part of
   * `files`: the analysis reads their source only when the package's code loads the archive (sys.path,
   * zipimport); their pickles are read whatever loads them (a PyTorch checkpoint is a ZIP around `data.pkl`).
   */
  embedded?: EmbeddedArchive[];
}

/** The Python source and pickles of a ZIP archive shipped inside a package. */
export interface EmbeddedArchive {
  /** The archive's own path in the package. */
  path: string;
  /** Its Python files and pickles (EMBEDDED_PICKLE); each `path` is `<archive path>!/<path in the archive>`. */
  files: ContentFile[];
  /** Set when the archive could not be read to its end: `files` holds what was read. */
  error?: string;
}

/** A pickle inside an embedded ZIP: `archive/data.pkl` of a PyTorch checkpoint, a `.pickle` of a joblib or cache bundle. */
export const EMBEDDED_PICKLE = /\.(?:pkl|pickle)$/i;

/** A ZIP archive, whatever the file is called: see `zipStart`. */
export function isZipData(d: Uint8Array): boolean {
  return zipStart(d) !== undefined;
}

/**
 * Where the ZIP archive held in `d` starts, such that `d.subarray(start)` reads as one: 0 for a file that
 * starts with a local header (`PK\x03\x04`). Python also imports from and runs a ZIP with data in front of
 * it, since zipimport reads the directory at the end: a zipapp's `#!` line, or an archive appended to an
 * image. Such a file counts when its end-of-directory record leads to a central directory and that to a
 * local header; the start is past the prefix when the archive's offsets leave it out, 0 when they count
 * it (as Python's zipapp writes them). Text files (no NUL byte at either end) are not searched.
 */
export function zipStart(d: Uint8Array): number | undefined {
  if (d.length >= 4 && d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04) return 0;
  if (d.length < 22 + 30 || (!d.subarray(0, 1024).includes(0) && !d.subarray(d.length - 22).includes(0))) return undefined;
  const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const from = Math.max(0, d.length - 22 - 0xffff);
  for (let e = d.length - 22; e >= from; e--) {
    if (d[e] !== 0x50 || view.getUint32(e, true) !== 0x06054b50) continue;
    const size = view.getUint32(e + 12, true);
    const directory = e - size;
    const prefix = directory - view.getUint32(e + 16, true);
    if (size < 46 || prefix < 0 || view.getUint32(directory, true) !== 0x02014b50) continue;
    const local = prefix + view.getUint32(directory + 42, true);
    if (local + 4 <= d.length && view.getUint32(local, true) === 0x04034b50) return prefix;
  }
  return undefined;
}

/** Separates an embedded archive's path from a path inside it: `vendor/deps.zip!/evil/__init__.py`. */
export const EMBEDDED_SEPARATOR = '!/';

export interface UnpackLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio above which reading stops (bomb). */
  maxRatio: number;
}

export const DEFAULT_UNPACK_LIMITS: UnpackLimits = {
  maxEntries: 50_000,
  maxFileBytes: 32 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
};
