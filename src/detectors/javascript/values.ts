import type { ArrayExpression, BinaryExpression, Expression, Node, ObjectExpression, SpreadElement, TemplateElement } from 'acorn';
import type { ValueFact } from '../../model/facts.js';
import type { Analysis } from './context.js';
import { foldString, type Folded } from './fold.js';
import { visitStringArray } from './obfuscation.js';
import { recordDecoded } from './payloads.js';
import { keyName } from './resolve.js';

/**
 * Call arguments as ValueFacts: walked once, collecting the resolved names they use (refs), folded to a
 * constant when possible; object and array literals keep their members (two levels, 64 members).
 */
const MAX_MEMBERS = 64;
const MAX_NESTING = 2;
/** Most values reference nothing: they share one frozen empty list. */
const NO_REFS: string[] = Object.freeze([]) as unknown as string[];

/** `pieces`: also keep the constant pieces of a partly computed text (the content argument of a file write). */
export function walkValue(a: Analysis, node: Expression | SpreadElement, nesting = 0, pieces = false): ValueFact {
  const outer = a.collecting;
  const mark = a.beginRefs();
  a.collecting = true;
  let entries: Record<string, ValueFact> | undefined;
  let items: ValueFact[] | undefined;
  if (node.type === 'ObjectExpression' && nesting < MAX_NESTING && node.properties.length <= MAX_MEMBERS) {
    entries = objectEntries(a, node, nesting);
  } else if (node.type === 'ArrayExpression' && nesting < MAX_NESTING && node.elements.length <= MAX_MEMBERS) {
    items = arrayItems(a, node, nesting);
  } else {
    a.walk(node);
  }
  a.collecting = outer;
  const refs = a.endRefs(mark, outer);
  const text = a.text(node);
  const used = refs ?? NO_REFS;
  let fact: ValueFact;
  if (node.type === 'Literal') {
    // The common case, without folding's intermediate objects.
    fact = typeof node.value === 'string' ? { text, value: node.value, refs: used } : { text, refs: used };
  } else {
    const folded = node.type === 'SpreadElement' ? undefined : foldString(a, node);
    if (folded) noteFolded(a, node, folded);
    fact = folded ? { text, value: folded.value, refs: used } : { text, refs: used };
    const parts = pieces && !folded && node.type !== 'SpreadElement' ? constantPieces(a, node) : undefined;
    if (parts) fact.pieces = parts;
  }
  entries ??= nesting < MAX_NESTING ? stringifiedEntries(a, node) : undefined;
  if (entries) fact.entries = entries;
  if (items) fact.items = items;
  return fact;
}

/**
 * `JSON.stringify({ seed, address })`: the body a request sends is the object's members, so their names are
 * entries too (text and literal strings only; the object was walked with the call).
 */
function stringifiedEntries(a: Analysis, node: Expression | SpreadElement): Record<string, ValueFact> | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.computed) return undefined;
  const { object, property } = node.callee;
  if (object.type !== 'Identifier' || object.name !== 'JSON' || property.type !== 'Identifier' || property.name !== 'stringify') return undefined;
  const arg = node.arguments[0];
  if (arg?.type !== 'ObjectExpression' || arg.properties.length > MAX_MEMBERS) return undefined;
  const entries: Record<string, ValueFact> = {};
  for (const p of arg.properties) {
    if (p.type === 'SpreadElement') continue;
    const key = keyName(a, p.key, p.computed);
    if (key === undefined || key === '__proto__') continue;
    const v = p.value;
    entries[key] = v.type === 'Literal' && typeof v.value === 'string' ? { text: a.text(v), value: v.value, refs: NO_REFS } : { text: a.text(v), refs: NO_REFS };
  }
  return entries;
}

/** Pieces shorter than this are names and separators, not content worth analysing. */
const MIN_PIECE = 24;
const MAX_OPERANDS = 16;

/** The operands of `a + b + …` or of a template's `${…}` that fold on their own, when the whole does not. */
function constantPieces(a: Analysis, node: Expression): string[] | undefined {
  const operands: Node[] = [];
  if (node.type === 'TemplateLiteral') {
    operands.push(...node.expressions);
    for (const q of node.quasis) if ((q.value.cooked ?? '').length >= MIN_PIECE) operands.push(q);
  } else if (node.type === 'BinaryExpression' && node.operator === '+') {
    let cur: Node = node;
    while (cur.type === 'BinaryExpression' && (cur as BinaryExpression).operator === '+' && operands.length <= MAX_OPERANDS) {
      operands.push((cur as BinaryExpression).right);
      cur = (cur as BinaryExpression).left;
    }
    operands.push(cur);
  }
  if (operands.length === 0 || operands.length > MAX_OPERANDS) return undefined;
  const out: string[] = [];
  for (const op of operands) {
    const v = op.type === 'TemplateElement' ? (op as TemplateElement).value.cooked : foldString(a, op)?.value;
    if (typeof v === 'string' && v.length >= MIN_PIECE) out.push(v);
  }
  return out.length > 0 ? out : undefined;
}

/** A value built by an operation is a string of the file too; one built by decoding is a payload. */
export function noteFolded(a: Analysis, node: Node, folded: Folded): void {
  if (folded.assembled && folded.value.length >= 4) a.facts.addString(folded.value, a.line(node), a.scope);
  if (folded.steps.length > 0) recordDecoded(a, node, folded.value, folded.steps, false);
}

function objectEntries(a: Analysis, node: ObjectExpression, nesting: number): Record<string, ValueFact> {
  const entries: Record<string, ValueFact> = {};
  for (const p of node.properties) {
    if (p.type === 'SpreadElement') {
      a.walk(p.argument);
      continue;
    }
    if (p.computed || p.key.type === 'Literal') a.walk(p.key);
    const key = keyName(a, p.key, p.computed);
    const v = walkValue(a, p.value, nesting + 1);
    if (key !== undefined && key !== '__proto__') entries[key] = v;
  }
  return entries;
}

function arrayItems(a: Analysis, node: ArrayExpression, nesting: number): ValueFact[] {
  const items: ValueFact[] = [];
  const consumed = visitStringArray(a, node);
  for (const el of node.elements) {
    if (!el) continue;
    if (consumed && el.type === 'Literal') {
      items.push({ text: a.text(el), value: String(el.value), refs: [] });
      continue;
    }
    items.push(walkValue(a, el, nesting + 1));
  }
  return items;
}
