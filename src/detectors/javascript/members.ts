import type { AnyNode, Identifier, MemberExpression, Node } from 'acorn';
import { memberBinding, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { noteIdentifier } from './obfuscation.js';
import { functionByConstructor, globalAlias, globalName, propertyKey, resolveStatic } from './resolve.js';

/**
 * Resolution during the walk: like resolveStatic, but it walks what it resolves (computed keys, calls
 * at the root of a chain) and records reads and refs. One read per chain: the longest resolved name.
 */
export function visitIdentifier(a: Analysis, node: Identifier): Binding | undefined {
  noteIdentifier(a, node.name);
  const b = a.env.lookup(node.name) ?? globalName(a, node.name);
  if (b) a.use(b, node, false);
  return b;
}

export function visitMember(a: Analysis, node: MemberExpression): Binding | undefined {
  if (!a.enter()) return undefined;
  a.chainNamed = undefined;
  const b = chain(a, node);
  const used = b ?? a.chainNamed;
  if (used) a.use(used, node, true);
  a.leave();
  return b;
}

/**
 * Resolves `a.b.c` root first, walking computed keys; recursion is bounded by Analysis.enter. Leaves
 * in `a.chainNamed` the longest prefix with a name (`process.env` of `process.env[key]`).
 */
function chain(a: Analysis, m: MemberExpression): Binding | undefined {
  let inner: Binding | undefined;
  const object = m.object;
  if (object.type === 'MemberExpression') {
    if (!a.enter()) return undefined;
    inner = chain(a, object);
    a.leave();
  } else {
    inner = visitRoot(a, object);
    a.chainNamed = inner?.name !== undefined ? inner : undefined;
  }
  if (m.computed) {
    // The key may hold chains of its own: keep this chain's longest name across it.
    const named = a.chainNamed;
    a.walk(m.property);
    a.chainNamed = named;
  }
  const key = propertyKey(a, m);
  const ctor = functionByConstructor(a, m, key);
  if (ctor) {
    a.chainNamed = ctor;
    return ctor;
  }
  if (!inner) return undefined;
  const b = key === undefined ? undefined : globalAlias(a, memberBinding(inner, key));
  if (b?.name !== undefined) a.chainNamed = b;
  return b;
}

/** Walks the object at the root of a member chain (or a callee) and returns its binding. */
export function visitRoot(a: Analysis, root: Node): Binding | undefined {
  const node = root as AnyNode;
  switch (node.type) {
    case 'Identifier': {
      noteIdentifier(a, node.name);
      const b = a.env.lookup(node.name) ?? globalName(a, node.name);
      if (b?.refs) for (const r of b.refs) a.addRef(r);
      if (b?.stored) for (const r of b.stored) a.addRef(r);
      return b;
    }
    case 'ThisExpression':
      return a.thisBinding;
    case 'Super':
      return undefined;
    case 'CallExpression':
    case 'NewExpression':
      return a.call(node);
    case 'MemberExpression':
      return visitMember(a, node);
    case 'AwaitExpression':
    case 'SequenceExpression':
    case 'AssignmentExpression':
    case 'LogicalExpression':
    case 'ChainExpression':
    case 'ParenthesizedExpression':
      a.walk(node);
      return resolveStatic(a, node);
    default:
      a.walk(node);
      return undefined;
  }
}
