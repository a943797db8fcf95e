/**
 * npm manifest confusion: the registry stores a package version's manifest separately from the tarball, and
 * nothing checks that they agree. `npm install` runs the *tarball's* package.json scripts and links its `bin`,
 * while registry UIs and most scanners read the registry's copy. See Darcy Clarke, "The massive hole in the
 * npm ecosystem" (2023): https://blog.vlt.sh/blog/the-massive-hole-in-the-npm-ecosystem
 */
import { escapeRegExp } from '../shared/regexp.js';
import type { PackageMetadata } from '../../model/dependencies.js';
import type { Finding, Severity } from '../../model/finding.js';
import { finding, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'pkg/manifest-confusion',
  title: "Registry manifest differs from the tarball's package.json",
  vectors: ['metadata', 'install'],
  severity: 'high',
  behaviors: ['command-execution'],
  techniques: ['obfuscation'],
  summary:
    "The npm registry's manifest of a version and the package.json inside its tarball disagree about scripts, dependencies or bin: what reviewers see is not what npm installs.",
  docs: `npm publishes the manifest and the tarball separately and never checks that they match
([manifest confusion](https://blog.vlt.sh/blog/the-massive-hole-in-the-npm-ecosystem)). npm installs from the
tarball: it runs the tarball's lifecycle scripts and links the tarball's \`bin\`, while the registry's copy is
what npmjs.com, \`npm view\` and many scanners show. Severity:

- an install-time script (\`preinstall\`, \`install\`, \`postinstall\`, \`prepare\`) in the tarball that the registry
  does not show, or shows with another command: **high** — hidden code runs on \`npm install\`;
- any other script, dependency or \`bin\` difference: **medium** (a hidden dependency is installed; a hidden
  \`bin\` shadows commands).

Each finding shows both sides in its evidence. Left alone on purpose: npm's own publish-time normalisation —
\`install: node-gyp rebuild\` added to the registry manifest for packages with a \`binding.gyp\`, \`./\` prefixes
stripped from \`bin\` paths, \`directories.bin\` expanded into \`bin\`, a string \`bin\` expanded to the package's unscoped name, \`optionalDependencies\`
listed in \`dependencies\` too. A tarball package.json that does not parse gives one **info** finding (npm
could not install it either; other rules report the file).`,
};

export const MANIFEST_CONFUSION_RULES: RuleMeta[] = [meta];

