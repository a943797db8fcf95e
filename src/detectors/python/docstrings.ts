import type { ScopeTree } from './scopes.js';
import type { PyNode } from './syntax.js';

/**
 * The docstrings of a file: the string literal a module, function or class body starts with, which Python
 * keeps as its `__doc__`. `exec(__doc__)` and `exec(helper.__doc__)` run a payload kept in one, where a
 * reader takes it for documentation. Keyed by the owner's qualified name; the module's is ''.
 */
export function docstrings(strings: readonly PyNode[], scopes: ScopeTree): Map<string, PyNode> {
  const out = new Map<string, PyNode>();
  for (const s of strings) {
    const statement = s.raw.parent;
    const owner = statement?.parent;
    if (!statement || !owner || statement.type !== 'expression_statement' || statement.namedChildCount !== 1) continue;
    let first = owner.firstNamedChild;
    while (first && first.type === 'comment') first = first.nextNamedSibling;
    if (first?.id !== statement.id) continue;
    if (owner.type === 'module') {
      out.set('', s);
      continue;
    }
    const definition = owner.type === 'block' ? owner.parent?.type : undefined;
    if (definition !== 'function_definition' && definition !== 'class_definition') continue;
    const scope = scopes.at(s.start);
    if ((scope.kind === 'function' || scope.kind === 'class') && !out.has(scope.qname)) out.set(scope.qname, s);
  }
  return out;
}
