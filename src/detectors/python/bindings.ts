import type { Expr } from './exprs.js';
import type { Folded } from './folded.js';
import type { Scope, ScopeTree } from './scopes.js';

/**
 * What a name stands for from a point in the code onwards. `import` and `def` bindings give a dotted
 * path (`os`, `subprocess.Popen`, `local.helper`); assignments give a path when the value is a module,
 * an imported name or the result of a known call (`s = socket.socket()` → `socket.socket`), and a
 * constant when it folds. Parameters and loop variables are `unknown`: they hide outer names.
 */
export interface Binding {
  kind: 'import' | 'def' | 'value' | 'unknown';
  index: number;
  path?: string;
  folded?: Folded;
  refs: readonly string[];
  /** The assigned expression, for the contents of dict and list literals. */
  expr?: Expr;
}

/** The refs of imports, definitions and parameters (shared: a generated module binds 100,000 names). */
export const NO_REFS: readonly string[] = Object.freeze([]);

export function bind(scope: Scope, name: string, binding: Binding): void {
  const target = scope.bindingScope;
  let list = target.bindings.get(name);
  if (!list) {
    list = [];
    target.bindings.set(name, list);
  }
  let i = list.length;
  while (i > 0 && (list[i - 1] as Binding).index > binding.index) i--;
  list.splice(i, 0, binding);
}

/**
 * The binding of `name` as seen from `index`: the latest one before it in the same scope (straight-line
 * reading of the code, else the first one after it), else the final one of each enclosing function scope
 * and of the module, skipping class bodies as Python does.
 */
export function lookup(scopes: ScopeTree, name: string, index: number): Binding | undefined {
  let s: Scope | undefined = scopes.at(index).bindingScope;
  let first = true;
  while (s) {
    const list = s.bindings.get(name);
    if (list && list.length > 0) {
      if (first) {
        for (let i = list.length - 1; i >= 0; i--) {
          const b = list[i] as Binding;
          if (b.index <= index) return b;
        }
        // Used above its first binding: a loop or a flattened state machine runs the later line first
        // (straight-line code would raise NameError, so this never contradicts it).
        return list[0];
      } else return list[list.length - 1];
    }
    s = s.parent?.bindingScope;
    while (s && s.kind === 'class') s = s.parent?.bindingScope;
    first = false;
  }
  return undefined;
}
