import { parse as parseToml } from 'smol-toml';

/** Hooks a PEP 517 build backend exposes to the installer. */
export const BACKEND_HOOKS = [
  'build_wheel',
  'build_sdist',
  'build_editable',
  'get_requires_for_build_wheel',
  'get_requires_for_build_sdist',
  'get_requires_for_build_editable',
  'prepare_metadata_for_build_wheel',
  'prepare_metadata_for_build_editable',
];

/**
 * Python code of the sdist that the build runs, besides setup.py: pip builds every sdist it installs, and
 * these run inside that build.
 * `scopes`: the functions that run (qualified names), or `all` (the file's every function and method:
 * a hook class's methods are called by the backend, not by the file).
 */
export interface BuildHook {
  file: string;
  why: string;
  /** In-tree backends are reported on their own (py/build-backend); the others are only roots. */
  kind: 'backend' | 'hook';
  /** Whether the file also runs as a script (`python build.py`), not only imported. */
  asScript?: boolean;
  scopes: string[] | 'all';
}

type Table = Record<string, unknown>;

const table = (v: unknown): Table | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : undefined);
const at = (doc: Table | undefined, ...keys: string[]): unknown => keys.reduce<unknown>((t, k) => table(t)?.[k], doc);
/** A path in pyproject.toml, as the archive lists it (`./hooks/x.py` → `hooks/x.py`). */
const clean = (p: string): string => p.replace(/^\.\//, '').replace(/\\/g, '/');

/**
 * The build code pyproject.toml points at: an in-tree backend (`backend-path`), hatchling's custom build and
 * metadata hooks (`[tool.hatch…hooks.custom]`, `hatch_build.py` unless `path` says otherwise), pdm-backend's
 * `pdm_build.py` and poetry-core's build script (`[tool.poetry.build] script`). A hook only counts when the
 * named backend is the one that runs it and the file is in the archive (`has`).
 */
export function buildHooks(pyproject: string | undefined, has: (path: string) => boolean): BuildHook[] {
  if (!pyproject) return [];
  let doc: Table;
  try {
    doc = parseToml(pyproject) as Table;
  } catch {
    return [];
  }
  const backendName = at(doc, 'build-system', 'build-backend');
  const backend = typeof backendName === 'string' ? backendName : '';
  const out: BuildHook[] = [];
  const inTree = inTreeBackend(backend, at(doc, 'build-system', 'backend-path'), has);
  if (inTree) out.push(inTree);
  if (/^hatchling\b/.test(backend)) out.push(...hatchHooks(doc, has));
  if (/^pdm\.(backend|pep517)\b/.test(backend)) {
    const custom = at(doc, 'tool', 'pdm', 'build', 'custom-hook');
    const file = typeof custom === 'string' ? clean(custom) : 'pdm_build.py';
    if (has(file)) out.push({ file, kind: 'hook', why: `${file} holds pdm-backend's build hooks: pip runs them to build`, scopes: 'all' });
  }
  if (/^poetry(\.core)?\.masonry\b/.test(backend)) {
    const build = at(doc, 'tool', 'poetry', 'build');
    const script = typeof build === 'string' ? build : at(build as Table, 'script');
    if (typeof script === 'string' && has(clean(script))) {
      const file = clean(script);
      out.push({ file, kind: 'hook', asScript: true, why: `pyproject.toml names ${file} as poetry's build script: the build runs it`, scopes: ['build'] });
    }
  }
  return out;
}

function inTreeBackend(backend: string, paths: unknown, has: (path: string) => boolean): BuildHook | undefined {
  if (!backend || !Array.isArray(paths)) return undefined;
  const module = backend.split(':')[0] ?? backend;
  const rel = module.split('.').join('/');
  for (const p of paths) {
    if (typeof p !== 'string') continue;
    const prefix = p === '.' || p === '' ? '' : `${clean(p).replace(/\/$/, '')}/`;
    for (const file of [`${prefix}${rel}.py`, `${prefix}${rel}/__init__.py`]) {
      if (has(file)) return { file, kind: 'backend', why: `pyproject.toml names the in-tree build backend ${module}: pip runs it to build`, scopes: BACKEND_HOOKS };
    }
  }
  return undefined;
}

/** hatchling's custom hooks: `[tool.hatch.build.hooks.custom]`, per target, and `[tool.hatch.metadata.hooks.custom]`. */
function hatchHooks(doc: Table, has: (path: string) => boolean): BuildHook[] {
  const hatch = at(doc, 'tool', 'hatch');
  const found: unknown[] = [at(hatch as Table, 'build', 'hooks', 'custom'), at(hatch as Table, 'metadata', 'hooks', 'custom')];
  for (const target of Object.values(table(at(hatch as Table, 'build', 'targets')) ?? {})) found.push(at(target as Table, 'hooks', 'custom'));
  const files = new Set<string>();
  for (const custom of found) {
    const config = table(custom);
    if (!config) continue;
    files.add(typeof config['path'] === 'string' ? clean(config['path']) : 'hatch_build.py');
  }
  return [...files]
    .filter(has)
    .map((file) => ({ file, kind: 'hook' as const, why: `pyproject.toml enables hatchling's custom hook in ${file}: pip runs it to build`, scopes: 'all' as const }));
}
