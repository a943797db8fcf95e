import type { Node, Tree } from 'web-tree-sitter';
import type { ClassFact, FileFacts, FunctionFact } from '../../model/index.js';
import { FileAnalysis, SPECIAL_ROOTS } from './analysis.js';
import { collectCalls, collectDecorators, collectExecStatements } from './calls.js';
import { callView } from './callview.js';
import { Collector } from './collector.js';
import type { Budget } from './context.js';
import { fileMetrics } from './metrics.js';
import type { NestedAnalysis } from './payloads.js';
import { CommentFinder, NameIndex, oneVariableAt, Ranges, type Occurrence } from './refs.js';
import { chainAt } from './scan.js';
import { ScopeTree, type Span } from './scopes.js';
import { collectBindings, collectDefinitions, collectImports, collectLambdaArguments, loopNames } from './statements.js';
import { asText } from './folded.js';
import { collectStrings, largestStringArray } from './strings.js';
import { identifierAt, lineOf, lineStarts, type PyNode, type SyntaxDoc } from './syntax.js';

/**
 * The node types the analysis looks at, fetched in one call (the tree walk runs inside wasm; visiting
 * every node from JavaScript would cost more than parsing). Everything else is reached from these.
 */
const WALK_TYPES = [
  'import_statement', 'import_from_statement', 'future_import_statement', 'function_definition',
  'class_definition', 'assignment', 'augmented_assignment', 'as_pattern', 'for_statement', 'call',
  'string', 'concatenated_string', 'list', 'set', 'decorator', 'exec_statement', 'named_expression',
];

