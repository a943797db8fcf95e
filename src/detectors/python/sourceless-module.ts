import type { Finding, Severity, Vector } from '../../model/index.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'py/sourceless-module',
  title: 'Code shipped without source',
  vectors: ['install', 'import'],
  severity: 'high',
  behaviors: ['code-execution'],
  techniques: ['obfuscation'],
  summary:
    'Bytecode or an archive that runs in place of source: a .pyc that Python imports because no `.py` of its name is beside it, or a .pyc/ZIP file of the package that its code loads (zipimport, sourceless loaders), so what runs is something no reviewer or source scanner reads.',
  docs: `Python imports a \`.pyc\` found where the source would be when no \`.py\` is there ("sourceless" imports,
[PEP 3147](https://peps.python.org/pep-3147/#case-4-legacy-pyc-files-and-source-less-imports)). Malware uses this to
ship its stage as bytecode: the package looks empty or harmless to anything that reads source. pip compiles
installed modules into \`__pycache__/\` itself, so published packages have no reason to carry such files.

- the package's \`__init__.pyc\`, a top-level module, or a module the package's own code imports: **high** —
  at install time when setup.py imports it, at import time otherwise;
- any other sourceless module: **medium**;
- left alone: \`.pyc\` files under \`__pycache__/\` (used only next to their source) and \`.pyc\` files beside their
  \`.py\` (Python prefers the source).

Code can also load such a file itself: \`zipimport.zipimporter(path).load_module(name)\` on an archive, a
sourceless or extension loader, \`imp.load_compiled\`, \`spec_from_file_location\` on a .pyc, or an archive put on
\`sys.path\`, whose modules every later import then finds first. When the file it names is in the package and is
bytecode or a ZIP archive:

- under a name that hides what it is (a ZIP called \`session.pyc\` in \`__pycache__/\`, or \`_proto.typed\` like a
  PEP 561 marker): **critical** at install or import time, **high** otherwise;
- bytecode under its own name: **high** at install or import time, **medium** when only called;
- an archive under an honest name (\`.zip\`, \`.egg\`, \`.whl\`, \`.pyz\`: vendored dependencies): **low** at install
  or import time, left alone otherwise.`,
};

export const sourcelessModule: Detector = {
  meta,
  run(pkg) {
    if (pkg.ecosystem !== 'pypi') return [];
    const out: Finding[] = [];
    const compiled = pkg.contents.files.filter((f) => /\.pyc$/i.test(f.path) && !f.path.includes('__pycache__/') && isPyc(f.data));
    const paths = compiled.length > 0 ? new Set(pkg.contents.files.map((f) => f.path)) : undefined;
    for (const file of compiled) {
      const path = file.path;
      if (paths?.has(path.slice(0, -1))) continue;
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
    out.push(...loadedBlobs(pkg));
    return out;
  },
};

/** Calls that load code from a file that is not source. */
const LOADERS = /^(zipimport\.zipimporter(\.\w+)?|importlib\.machinery\.(SourcelessFileLoader|ExtensionFileLoader)(\.\w+)?|imp\.load_(compiled|package|dynamic)|importlib\.util\.spec_from_file_location|sys\.path\.(insert|append|extend))$/;
const ARCHIVE_NAME = /\.(zip|egg|whl|pyz)$/i;
const LITERAL = /(['"])([^'"\n]{1,200})\1/g;

function loadedBlobs(pkg: PackageModel): Finding[] {
  const out: Finding[] = [];
  const byName = new Map<string, (typeof pkg.contents.files)[number]>();
  for (const f of pkg.contents.files) if (isZip(f.data) || isPyc(f.data)) byName.set(f.path.slice(f.path.lastIndexOf('/') + 1), f);
  if (byName.size === 0) return out;
  for (const [file, facts] of pkg.facts) {
    if (facts.language !== 'python') continue;
    for (const call of facts.calls) {
      if (!LOADERS.test(call.callee)) continue;
      const named = call.args.flatMap((a) => [...a.text.matchAll(LITERAL)].map((m) => m[2] as string).concat(a.value !== undefined ? [a.value] : []));
      const target = named.map((n) => byName.get(n.split(/[\\/]/).pop() ?? n)).find((f) => f !== undefined);
      // A ZIP on sys.path is imported from (its modules shadow others of the same name); bytecode is not.
      if (!target || (call.callee.startsWith('sys.path') && !isZip(target.data))) continue;
      const zip = isZip(target.data);
      const disguised = zip ? !ARCHIVE_NAME.test(target.path) : !/\.pyc$/i.test(target.path);
      const vector = pkg.execution.vector(file, call.scope);
      const early = vector === 'install' || vector === 'import';
      if (zip && !disguised && !early) continue;
      const severity: Severity = disguised ? (early ? 'critical' : 'high') : zip ? 'low' : early ? 'high' : 'medium';
      const what = zip ? 'a ZIP archive' : 'compiled bytecode';
      out.push(
        finding(meta, {
          severity,
          vector,
          message: `loads ${target.path}, ${what}${disguised ? ' under a name that hides it' : ''} shipped in the package, with ${call.callee}: the code it runs has no source to read`,
          file,
          line: call.line,
          snippet: call.text.slice(0, 200),
        }),
      );
    }
  }
  return out;
}

const isZip = (d: Uint8Array): boolean => d.length >= 4 && d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04;
/**
 * A .pyc header: a magic number (little-endian; CPython 3's are 3000–3999, 2.7's is 62211) then \r\n; since
 * 3.7 a 4-byte flags word (0–3) follows. Text that happens to have \r\n at bytes 2–3 (`# \r\n`) is not one.
 */
const isPyc = (d: Uint8Array): boolean => {
  if (d.length < 16 || d[2] !== 0x0d || d[3] !== 0x0a) return false;
  const magic = (d[0] as number) | ((d[1] as number) << 8);
  return magic === 62211 || (magic >= 3000 && magic < 4000 && (magic < 3390 || (d[4] as number) <= 3 && d[5] === 0 && d[6] === 0 && d[7] === 0));
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
