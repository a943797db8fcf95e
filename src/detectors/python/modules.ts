import { EMBEDDED_SEPARATOR } from '../../model/contents.js';

/** Maps Python module names to files of the package, the way the import system would find them. */
const SOURCE_ROOTS = ['', 'src/', 'lib/'];

export function moduleNameOf(path: string): string | undefined {
  if (!path.endsWith('.py')) return undefined;
  // A module inside a ZIP archive of the package (`deps.zip!/evil/core.py`) is named from the archive's
  // root, as zipimport finds it once the archive is on sys.path.
  const inArchive = path.lastIndexOf(EMBEDDED_SEPARATOR);
  let p = path.slice(inArchive < 0 ? 0 : inArchive + EMBEDDED_SEPARATOR.length, -3);
  for (const root of SOURCE_ROOTS) {
    if (root && p.startsWith(root)) {
      p = p.slice(root.length);
      break;
    }
  }
  if (p.endsWith('/__init__')) p = p.slice(0, -9);
  if (p === '__init__' || p === '') return undefined;
  if (!/^[A-Za-z_][\w/]*$/.test(p)) return undefined;
  return p.split('/').join('.');
}

export class ModuleIndex {
  private readonly byName = new Map<string, string>();

  constructor(paths: Iterable<string>) {
    for (const path of paths) {
      const name = moduleNameOf(path);
      // Shorter paths win: `pkg/__init__.py` over `src/pkg/__init__.py` only if both exist (rare).
      if (name && !this.byName.has(name)) this.byName.set(name, path);
    }
  }

  file(moduleName: string): string | undefined {
    return this.byName.get(moduleName);
  }

  /** Absolute or relative (`.core`, `..util`) import written in `fromFile`, resolved to a file of the package. */
  resolveImport(fromFile: string, module: string): string | undefined {
    if (!module.startsWith('.')) return this.file(module) ?? this.file(module.split('.')[0] ?? '');
    const dots = module.length - module.replace(/^\.+/, '').length;
    const own = moduleNameOf(fromFile) ?? '';
    const isPackage = fromFile.endsWith('__init__.py');
    const parts = own ? own.split('.') : [];
    const base = parts.slice(0, parts.length - (isPackage ? dots - 1 : dots));
    const rest = module.slice(dots);
    const full = [...base, ...(rest ? rest.split('.') : [])].join('.');
    return full ? this.file(full) : undefined;
  }

  /**
   * `pkg.mod.func` → the file of `pkg.mod` and scope `func`, trying the longest module prefix first. A
   * relative name (`.main.setup`, from `from .main import setup` inside a function) is resolved from the
   * file that wrote it, like the import.
   */
  resolveCallee(callee: string, fromFile?: string): { file: string; scope: string } | undefined {
    if (callee.startsWith('.')) {
      if (fromFile === undefined) return undefined;
      const dots = callee.length - callee.replace(/^\.+/, '').length;
      const names = callee.slice(dots).split('.');
      for (let i = names.length - 1; i >= 0; i--) {
        const file = this.resolveImport(fromFile, '.'.repeat(dots) + names.slice(0, i).join('.'));
        if (file) return { file, scope: names.slice(i).join('.') };
      }
      return undefined;
    }
    const parts = callee.split('.');
    for (let i = parts.length - 1; i >= 1; i--) {
      const file = this.file(parts.slice(0, i).join('.'));
      if (file) return { file, scope: parts.slice(i).join('.') };
    }
    return undefined;
  }
}
