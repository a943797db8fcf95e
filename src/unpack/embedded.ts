import { EMBEDDED_PICKLE, EMBEDDED_SEPARATOR, zipStart, type EmbeddedArchive, type PackageContents } from '../model/contents.js';
import { unpackArtifact } from './index.js';

/** At most this many archives of one package are read; a package shipping more is unusual, and each costs a read. */
export const MAX_EMBEDDED_ARCHIVES = 16;

const PYTHON_SOURCE = /\.pyw?$/i;

/**
 * The Python source and pickles inside the ZIP archives a PyPI package ships (vendored `.zip`, `.egg`, `.whl`, or a
 * ZIP under another name), read from memory with the unpacker's limits like any hostile archive. Python
 * imports modules straight from a ZIP on `sys.path` (zipimport) and runs one handed to the interpreter
 * (a zipapp, even behind a `#!` line), so code kept there runs without ever being a file of the package.
 * Only `.py`/`.pyw` entries and pickles are kept (a PyTorch checkpoint is a ZIP around `data.pkl`, which
 * `torch.load` unpickles); nested archives are not opened again.
 */
export async function unpackEmbeddedArchives(contents: PackageContents, label: string): Promise<EmbeddedArchive[]> {
  const out: EmbeddedArchive[] = [];
  for (const file of contents.files) {
    if (out.length >= MAX_EMBEDDED_ARCHIVES) break;
    const start = zipStart(file.data);
    if (start === undefined) continue;
    const only = (p: string): boolean => PYTHON_SOURCE.test(p) || EMBEDDED_PICKLE.test(p);
    const inner = await unpackArtifact(file.data.subarray(start), `${label}: ${file.path}`, undefined, { only, format: 'zip' });
    const files = inner.files.map((f) => ({ ...f, path: `${file.path}${EMBEDDED_SEPARATOR}${f.archivePath}` }));
    out.push({ path: file.path, files, ...(inner.error ? { error: inner.error } : {}) });
  }
  return out;
}
