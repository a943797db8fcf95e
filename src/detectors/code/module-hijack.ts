import type { Finding } from '../../model/index.js';
import { moduleNameOf } from '../python/modules.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine, when } from '../shared/snippet.js';
import { finding, type PackageModel, type RuleMeta } from '../types.js';

const RUNS_CODE = /^builtins\.(exec|eval|compile)$/;

/**
 * `sys.modules['requests'] = Proxy('requests')`: every later `import requests` in the program gets the
 * package's object instead of the real module. Packages alias their own submodules this way (six.moves,
 * lazy loaders); replacing another package's module with a local class whose methods run code through
 * exec/eval is a hook that runs hidden code whenever the victim module is used.
 */
export function moduleHijacks(pkg: PackageModel, meta: RuleMeta): Finding[] {
  const out: Finding[] = [];
  for (const [file, f] of pkg.facts) {
    if (f.language !== 'python') continue;
    for (const c of f.calls) {
      if (c.callee !== 'sys.modules.__setitem__') continue;
      const name = c.args[0]?.value;
      const cls = c.args[1]?.refs.find((r) => r.startsWith('local.'))?.slice(6);
      if (!name || !cls) continue;
      // The package's own modules (`sys.modules['mypkg.compat'] = …`) are its business.
      const own = moduleNameOf(file)?.split('.')[0];
      if (own !== undefined && name.split('.')[0] === own) continue;
      const runs = f.calls.find((x) => RUNS_CODE.test(x.callee) && (x.scope === cls || x.scope.startsWith(`${cls}.`)));
      const vector = pkg.execution.vector(file, c.scope);
      if (!runs || isAuxiliary(file, vector, pkg.execution)) continue;
      const why = pkg.execution.get(file, c.scope)?.why;
      const at = why !== undefined ? { vector, why } : { vector };
      out.push(
        finding(meta, {
          severity: 'high',
          vector,
          techniques: ['obfuscation'],
          message: `replaces the module '${name}' in sys.modules with ${cls}, whose methods run code with ${runs.callee.slice(9)} (line ${runs.line}), ${when(at)}`,
          file,
          line: c.line,
          snippet: sourceLine(pkg, file, c.line),
          evidence: `${c.text}\n${runs.text}`,
        }),
      );
    }
  }
  return out;
}
