/**
 * PyPI manifests and lockfiles, picked by file name. Every parser is pure: (repo-relative path, text) →
 * ManifestResult, throwing a `file:line:` user error for malformed input.
 */
import type { ManifestResult } from '../../model/dependencies.js';
import { internalError } from '../../runtime/errors.js';
import { parsePdmLock } from './pdm-lock.js';
import { parsePipfile } from './pipfile.js';
import { parsePipfileLock } from './pipfile-lock.js';
import { parsePoetryLock } from './poetry-lock.js';
import { parsePyproject } from './pyproject.js';
import { parseRequirements } from './requirements.js';
import { parseSetupCfg } from './setup-cfg.js';
import { parseUvLock } from './uv-lock.js';

export { parsePdmLock, parsePipfile, parsePipfileLock, parsePoetryLock, parsePyproject, parseRequirements, parseSetupCfg, parseUvLock };
export { poetryToPep440 } from './poetry-spec.js';
export { normalizeName } from './declared.js';
export { parsePep508, type Requirement } from './pep508.js';

type Parser = (file: string, text: string) => ManifestResult;

const BY_NAME: Record<string, Parser> = {
  'pyproject.toml': parsePyproject,
  'setup.cfg': parseSetupCfg,
  Pipfile: parsePipfile,
  'Pipfile.lock': parsePipfileLock,
  'poetry.lock': parsePoetryLock,
  'uv.lock': parseUvLock,
  'pdm.lock': parsePdmLock,
};

/**
 * requirements files: `requirements*.txt`, `constraints*.txt`, any `.txt` in a `requirements/` folder, and
 * pip-tools inputs (`*.in`) named like requirements. Other `.in` files (MANIFEST.in, Makefile.in,
 * config.h.in) are templates, not requirement lists, so `.in` needs a requirements-like name or folder.
 */
function isRequirementsFile(file: string): boolean {
  const parts = file.split('/');
  const base = parts[parts.length - 1]!;
  const inReqDir = parts.length > 1 && /^requirements?$/i.test(parts[parts.length - 2]!);
  if (/\.txt$/i.test(base)) return inReqDir || /^(requirements|constraints)/i.test(base) || /[-_.]requirements\.txt$/i.test(base);
  if (/\.in$/i.test(base)) {
    return inReqDir || /requirements|constraints/i.test(base) || /^(base|prod|main|dev|devel|test|tests|testing|lint|docs)\.in$/i.test(base);
  }
  return false;
}

function parserFor(file: string): Parser | undefined {
  const base = file.split('/').pop()!;
  return BY_NAME[base] ?? (isRequirementsFile(file) ? parseRequirements : undefined);
}

export function isPypiManifest(file: string): boolean {
  return parserFor(file) !== undefined;
}

export function parsePypiManifest(file: string, text: string): ManifestResult {
  const parser = parserFor(file);
  if (!parser) throw internalError(`${file}: not a PyPI manifest (check isPypiManifest first)`);
  return parser(file, text);
}
