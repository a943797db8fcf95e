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
