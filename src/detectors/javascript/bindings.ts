import type { Expression } from 'acorn';
/**
 * What the analyser knows about a name: the dotted name it stands for (a module, a module member, a
 * global, a local function or class), a constant it holds, or the names its value was computed from.
 * Scoping is per function (block scopes are folded into their function), assignments update bindings
 * in source order: cheap, and precise enough for code that is not trying to fool a type checker.
 */
export interface Binding {
  /** Resolved dotted name: `child_process`, `child_process.exec`, `global.eval`, `local.helper`, `net.Socket`. */
  readonly name?: string;
  /** The name is rooted in an imported module: member reads are recorded. */
  readonly fromModule?: boolean;
  /** Constant string value. */
  readonly value?: string;
  /** Constant number (char codes, table offsets). */
  readonly num?: number;
  /** Decoding steps that produced `value`/`bytes`. */
  readonly steps?: readonly string[];
  /** Constant bytes (`Buffer.from(s, 'base64')`). */
  readonly bytes?: Uint8Array;
  /** Constant array of strings/numbers (string tables, char-code lists). */
  readonly items?: (string | number)[];
  /** Known members of an object literal (methods, constants, nested objects). Mutable: `obj.x = ...`. */
  readonly props?: Map<string, Binding>;
  /** A local function whose body is one `return` of an expression: a call folds as that expression with the arguments bound. */
  readonly inline?: { readonly params: readonly string[]; readonly body: Expression };
  /**
   * An obfuscator's string-table decoder: `f(i)` is `items[i - offset]`, base64-decoded when `base64`, and
   * base64-decoded then RC4-decrypted with the call's second argument as the key when `rc4`.
   */
  readonly decoder?: { readonly items: (string | number)[]; readonly offset: number; readonly base64?: boolean; readonly rc4?: boolean };
  /** A member of a local function or class (`local.Foo.stop`): its own members are unknown. */
  readonly derived?: boolean;
  /** Resolved names the value was computed from (`process.env.NPM_TOKEN`), for flows through variables. */
  readonly refs?: readonly string[];
  /**
   * Of an object made in the file: resolved names of the values later stored in it under keys the analysis
   * cannot fold (`out[p] = fs.readFileSync(p)`); they flow wherever the object goes, as its refs do.
   */
  readonly stored?: string[];
}

export const UNKNOWN: Binding = Object.freeze({});
export const REQUIRE: Binding = Object.freeze({ name: 'require' });

export class Env {
  /** Created on first declaration: most arrow functions and callbacks declare nothing. */
  private vars: Map<string, Binding> | undefined;
  constructor(readonly parent?: Env) {}

  lookup(name: string): Binding | undefined {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let env: Env | undefined = this; env; env = env.parent) {
      const b = env.vars?.get(name);
      if (b !== undefined) return b;
    }
    return undefined;
  }

  /** The binding declared in this function itself (not in an enclosing one). */
  own(name: string): Binding | undefined {
    return this.vars?.get(name);
  }

  declare(name: string, binding: Binding): void {
    (this.vars ??= new Map()).set(name, binding);
  }

  /** Assignment: updates the binding where the name is declared, else creates an implicit global. */
  assign(name: string, binding: Binding): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let env: Env = this;
    for (;;) {
      if (env.vars?.has(name)) break;
      if (!env.parent) break;
      env = env.parent;
    }
    env.declare(name, binding);
  }
}

