import type { SkipReason } from '../model/contents.js';

export type PathCheck =
  | { ok: true; path: string; directory: boolean }
  | { ok: false; reason: SkipReason; detail: string };

/**
 * Judges one archive member name before anything is stored under it. Refused: absolute paths
 * (`/x`, `C:\x`, `C:x`, `\\server\x`), any `..` segment, and any backslash (a separator on Windows,
 * so `..\\x` climbs there). Accepted names are normalised: `/` separators, no empty or `.` segments.
 * An empty result (`./`) is the archive root and counts as a directory.
 */
export function checkEntryPath(raw: string): PathCheck {
  if (raw.startsWith('/') || raw.startsWith('\\')) {
    return { ok: false, reason: 'absolute-path', detail: 'absolute path' };
  }
  if (/^[A-Za-z]:/.test(raw)) return { ok: false, reason: 'absolute-path', detail: 'drive-letter path' };
  const segments = raw.split(/[\\/]/);
  if (segments.includes('..')) return { ok: false, reason: 'path-traversal', detail: '".." segment' };
  if (raw.includes('\\')) return { ok: false, reason: 'path-traversal', detail: 'backslash in path' };
  const kept = segments.filter((s) => s !== '' && s !== '.');
  const path = kept.join('/');
  // A drive-like segment anywhere (`./C:/x`, `pkg/C:/x`, which becomes `C:/x` once the top folder is
  // stripped) is a drive on Windows and never a real package path: refuse it (found by test/hostile/unpack-property).
  if (kept.some((s) => /^[A-Za-z]:/.test(s))) return { ok: false, reason: 'absolute-path', detail: 'drive-letter path' };
  return { ok: true, path, directory: path === '' || raw.endsWith('/') };
}