const INSTALL_SCRIPTS = new Set(['preinstall', 'install', 'postinstall', 'prepare']);

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(v: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (isRecord(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out.set(k, x);
  return out;
}

/** 1-based line of `"key":` in the text, searching after the line of `"section":` when given; 1 when absent. */
function lineOf(text: string, key: string, section?: string): { line: number; snippet: string } {
  const lines = text.split('\n');
  const quote = (k: string): RegExp => new RegExp(`"${escapeRegExp(k)}"\\s*:`);
  const start = section ? Math.max(0, lines.findIndex((l) => quote(section).test(l))) : 0;
  const i = lines.findIndex((l, n) => n >= start && quote(key).test(l));
  const at = i >= 0 ? i : section ? start : -1;
  return { line: at + 1 || 1, snippet: (lines[at] ?? '').trim() };
}

const show = (v: string | undefined): string => (v === undefined ? '(absent)' : JSON.stringify(v));
const binPath = (p: string): string => p.replace(/^(\.\/)+/, '').replace(/\/+/g, '/');

/**
 * Compares the registry's manifest of an npm version (as `PackageMetadata`) with the package.json text found
 * in its tarball. Returns one finding per differing script, dependency or bin entry.
 */
export function manifestConfusion(registryMetadata: PackageMetadata, tarballPackageJson: string): Finding[] {
  let pkg: unknown;
  try {
    pkg = JSON.parse(tarballPackageJson.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return [note(`package.json in the tarball does not parse (${why}); registry manifest not compared`)];
  }
  if (!isRecord(pkg)) return [note('package.json in the tarball is not a JSON object; registry manifest not compared')];

  const out: Finding[] = [];
  const diff = (section: string, key: string, registry: string | undefined, tarball: string | undefined, severity: Severity, what: string): void => {
    const where = lineOf(tarballPackageJson, key, tarball === undefined ? undefined : section);
    const loc = tarball === undefined ? lineOf(tarballPackageJson, section) : where;
    out.push(
      finding(meta, {
        severity,
        confidence: 'high',
        vector: severity === 'high' ? 'install' : 'metadata',
        ...(severity === 'high' ? {} : { behaviors: [] }),
        message: `${what}: the registry shows ${section}.${key} = ${show(registry)}, the tarball's package.json has ${show(tarball)}`,
        file: 'package.json',
        line: loc.line,
        snippet: loc.snippet,
        evidence: `registry manifest: "${section}": { "${key}": ${show(registry)} }\ntarball package.json: "${section}": { "${key}": ${show(tarball)} }`,
      }),
    );
  };

  // Scripts.
  if (registryMetadata.scripts === undefined) {
    out.push(note('the registry manifest gave no scripts, so the scripts were not compared'));
  } else {
    const reg = new Map(Object.entries(registryMetadata.scripts));
    const tar = strings(pkg.scripts);
    for (const key of union(reg, tar)) {
      const r = reg.get(key);
      const t = tar.get(key);
      if (r === t) continue;
      // npm adds `install: node-gyp rebuild` to the published manifest when the package has a binding.gyp.
      if (key === 'install' && t === undefined && r?.trim() === 'node-gyp rebuild') continue;
      const hidden = INSTALL_SCRIPTS.has(key) && t !== undefined;
      const what = hidden ? (r === undefined ? `hidden ${key} script: npm runs it on install` : `${key} script differs: npm runs the tarball's`) : `script "${key}" differs`;
      diff('scripts', key, r, t, hidden ? 'high' : 'medium', what);
    }
  }

  // Dependencies (optionalDependencies count as dependencies, as npm installs both).
  if (registryMetadata.unavailable.includes('dependencies')) {
    out.push(note('the registry did not supply the dependencies, so they were not compared'));
  } else {
    const reg = new Map(registryMetadata.dependencies.map((d) => [d.name, d.spec] as const));
    const tar = strings(pkg.dependencies);
    for (const [k, v] of strings(pkg.optionalDependencies)) tar.set(k, v);
    for (const key of union(reg, tar)) {
      const r = reg.get(key);
      const t = tar.get(key);
      if (r === t) continue;
      const section = t !== undefined && !strings(pkg.dependencies).has(key) ? 'optionalDependencies' : 'dependencies';
      diff(section, key, r, t, 'medium', t === undefined ? `dependency ${key} listed only by the registry` : r === undefined ? `hidden dependency ${key}` : `dependency ${key} differs`);
    }
  }

  // bin: a string names one command called like the package without its scope.
  const reg = new Map(Object.entries(registryMetadata.bin ?? {}).map(([k, v]) => [k, binPath(v)] as const));
  const tar = new Map<string, string>();
  if (typeof pkg.bin === 'string') {
    const name = typeof pkg.name === 'string' ? pkg.name.replace(/^@[^/]+\//, '') : '';
    tar.set(name || 'bin', binPath(pkg.bin));
  } else for (const [k, v] of strings(pkg.bin)) tar.set(k, binPath(v));
  // npm expands `directories.bin` into `bin` when publishing; the tarball keeps only the directory.
  const dir = isRecord(pkg.directories) && typeof pkg.directories.bin === 'string' ? `${binPath(pkg.directories.bin).replace(/\/$/, '')}/` : undefined;
  for (const key of union(reg, tar)) {
    const r = reg.get(key);
    const t = tar.get(key);
    if (r === t) continue;
    if (t === undefined && pkg.bin === undefined && dir !== undefined && r?.startsWith(dir)) continue;
    diff('bin', key, r, t, 'medium', t !== undefined && r === undefined ? `hidden bin command ${key}` : `bin command ${key} differs`);
  }
  return out;
}

function union(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort();
}

function note(message: string): Finding {
  return finding(meta, { severity: 'info', confidence: 'high', vector: 'metadata', behaviors: [], techniques: [], message, file: 'package.json', line: 1 });
}
