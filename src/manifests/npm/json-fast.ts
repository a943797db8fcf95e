/**
 * Large JSON lockfiles (a 100,000-entry package-lock.json is ~30 MB): JSON.parse for the values, which is
 * native and several times faster than a syntax tree, plus one linear scan for the line of each key.
 * Only when JSON.parse fails does the slower jsonc-parser tree run, to name the line of the error.
 */
import { parseJson } from './json-tree.js';
import { parseError } from './text.js';

/** Parses strict JSON; a syntax error becomes a user error `file:line: problem`. */
export function parseJsonFast(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    parseJson(file, text); // throws with the line when it finds the error
    throw parseError(file, 1, `invalid JSON: ${(err as Error).message}`, err);
  }
}

/** Stack entry for a container inside an array (arrays have no key). */
export const IN_ARRAY = '\u0000[]';

/**
 * Calls `onKey(path, key, line)` for every object key in text order; `path` holds the keys of the enclosing
 * containers below the root (IN_ARRAY for array elements). Assumes `text` is valid JSON (parse it first).
 */
export function scanKeyLines(text: string, onKey: (path: readonly string[], key: string, line: number) => void): void {
  const path: string[] = [];
  const isObject: boolean[] = [];
  let line = 1;
  let expectKey = false;
  let lastKey = '';
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      // String: jump from quote to quote, skipping escaped ones. Valid JSON strings hold no raw newlines.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return;
        let b = q - 1;
        while (text.charCodeAt(b) === 92) b--;
        j = q;
        if ((q - 1 - b) % 2 === 0) break; // an even run of backslashes: the quote is not escaped
        j = q + 1;
      }
      if (expectKey) {
        const raw = text.slice(i + 1, j);
        lastKey = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        expectKey = false;
        onKey(path, lastKey, line);
      }
      i = j;
    } else if (c === 123 || c === 91) {
      if (isObject.length > 0) path.push(isObject[isObject.length - 1] ? lastKey : IN_ARRAY);
      isObject.push(c === 123);
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      isObject.pop();
      if (isObject.length > 0) path.pop();
      expectKey = false;
    } else if (c === 44) {
      expectKey = isObject[isObject.length - 1] === true;
    }
  }
}