/** Node's module-scope names and objects, kept bare: `process.env`, `require.main`, `__dirname`. */
const BARE_ROOTS = new Set(['process', 'require', 'module', 'exports', 'console', '__dirname', '__filename']);
const GLOBAL_ALIASES = new Set(['global', 'globalThis', 'window', 'self']);
/** Globals whose use is named `global.X` (only these: an undeclared name is more likely our scoping gap). */
const GLOBALS = new Set(
  (
    'eval Function fetch atob btoa Buffer setTimeout setInterval setImmediate clearTimeout clearInterval ' +
    'queueMicrotask XMLHttpRequest WebSocket Worker SharedWorker EventSource ActiveXObject WScript GetObject ' +
    'Object Array String Number Boolean Symbol BigInt JSON Math Date RegExp Error Promise Reflect Proxy Map Set ' +
    'WeakMap WeakSet ArrayBuffer DataView Uint8Array Int8Array Uint16Array Uint32Array Int32Array TextDecoder ' +
    'TextEncoder URL URLSearchParams escape unescape decodeURIComponent decodeURI encodeURIComponent encodeURI ' +
    'parseInt parseFloat isNaN document navigator location localStorage sessionStorage indexedDB crypto ' +
    'WebAssembly importScripts Image Blob FormData Headers Request Response AbortController structuredClone Intl Bun'
  ).split(' '),
);

const globalCache = new Map<string, Binding>();

/** The binding of an undeclared name, if it is a global this analyser knows. */
export function globalBinding(name: string): Binding | undefined {
  let b = globalCache.get(name);
  if (b) return b;
  if (name === 'require' || name === '__non_webpack_require__') b = REQUIRE;
  else if (BARE_ROOTS.has(name)) b = Object.freeze({ name });
  else if (GLOBAL_ALIASES.has(name)) b = Object.freeze({ name: 'global' });
  else if (GLOBALS.has(name)) b = Object.freeze({ name: `global.${name}` });
  else return undefined;
  globalCache.set(name, b);
  return b;
}

/** `fs/promises` → `fs.promises`; `node:` prefixes dropped, so names match however the module was written. */
const BUILTIN_SUBPATHS = new Set([
  'fs/promises',
  'dns/promises',
  'stream/promises',
  'timers/promises',
  'readline/promises',
  'util/types',
  'path/posix',
  'path/win32',
  'assert/strict',
]);

export function normalizeModule(specifier: string): string {
  const s = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  return BUILTIN_SUBPATHS.has(s) ? s.replace('/', '.') : s;
}

export function moduleBinding(specifier: string): Binding {
  return { name: normalizeModule(specifier), fromModule: true };
}

/** Names whose call is a `require` (`process.getBuiltinModule`, Node 22, returns built-in modules only). */
export const REQUIRE_NAMES = new Set([
  'require',
  'process.getBuiltinModule',
  'module.require',
  'require.main.require',
  'process.mainModule.require',
  'module.constructor._load',
  'process.mainModule.constructor._load',
]);

/**
 * Members of named bindings, memoised per base: minified code walks `Object.defineProperty` or `e.exports`
 * chains hundreds of thousands of times, and each fresh name would be garbage to collect.
 */
const children = new WeakMap<Binding, Map<string, Binding | null>>();
const MAX_CHILDREN = 512;

/** The binding of `base.prop`, or undefined when it is unknown. */
export function memberBinding(base: Binding, prop: string): Binding | undefined {
  const own = base.props?.get(prop);
  if (own) return own;
  if (base.items && /^\d+$/.test(prop)) {
    const item = base.items[Number(prop)];
    if (typeof item === 'string') return { value: item, steps: base.steps };
    if (typeof item === 'number') return { num: item };
    return undefined;
  }
  if (base.name === undefined) return undefined;
  let known = children.get(base);
  if (!known) {
    known = new Map();
    children.set(base, known);
  }
  const cached = known.get(prop);
  if (cached !== undefined) return cached ?? undefined;
  const child = namedMember(base, base.name, prop);
  if (known.size < MAX_CHILDREN) known.set(prop, child ?? null);
  return child;
}

