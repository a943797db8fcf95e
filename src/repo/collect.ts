/**
 * Finds and parses every manifest and lockfile at one commit, following `-r`/`-c` includes of requirements
 * files (which may have any name). A file that cannot be parsed is an error for the caller to report, never
 * a silent omission.
 */
import type { Ecosystem, ManifestKind, ManifestResult } from '../model/index.js';
import { describeError } from '../runtime/errors.js';
import type { RepoFiles } from './files.js';

export interface ManifestSource {
  files: RepoFiles;
  parse(file: string, text: string, kind?: ManifestKind): ManifestResult | undefined;
  isManifest(file: string): boolean;
}

/** Vendored installs and VCS internals are not the project's declarations. */
const IGNORED = /(^|\/)(node_modules|\.git|\.venv|venv|site-packages|bower_components)\//;
const MAX_INCLUDE_DEPTH = 10;

export async function collectManifests(
  src: ManifestSource,
  ref: string,
  ecosystems: readonly Ecosystem[],
): Promise<{ manifests: ManifestResult[]; errors: string[] }> {
  const paths = (await src.files.list(ref)).filter((p) => !IGNORED.test(p) && src.isManifest(p)).sort();
  const manifests: ManifestResult[] = [];
  const errors: string[] = [];
  const done = new Set<string>();
  const visit = async (path: string, depth: number, includedFrom?: string): Promise<void> => {
    if (done.has(path)) return;
    done.add(path);
    const text = await src.files.read(ref, path);
    if (text === undefined) {
      if (includedFrom) errors.push(`${includedFrom}: includes ${path}, which does not exist at ${ref.slice(0, 12)}`);
      return;
    }
    let parsed: ManifestResult | undefined;
    try {
      parsed = src.parse(path, text);
      // An included file is a requirements file whatever its name.
      if (!parsed && includedFrom) parsed = src.parse(path, text, 'requirements');
    } catch (err) {
      errors.push(describeError(err));
      return;
    }
    if (!parsed || !ecosystems.includes(parsed.ecosystem)) return;
    manifests.push(parsed);
    for (const inc of parsed.includes) {
      if (depth >= MAX_INCLUDE_DEPTH) errors.push(`${path}: includes nest deeper than ${MAX_INCLUDE_DEPTH} files`);
      else await visit(inc.file, depth + 1, `${inc.source.file}:${inc.source.line}`);
    }
  };
  for (const p of paths) await visit(p, 0);
  return { manifests, errors };
}
