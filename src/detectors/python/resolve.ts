import type { CallView } from './callview.js';
import type { Analysis, ClassInfo } from './context.js';
import type { Expr } from './exprs.js';
import { asText } from './folded.js';
import { foldLambdaCall } from './local-calls.js';
import type { PyNode } from './syntax.js';

/**
 * Name resolution: an expression to the dotted name of what it denotes, through imports, aliases,
 * `__import__`/`importlib`, `getattr`, `__builtins__`/`globals()` lookups and simple assignments.
 * `<globals>` stands for the dict `globals()` returns; it never leaves this module as a callee.
 */

const BUILTIN_NAMES =
  'abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod ' +
  'enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance ' +
  'issubclass iter len list locals map max memoryview min next object oct open ord pow print property quit range repr ' +
  'reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ __build_class__ ' +
  'execfile raw_input unicode long basestring xrange reload file unichr apply buffer cmp coerce intern';
export const BUILTINS: ReadonlySet<string> = new Set(BUILTIN_NAMES.split(' '));

const GLOBALS = '<globals>';
const MAX_DEPTH = 40;

export function resolveNode(a: Analysis, node: PyNode, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'identifier':
      return resolveName(a, node.text(), node.start);
    case 'attribute': {
      const [obj, attr] = node.named;
      if (!obj || !attr || attr.type !== 'identifier') return undefined;
      const base = a.resolve(obj);
      return base === undefined ? undefined : member(a, base, attr.text());
    }
    case 'call':
      return resolveCallResult(a, node);
    case 'subscript':
      return resolveSubscript(a, node);
    case 'parenthesized_expression': {
      const inner = node.named[0];
      return inner ? a.resolve(inner) : undefined;
    }
    case 'conditional_expression': {
      // `b['eval'] if isinstance(b, dict) else getattr(b, 'eval')`: the name both branches give, or the one
      // branch that names anything; two different names are no single name.
      const [yes, , no] = node.named;
      return eitherName(yes ? a.resolve(yes) : undefined, no ? a.resolve(no) : undefined);
    }
    case 'boolean_operator': {
      // `sys.modules.get('os') or __import__('os')`: the same rule for the two operands.
      const [left, right] = node.named;
      return eitherName(left ? a.resolve(left) : undefined, right ? a.resolve(right) : undefined);
    }
    default:
      return undefined;
  }
}

/**
 * The one name two alternatives give: the same name, or the only one that names anything. A namespace and
 * its `__dict__` are one name here (`__builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__`):
 * subscripting either gives the same member.
 */
function eitherName(first: string | undefined, second: string | undefined): string | undefined {
  if (first === undefined || second === undefined || first === second) return first ?? second;
  if (second === `${first}.__dict__`) return first;
  if (first === `${second}.__dict__`) return second;
  return undefined;
}

export function resolveName(a: Analysis, name: string, index: number): string | undefined {
  if (name === 'self' || name === 'cls') {
    const cls = a.scopes.at(index).functionScope?.methodOf;
    if (cls) return `local.${cls.qname}`;
  }
  const b = a.lookup(name, index);
  if (b) return b.path;
  return builtinOrStar(a, name);
}

function builtinOrStar(a: Analysis, name: string): string | undefined {
  if (name === '__builtins__') return 'builtins';
  if (BUILTINS.has(name)) return `builtins.${name}`;
  if (a.starModules.length === 1) return `${a.starModules[0] as string}.${name}`;
  return undefined;
}

/** `base.attr`, looking methods of local classes up through their bases. */
export function member(a: Analysis, base: string, attr: string): string | undefined {
  if (base === GLOBALS) return undefined;
  if (base.startsWith('local.')) {
    const cls = a.classes.get(base.slice(6));
    if (cls) return classMember(a, cls, attr, 0) ?? `local.${cls.scope.qname}.${attr}`;
  }
  return `${base}.${attr}`;
}

/** Methods of local classes first (their bodies are known), then the first imported base. */
function classMember(a: Analysis, cls: ClassInfo, attr: string, depth: number): string | undefined {
  return localMember(a, cls, attr, depth) ?? importedBase(a, cls, depth)?.concat(`.${attr}`);
}

