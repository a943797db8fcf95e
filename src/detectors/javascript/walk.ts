import type { AnyNode, BinaryExpression, Expression, LogicalExpression, Node, PrivateIdentifier } from 'acorn';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import type { Analysis } from './context.js';
import { walkAssignment, walkVariableDeclaration } from './declarations.js';
import { hoist, isFunction, localBinding, visitObject, walkClass, walkFunction } from './functions.js';
import { handleCall } from './calls.js';
import { visitIdentifier, visitMember } from './members.js';
import { walkExportFrom, walkImportDeclaration, walkImportExpression } from './modules.js';
import { decoderOf, noteIdentifier, visitStringArray } from './obfuscation.js';
import { bindPattern } from './patterns.js';
import { checkEncodedLiteral } from './payloads.js';

/**
 * Node's tests for "started as a script": `require.main === module` (either side, `==` too), and in ES modules
 * `import.meta.url === pathToFileURL(process.argv[1]).href`, `process.argv[1] === fileURLToPath(import.meta.url)`
 * (one side reads the module's URL, the other the started script), or Bun's and Deno's `import.meta.main`.
 */
function isMainCheck(a: Analysis, test: Expression): boolean {
  if (test.type === 'MemberExpression') return a.text(test) === 'import.meta.main';
  if (test.type !== 'BinaryExpression' || (test.operator !== '===' && test.operator !== '==')) return false;
  const side = (e: Expression | PrivateIdentifier): 'main' | 'module' | 'url' | 'argv' | undefined => {
    if (e.type === 'Identifier') return e.name === 'module' ? 'module' : undefined;
    if (e.type === 'MemberExpression' && !e.computed && e.object.type === 'Identifier' && e.object.name === 'require' && e.property.type === 'Identifier' && e.property.name === 'main') return 'main';
    const text = e.type === 'PrivateIdentifier' ? '' : a.text(e);
    return text.includes('import.meta.url') ? 'url' : /\bprocess\.argv\[1\]/.test(text) ? 'argv' : undefined;
  };
  const sides = new Set([side(test.left), side(test.right)]);
  return (sides.has('main') && sides.has('module')) || (sides.has('url') && sides.has('argv'));
}

/** The one walk over a file: statements and expressions in source order, each handled once. */
export function attachWalker(a: Analysis): void {
  a.walk = (node) => walk(a, node);
  a.call = (node) => handleCall(a, node);
}

function walk(a: Analysis, node: Node | null | undefined): void {
  if (!node || !a.enter()) return;
  visit(a, node as AnyNode);
  a.leave();
}

function walkAll(a: Analysis, nodes: readonly (Node | null)[]): void {
  for (const n of nodes) if (n) walk(a, n);
}

