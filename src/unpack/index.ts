import { DEFAULT_UNPACK_LIMITS, type ArchiveFormat, type PackageContents, type UnpackLimits } from '../model/contents.js';
import type { Ecosystem } from '../model/index.js';
import { readBzip2Tar } from './bzip2.js';
import { Collector } from './collector.js';
import { readGzipTar } from './gzip.js';
import { leadingHex, sniffFormat } from './sniff.js';
import { TarReader } from './tar.js';
import { readZip } from './zip.js';

export { sniffFormat } from './sniff.js';

/**
 * Unpacks one artifact (sdist, wheel, npm tarball) into memory. Never throws for bad input: an
 * unknown format, a corrupt or truncated archive or a crossed limit gives `error` (naming `label`)
 * plus every file read before the problem. Only regular files are kept; links, devices, unsafe paths,
 * oversized files and replaced duplicates are listed in `skipped` with the reason. Nothing touches
 * the disk and nothing from the archive is ever interpreted beyond its bytes.
 */
export async function unpackArtifact(
  bytes: Uint8Array,
  label: string,
  limits?: Partial<UnpackLimits>,
  options: UnpackOptions = {},
): Promise<PackageContents> {
  const format = options.format ?? sniffFormat(bytes);
  if (format === undefined) {
    const seen = bytes.length === 0 ? 'empty input' : leadingHex(bytes);
    const problem = `unsupported/unknown archive format: ${seen}`;
    return { format: 'unknown', root: '', files: [], skipped: [], error: `${label}: ${problem}` };
  }
  const collector = new Collector(label, resolveLimits(limits), bytes.length, options.only);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (format === 'tar.gz') await readGzipTar(buffer, collector);
    else if (format === 'tar.bz2') readBzip2Tar(buffer, collector);
    else if (format === 'zip') await readZip(buffer, collector);
    else readPlainTar(buffer, collector);
  } catch (error) {
    // A bug here must not take the scan down: report it like any unreadable archive.
    collector.fail(`internal error while unpacking (${(error as Error).message})`);
  }
  const npm = format !== 'zip' && (options.ecosystem ?? collector.guessEcosystem()) === 'npm';
  return collector.finish(format, npm);
}

export interface UnpackOptions {
  /**
   * Known from the registry: npm tarballs lose the first path component of every member, as npm
   * extracts them. Without it a tarball counts as npm's when a top folder holds a package.json and
   * none holds Python packaging files.
   */
  ecosystem?: Ecosystem;
  /** Keeps only the files whose path in the archive this accepts (the others of a zip are not inflated). */
  only?: (archivePath: string) => boolean;
  /** Known by the caller (a ZIP behind a `#!` line, found by `zipStart`); otherwise read from the first bytes. */
  format?: ArchiveFormat;
}

function readPlainTar(bytes: Buffer, collector: Collector): void {
  const tar = new TarReader(collector);
  tar.push(bytes);
  tar.end();
}

function resolveLimits(limits: Partial<UnpackLimits> | undefined): UnpackLimits {
  const resolved = { ...DEFAULT_UNPACK_LIMITS };
  for (const key of Object.keys(resolved) as (keyof UnpackLimits)[]) {
    const value = limits?.[key];
    if (typeof value === 'number' && !Number.isNaN(value)) resolved[key] = value;
  }
  return resolved;
}