function localMember(a: Analysis, cls: ClassInfo, attr: string, depth: number): string | undefined {
  if (cls.methods.has(attr)) return `local.${cls.scope.qname}.${attr}`;
  const own = cls.attrs.get(attr);
  if (own) return own.path;
  if (depth > 10) return undefined;
  for (const base of cls.bases) {
    const parent = base.startsWith('local.') ? a.classes.get(base.slice(6)) : undefined;
    const found = parent && parent !== cls ? localMember(a, parent, attr, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

function importedBase(a: Analysis, cls: ClassInfo, depth: number): string | undefined {
  if (depth > 10) return undefined;
  for (const base of cls.bases) {
    if (!base.startsWith('local.')) {
      if (/^[\w.]+$/.test(base)) return base;
      continue;
    }
    const parent = a.classes.get(base.slice(6));
    const found = parent && parent !== cls ? importedBase(a, parent, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

function constantText(a: Analysis, expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  // `__import__(_('…'))` with `_ = lambda s: …`, `__import__((lambda s: …)('…'))`.
  return asText(a.foldExpr(expr)) ?? asText(foldLambdaCall(a, expr));
}

/** A dotted name read from the text (`o.path.join`), resolved like the tree resolver would. */
export function resolveChain(a: Analysis, root: string, attrs: readonly string[], index: number): string | undefined {
  let path = resolveName(a, root, index);
  for (const attr of attrs) {
    if (path === undefined) return undefined;
    path = member(a, path, attr);
  }
  return path;
}

function calleeOf(a: Analysis, v: CallView): string | undefined {
  if (v.callee) return resolveChain(a, v.callee.root, v.callee.attrs, v.node.start);
  return v.fn ? a.resolve(v.fn) : undefined;
}

/** What a call returns, as far as names go: a module for `__import__`, an attribute for `getattr`, … */
export function resolveCallResult(a: Analysis, node: PyNode): string | undefined {
  const v = a.view(node);
  if (!v) return undefined;
  const callee = calleeOf(a, v);
  if (callee === undefined) return undefined;
  const { args, kwargs } = v;
  switch (callee) {
    case 'builtins.__import__':
    case 'importlib.__import__': {
      const name = constantText(a, args[0] ?? kwargs.get('name'));
      if (!name) return undefined;
      const fromlist = args[3] ?? kwargs.get('fromlist');
      const written = fromlist ? a.source.slice(fromlist.start, fromlist.end) : '';
      const full = fromlist !== undefined && !/^(\(\s*\)|\[\s*\]|None)$/.test(written);
      return full ? name : name.split('.')[0];
    }
    case 'importlib.import_module':
      return constantText(a, args[0] ?? kwargs.get('name'));
    // `sys.modules.get('os')` is the module os once anything imported it (and the interpreter always has).
    case 'sys.modules.get':
    case 'sys.modules.__getitem__':
      return constantText(a, args[0]);
    case 'builtins.getattr': {
      const obj = args[0];
      const name = constantText(a, args[1]);
      const base = obj ? a.resolveExpr(obj) : undefined;
      return base !== undefined && name ? member(a, base, name) : undefined;
    }
    case 'builtins.globals':
    case 'builtins.locals':
      return GLOBALS;
    // `__builtins__.get('ex' + 'ec')` (the builtins as a dict), `vars(os).get('system')`: a lookup by name.
    case 'builtins.get':
      return dictMember(a, 'builtins', args[0]);
    case 'builtins.vars': {
      if (!args[0]) return GLOBALS;
      const base = a.resolveExpr(args[0]);
      return base === undefined ? undefined : `${base}.__dict__`;
    }
    case 'builtins.super': {
      const cls = a.scopes.at(node.start).functionScope?.methodOf;
      const info = cls ? a.classes.get(cls.qname) : undefined;
      return info?.bases[0];
    }
    default:
      if (callee.endsWith('.__dict__.get')) return dictMember(a, callee.slice(0, -13), args[0]);
      if (callee.startsWith('local.')) return a.classes.has(callee.slice(6)) ? callee : undefined;
      return callee === GLOBALS ? undefined : callee;
  }
}

function dictMember(a: Analysis, base: string, key: Expr | undefined): string | undefined {
  const name = constantText(a, key);
  return name ? member(a, base, name) : undefined;
}

function resolveSubscript(a: Analysis, node: PyNode): string | undefined {
  const kids = node.named;
  const value = kids[0];
  const index = kids[1];
  if (!value || !index || kids.length !== 2) return undefined;
  const base = a.resolve(value);
  if (base === undefined) return undefined;
  const key = asText(a.fold(index));
  if (!key) return undefined;
  if (base === GLOBALS) {
    const b = a.lookup(key, a.source.length);
    return b ? b.path : builtinOrStar(a, key);
  }
  if (base.endsWith('.__dict__')) return member(a, base.slice(0, -9), key);
  if (base === 'builtins') return `builtins.${key}`;
  if (base === 'sys.modules') return key;
  return undefined;
}

/** Standard modules whose dotted calls keep their meaning when the file forgot to import them. */
const UNIMPORTED_STDLIB = new Set(['os', 'sys', 'socket', 'getpass', 'platform', 'subprocess', 'base64', 'urllib', 'shutil']);

/** The name a call is reported under: resolved, else `?.method`, else the bare name written. */
export function calleeName(a: Analysis, v: CallView): string {
  const resolved = calleeOf(a, v);
  if (resolved !== undefined && !resolved.startsWith('<')) return resolved;
  if (v.callee) {
    const { root, attrs } = v.callee;
    // `socket.gethostname()` with no import of `socket` anywhere (scripts that crash before or rely on an import
    // elsewhere): the name means the standard module, which is what a reader and the author take it for.
    if (attrs.length > 0 && UNIMPORTED_STDLIB.has(root) && a.lookup(root, a.source.length) === undefined) return `${root}.${attrs.join('.')}`;
    return attrs.length > 0 ? `?.${attrs[attrs.length - 1] as string}` : root;
  }
  const fn = v.fn;
  switch (fn?.type) {
    case 'attribute': {
      const attr = fn.named[1];
      return attr?.type === 'identifier' ? `?.${attr.text()}` : '?';
    }
    case 'call': {
      const inner = a.view(fn);
      const name = inner && calleeOf(a, inner) === 'builtins.getattr' ? constantText(a, inner.args[1]) : undefined;
      return name ? `?.${name}` : '?';
    }
    case 'identifier':
      return fn.text();
    default:
      return '?';
  }
}
