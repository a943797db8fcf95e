/**
 * What a language analyser extracts from one source file, in one shape for Python and JavaScript, so
 * that detectors reason about behaviour (calls, reads, strings, decoded payloads) and never about syntax.
 *
 * Scopes: `<module>` is code that runs when the file is executed or imported — module-level statements,
 * class bodies, try/if/with/for blocks at top level, and (JavaScript) immediately invoked functions and
 * callbacks passed from module level. `<main>` is code under `if __name__ == '__main__':` (JavaScript:
 * `if (require.main === module)`), which runs when the file is executed as a script (setup.py, `node x.js`)
 * but not on import. Named functions and methods have their own scope, qualified by their class or enclosing
 * function: `CustomInstall.run`, `outer.inner`.
 * Lambdas, arrow functions and function expressions that are not named declarations belong to the
 * enclosing scope.
 */
export type Language = 'python' | 'javascript';

export const MODULE_SCOPE = '<module>';
export const MAIN_SCOPE = '<main>';

export interface ValueFact {
  /** Source text of the expression, at most 200 characters. */
  text: string;
  /** The expression folded to a string when it is constant (literals, concatenation, join, decoding of literals, simple variables). */
  value?: string;
  /** Resolved names referenced inside the expression: `os.environ`, `process.env`, `os.getlogin`, `sys.platform`. */
  refs: string[];
  /** For dict literals: key → value (keys that fold to strings only). */
  entries?: Record<string, ValueFact>;
  /** For list/tuple/set/array literals. */
  items?: ValueFact[];
  /**
   * JavaScript: the constant operands (24 characters or more) of a concatenation or template that does not
   * fold as a whole (`src + HOOK`): text the value surely contains, such as code appended to a file.
   */
  pieces?: string[];
}

export interface CallFact {
  /**
   * The callee resolved through imports and aliases to a dotted name: `os.system`, `subprocess.Popen`,
   * `builtins.exec`, `builtins.__import__`, `urllib.request.urlopen`, `requests.get`, `setuptools.setup`,
   * `child_process.exec`, `https.get`, `fs.writeFileSync`, `global.eval`, `global.Function`, `global.fetch`.
   * A method on an unknown object is `?.name` (e.g. `?.send`); a local function is `local.<qualified name>`
   * (`local.CustomInstall.run`, `local.helper`); `self.method()` inside a class resolves to `local.Class.method`.
   */
  callee: string;
  args: ValueFact[];
  /** Python keyword arguments; JavaScript: properties of a trailing object-literal argument are NOT copied here. */
  kwargs: Record<string, ValueFact>;
  line: number;
  column: number;
  scope: string;
  /** Source text of the whole call, at most 200 characters. */
  text: string;
  /** `new X(...)` in JavaScript. */
  isNew?: boolean;
}

export interface ReadFact {
  /** Resolved attribute/member read that matters on its own: `os.environ`, `process.env`, `sys.platform`, `os.name`, `process.platform`, `__file__`, `builtins.__import__`. */
  name: string;
  line: number;
  scope: string;
}

export interface StringFact {
  value: string;
  line: number;
  scope: string;
  /** Python: a docstring (a bare string statement after a `def`/`class` line or at the top of the file) — documentation, not data. */
  docstring?: boolean;
}

export interface ImportFact {
  /** Module as written: `os`, `urllib.request`, `child_process`, `./lib/x.js`. */
  module: string;
  line: number;
  scope: string;
  /** Dynamic: `__import__(...)`, `importlib.import_module(...)`, `require(expr)`, `import(...)`. */
  dynamic?: boolean;
}

export interface FunctionFact {
  /** Qualified name as used in scopes: `CustomInstall.run`, `helper`, `outer.inner`. */
  name: string;
  line: number;
  endLine: number;
  /** Qualified names of local functions this one calls directly (resolved like `local.` callees, without the prefix). */
  calls: string[];
  /** Parameter names, in order (Python: `*args`, `**kw` without their stars; JavaScript: plain and defaulted names, destructured ones left out). */
  params?: string[];
}

export interface ClassFact {
  name: string;
  line: number;
  /** Base classes resolved through imports: `setuptools.command.install.install`, `local.Base`. */
  bases: string[];
  /** Method names defined in the class body. */
  methods: string[];
}

export interface DecodedPayload {
  line: number;
  scope: string;
  /** Decoding steps in order: `base64`, `hex`, `zlib`, `rot13`, `fromCharCode`, `marshal`, `reverse`, … */
  steps: string[];
  /** Decoded text (first 4,000 characters) — shown as evidence. */
  text: string;
  /** Set when the decoded text parsed as code in the analyser's language: its facts, analysed to a bounded depth. */
  facts?: FileFacts;
  /**
   * Decoded by the analysis from a long encoded literal, not by the code where it stands (a base64 worker
   * script kept in a constant): its code runs only when something runs it, so its calls count as run time.
   */
  dormant?: boolean;
}

export interface FileMetrics {
  lines: number;
  bytes: number;
  maxLineLength: number;
  /** Identifiers that look machine-generated: `_0x1a2b`, long runs of `l`/`I`/`O`, non-ASCII-only names. */
  obfuscatedIdentifiers: number;
  /** Largest array literal made only of string literals (obfuscator string tables). */
  largestStringArray: number;
}

export interface FileFacts {
  language: Language;
  /** Path inside the package. */
  file: string;
  /** Set when the file could not be parsed at all; facts may still be partial (loose parse). */
  parseError?: string;
  /** True when a fallback/tolerant parse was used or the parse had errors. */
  partial?: boolean;
  imports: ImportFact[];
  calls: CallFact[];
  reads: ReadFact[];
  strings: StringFact[];
  functions: FunctionFact[];
  classes: ClassFact[];
  decoded: DecodedPayload[];
  metrics: FileMetrics;
  /**
   * Module-level names bound once, to a value that folds to a string (Python): what another module of the
   * package reads with `from .config import CMD`. Filled into those modules' call arguments by the package
   * model (python/imported-constants.ts).
   */
  constants?: Record<string, string>;
}
