import type { ValueFact } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import type { PackageModel } from '../types.js';
import { SITE_DIRS } from './dropper-flow.js';

/**
 * Writes into another installed package while this one installs or loads: a file found with
 * `require.resolve('ethers/lib/wallet.js')` or under `node_modules/<pkg>/`, a module's own `__file__`
 * (`requests.__file__`), or a path under site-packages. The patched package then runs the attacker's code
 * whenever anything uses it, long after this one is gone.
 */
export interface Tampering {
  write: CodeEvent;
  how: string;
}

/** The path written to: the destination of a copy, the first argument otherwise. */
function target(e: CodeEvent): ValueFact | undefined {
  const args = e.call?.args ?? [];
  return /(^|\.)(copy\w*|copyFile\w*|move|rename\w*)$/.test(e.callee) ? args[1] : args[0];
}

/** Top-level names of the package's own modules and folders (`pkg/…` → `pkg`, `mod.py` → `mod`). */
function ownRoots(pkg: PackageModel): Set<string> {
  const out = new Set<string>();
  for (const file of pkg.facts.keys()) {
    const first = file.split('/')[0] ?? '';
    out.add(first.replace(/\.py$/, ''));
  }
  if (pkg.name) out.add(pkg.name.replace(/-/g, '_').toLowerCase());
  return out;
}

/** A package other than this one that the file resolves with a literal `require.resolve('…')`. */
function resolvesForeign(pkg: PackageModel, file: string): string | undefined {
  const own = pkg.npm?.json?.['name'] ?? pkg.name;
  for (const c of pkg.facts.get(file)?.calls ?? []) {
    if (!/(^|\.)require\.resolve$/.test(c.callee)) continue;
    const spec = c.args[0]?.value;
    if (spec === undefined || spec.startsWith('.') || spec.startsWith('/')) continue;
    const parts = spec.split('/');
    const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    if (name && name !== own) return spec;
  }
  return undefined;
}

export function packageTampering(pkg: PackageModel): Tampering[] {
  const out: Tampering[] = [];
  let own: Set<string> | undefined;
  for (const e of pkg.events.events) {
    if (e.capability !== 'file-write' || (e.vector !== 'install' && e.vector !== 'import')) continue;
    if (/(^|\.)mkdir\w*$/.test(e.callee)) continue; // a new folder overwrites nothing
    const path = target(e);
    if (!path) continue;
    const text = `${path.text} ${path.value ?? ''}`;
    let how: string | undefined;
    const foreign = path.refs.some((r) => /(^|\.)require\.resolve$/.test(r)) ? resolvesForeign(pkg, e.file) : undefined;
    if (foreign) how = `a file of another package (require.resolve('${foreign}'))`;
    // `node_modules/<pkg>/…` as a path or as join() pieces; tool caches (`node_modules/.cache/…`) are not a package.
    else if (/node_modules['"\s,/\\]+['"\s,]*(@[\w.-]+['"\s,/\\]+)?[\w@-][\w.-]*['"\s,]*[,/\\]/.test(text)) how = 'a file inside node_modules';
    else if (path.refs.some((r) => SITE_DIRS.test(r))) how = 'a path under site-packages';
    else {
      own ??= ownRoots(pkg);
      const module = path.refs.find((r) => /^[\w.]+\.__file__$/.test(r) && !own?.has(r.split('.')[0] as string));
      if (module) how = `the file of another module (${module})`;
    }
    if (how) out.push({ write: e, how });
  }
  return out;
}
