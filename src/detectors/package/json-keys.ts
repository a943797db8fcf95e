import { escapeRegExp } from '../shared/regexp.js';

/**
 * Finds keys that appear twice in one JSON object. JSON.parse keeps the last one, so a second `scripts`
 * object (or a second `postinstall` key) can hide what a reviewer reads first. A small scanner, not a parser:
 * it only tracks strings, nesting and which strings are keys.
 */
export interface DuplicateKey {
  /** Path of the object holding the duplicates, e.g. `scripts` or `` for the root. */
  path: string;
  key: string;
  /** 1-based lines of every occurrence. */
  lines: number[];
}

export function duplicateKeys(text: string, maxDepth = 64): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Array<{ kind: 'object' | 'array'; keys: Map<string, number[]>; path: string; pendingKey?: string }> = [];
  let line = 1;
  let lastString: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          s += text.slice(j, j + 2);
          j += 2;
        } else {
          if (text[j] === '\n') line++;
          s += text[j];
          j++;
        }
      }
      try {
        lastString = JSON.parse(`"${s}"`) as string;
      } catch {
        lastString = s;
      }
      const top = stack[stack.length - 1];
      // A string is a key when the next non-space character is a colon.
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (top?.kind === 'object' && text[k] === ':') {
        const lines = top.keys.get(lastString) ?? [];
        lines.push(line);
        top.keys.set(lastString, lines);
        top.pendingKey = lastString;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      const seg = parent?.kind === 'object' ? parent.pendingKey ?? '' : parent ? '[]' : '';
      const path = parent ? (parent.path ? `${parent.path}.${seg}` : seg) : '';
      if (stack.length >= maxDepth) return out;
      stack.push({ kind: c === '{' ? 'object' : 'array', keys: new Map(), path });
    } else if (c === '}' || c === ']') {
      const done = stack.pop();
      if (done?.kind === 'object') {
        for (const [key, lines] of done.keys) if (lines.length > 1) out.push({ path: done.path, key, lines });
      }
    }
  }
  return out;
}

/**
 * 1-based line and offset of `"key":` at or after `from` in a package.json's text (a scan, not a parser: the
 * text is JSON.parse-valid where this is asked). Undefined when the key is not written there.
 */
export function keyLine(raw: string, key: string, from = 0): { line: number; offset: number } | undefined {
  const re = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`, 'g');
  re.lastIndex = from;
  const m = re.exec(raw);
  return m ? { line: raw.slice(0, m.index).split('\n').length, offset: m.index } : undefined;
}
