import type { AnyNode } from 'acorn';

/** Keys of acorn nodes that hold positions or metadata, never child nodes. */
const NOT_CHILDREN = new Set(['type', 'start', 'end', 'loc', 'range', 'name', 'operator', 'kind', 'sourceType']);

/**
 * The names called as plain identifiers anywhere in a program (`fh(opts)`, `await fh(x)`), whatever the
 * scope. An explicit stack, not recursion: a hostile file's nesting must not overflow the call stack.
 */
export function calledNames(program: AnyNode): Set<string> {
  const names = new Set<string>();
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null;
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) if (item && typeof item === 'object') stack.push(item);
      continue;
    }
    if (node['type'] === 'Literal' || node['type'] === 'TemplateElement') continue;
    if (node['type'] === 'CallExpression') {
      const callee = node['callee'] as { type?: string; name?: string } | undefined;
      if (callee?.type === 'Identifier' && callee.name !== undefined) names.add(callee.name);
    }
    for (const key in node) {
      if (NOT_CHILDREN.has(key)) continue;
      const child = node[key];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return names;
}