function namedMember(base: Binding, name: string, prop: string): Binding | undefined {
  // An element of a list (`process.argv[2]`) is not a name of its own: the read is of the list.
  if (prop.charCodeAt(0) <= 57 && /^\d+$/.test(prop)) return undefined;
  if (name === 'global') return BARE_ROOTS.has(prop) || GLOBAL_ALIASES.has(prop) ? globalBinding(prop) : { name: `global.${prop}` };
  if (name.startsWith('local.')) {
    // `Foo.prototype.bar` is the method `Foo.bar` of a local class or constructor function; `this.x.y`
    // is a member of a field nobody typed: unknown, not a local function.
    if (prop === 'prototype') return base;
    if (base.derived && prop !== 'call' && prop !== 'apply' && prop !== 'bind') return undefined;
    return { name: `${name}.${prop}`, derived: true };
  }
  return base.fromModule ? { name: `${name}.${prop}`, fromModule: true } : { name: `${name}.${prop}` };
}

const READ_PREFIXES = ['global.document', 'global.navigator', 'global.localStorage', 'global.sessionStorage', 'global.location', 'global.indexedDB'];

/** Whether reading this resolved name is a fact on its own (module members, process state, browser secrets). */
export function isReadName(b: Binding): b is Binding & { name: string } {
  const name = b.name;
  if (name === undefined) return false;
  if (b.fromModule) return true;
  if (name.startsWith('process.') || name.startsWith('require.')) return true;
  if (name === '__dirname' || name === '__filename') return true;
  if (name.startsWith('module.') && !name.startsWith('module.exports')) return true;
  for (const p of READ_PREFIXES) if (name.startsWith(p)) return true;
  return false;
}

/**
 * Node's factories that return a connection or request object: `https.request(…).end(data)` and
 * `net.connect(…).write(data)` send through the object made, so its methods resolve under the class name
 * (`https.ClientRequest.end`, `net.Socket.write`), as after `new net.Socket()`.
 */
const MADE_BY = new Map<string, string>([
  ['http.request', 'http.ClientRequest'],
  ['http.get', 'http.ClientRequest'],
  ['https.request', 'https.ClientRequest'],
  ['https.get', 'https.ClientRequest'],
  ['net.connect', 'net.Socket'],
  ['net.createConnection', 'net.Socket'],
  ['tls.connect', 'tls.TLSSocket'],
  ['dgram.createSocket', 'dgram.Socket'],
  ['http2.connect', 'http2.ClientHttp2Session'],
  ['socket.io-client', 'socket.io-client.Socket'],
  ['socket.io-client.io', 'socket.io-client.Socket'],
  ['socket.io-client.connect', 'socket.io-client.Socket'],
  ['socket.io-client.default', 'socket.io-client.Socket'],
]);

/**
 * Of a request object's methods only those that send data are network calls: `req.end(body)`,
 * `req.write(chunk)`; `req.on('error', …)` or a bare `req.end()` sends nothing a finding should point at.
 */
const REQUEST_CLASS = /^(?:https?\.ClientRequest|tls\.TLSSocket|http2\.ClientHttp2Session)\.(\w+)$/;
const SENDS = new Set(['write', 'end', 'request']);

export function isSilentRequestMethod(name: string, argCount: number): boolean {
  const m = REQUEST_CLASS.exec(name);
  return m !== null && (argCount === 0 || !SENDS.has(m[1] as string));
}

/** A module object made by the package (`new module.constructor()`, `new (require('module'))()`): code held in memory loads through it. */
export const MODULE_INSTANCE: Binding = Object.freeze({ name: 'module.Module' });

/** The object a factory call returns (see MADE_BY), if it is one of those; what `f.bind(…)` returns, f. */
export function madeBy(callee: string): Binding | undefined {
  // `cp.exec.bind(cp)` is the function itself, with `this` fixed (a socket's `bind()` returns the socket too).
  if (callee.endsWith('.bind') && callee.length > 5) return { name: callee.slice(0, -5) };
  const made = MADE_BY.get(callee);
  return made === undefined ? undefined : { name: made };
}

/** `new net.Socket()` makes a Socket; `new Buffer.from(…)` (a quirk malware likes) makes no `Buffer.from`. */
export function isConstructorName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const c = name.charCodeAt(dot + 1);
  return dot < 0 || (c >= 65 && c <= 90);
}
