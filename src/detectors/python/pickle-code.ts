/**
 * What unpickling a byte string would do, written out as Python: `pickle.loads` runs whatever callables the
 * stream names (GLOBAL / STACK_GLOBAL followed by REDUCE, INST, OBJ, NEWOBJ), which is how a pickle
 * carries `os.system('curl … | sh')` with no code in sight. The opcodes are interpreted symbolically —
 * nothing is imported or called — into statements the analyser reads like any decoded payload:
 *
 *     import os
 *     _p1 = os.system('curl -s https://… | sh')
 *
 * A data pickle (dicts, lists, `collections.OrderedDict`, `datetime`) comes out as harmless calls.
 * Undefined when the bytes are not a pickle that calls anything.
 */

const MAX_OPS = 100_000;
const MAX_STATEMENTS = 200;
const MAX_LITERAL = 10_000;

/** How a pickled name is imported: `posix.system` is `os.system` pickled on Linux, `nt.system` on Windows. */
const MODULE_ALIASES: Record<string, string> = { posix: 'os', nt: 'os', __builtin__: 'builtins', copy_reg: 'copyreg' };

type Value = { code: string } | typeof MARK;
const MARK = Symbol('mark');

/** A Python string literal for `s` (the analyser folds it back). */
function pyString(s: string, bytes: boolean): string {
  let out = '';
  for (const ch of s.slice(0, MAX_LITERAL)) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (c >= 32 && c < 127) out += ch;
    else if (c === 10) out += '\\n';
    else if (c < 256) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (bytes) out += '?';
    else out += c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return `${bytes ? 'b' : ''}'${out}'`;
}

