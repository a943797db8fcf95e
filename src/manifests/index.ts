/**
 * Every manifest and lockfile format Customs reads, chosen by file name. Pure: text in, dependencies out.
 * A requirements file pulled in by `-r`/`-c` may have any name, so callers can ask for that kind explicitly.
 */
import type { ManifestKind, ManifestResult } from '../model/index.js';
import { isNpmManifest, parseNpmManifest } from './npm/index.js';
import { isPypiManifest, parsePypiManifest, parseRequirements } from './pypi/index.js';

export function isManifest(file: string): boolean {
  return isPypiManifest(file) || isNpmManifest(file);
}

/** Undefined when the file is not a manifest; throws a user error naming `file:line` when it is malformed. */
export function parseManifest(file: string, text: string, kind?: ManifestKind): ManifestResult | undefined {
  if (kind === 'requirements') return parseRequirements(file, text);
  if (isPypiManifest(file)) return parsePypiManifest(file, text);
  if (isNpmManifest(file)) return parseNpmManifest(file, text);
  return undefined;
}
