/**
 * A small INI reader with line numbers, following Python's configparser defaults as setuptools uses them
 * (https://docs.python.org/3/library/configparser.html#supported-ini-file-structure): `[section]`,
 * `key = value` or `key: value`, keys lower-cased, values continued on indented lines (blank lines inside
 * a value kept), full-line `#`/`;` comments, no inline comments, duplicate sections or keys rejected.
 */
import { userError } from '../../runtime/errors.js';
import { splitLines } from './declared.js';

export interface IniValueLine {
  line: number;
  text: string;
}

export interface IniEntry {
  key: string;
  line: number;
  /** The first line's value (possibly empty) followed by its continuation lines, each with its line. */
  values: IniValueLine[];
}

export type IniSections = Map<string, Map<string, IniEntry>>;

export function parseIni(file: string, text: string): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, IniEntry> | undefined;
  let entry: IniEntry | undefined;
  splitLines(text).forEach((raw, i) => {
    const n = i + 1;
    const trimmed = raw.trim();
    if (/^[#;]/.test(trimmed)) return;
    if (trimmed === '') {
      if (entry) entry.values.push({ line: n, text: '' });
      return;
    }
    if (/^\s/.test(raw) && entry) {
      entry.values.push({ line: n, text: trimmed });
      return;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(trimmed);
    if (header && !/^\s/.test(raw)) {
      const name = header[1]!.trim();
      if (sections.has(name)) throw userError(`${file}:${n}: section [${name}] appears twice`);
      section = new Map();
      sections.set(name, section);
      entry = undefined;
      return;
    }
    const kv = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!kv || /^\s/.test(raw)) {
      throw userError(`${file}:${n}: expected "[section]", "key = value" or an indented continuation, got "${trimmed.slice(0, 60)}"`);
    }
    if (!section) throw userError(`${file}:${n}: "${kv[1]}" appears before any [section]`);
    const key = kv[1]!.toLowerCase();
    if (section.has(key)) throw userError(`${file}:${n}: option "${key}" appears twice in its section`);
    entry = { key, line: n, values: [{ line: n, text: kv[2]!.trim() }] };
    section.set(key, entry);
  });
  return sections;
}
