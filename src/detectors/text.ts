/** Source bytes to text as an interpreter would read them: UTF-8, BOM removed, invalid bytes replaced. */
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeSource(data: Uint8Array): string {
  return decoder.decode(data);
}

/** Binary files (compiled modules, images) are not source: many NULs in the first 8 KiB. */
export function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (data[i] === 0) nul++;
  return nul > 0 && nul / Math.max(n, 1) > 0.01;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** PEP 263: `# -*- coding: NAME -*-` on the first or second line. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * Whether CPython refuses to compile these bytes as a source file: not valid UTF-8, and no coding
 * declaration (PEP 263) naming another encoding. Such a file is data (an encrypted blob named `.py`), not
 * code any interpreter runs; parsing it would only feed the parser's error recovery (1.3 s for 350 KB).
 */
export function pythonRefuses(data: Uint8Array, decoded: string): boolean {
  // Valid UTF-8 decodes without replacement characters (a file that writes U+FFFD itself is checked in full).
  if (!decoded.includes('\uFFFD')) return false;
  try {
    strict.decode(data);
    return false;
  } catch {
    const head = decoder.decode(data.subarray(0, 1024)).split('\n', 2);
    const coding = head.map((l) => CODING.exec(l)?.[1]?.toLowerCase()).find((c) => c !== undefined);
    return coding === undefined || /^utf[-_]?8(-sig)?$/.test(coding);
  }
}