function visit(a: Analysis, n: AnyNode): void {
  switch (n.type) {
    case 'Program':
      hoist(a, n.body);
      walkAll(a, n.body);
      return;
    case 'ExpressionStatement':
      walk(a, n.expression);
      return;
    case 'BlockStatement':
    case 'StaticBlock':
      walkAll(a, n.body);
      return;
    case 'VariableDeclaration':
      walkVariableDeclaration(a, n);
      return;
    case 'FunctionDeclaration': {
      if (!n.id) {
        walkFunction(a, n, a.qualify('default'));
        return;
      }
      noteIdentifier(a, n.id.name);
      const qualified = a.qualify(n.id.name);
      if (a.env.own(n.id.name) === undefined) a.env.declare(n.id.name, localBinding(a, qualified, n));
      walkFunction(a, n, qualified);
      // A decoder over a table assigned before this line (`var T = […]; function d(i) { return T[i]; }`):
      // hoisting (functions.ts) ran before the table had its value.
      const own = a.env.own(n.id.name);
      const decoder = own?.name !== undefined && !own.items && !own.decoder ? decoderOf(a, n) : undefined;
      if (decoder) a.env.declare(n.id.name, { name: own?.name, decoder });
      return;
    }
    case 'ClassDeclaration':
      walkClass(a, n, n.id ? undefined : a.qualify('default'));
      return;
    case 'IfStatement': {
      // else-if chains are walked as a loop: generated code has them hundreds long.
      let s: Node | null | undefined = n;
      while (s && s.type === 'IfStatement') {
        const i = s as typeof n;
        walk(a, i.test);
        if (a.scope === MODULE_SCOPE && isMainCheck(a, i.test)) {
          // `if (require.main === module) { … }`: runs when the file is started with node, not when it is imported.
          a.scope = MAIN_SCOPE;
          walk(a, i.consequent);
          a.scope = MODULE_SCOPE;
        } else walk(a, i.consequent);
        s = i.alternate;
      }
      walk(a, s);
      return;
    }
    case 'ForStatement':
      walk(a, n.init);
      walk(a, n.test);
      walk(a, n.update);
      walk(a, n.body);
      return;
    case 'ForInStatement':
    case 'ForOfStatement':
      walk(a, n.right);
      if (n.left.type === 'VariableDeclaration') for (const d of n.left.declarations) bindPattern(a, d.id, undefined);
      else bindPattern(a, n.left, undefined, false);
      walk(a, n.body);
      return;
    case 'WhileStatement':
    case 'DoWhileStatement':
      walk(a, n.test);
      walk(a, n.body);
      return;
    case 'TryStatement':
      walk(a, n.block);
      if (n.handler) {
        if (n.handler.param) bindPattern(a, n.handler.param, undefined);
        walk(a, n.handler.body);
      }
      walk(a, n.finalizer);
      return;
    case 'SwitchStatement':
      walk(a, n.discriminant);
      for (const c of n.cases) {
        walk(a, c.test);
        walkAll(a, c.consequent);
      }
      return;
    case 'ReturnStatement':
      // `defineIntegration(() => ({ processEvent: async (e) => … }))`, `return { setup() {} }` in a callback: the
      // library calls the returned object's methods later (Sentry's integrations), they do not run here.
      if (a.inCallback && n.argument?.type === 'ObjectExpression') visitObject(a, n.argument, a.qualify('returned'), { props: new Map() });
      else walk(a, n.argument);
      return;
    case 'ThrowStatement':
    case 'UnaryExpression':
    case 'UpdateExpression':
    case 'AwaitExpression':
    case 'YieldExpression':
    case 'SpreadElement':
      walk(a, n.argument);
      return;
    case 'LabeledStatement':
      walk(a, n.body);
      return;
    case 'WithStatement':
      walk(a, n.object);
      walk(a, n.body);
      return;
    case 'ImportDeclaration':
      walkImportDeclaration(a, n);
      return;
    case 'ExportNamedDeclaration':
      walk(a, n.declaration);
      walkExportFrom(a, n);
      return;
    case 'ExportAllDeclaration':
      walkExportFrom(a, n);
      return;
    case 'ExportDefaultDeclaration': {
      const d = n.declaration;
      if (isFunction(d)) walkFunction(a, d, a.qualify('default'));
      else if (d.type === 'ClassExpression') walkClass(a, d, a.qualify('default'));
      else walk(a, d);
      return;
    }
    case 'Identifier':
      visitIdentifier(a, n);
      return;
    case 'Literal':
      if (typeof n.value === 'string' && n.value.length >= 4) {
        a.facts.addString(n.value, a.line(n), a.scope);
        if (n.value.length >= 40) checkEncodedLiteral(a, n, n.value);
      }
      return;
    case 'TemplateLiteral':
      for (const q of n.quasis) {
        const cooked = q.value.cooked;
        if (cooked && cooked.length >= 4) {
          a.facts.addString(cooked, a.line(q), a.scope);
          if (cooked.length >= 40 && n.expressions.length === 0) checkEncodedLiteral(a, n, cooked);
        }
      }
      walkAll(a, n.expressions);
      return;
    case 'TaggedTemplateExpression':
      walk(a, n.tag);
      walk(a, n.quasi);
      return;
    case 'MemberExpression':
      visitMember(a, n);
      return;
    case 'CallExpression':
    case 'NewExpression':
      handleCall(a, n);
      return;
    case 'ImportExpression':
      walkImportExpression(a, n);
      return;
    case 'AssignmentExpression':
      walkAssignment(a, n);
      return;
    case 'BinaryExpression':
    case 'LogicalExpression':
      walkOperands(a, n);
      return;
    case 'ConditionalExpression': {
      let c: Node = n;
      while (c.type === 'ConditionalExpression') {
        const e = c as typeof n;
        walk(a, e.test);
        walk(a, e.consequent);
        c = e.alternate;
      }
      walk(a, c);
      return;
    }
    case 'SequenceExpression':
      walkAll(a, n.expressions);
      return;
    case 'ArrayExpression':
      if (!visitStringArray(a, n)) walkAll(a, n.elements);
      return;
    case 'ObjectExpression':
      visitObject(a, n);
      return;
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      walkFunction(a, n);
      return;
    case 'ClassExpression':
      walkClass(a, n);
      return;
    case 'ChainExpression':
    case 'ParenthesizedExpression':
      walk(a, n.expression);
      return;
    case 'ObjectPattern':
    case 'ArrayPattern':
    case 'AssignmentPattern':
    case 'RestElement':
      bindPattern(a, n, undefined, false);
      return;
    default:
      return;
  }
}

/** `a + b + c …` / `a || b || c …`: the left spine iteratively, since concatenations run to thousands of terms. */
function walkOperands(a: Analysis, n: BinaryExpression | LogicalExpression): void {
  const rights: Expression[] = [];
  let cur: Node = n;
  while (cur.type === 'BinaryExpression' || cur.type === 'LogicalExpression') {
    const b = cur as BinaryExpression | LogicalExpression;
    rights.push(b.right);
    cur = b.left;
  }
  walk(a, cur);
  for (let i = rights.length - 1; i >= 0; i--) walk(a, rights[i]);
}
