/**
 * Commands that native build files run while a package builds: CMake's `execute_process` (at configure
 * time), `add_custom_command`/`add_custom_target` and `exec_program`, `file(DOWNLOAD …)`; Meson's
 * `run_command` (at setup time) and the `command:` of `custom_target`/`run_target`. pip runs them when it
 * builds an sdist with scikit-build, meson-python or a setup.py that calls CMake; npm when cmake-js builds.
 * Read as text: nothing here evaluates variables, so `${CMAKE_COMMAND}` stays as written.
 */
export interface BuildFileCommand {
  /** The command as one shell-like line (CMake's piped COMMANDs of one execute_process joined by `|`). */
  command: string;
  line: number;
  /** What the build file says, for the snippet: `execute_process(COMMAND …)`. */
  written: string;
  /** A download (`file(DOWNLOAD url …)`), not a program run. */
  download?: boolean;
}

/** Build files of CMake and Meson, wherever they sit in the package. */
export const BUILD_FILE = /(^|\/)(CMakeLists\.txt|[^/]+\.cmake|meson\.build)$/;

const MAX_ARGS = 512;
const MAX_TEXT = 1 << 20;
const MAX_CALL_CHARS = 64 * 1024;
const MAX_DEPTH = 16;
/** Meson calls read per file. */
const MAX_CALLS = 2000;

interface Invocation {
  name: string;
  args: string[];
  line: number;
  start: number;
  end: number;
}

/** CMake's command invocations `name(args)`, comments and quoting read as CMake does. */
function cmakeInvocations(text: string): Invocation[] {
  const out: Invocation[] = [];
  const n = Math.min(text.length, MAX_TEXT);
  let line = 1;
  let i = 0;
  const bracketEnd = (at: number): { close: string; open: number } | undefined => {
    const m = /^\[(=*)\[/.exec(text.slice(at, at + 64));
    return m ? { close: `]${m[1]}]`, open: m[0].length } : undefined;
  };
  const skipTo = (to: number): void => {
    for (; i < to && i < n; i++) if (text[i] === '\n') line++;
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === '#') {
      const b = bracketEnd(i + 1);
      const stop = b ? text.indexOf(b.close, i + 1 + b.open) : text.indexOf('\n', i);
      skipTo(stop < 0 ? n : b ? stop + b.close.length : stop);
      continue;
    }
    const m = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 64));
    if (!m || (i > 0 && /\w/.test(text[i - 1] as string))) {
      skipTo(i + 1);
      continue;
    }
    let j = i + m[0].length;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] !== '(') {
      skipTo(j);
      continue;
    }
    const start = i;
    const startLine = line;
    skipTo(j + 1);
    const args: string[] = [];
    let depth = 1;
    // Past MAX_ARGS the invocation is read to its end, its arguments no longer kept.
    while (i < n && depth > 0) {
      const ch = text[i] as string;
      if (/\s/.test(ch)) skipTo(i + 1);
      else if (ch === '#') {
        const b = bracketEnd(i + 1);
        const stop = b ? text.indexOf(b.close, i + 1 + b.open) : text.indexOf('\n', i);
        skipTo(stop < 0 ? n : b ? stop + b.close.length : stop);
      } else if (ch === '(') {
        depth++;
        skipTo(i + 1);
      } else if (ch === ')') {
        depth--;
        skipTo(i + 1);
      } else if (ch === '"') {
        let v = '';
        let k = i + 1;
        for (; k < n && text[k] !== '"'; k++) {
          if (text[k] === '\\' && k + 1 < n) {
            const e = text[++k] as string;
            v += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\n' ? '' : e;
          } else v += text[k];
        }
        if (args.length < MAX_ARGS) args.push(v);
        skipTo(k + 1);
      } else if (ch === '[' && bracketEnd(i)) {
        const b = bracketEnd(i) as { close: string; open: number };
        const stop = text.indexOf(b.close, i + b.open);
        const end = stop < 0 ? n : stop;
        if (args.length < MAX_ARGS) args.push(text.slice(i + b.open, end).replace(/^\n/, ''));
        skipTo(end + b.close.length);
      } else {
        let v = '';
        let k = i;
        for (; k < n && !/[\s()#"]/.test(text[k] as string); k++) {
          if (text[k] === '\\' && k + 1 < n) v += text[++k];
          else v += text[k];
        }
        if (args.length < MAX_ARGS) args.push(v);
        skipTo(k);
      }
    }
    out.push({ name: m[0].toLowerCase(), args, line: startLine, start, end: i });
  }
  return out;
}

