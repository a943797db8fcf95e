/**
 * JSON/JSONC through jsonc-parser's tree, so every key keeps its offset (for line numbers) and duplicate keys
 * stay visible (JSON.parse silently keeps the last one; we do the same but can say so).
 * https://github.com/microsoft/node-jsonc-parser
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex, parseError } from './text.js';

export type { Node } from 'jsonc-parser';

export interface JsonDoc {
  root: Node;
  lines: LineIndex;
}

/**
 * Parses `text`; throws a user error `file:line: problem` for the first syntax error.
 * `jsonc` allows comments and trailing commas (bun.lock); plain JSON (package.json, package-lock) does not.
 */
export function parseJson(file: string, text: string, jsonc = false): JsonDoc {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc, allowEmptyContent: false });
  } catch (err) {
    // jsonc-parser recurses per nesting level: hostile nesting exhausts the stack.
    if (err instanceof RangeError) throw parseError(file, 1, 'JSON nested too deeply to read', err);
    throw err;
  }
  const first = errors[0];
  if (first) {
    throw parseError(file, lines.lineOf(first.offset), `invalid ${jsonc ? 'JSONC' : 'JSON'}: ${printParseErrorCode(first.error)}`);
  }
  if (!root) throw parseError(file, 1, 'empty file');
  return { root, lines };
}

/** A property of an object node: its key, the key's offset, and the value node. */
export interface Prop {
  key: string;
  keyOffset: number;
  value: Node;
}

/** Properties in text order (duplicates included). Non-objects give none. */
export function props(node: Node | undefined): Prop[] {
  if (!node || node.type !== 'object' || !node.children) return [];
  const out: Prop[] = [];
  for (const p of node.children) {
    const k = p.children?.[0];
    const v = p.children?.[1];
    if (k && v && typeof k.value === 'string') out.push({ key: k.value, keyOffset: k.offset, value: v });
  }
  return out;
}

/** Properties with JSON.parse semantics: the last duplicate wins. */
export function lastProps(node: Node | undefined): Map<string, Prop> {
  const m = new Map<string, Prop>();
  for (const p of props(node)) {
    m.delete(p.key); // keep text order of the winning occurrence
    m.set(p.key, p);
  }
  return m;
}

/** The value node of `key` in an object node (last duplicate wins). */
export function child(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  for (let i = node.children.length - 1; i >= 0; i--) {
    const p = node.children[i]!;
    if (p.children?.[0]?.value === key) return p.children[1];
  }
  return undefined;
}

export function str(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

export function bool(node: Node | undefined): boolean {
  return node?.type === 'boolean' && node.value === true;
}

export function arr(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** Keys that appear more than once in one object, with the line of each repeat. */
export function duplicateKeys(node: Node | undefined, lines: LineIndex): { key: string; line: number }[] {
  const seen = new Set<string>();
  const out: { key: string; line: number }[] = [];
  for (const p of props(node)) {
    if (seen.has(p.key)) out.push({ key: p.key, line: lines.lineOf(p.keyOffset) });
    seen.add(p.key);
  }
  return out;
}
