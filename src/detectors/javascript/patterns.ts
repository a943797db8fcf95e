import type { Pattern } from 'acorn';
import { UNKNOWN, memberBinding, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { noteIdentifier } from './obfuscation.js';
import { keyName } from './resolve.js';

/**
 * Binds the names of a declaration or assignment target to what they receive from `base`:
 * `const { exec: run } = require('child_process')` binds `run` to `child_process.exec`,
 * `const { NPM_TOKEN } = process.env` reads `process.env.NPM_TOKEN`.
 */
export function bindPattern(a: Analysis, p: Pattern, base: Binding | undefined, declare = true): void {
  if (p.type === 'Identifier') {
    noteIdentifier(a, p.name);
    if (declare) a.env.declare(p.name, base ?? UNKNOWN);
    else a.env.assign(p.name, base ?? UNKNOWN);
    return;
  }
  if (!a.enter()) return;
  bindCompound(a, p, base, declare);
  a.leave();
}

function bindCompound(a: Analysis, p: Pattern, base: Binding | undefined, declare: boolean): void {
  switch (p.type) {
    case 'ObjectPattern': {
      for (const prop of p.properties) {
        if (prop.type === 'RestElement') {
          bindPattern(a, prop.argument, undefined, declare);
          continue;
        }
        if (prop.computed) a.walk(prop.key);
        const key = keyName(a, prop.key, prop.computed);
        const sub = base && key !== undefined ? memberBinding(base, key) : undefined;
        if (sub) a.use(sub, prop, true);
        bindPattern(a, prop.value, sub, declare);
      }
      return;
    }
    case 'ArrayPattern': {
      p.elements.forEach((el, i) => {
        if (!el) return;
        const item = base?.items?.[i];
        const sub = typeof item === 'string' ? { value: item } : typeof item === 'number' ? { num: item } : undefined;
        bindPattern(a, el, el.type === 'RestElement' ? undefined : sub, declare);
      });
      return;
    }
    case 'AssignmentPattern':
      a.walk(p.right);
      bindPattern(a, p.left, base, declare);
      return;
    case 'RestElement':
      bindPattern(a, p.argument, undefined, declare);
      return;
    case 'MemberExpression':
      a.walk(p);
      return;
    default:
      return;
  }
}
