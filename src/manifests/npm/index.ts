/**
 * npm manifests and lockfiles: one parser per format, chosen by file name. All pure (text in, values out).
 * The registry they name is npm's (src/registries/npm); `.npmrc` configures it (parseNpmrc).
 */
import type { ManifestResult } from '../../model/dependencies.js';
import { internalError } from '../../runtime/errors.js';
import { parseBunLock } from './bun-lock.js';
import { parsePackageJson } from './package-json.js';
import { parsePackageLock } from './package-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parseYarnLock } from './yarn-lock.js';

export { workspaceGlobs } from './package-json.js';
export { parseNpmrc, hasAuthFor, nerfDart, type NpmrcAuth, type NpmrcResult } from './npmrc.js';
export { parsePackageJson, parsePackageLock, parseYarnLock, parsePnpmLock, parseBunLock };

const PARSERS: Record<string, (file: string, text: string) => ManifestResult> = {
  'package.json': parsePackageJson,
  'package-lock.json': parsePackageLock,
  'npm-shrinkwrap.json': parsePackageLock,
  'yarn.lock': parseYarnLock,
  'pnpm-lock.yaml': parsePnpmLock,
  'bun.lock': parseBunLock,
};

const basename = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/** True for the files parseNpmManifest reads. (`.npmrc` is configuration: see parseNpmrc.) */
export function isNpmManifest(file: string): boolean {
  return Object.hasOwn(PARSERS, basename(file));
}

/** Parses an npm manifest or lockfile; malformed input throws a user error naming `file:line`. */
export function parseNpmManifest(file: string, text: string): ManifestResult {
  const parser = PARSERS[basename(file)];
  if (!parser) throw internalError(`${file}: not an npm manifest (check isNpmManifest first)`);
  // A byte-order mark is legal in these files but not in JSON.
  return parser(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