const EXECUTE_KEYWORDS = new Set(
  'WORKING_DIRECTORY TIMEOUT RESULT_VARIABLE RESULTS_VARIABLE OUTPUT_VARIABLE ERROR_VARIABLE INPUT_FILE OUTPUT_FILE ERROR_FILE OUTPUT_QUIET ERROR_QUIET COMMAND_ECHO OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_STRIP_TRAILING_WHITESPACE ENCODING ECHO_OUTPUT_VARIABLE ECHO_ERROR_VARIABLE COMMAND_ERROR_IS_FATAL'.split(' '),
);
const CUSTOM_KEYWORDS = new Set(
  'OUTPUT DEPENDS BYPRODUCTS WORKING_DIRECTORY COMMENT VERBATIM USES_TERMINAL ALL SOURCES MAIN_DEPENDENCY IMPLICIT_DEPENDS DEPFILE JOB_POOL JOB_SERVER_AWARE APPEND TARGET PRE_BUILD PRE_LINK POST_BUILD COMMAND_EXPAND_LISTS DEPENDS_EXPLICIT_ONLY CODEGEN'.split(' '),
);

/** One shell word per argument: an argument with spaces is quoted, as the shell would need it. */
const shellJoin = (words: string[]): string => words.map((w) => (/[\s;|&]/.test(w) && !/^(['"]).*\1$/s.test(w) ? JSON.stringify(w) : w)).join(' ');

/** The words after each COMMAND keyword, up to the next keyword. */
function commandGroups(args: string[], keywords: Set<string>): string[][] {
  const groups: string[][] = [];
  let cur: string[] | undefined;
  for (const a of args) {
    if (a === 'COMMAND') groups.push((cur = []));
    else if (keywords.has(a)) cur = undefined;
    else cur?.push(a);
  }
  return groups.filter((g) => g.length > 0);
}

export function cmakeCommands(text: string): BuildFileCommand[] {
  const out: BuildFileCommand[] = [];
  for (const inv of cmakeInvocations(text)) {
    const written = text.slice(inv.start, Math.min(inv.end, inv.start + 300));
    if (inv.name === 'execute_process') {
      const groups = commandGroups(inv.args, EXECUTE_KEYWORDS);
      if (groups.length > 0) out.push({ command: groups.map(shellJoin).join(' | '), line: inv.line, written });
    } else if (inv.name === 'add_custom_command' || inv.name === 'add_custom_target') {
      const groups = commandGroups(inv.args, CUSTOM_KEYWORDS);
      if (groups.length > 0) out.push({ command: groups.map(shellJoin).join(' && '), line: inv.line, written });
    } else if (inv.name === 'exec_program' && inv.args[0]) {
      const at = inv.args.indexOf('ARGS');
      const rest = at < 0 ? [] : inv.args.slice(at + 1);
      const stop = rest.findIndex((a) => a === 'OUTPUT_VARIABLE' || a === 'RETURN_VALUE');
      if (stop >= 0) rest.length = stop;
      out.push({ command: [inv.args[0], ...rest].join(' '), line: inv.line, written });
    } else if (inv.name === 'file' && /^DOWNLOAD$/i.test(inv.args[0] ?? '') && inv.args[1]) {
      out.push({ command: `curl -o ${shellJoin([inv.args[2] ?? 'file'])} ${shellJoin([inv.args[1]])}`, line: inv.line, written, download: true });
    }
  }
  return out;
}

/** A Meson string literal at `i`: `'…'`, `'''…'''`, `f'…'`; the value and where it ends. */
function mesonString(text: string, i: number): { value: string; end: number } | undefined {
  let k = i;
  if (text[k] === 'f') k++;
  if (text[k] !== "'") return undefined;
  if (text.startsWith("'''", k)) {
    const stop = text.indexOf("'''", k + 3);
    return { value: text.slice(k + 3, stop < 0 ? text.length : stop), end: stop < 0 ? text.length : stop + 3 };
  }
  let v = '';
  for (k++; k < text.length && text[k] !== "'" && text[k] !== '\n'; k++) {
    if (text[k] === '\\' && k + 1 < text.length) {
      const e = text[++k] as string;
      v += e === 'n' ? '\n' : e === 't' ? '\t' : e;
    } else v += text[k];
  }
  return { value: v, end: k + 1 };
}

/** The items of a Meson argument list from `open` (after `(` or `[`) to its close: strings as values, others as text. */
function mesonItems(text: string, open: number, close: string, depth = 0): { items: Array<{ value: string; key?: string; list?: string[] }>; end: number } {
  const items: Array<{ value: string; key?: string; list?: string[] }> = [];
  let i = open;
  let key: string | undefined;
  // One call's arguments are read within a window, and lists only so deep: a hostile file of unclosed
  // calls or nested brackets costs linear time and no deep recursion.
  const limit = Math.min(text.length, open + MAX_CALL_CHARS);
  if (depth > MAX_DEPTH) return { items, end: limit };
  while (i < limit && items.length < MAX_ARGS) {
    const ch = text[i] as string;
    if (ch === close) return { items, end: i + 1 };
    if (/[\s,]/.test(ch)) i++;
    else if (ch === '#') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (ch === '[') {
      const inner = mesonItems(text, i + 1, ']', depth + 1);
      items.push({ value: '', list: inner.items.map((x) => x.value), ...(key ? { key } : {}) });
      key = undefined;
      i = inner.end;
    } else if (ch === '(') {
      i = mesonItems(text, i + 1, ')', depth + 1).end;
    } else {
      const s = mesonString(text, i);
      if (s) {
        items.push({ value: s.value, ...(key ? { key } : {}) });
        key = undefined;
        i = s.end;
        continue;
      }
      const word = /^[\w.@]+/.exec(text.slice(i, i + 200));
      if (!word) {
        i++;
        continue;
      }
      const after = text.slice(i + word[0].length).match(/^\s*:/);
      if (after) {
        key = word[0];
        i += word[0].length + after[0].length;
      } else {
        items.push({ value: word[0], ...(key ? { key } : {}) });
        key = undefined;
        i += word[0].length;
      }
    }
  }
  return { items, end: i };
}

const MESON_CALL = /\b(run_command|custom_target|run_target)\s*\(/g;

export function mesonCommands(text: string): BuildFileCommand[] {
  const out: BuildFileCommand[] = [];
  const body = text.slice(0, MAX_TEXT);
  let calls = 0;
  // Lines counted once, forwards: slicing up to every match would be quadratic.
  let counted = 0;
  let lines = 1;
  const lineAt = (index: number): number => {
    for (; counted < index; counted++) if (body.charCodeAt(counted) === 10) lines++;
    return lines;
  };
  for (const m of body.matchAll(MESON_CALL)) {
    if (++calls > MAX_CALLS) break;
    const { items, end } = mesonItems(body, m.index + m[0].length, ')');
    const line = lineAt(m.index);
    const written = body.slice(m.index, Math.min(end, m.index + 300));
    const words = m[1] === 'run_command' ? items.filter((x) => x.key === undefined).flatMap((x) => x.list ?? [x.value]) : (items.find((x) => x.key === 'command')?.list ?? []);
    if (words.length > 0) out.push({ command: shellJoin(words), line, written });
  }
  return out;
}

/** The commands of one build file, by its name. */
export function buildFileCommands(path: string, text: string): BuildFileCommand[] {
  return path.endsWith('meson.build') ? mesonCommands(text) : cmakeCommands(text);
}
