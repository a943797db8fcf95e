import type { FileAnalysis } from './analysis.js';
import type { Collector } from './collector.js';
import { isStringish } from './folded.js';
import { parseStringLiteral, stringArrayLength } from './literals.js';
import { literalPayload } from './payloads.js';
import type { PyNode } from './syntax.js';

/**
 * String literals (folded through implicit concatenation), the payloads they encode, and the largest
 * string table. A string made of an f-string's parts is kept as written.
 */
/** Longer literals are not tried as base64/hex (the decoders cap their output at 1 MB anyway). */
const MAX_ENCODED = 2 * 1024 * 1024;

export function collectStrings(a: FileAnalysis, out: Collector, nodes: PyNode[]): void {
  const consumed = new Set<number>();
  for (const node of nodes) {
    if (a.overBudget()) return;
    if (consumed.has(node.id)) continue;
    const folded = a.fold(node);
    let value: string | undefined;
    if (isStringish(folded)) {
      value = folded.s;
      if (node.type === 'concatenated_string') for (const c of node.named) consumed.add(c.id);
    } else if (node.type === 'string') {
      value = parseStringLiteral(node.text())?.body;
    }
    if (value === undefined || value.length < 4) continue;
    const scope = a.scopes.at(node.start).label;
    const doc = isDocstring(a.source, node.start, node.end);
    out.addString(value, node.line, scope, doc);
    if (!doc && value.length >= 40 && value.length <= MAX_ENCODED) {
      const p = literalPayload(value);
      if (p) out.payloads.record(node.line, scope, p.text, p.steps, false);
    }
  }
}

export function largestStringArray(a: FileAnalysis, nodes: PyNode[]): number {
  let max = 0;
  for (const node of nodes) {
    if (a.overBudget()) break;
    const t = node.text();
    const n = t.length > 2 && (t[0] === '[' || t[0] === '(' || t[0] === '{') ? stringArrayLength(t) : 0;
    if (n > max) max = n;
  }
  return max;
}

/**
 * A bare string statement right after a block header such as `def f(…):` (or at the top of the file,
 * after comments): documentation, never data. Read from the text around the literal, not the tree.
 */
export function isDocstring(source: string, start: number, end: number): boolean {
  let j = end;
  while (j < source.length && (source[j] === ' ' || source[j] === '\t')) j++;
  if (j < source.length && source[j] !== '\n' && source[j] !== '\r' && source[j] !== '#' && source[j] !== ';') return false;
  let i = start - 1;
  for (let guard = 0; guard < 200; guard++) {
    while (i >= 0 && /\s/.test(source[i] as string)) i--;
    if (i < 0) return true;
    const lineStart = source.lastIndexOf('\n', i) + 1;
    const line = source.slice(lineStart, i + 1);
    const hash = line.indexOf('#');
    if (/^\s*#/.test(line)) {
      i = lineStart - 1;
      continue;
    }
    const code = hash >= 0 && !/['"]/.test(line.slice(0, hash)) ? line.slice(0, hash).trimEnd() : line.trimEnd();
    return code.endsWith(':');
  }
  return false;
}
