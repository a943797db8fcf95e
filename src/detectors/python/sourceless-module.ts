import type { Finding, Severity, Vector } from '../../model/index.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'py/sourceless-module',
  title: 'Compiled module without source',
  vectors: ['install', 'import'],
  severity: 'high',
  behaviors: ['code-execution'],
  techniques: ['obfuscation'],
  summary:
    'A .pyc file that Python imports in place of source: in a package folder (not `__pycache__`) with no `.py` of the same name, so importing the module runs bytecode that no reviewer or source scanner reads.',
  docs: `Python imports a \`.pyc\` found where the source would be when no \`.py\` is there ("sourceless" imports,
[PEP 3147](https://peps.python.org/pep-3147/#case-4-legacy-pyc-files-and-source-less-imports)). Malware uses this to
ship its stage as bytecode: the package looks empty or harmless to anything that reads source. pip compiles
installed modules into \`__pycache__/\` itself, so published packages have no reason to carry such files.

- the package's \`__init__.pyc\`, a top-level module, or a module the package's own code imports: **high** —
  at install time when setup.py imports it, at import time otherwise;
- any other sourceless module: **medium**;
- left alone: \`.pyc\` files under \`__pycache__/\` (used only next to their source) and \`.pyc\` files beside their
  \`.py\` (Python prefers the source).`,
};

export const sourcelessModule: Detector = {
  meta,
  run(pkg) {
    if (pkg.ecosystem !== 'pypi') return [];
    const out: Finding[] = [];
    const paths = new Set(pkg.contents.files.map((f) => f.path));
    for (const file of pkg.contents.files) {
      const path = file.path;
      if (!/\.pyc$/i.test(path) || path.includes('__pycache__/') || paths.has(path.slice(0, -1))) continue;
      // A .pyc starts with a two-byte magic number followed by \r\n; anything else fails to import.
      if (file.data.length < 16 || file.data[2] !== 0x0d || file.data[3] !== 0x0a) continue;
      const module = moduleName(path);
      const importer = importerOf(pkg, module);
      const central = /(^|\/)__init__\.pyc$/i.test(path) || !path.includes('/') || /^(src|lib)\/[^/]+$/.test(path) || importer !== undefined;
      const severity: Severity = central ? 'high' : 'medium';
      const vector: Vector = importer?.vector === 'install' ? 'install' : 'import';
      out.push(
        finding(meta, {
          severity,
          vector,
          message: `${path} is compiled bytecode with no source beside it: importing ${module} runs it${importer ? ` (${importer.file} imports it)` : ''}`,
          file: path,
          line: 1,
          snippet: '',
        }),
      );
    }
    return out;
  },
};

/** `pkg/sub.pyc` → `pkg.sub`, `pkg/__init__.pyc` → `pkg` (a `src/` or `lib/` folder is not part of the name). */
function moduleName(path: string): string {
  return path
    .replace(/^(src|lib)\//, '')
    .replace(/(\/__init__)?\.pyc$/i, '')
    .replace(/\//g, '.');
}

/** An analysed file that imports the module (by full name or, relatively, by its last part), reached first. */
function importerOf(pkg: PackageModel, module: string): { file: string; vector: Vector } | undefined {
  const last = module.slice(module.lastIndexOf('.') + 1);
  let found: { file: string; vector: Vector } | undefined;
  for (const [file, f] of pkg.facts) {
    if (f.language !== 'python') continue;
    for (const imp of f.imports) {
      const m = imp.module.replace(/^\.+/, '');
      if (m !== module && !module.endsWith(`.${m}`) && m !== last && !m.endsWith(`.${last}`)) continue;
      const vector = pkg.execution.vector(file, imp.scope);
      if (!found || vector === 'install') found = { file, vector };
    }
  }
  return found;
}
