import { skipString, splitBracketed } from './scan.js';

/**
 * `def name(params)` and `class Name(bases)` headers read from the source text: cheaper than asking the
 * tree for each parameter, and enough to know names and base classes.
 */

/** Top-level parts of the parenthesised list following a `def`/`class` name (`from` is the name's end). */
export function headerList(source: string, from: number, limit = 20_000): string[] {
  let i = from;
  while (i < source.length && /[\s\\]/.test(source[i] as string)) i++;
  if (source[i] === '[') i = skipTypeParams(source, i, i + limit); // PEP 695 type parameters
  while (i < source.length && /[\s\\]/.test(source[i] as string)) i++;
  if (source[i] !== '(') return [];
  const split = splitBracketed(source, i, i + limit);
  return split ? split.parts.map(([s, e]) => source.slice(s, e)) : [];
}

function skipTypeParams(source: string, i: number, limit: number): number {
  let depth = 0;
  const end = Math.min(source.length, limit);
  for (let j = i; j < end; j++) {
    const c = source[j];
    if (c === '"' || c === "'") j = skipString(source, j, end) - 1;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j + 1;
  }
  return end;
}

/** Parameter names of a `def` header list: `self`, `a`, `args`, `kwargs` from `self, a=1, *args, **kwargs`. */
export function parameterNames(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const m = /^\**\s*([A-Za-z_\u00aa-\uffff][\w\u00aa-\uffff]*)/.exec(p);
    if (m) out.push(m[1] as string);
  }
  return out;
}
