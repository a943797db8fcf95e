import type { ExportAllDeclaration, ExportNamedDeclaration, ImportDeclaration, ImportExpression, Node } from 'acorn';
import { memberBinding, moduleBinding, type Binding } from './bindings.js';
import type { Analysis } from './context.js';
import { foldString } from './fold.js';
import { base64Bytes, bytesAsText } from './decoding.js';
import { noteIdentifier } from './obfuscation.js';
import { recordDecoded } from './payloads.js';

/** Imports: ES module declarations, `require(...)`, `import(...)`, re-exports. */
export function stripNodePrefix(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

export function addImport(a: Analysis, node: Node, module: string, dynamic: boolean): void {
  a.facts.addImport({ module: dynamic ? module : stripNodePrefix(module), line: a.line(node), scope: a.scope, ...(dynamic ? { dynamic: true } : {}) });
}

/** Binds the names an import declaration introduces (also run when hoisting). */
export function declareImports(a: Analysis, node: ImportDeclaration): void {
  const spec = node.source.value;
  if (typeof spec !== 'string') return;
  const mod = moduleBinding(spec);
  for (const s of node.specifiers) {
    noteIdentifier(a, s.local.name);
    let b: Binding | undefined = mod;
    if (s.type === 'ImportSpecifier') {
      const imported = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
      b = imported === 'default' ? mod : memberBinding(mod, imported);
    }
    a.env.declare(s.local.name, b ?? mod);
  }
}

export function walkImportDeclaration(a: Analysis, node: ImportDeclaration): void {
  const spec = node.source.value;
  if (typeof spec === 'string') {
    addImport(a, node, spec, false);
    dataUrlModule(a, node, spec);
  }
  a.walk(node.source);
  declareImports(a, node);
}

export function walkExportFrom(a: Analysis, node: ExportNamedDeclaration | ExportAllDeclaration): void {
  const spec = node.source?.value;
  if (typeof spec === 'string') {
    addImport(a, node, spec, false);
    a.walk(node.source);
  }
}

/** `import(x)`: constant specifiers are ordinary imports; anything else is dynamic, named by its text. */
export function walkImportExpression(a: Analysis, node: ImportExpression): void {
  a.walk(node.source);
  if (node.options) a.walk(node.options);
  const spec = foldString(a, node.source);
  if (spec) {
    addImport(a, node, spec.value, false);
    if (spec.assembled) a.facts.addString(spec.value, a.line(node), a.scope);
    dataUrlModule(a, node, spec.value, spec.steps);
  } else addImport(a, node, a.text(node.source), true);
}

const DATA_URL = /^data:(?:text|application)\/(?:javascript|ecmascript|x-javascript)(?:;[\w-]+=[^;,]*)*(;base64)?,/i;

/**
 * `import('data:text/javascript;base64,…')` and a static import of such a URL: Node runs the module the URL
 * spells, which is eval under another name. Its code is recorded as a payload that runs and is analysed.
 */
function dataUrlModule(a: Analysis, node: Node, url: string, steps: readonly string[] = []): void {
  const m = DATA_URL.exec(url);
  if (!m) return;
  const body = url.slice(m[0].length);
  const decoded = [...steps];
  let code: string | undefined;
  if (m[1]) {
    const bytes = base64Bytes(a.budget, body);
    decoded.push('base64');
    code = bytes ? bytesAsText(a.budget, bytes, decoded) : undefined;
  } else {
    decoded.push('data-url');
    try {
      code = decodeURIComponent(body);
    } catch {
      code = body;
    }
  }
  if (code !== undefined) recordDecoded(a, node, code, decoded, true);
}
