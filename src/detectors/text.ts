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

/** Fewer invalid sequences than this: a source file with stray bytes, cheap to parse whatever they are. */
const MIN_REPLACED = 256;
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** PEP 263: a comment naming the source encoding on the first or second line. */
const CODING_DECLARATION = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;

/**
 * Whether these bytes are a blob under a module's name rather than source: mostly not UTF-8 (over 2% of the
 * first 64 KiB, and at least 256 sequences, decode to replacement characters), and Python would refuse to compile them, since they are
 * not UTF-8 (the default since PEP 3120; Python 2 defaulted to ASCII) and no coding declaration names
 * another encoding. Such a `.py` file (an encrypted payload a loader decrypts) never runs as a module, and
 * tree-sitter's error recovery on it costs seconds. A source file with a few stray bytes is still read as
 * code. `decoded` is decodeSource's text of the bytes.
 */
export function pythonRefusesSource(data: Uint8Array, decoded: string): boolean {
  const sample = decoded.length > 65536 ? decoded.slice(0, 65536) : decoded;
  let replaced = 0;
  for (let i = sample.indexOf('\uFFFD'); i >= 0; i = sample.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced < MIN_REPLACED || replaced <= sample.length * 0.02) return false;
  try {
    strictDecoder.decode(data);
    return false;
  } catch {
    const [first = '', second = ''] = decoded.split('\n', 2);
    return !CODING_DECLARATION.test(first) && !CODING_DECLARATION.test(second);
  }
}