const DEF_NAME = /(?:async\s+)?def\s+([\w\u00aa-\uffff]+)/y;
const CLASS_NAME = /class\s+([\w\u00aa-\uffff]+)/y;
const MAIN_GUARD = /^if\s*\(?\s*(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*\)?\s*:/gm;

export interface TreeInput {
  file: string;
  doc: SyntaxDoc;
  tree: Tree;
  budget: Budget;
  nested: NestedAnalysis | undefined;
}

export function analyzeTree({ file, doc, tree, budget, nested }: TreeInput): FileFacts {
  const source = doc.source;
  const root = tree.rootNode;
  const byType = new Map<string, PyNode[]>(WALK_TYPES.map((t) => [t, []]));
  // Line starts, read once: the walk's windows and the reads' line numbers both need them.
  const starts = lineStarts(source);
  const ordered = wrapWalked(doc, root, budget, starts);
  for (const n of ordered) byType.get(n.type)?.push(n);
  const of = (...types: string[]): PyNode[] => {
    if (types.length === 1) return byType.get(types[0] as string) ?? [];
    const wanted = new Set(types);
    return ordered.filter((n) => wanted.has(n.type));
  };

  const scopes = new ScopeTree(source.length, [...definitionSpans(source, of('function_definition', 'class_definition')), ...mainSpans(doc, root)]);
  const callsAt = new Map<number, PyNode[]>();
  const addCall = (at: number, c: PyNode): void => {
    const list = callsAt.get(at);
    if (list) list.push(c);
    else callsAt.set(at, [c]);
  };
  for (const c of of('call')) {
    addCall(c.start, c);
    if (source.startsWith('exec', c.start)) {
      const at = callView(source, c)?.execAt;
      if (at !== undefined) addCall(at, c);
    }
  }
  const a = new FileAnalysis(doc, scopes, budget, callsAt);
  const out = new Collector(budget, nested);
  collectImports(a, out, of('import_statement', 'import_from_statement', 'future_import_statement'));
  collectDefinitions(a);

  // Names inside string literals (f-strings excepted) and import statements are not references.
  const skipped = of('string', 'import_statement', 'import_from_statement', 'future_import_statement').filter(
    (s) => s.type !== 'string' || !/^[rRbBuU]*[fFtT]/.test(source.slice(s.start, s.start + 3)),
  );
  const ranges = new Ranges(skipped.map((s) => s.start), skipped.map((s) => s.end));
  a.names = new NameIndex(source, rootNames(a, source, of('assignment', 'augmented_assignment', 'named_expression'), of('for_statement'), of('as_pattern')), ranges);
  a.stringNodes = of('string');
  collectBindings(a, out, of('assignment', 'augmented_assignment', 'as_pattern', 'for_statement', 'named_expression'));
  collectLambdaArguments(a, out, of('call'));

  collectCalls(a, out, of('call'));
  collectExecStatements(a, out, of('exec_statement'));
  collectDecorators(a, out, of('decorator'));
  collectStrings(a, out, of('string', 'concatenated_string'));
  collectReads(a, out, starts);
  const largest = largestStringArray(a, of('list', 'set'));

  const facts: FileFacts = {
    language: 'python',
    file,
    imports: out.imports,
    calls: out.calls,
    reads: out.reads.sort((x, y) => x.line - y.line),
    strings: out.strings,
    functions: functionFacts(a, out),
    classes: classFacts(a),
    decoded: out.payloads.decoded.sort((x, y) => x.line - y.line),
    metrics: fileMetrics(source, largest, textAt(source, of('string'))),
  };
  const constants = moduleConstants(a);
  if (constants) facts.constants = constants;
  if (root.hasError) facts.partial = true;
  return facts;
}

/** Whether an offset (asked in increasing order) sits in a string literal, f-strings included, or a comment. */
function textAt(source: string, strings: readonly PyNode[]): (offset: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  // Outermost strings only (an f-string's inner strings sit inside it), in source order.
  for (const s of [...strings].sort((x, y) => x.start - y.start)) {
    if (ends.length > 0 && s.start < (ends[ends.length - 1] as number)) continue;
    starts.push(s.start);
    ends.push(s.end);
  }
  const ranges = new Ranges(starts, ends);
  const comments = new CommentFinder(source, ranges);
  return (offset) => ranges.find(offset) >= 0 || comments.inComment(offset);
}

/** Text per window of the walk (see wrapWalked). */
const WALK_WINDOW_CHARS = 64 * 1024;

/**
 * The nodes of the walked types, wrapped, in document order (the walk is a preorder, so lists of several
 * types need no sorting). The library's nodes are dropped on return: only the compact wrappers stay.
 *
 * Large files are walked a window of lines at a time: a single walk of a 4 MB generated module marshalled
 * its 140,000 walked nodes at once (library nodes of about 260 bytes each, and a result array in the
 * parser's WebAssembly memory, which never shrinks), where a window holds a few thousand; that artifact's
 * peak resident set fell from 412–416 to 390–404 MB. A window's walk also returns the
 * nodes that began in an earlier window and reach into it (a class around both); those were taken
 * already, and anything starting in the window comes after them in preorder.
 */
function wrapWalked(doc: SyntaxDoc, root: Node, budget: Budget, starts: readonly number[]): PyNode[] {
  const ordered: PyNode[] = [];
  let i = 0;
  for (const w of walkWindows(doc.source, starts)) {
    const found = root.descendantsOfType(WALK_TYPES, w.from, w.to);
    for (const raw of found) {
      if (raw.startIndex < w.fromIndex) continue;
      if (--budget.steps < 0 || ((++i & 1023) === 1023 && performance.now() > budget.deadline)) {
        budget.exceeded = true;
        return ordered;
      }
      ordered.push(doc.wrap(raw));
    }
  }
  return ordered;
}

interface WalkWindow {
  from: { row: number; column: number };
  /** Row 0, column 0 means the end of the file (the library's convention). */
  to: { row: number; column: number };
  /** Offset of `from`: nodes starting before it were taken by an earlier window. */
  fromIndex: number;
}

/** Windows of whole lines (`starts`: the source's line starts), about WALK_WINDOW_CHARS each; one window for a file up to that size or of a single line. */
export function walkWindows(source: string, starts: readonly number[]): WalkWindow[] {
  const end = { row: 0, column: 0 };
  if (source.length <= WALK_WINDOW_CHARS) return [{ from: { row: 0, column: 0 }, to: end, fromIndex: 0 }];
  const windows: WalkWindow[] = [];
  let from = 0;
  for (let row = 1; row < starts.length; row++) {
    if ((starts[row] as number) - (starts[from] as number) < WALK_WINDOW_CHARS) continue;
    windows.push({ from: { row: from, column: 0 }, to: { row, column: 0 }, fromIndex: starts[from] as number });
    from = row;
  }
  windows.push({ from: { row: from, column: 0 }, to: end, fromIndex: starts[from] as number });
  return windows;
}

function definitionSpans(source: string, defs: PyNode[]): Span[] {
  const spans: Span[] = [];
  for (const node of defs) {
    const re = node.type === 'class_definition' ? CLASS_NAME : DEF_NAME;
    re.lastIndex = node.start;
    const m = re.exec(source);
    const name = m?.[1];
    if (m && name) {
      const kind = node.type === 'class_definition' ? 'class' : 'function';
      spans.push({ kind, name, start: node.start, end: node.end, nameEnd: node.start + m[0].length, node });
    }
  }
  return spans;
}

/** The block of each top-level `if __name__ == '__main__':`. */
function mainSpans(doc: SyntaxDoc, root: Node): Span[] {
  if (!doc.source.includes('__main__')) return [];
  const spans: Span[] = [];
  for (const m of doc.source.matchAll(MAIN_GUARD)) {
    let n: Node | null = root.descendantForIndex(m.index);
    for (let i = 0; n && i < 4 && n.type !== 'if_statement'; i++) n = n.parent;
    if (!n || n.type !== 'if_statement') continue;
    const block = doc.wrap(n).children.find((c) => c.type === 'block');
    if (block) spans.push({ kind: 'main', name: '<main>', start: block.start, end: block.end });
  }
  return spans;
}

/** First names that can start a meaningful dotted name: bound names and the special builtins. */
function rootNames(a: FileAnalysis, source: string, assignments: PyNode[], loops: PyNode[], aliases: PyNode[]): Set<string> {
  const roots = new Set<string>(SPECIAL_ROOTS);
  for (const s of [a.scopes.module, ...a.scopes.scopes]) for (const name of s.bindings.keys()) roots.add(name);
  for (const n of assignments) {
    const id = identifierAt(source, n.start);
    if (id) roots.add(id);
  }
  // `with open(path) as f:` binds f like an assignment: what is read from it carries where it came from.
  for (const n of aliases) {
    const alias = /\bas\s+([A-Za-z_][\w]*)\s*$/.exec(source.slice(Math.max(n.start, n.end - 80), n.end))?.[1];
    if (alias) roots.add(alias);
  }
  // Loop names over something the file imports or computes (`for k, v in os.environ.items()`) carry what
  // they iterate (statements.ts forTargets); loops over literals and builtins (`range(…)`) do not.
  for (const n of loops) {
    const iterated = n.named[1];
    const root = iterated ? identifierAt(source, iterated.start) : undefined;
    if (root === undefined || !roots.has(root)) continue;
    for (const name of loopNames(n)?.names ?? []) roots.add(name);
  }
  roots.delete('self');
  roots.delete('cls');
  return roots;
}

/** `os.environ.get('CC')`, `os.environ['CC'] = …`: one variable, not the environment (see oneVariableAt). */
function oneVariable(source: string, occ: Occurrence, next: string | undefined): boolean {
  const chain = chainAt(source, occ.start);
  if (chain === undefined) return false;
  // Only a method called right on os.environ (`os.environ.get(…)`), not `os.environ.get.__doc__`.
  const method = next?.slice(next.lastIndexOf('.') + 1);
  if (method !== undefined && chain.attrs[chain.attrs.length - 1] !== method) return false;
  return oneVariableAt(source, chain.end, method);
}

/** Attribute chains rooted at imports, plus `__file__`, `__builtins__`, `__import__`. */
function collectReads(a: FileAnalysis, out: Collector, starts: readonly number[]): void {
  for (const occ of a.names?.occurrences ?? []) {
    if (a.overBudget()) return;
    const b = a.lookup(occ.root, occ.start);
    let names: string[] = [];
    if (b?.kind === 'import' && b.path) {
      const parts = a.chain(b.path, occ.attrs).split('.');
      const from = Math.max(2, b.path.split('.').length);
      for (let i = from; i <= parts.length; i++) names.push(parts.slice(0, i).join('.'));
      const at = names.indexOf('os.environ');
      if (at >= 0 && oneVariable(a.source, occ, names[at + 1])) names.splice(at, 1);
    } else if (!b) {
      if (occ.root === '__file__') names = ['__file__'];
      else if (occ.root === '__import__') names = ['builtins.__import__'];
      else if (occ.root === '__builtins__') names = ['__builtins__', ...(occ.attrs[0] ? [`builtins.${occ.attrs[0]}`] : [])];
    }
    if (names.length === 0) continue;
    const line = lineOf(starts, occ.start);
    const scope = a.scopes.at(occ.start).label;
    for (const name of names) out.addRead(name, line, scope);
  }
}

const MAX_CONSTANTS = 256;
const MAX_CONSTANT_CHARS = 2048;
const MAX_CONSTANTS_TOTAL = 16 * 1024;

/** Module-level names assigned exactly once, to something that folds to a string (FileFacts.constants). */
function moduleConstants(a: FileAnalysis): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  let n = 0;
  let chars = 0;
  for (const [name, list] of a.scopes.module.bindings) {
    const only = list.length === 1 ? list[0] : undefined;
    const value = only?.kind === 'value' ? asText(only.folded) : undefined;
    if (value === undefined || value.length > MAX_CONSTANT_CHARS) continue;
    out ??= {};
    out[name] = value;
    chars += value.length;
    if (++n >= MAX_CONSTANTS || chars >= MAX_CONSTANTS_TOTAL) break;
  }
  return out;
}

function functionFacts(a: FileAnalysis, out: Collector): FunctionFact[] {
  const facts: FunctionFact[] = [];
  for (const s of a.scopes.scopes) {
    if (s.kind !== 'function') continue;
    const endLine = s.node ? s.node.raw.endPosition.row + 1 : 0;
    const line = s.node ? s.node.line : 0;
    facts.push({ name: s.qname, line, endLine, calls: [...(out.edges.get(s.qname) ?? [])], params: [...s.params] });
  }
  return facts;
}

function classFacts(a: FileAnalysis): ClassFact[] {
  return [...a.classes.values()].map((c) => ({
    name: c.scope.qname,
    line: c.scope.node ? c.scope.node.line : 0,
    bases: c.bases,
    methods: [...c.methods],
  }));
}
