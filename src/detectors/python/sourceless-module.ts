import type { Finding, Severity, Vector } from '../../model/index.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';
import { isZipData } from '../../model/index.js';
import { isBinaryExecutable } from '../shared/native-binary.js';
import { isPyc, loadableFiles, loadedFile } from './archive-loads.js';

const meta: RuleMeta = {
  id: 'py/sourceless-module',
  title: 'Code shipped without source',
  vectors: ['install', 'import'],
  severity: 'high',
  behaviors: ['code-execution'],
  techniques: ['obfuscation'],
  summary:
    'Bytecode or an archive that runs in place of source: a .pyc that Python imports because no `.py` of its name is beside it, or a .pyc/ZIP file of the package that its code loads (zipimport, sourceless loaders, runpy, the interpreter), so what runs is something no reviewer or source scanner reads.',
  docs: `Python imports a \`.pyc\` found where the source would be when no \`.py\` is there ("sourceless" imports,
[PEP 3147](https://peps.python.org/pep-3147/#case-4-legacy-pyc-files-and-source-less-imports)). Malware uses this to
ship its stage as bytecode: the package looks empty or harmless to anything that reads source. pip compiles
installed modules into \`__pycache__/\` itself, so published packages have no reason to carry such files.

- the package's \`__init__.pyc\`, a top-level module, or a module the package's own code imports: **high** —
  at install time when setup.py imports it, at import time otherwise;
- any other sourceless module: **medium**;
- left alone: \`.pyc\` files under \`__pycache__/\` (used only next to their source) and \`.pyc\` files beside their
  \`.py\` (Python prefers the source).
- a compiled extension module (\`.so\`, \`.pyd\`) shipped in the package and imported by setup.py: **high** at install
  time — a source build compiles its extensions, it does not import machine code it ships. Importing one at
  import time is how compiled packages work, and is left alone.

Code can also load such a file itself: \`zipimport.zipimporter(path).load_module(name)\` on an archive, a
sourceless or extension loader, \`imp.load_compiled\`, \`spec_from_file_location\` on a .pyc, \`runpy.run_path\`
(a .pyc, or a ZIP's \`__main__.py\`), a command that starts Python on the file (\`subprocess.run([sys.executable,
'tools/prep.pyz'])\`), or an archive put on \`sys.path\`, whose modules every later import then finds first. A ZIP
archive counts with data in front of it too, as Python reads it: a zipapp's \`#!\` line, or an image the archive
was appended to. When the file it names is in the package and is bytecode or a ZIP archive:

- under a name that hides what it is (a ZIP called \`session.pyc\` in \`__pycache__/\`, or \`_proto.typed\` like a
  PEP 561 marker): **critical** at install or import time, **high** otherwise;
- bytecode under its own name: **high** at install or import time, **medium** when only called;
- an archive under an honest name (\`.zip\`, \`.egg\`, \`.whl\`, \`.pyz\`: vendored dependencies): **low** at install
  or import time, left alone otherwise; **medium** when its contents could not be read in full.

The Python inside a loaded ZIP archive is analysed with the package, under paths like
\`vendor/deps.zip!/helper/core.py\`: its modules are named from the archive's root, as zipimport finds them, and
their top level runs when the loading code runs (at install time when setup.py loads it). What they do is
reported by the other rules, so a stage kept in a vendored archive fails like one kept in a \`.py\` file.`,
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
    out.push(...nativeAtInstall(pkg), ...loadedBlobs(pkg));
    return out;
  },
};

/** An extension module's file: `name.cpython-311-x86_64-linux-gnu.so`, `name.abi3.so`, `name.pyd`, `name.so`. */
const EXTENSION = /(\.(cpython|pypy)[\w-]*|\.abi3)?\.(so|pyd)$/i;

/**
 * A compiled extension module shipped in the package and imported by setup.py: machine code runs at install
 * time, which no source build needs (it compiles its extensions, it does not import them). Importing one at
 * import time is how every compiled package works, and is left alone.
 */
function nativeAtInstall(pkg: PackageModel): Finding[] {
  const out: Finding[] = [];
  for (const file of pkg.contents.files) {
    if (!EXTENSION.test(file.path) || !isBinaryExecutable(file.path, file.data.subarray(0, 8))) continue;
    const module = file.path.replace(/^(src|lib)\//, '').replace(EXTENSION, '').replace(/\//g, '.');
    const importer = importerOf(pkg, module);
    if (importer?.vector !== 'install') continue;
    out.push(
      finding(meta, {
        severity: 'high',
        vector: 'install',
        message: `${importer.file} imports ${module}, a compiled extension shipped in the package (${file.path}): machine code no one can read runs at install time`,
        file: file.path,
        line: 1,
        snippet: '',
      }),
    );
  }
  return out;
}

const ARCHIVE_NAME = /\.(zip|egg|whl|pyz)$/i;

function loadedBlobs(pkg: PackageModel): Finding[] {
  const out: Finding[] = [];
  const byName = loadableFiles(pkg.contents.files);
  if (byName.size === 0) return out;
  for (const [file, facts] of pkg.facts) {
    if (facts.language !== 'python') continue;
    for (const call of facts.calls) {
      const target = loadedFile(call, byName);
      if (!target) continue;
      const zip = isZipData(target.data);
      const disguised = zip ? !ARCHIVE_NAME.test(target.path) : !/\.pyc$/i.test(target.path);
      const vector = pkg.execution.vector(file, call.scope);
      const early = vector === 'install' || vector === 'import';
      if (zip && !disguised && !early) continue;
      // The Python inside a loaded ZIP is analysed with the package (model.ts); one that could not be read
      // in full hides what it runs.
      const unread = zip ? pkg.contents.embedded?.find((a) => a.path === target.path)?.error : undefined;
      const honest: Severity = unread !== undefined && early ? 'medium' : 'low';
      const severity: Severity = disguised ? (early ? 'critical' : 'high') : zip ? honest : early ? 'high' : 'medium';
      const what = zip ? 'a ZIP archive' : 'compiled bytecode';
      const runs = !zip
        ? 'the code it runs has no source to read'
        : unread !== undefined
          ? `its contents could not be read in full (${unread})`
          : 'the Python inside it is analysed as part of the package';
      out.push(
        finding(meta, {
          severity,
          vector,
          message: `loads ${target.path}, ${what}${disguised ? ' under a name that hides it' : ''} shipped in the package, with ${call.callee}: ${runs}`,
          file,
          line: call.line,
          snippet: call.text.slice(0, 200),
        }),
      );
    }
  }
  return out;
}

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
