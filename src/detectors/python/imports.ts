/**
 * Import statements read from their text (`import a.b as c, d`, `from .x import (y as z, w)`,
 * `from m import *`): what each statement binds and which modules it names.
 * https://docs.python.org/3/reference/simple_stmts.html#the-import-statement
 */

export interface ImportedName {
  /** The local name bound. */
  name: string;
  /** The dotted name it stands for: `os`, `urllib.request`, `subprocess.Popen`, `.utils.helper`. */
  path: string;
}

export interface ParsedImport {
  /** Modules as written, for ImportFacts. */
  modules: string[];
  names: ImportedName[];
  /** `from m import *`. */
  star?: string;
}

const DOTTED = /^\.*[\w\u00aa-\uffff]+(?:\s*\.\s*[\w\u00aa-\uffff]+)*$|^\.+$/;

function clean(statement: string): string {
  return statement
    .replace(/#[^\n]*/g, ' ')
    .replace(/\\\r?\n/g, ' ')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function dotted(s: string): string | undefined {
  const t = s.trim();
  return DOTTED.test(t) ? t.replace(/\s+/g, '') : undefined;
}

function items(list: string): Array<{ target: string; alias?: string }> {
  const out: Array<{ target: string; alias?: string }> = [];
  for (const part of list.split(',')) {
    const m = /^(.+?)(?:\s+as\s+([\w\u00aa-\uffff]+))?$/.exec(part.trim());
    if (!m) continue;
    const target = dotted(m[1] as string);
    if (target) out.push(m[2] ? { target, alias: m[2] } : { target });
  }
  return out;
}

export function parseImport(statement: string): ParsedImport {
  const s = clean(statement);
  const from = /^from\s+(\S+)\s+import\s+(.+)$/.exec(s);
  if (from) {
    const module = dotted(from[1] as string);
    if (!module) return { modules: [], names: [] };
    const list = (from[2] as string).trim();
    if (list === '*') return { modules: [module], names: [], star: module };
    const sep = module.endsWith('.') ? '' : '.';
    const names = items(list)
      .filter((i) => !i.target.includes('.'))
      .map((i) => ({ name: i.alias ?? i.target, path: `${module}${sep}${i.target}` }));
    return { modules: [module], names };
  }
  const imp = /^import\s+(.+)$/.exec(s);
  if (!imp) return { modules: [], names: [] };
  const modules: string[] = [];
  const names: ImportedName[] = [];
  for (const i of items(imp[1] as string)) {
    modules.push(i.target);
    if (i.alias) names.push({ name: i.alias, path: i.target });
    else {
      const root = i.target.split('.')[0] as string;
      names.push({ name: root, path: root });
    }
  }
  return { modules, names };
}