/** A repr line of protocol 0 (`S'ls'`, `S"x"`), unquoted and unescaped enough to read. */
function reprLine(line: string): string {
  const body = /^(['"])(.*)\1$/s.exec(line)?.[2] ?? line;
  return body.replace(/\\x([0-9a-fA-F]{2})|\\(['"\\])|\\n/g, (m, hex: string | undefined, q: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : q ?? '\n'));
}

class Reader {
  at = 0;
  constructor(readonly s: string) {}
  byte(): number {
    if (this.at >= this.s.length) throw new RangeError('truncated');
    return this.s.charCodeAt(this.at++);
  }
  uint(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v += this.byte() * 2 ** (8 * i);
    return v;
  }
  take(n: number): string {
    if (n < 0 || this.at + n > this.s.length) throw new RangeError('truncated');
    const v = this.s.slice(this.at, this.at + n);
    this.at += n;
    return v;
  }
  line(): string {
    const end = this.s.indexOf('\n', this.at);
    if (end < 0) throw new RangeError('truncated');
    const v = this.s.slice(this.at, end);
    this.at = end + 1;
    return v;
  }
}

/** `latin1`: the pickle's bytes, one char per byte. */
export function pickleAsPython(latin1: string): string | undefined {
  const first = latin1.charCodeAt(0);
  // Protocol 2+ starts with PROTO; protocol 0/1 streams that call something start with GLOBAL, MARK or INST.
  if (first !== 0x80 && first !== 0x63 && first !== 0x28 && first !== 0x69) return undefined;
  const r = new Reader(latin1);
  const stack: Value[] = [];
  const memo = new Map<number, Value>();
  const imports = new Set<string>();
  const statements: string[] = [];
  let calls = 0;

  const pop = (): { code: string } => {
    const v = stack.pop();
    if (v === undefined || v === MARK) throw new RangeError('stack');
    return v;
  };
  const popMark = (): string[] => {
    const items: string[] = [];
    for (;;) {
      const v = stack.pop();
      if (v === undefined) throw new RangeError('mark');
      if (v === MARK) return items.reverse();
      items.push(v.code);
    }
  };
  const push = (code: string): void => void stack.push({ code });
  const global = (module: string, name: string): string => {
    const m = MODULE_ALIASES[module] ?? module;
    if (!/^[A-Za-z_][\w.]*$/.test(m) || !/^[A-Za-z_][\w.]*$/.test(name)) return `getattr(__import__(${pyString(m, false)}), ${pyString(name, false)})`;
    if (m === 'builtins') return name;
    imports.add(m);
    return `${m}.${name}`;
  };
  const call = (fn: string, args: string[], kwargs?: string): void => {
    calls++;
    const name = `_p${calls}`;
    if (statements.length < MAX_STATEMENTS) statements.push(`${name} = ${fn}(${[...args, ...(kwargs ? [`**${kwargs}`] : [])].join(', ')})`);
    push(name);
  };
  const tupleItems = (code: string): string[] => {
    if (code === '()') return [];
    const m = /^\((.*?),?\)$/s.exec(code);
    return m ? splitTop(m[1] ?? '') : [`*${code}`];
  };

  try {
    for (let ops = 0; ops < MAX_OPS && r.at < latin1.length; ops++) {
      const op = String.fromCharCode(r.byte());
      switch (op) {
        case '\x80': r.byte(); break; // PROTO
        case '\x95': r.take(8); break; // FRAME
        case '.': return render(); // STOP
        case '(': stack.push(MARK); break;
        case 'N': push('None'); break;
        case '\x88': push('True'); break;
        case '\x89': push('False'); break;
        case 'K': push(String(r.uint(1))); break;
        case 'M': push(String(r.uint(2))); break;
        case 'J': push(String(r.uint(4) | 0)); break;
        case 'I': case 'L': push(r.line().replace(/L$/, '').trim() || '0'); break;
        case 'F': push(r.line().trim()); break;
        case 'G': r.take(8); push('0.0'); break;
        case '\x8a': r.take(r.uint(1)); push('0'); break; // LONG1
        case '\x8b': r.take(r.uint(4)); push('0'); break; // LONG4
        case '\x8c': push(pyString(decodeUtf8(r.take(r.uint(1))), false)); break; // SHORT_BINUNICODE
        case 'X': push(pyString(decodeUtf8(r.take(r.uint(4))), false)); break; // BINUNICODE
        case '\x8d': push(pyString(decodeUtf8(r.take(r.uint(8))), false)); break; // BINUNICODE8
        case 'V': push(pyString(r.line().replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), false)); break;
        case 'S': push(pyString(reprLine(r.line()), false)); break;
        case 'U': push(pyString(r.take(r.uint(1)), false)); break; // SHORT_BINSTRING
        case 'T': push(pyString(r.take(r.uint(4)), false)); break; // BINSTRING
        case 'C': push(pyString(r.take(r.uint(1)), true)); break; // SHORT_BINBYTES
        case 'B': push(pyString(r.take(r.uint(4)), true)); break; // BINBYTES
        case '\x8e': case '\x96': push(pyString(r.take(r.uint(8)), true)); break; // BINBYTES8, BYTEARRAY8
        case ')': push('()'); break;
        case ']': push('[]'); break;
        case '}': push('{}'); break;
        case '\x8f': push('set()'); break; // EMPTY_SET
        case 't': push(tupleOf(popMark())); break;
        case '\x85': push(tupleOf([pop().code])); break;
        case '\x86': { const b = pop().code; push(tupleOf([pop().code, b])); break; }
        case '\x87': { const c = pop().code; const b = pop().code; push(tupleOf([pop().code, b, c])); break; }
        case 'l': push(`[${popMark().join(', ')}]`); break;
        case 'd': { const kv = popMark(); const pairs: string[] = []; for (let i = 0; i + 1 < kv.length; i += 2) pairs.push(`${kv[i]}: ${kv[i + 1]}`); push(`{${pairs.join(', ')}}`); break; }
        case '\x91': push(`frozenset(${tupleOf(popMark())})`); break;
        case 'a': { const v = pop().code; const l = pop().code; push(l.startsWith('[') ? listWith(l, [v]) : l); break; }
        case 'e': { const vs = popMark(); const l = pop().code; push(l.startsWith('[') ? listWith(l, vs) : l); break; }
        case 's': { pop(); pop(); break; } // SETITEM: the dict keeps its name; values are not code
        case 'u': case '\x90': popMark(); break; // SETITEMS, ADDITEMS
        case 'c': { const module = r.line(); push(global(module, r.line())); break; }
        case '\x93': { const name = pop().code; const module = pop().code; push(global(unquote(module), unquote(name))); break; } // STACK_GLOBAL
        case 'R': { const args = pop().code; call(pop().code, tupleItems(args)); break; } // REDUCE
        case 'i': { const module = r.line(); const cls = global(module, r.line()); call(cls, popMark()); break; } // INST
        case 'o': { const items = popMark(); const cls = items.shift(); if (cls !== undefined) call(cls, items); break; } // OBJ
        case '\x81': { const args = pop().code; call(pop().code, tupleItems(args)); break; } // NEWOBJ
        case '\x92': { const kwargs = pop().code; const args = pop().code; call(pop().code, tupleItems(args), kwargs); break; } // NEWOBJ_EX
        case 'b': pop(); break; // BUILD: the state is data
        case 'p': memo.set(Number(r.line()), stack[stack.length - 1] ?? MARK); break;
        case 'q': memo.set(r.uint(1), stack[stack.length - 1] ?? MARK); break;
        case 'r': memo.set(r.uint(4), stack[stack.length - 1] ?? MARK); break;
        case '\x94': memo.set(memo.size, stack[stack.length - 1] ?? MARK); break; // MEMOIZE
        case 'g': stack.push(memo.get(Number(r.line())) ?? { code: 'None' }); break;
        case 'h': stack.push(memo.get(r.uint(1)) ?? { code: 'None' }); break;
        case 'j': stack.push(memo.get(r.uint(4)) ?? { code: 'None' }); break;
        case '0': stack.pop(); break;
        case '1': popMark(); break;
        case '2': stack.push(stack[stack.length - 1] ?? MARK); break;
        case 'P': r.line(); push('None'); break; // PERSID
        case 'Q': pop(); push('None'); break; // BINPERSID
        case '\x82': r.take(1); push('None'); break; // EXT1
        case '\x83': r.take(2); push('None'); break;
        case '\x84': r.take(4); push('None'); break;
        case '\x97': break; // NEXT_BUFFER / READONLY_BUFFER carry no callables
        case '\x98': break;
        default: return render();
      }
    }
  } catch {
    // truncated or not a pickle: what was read so far
  }
  return render();

  function render(): string | undefined {
    if (calls === 0) return undefined;
    return [...[...imports].sort().map((m) => `import ${m}`), ...statements].join('\n');
  }
}

function unquote(code: string): string {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(code);
  return m ? (m[1] ?? '').replace(/\\(.)/g, '$1') : code;
}

function tupleOf(items: string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

function listWith(list: string, items: string[]): string {
  const inner = list.slice(1, -1);
  return `[${[...(inner ? [inner] : []), ...items].join(', ')}]`;
}

/** Top-level comma-separated parts of a tuple's inside (strings and brackets kept whole). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

const UTF8 = new TextDecoder();

function decodeUtf8(latin1: string): string {
  return UTF8.decode(Uint8Array.from(latin1, (c) => c.charCodeAt(0)));
}

/** Callables a data pickle names: containers, numbers, dates, paths, arrays and data frames rebuilt. */
const DATA_CALLABLES =
  /^(set|frozenset|bytearray|bytes|complex|slice|range|object|list|dict|tuple|int|float|str|getattr\(__import__\('(?:collections|datetime)'\), '\w+'\)|(collections|datetime|copyreg|_codecs|decimal|fractions|uuid|pathlib|enum|array|numpy|numpy\.\w+|numpy\.core\.\w+|pandas(\.\w+)*|torch(\._utils|\.storage)?|_pickle|re|ipaddress|zoneinfo|pytz|dateutil\.\w+)\.\w+)$/;

/** Whether unpickling only rebuilds data (every call is a known data constructor). */
export function picklesOnlyData(code: string): boolean {
  for (const line of code.split('\n')) {
    const m = /^_p\d+ = ([^(]+)\(/.exec(line);
    if (m && !DATA_CALLABLES.test(m[1] ?? '')) return false;
  }
  return true;
}
