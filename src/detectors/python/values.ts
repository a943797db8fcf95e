import type { ValueFact } from '../../model/index.js';
import type { Collector } from './collector.js';
import { callParts, type Analysis } from './context.js';
import { asText, isStringish, type Folded } from './folded.js';
import { looksEncoded } from './payloads.js';
import type { PyNode } from './syntax.js';

const MAX_TEXT = 200;
const MAX_VALUE = 10_000;
const MAX_MEMBERS = 200;
const MAX_NESTING = 3;
const LITERALS = new Set(['string', 'concatenated_string', 'identifier', 'integer']);

/** Where a value is used, which decides whether a decoded value is recorded as a payload. */
export interface ValueUse {
  line: number;
  scope: string;
  /** Record a decoded value as a payload (not when it only feeds another decoder). */
  payload: boolean;
  /** The value is run as code (`exec`, `eval`, `compile`): record it even when nothing decoded it. */
  code: boolean;
}

export function valueFact(a: Analysis, out: Collector, node: PyNode, use: ValueUse, depth = 0): ValueFact {
  const fact: ValueFact = { text: node.text(MAX_TEXT), refs: a.refs(node.start, node.end) };
  const folded = a.fold(node);
  const value = asText(folded);
  if (value !== undefined) fact.value = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  if (value !== undefined && !LITERALS.has(node.type)) out.addString(value, use.line, use.scope);
  if (value !== undefined) recordPayload(out, folded, value, use);
  else if (use.code && isStringish(folded)) recordPayload(out, folded, folded.s, use);
  if (depth < MAX_NESTING) members(a, out, node, fact, use, depth);
  return fact;
}

export function recordPayload(out: Collector, folded: Folded | undefined, value: string, use: ValueUse): void {
  if (!isStringish(folded)) return;
  const decoded = folded.steps.length > 0;
  if (use.code || (use.payload && decoded && value.length >= 4 && !looksEncoded(value))) {
    out.payloads.record(use.line, use.scope, value, folded.steps, use.code);
  }
}

/** Dict entries and list items, also of a variable assigned a literal (`cmdclass=cmdclass`). */
function members(a: Analysis, out: Collector, node: PyNode, fact: ValueFact, use: ValueUse, depth: number): void {
  let source = node;
  if (node.type === 'identifier') {
    const bound = a.lookup(node.text(), node.start)?.node;
    if (!bound) return;
    source = bound;
  }
  const inner = { ...use, payload: false, code: false };
  switch (source.type) {
    case 'dictionary': {
      const entries: Record<string, ValueFact> = {};
      let n = 0;
      for (const pair of source.named) {
        if (pair.type !== 'pair' || n++ >= MAX_MEMBERS) continue;
        const [k, v] = pair.named;
        const key = k ? asText(a.fold(k)) : undefined;
        if (key !== undefined && v) entries[key] = valueFact(a, out, v, inner, depth + 1);
      }
      fact.entries = entries;
      return;
    }
    case 'list':
    case 'tuple':
    case 'set':
      fact.items = source.named
        .slice(0, MAX_MEMBERS)
        .filter((c) => c.type !== 'comment')
        .map((c) => valueFact(a, out, c, inner, depth + 1));
      return;
    case 'call': {
      const parts = callParts(source);
      if (!parts || a.resolve(parts.fn) !== 'builtins.dict') return;
      const entries: Record<string, ValueFact> = {};
      for (const [k, v] of parts.kwargs) entries[k] = valueFact(a, out, v, inner, depth + 1);
      fact.entries = entries;
      return;
    }
    default:
      return;
  }
}
