import type { FileFacts, Finding, FunctionFact, Severity, ValueFact } from '../../model/index.js';
import { sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/sandbox-escape',
  title: 'Indirect access to builtins and imports',
  vectors: ['install', 'import'],
  severity: 'high',
  behaviors: ['code-execution'],
  techniques: ['sandbox-escape', 'indirect-import'],
  summary:
    'Reaches exec, eval or modules through the back door — getattr(__builtins__, …), __builtins__.__dict__[…], __import__ with computed names, object.__subclasses__() — in code that runs at install or import time.',
  docs: `Indirect access hides which module or builtin is used from readers and from scanners that match names.
The analysis resolves what it can (and the other rules then judge the call), and this rule reports the hiding
itself: **medium** at install time, **low** at import time; silent in code that only runs when called.
\`__import__(name)\` or \`import_module(name)\` on a bare parameter of the enclosing function hides nothing in
that function: the name is its caller's (a resource or plugin loader, \`def get_provider(moduleOrReq)\`), so it
is **low** even when install-time code reaches it; a name computed where it is used stays medium. A variable
holding a name the file spells out as a literal (\`PACKAGE = "pkg"\` … \`__import__(PACKAGE).__version__\`, a
setup.py reading its own version) is an ordinary import; one assembled from pieces never appears whole.
Calling a builtin whose name is computed at run time (\`getattr(builtins, name)(…)\`) is **high** at install or
import time (no library needs to hide which builtin it calls while loading) and **low** otherwise; a name that
is a parameter of its function, given a constant harmless name by every call of the function in the file
(\`_build_number_equivalents(builtin_name="int")\`: a type fetched by name), is not hidden. So is importing
a module whose name is spelled in character codes (\`__import__(''.join(chr(c) for c in CODES))\`, \`chr\` under
another name too): **high** at install or import time and **medium** otherwise. Plugin loaders compute module
names from configuration, never from character codes.`,
};

const INDIRECT = /^(__builtins__|builtins\.__dict__|__subclasses__|builtins\.globals|builtins\.vars)$/;

/** Whether `call` appears in `line` as an argument of another call: between `(`/`,` and `)`/`,`. */
function passedAlong(line: string, call: string): boolean {
  const at = line.indexOf(call);
  if (at < 0) return false;
  const before = line.slice(0, at).trimEnd();
  const after = line.slice(at + call.length).trimStart();
  return /[(,]$/.test(before) && /^[),]/.test(after);
}

/**
 * Whether an import's module name is written plainly: a literal (`__import__('pkg')`), or a variable holding
 * a name that the file spells out as a literal (`PACKAGE = "pkg"` … `__import__(PACKAGE).__version__`, a
 * setup.py reading its own version). A name assembled from pieces (`''.join([...])`, `'o' + 's'`) never
 * appears whole in the source and stays computed.
 */
function namedPlainly(arg: ValueFact | undefined, source: string | undefined): boolean {
  if (!arg) return false;
  if (/^[rbu]*(['"])[\w.]+\1$/i.test(arg.text)) return true;
  const v = arg.value;
  if (v === undefined || !/^[A-Za-z_][\w.]*$/.test(v) || !/^[A-Za-z_]\w*$/.test(arg.text)) return false;
  return source !== undefined && (source.includes(`'${v}'`) || source.includes(`"${v}"`));
}

/** A module name built from character codes (`''.join(chr(c) for c in [111, 115])`, `chr` under another name). */
function spelledInCodes(arg: ValueFact | undefined): boolean {
  return arg !== undefined && (arg.refs.includes('builtins.chr') || /\b(chr|unichr)\s*\(/.test(arg.text));
}

/** Whether `name` is a parameter of the local function `scope` (its caller chooses the value). */
function isParameter(functions: readonly FunctionFact[], scope: string, name: string | undefined): boolean {
  return name !== undefined && (functions.find((f) => f.name === scope)?.params ?? []).includes(name);
}

/** Builtins that run code, import, or reach further: the ones a computed lookup hides. */
const DANGEROUS_BUILTIN = /^(exec|eval|compile|__import__|open|getattr|setattr|delattr|globals|locals|vars|input|breakpoint|__builtins__|__loader__|__spec__)$/;

/**
 * The looked-up name is a parameter of its function, and every call of that function in the file passes a
 * constant harmless name there (`_build_number_equivalents("int", …)`: a type fetched by name).
 */
function harmlessNames(f: FileFacts, scope: string, name: string | undefined): boolean {
  const fn = f.functions.find((x) => x.name === scope);
  const at = name === undefined ? -1 : (fn?.params ?? []).indexOf(name);
  if (!fn || at < 0 || name === undefined) return false;
  const callers = f.calls.filter((c) => c.callee === `local.${scope}`);
  return callers.length > 0 && callers.every((c) => {
    const v = (Object.hasOwn(c.kwargs, name) ? c.kwargs[name] : c.args[at])?.value;
    return v !== undefined && !DANGEROUS_BUILTIN.test(v);
  });
}

export const sandboxEscape: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, f] of pkg.facts) {
      if (f.language !== 'python') continue;
      const seen = new Set<number>();
      // __import__ with a constant name is an ordinary (if old-fashioned) import; a computed name hides the module.
      const computedImports = f.calls
        .filter((c) => /^(builtins\.__import__|importlib\.import_module)$/.test(c.callee) && !namedPlainly(c.args[0], pkg.text(file)))
        .map((c) => ({
          name: `${c.callee}(<computed>)`,
          line: c.line,
          scope: c.scope,
          fromCaller: isParameter(f.functions, c.scope, c.args[0]?.text),
          spelled: spelledInCodes(c.args[0]),
        }));
      // getattr(builtins, name) with a name computed at run time: a builtin (exec, eval, __import__) chosen in hiding.
      // One handed straight to another call as a value (`env.declare(name, getattr(builtins, name))`, a
      // compiler filling its symbol table) is not called here: no builtin is chosen to be run.
      const computedBuiltins = f.calls
        .filter((c) => c.callee === 'builtins.getattr' && /^(__builtins__|builtins)$/.test(c.args[0]?.text ?? '') && c.args[1]?.value === undefined)
        .filter((c) => !passedAlong(sourceLine(pkg, file, c.line), c.text) && !harmlessNames(f, c.scope, c.args[1]?.text))
        .map((c) => ({ name: 'builtins.getattr(<computed>)', line: c.line, scope: c.scope }));
      for (const r of [...f.reads, ...computedImports, ...computedBuiltins]) {
        if ((!INDIRECT.test(r.name) && !r.name.endsWith('(<computed>)')) || seen.has(r.line)) continue;
        const vector = pkg.execution.vector(file, r.scope);
        const builtinChosen = r.name === 'builtins.getattr(<computed>)';
        const fromCaller = 'fromCaller' in r && r.fromCaller;
        const spelled = 'spelled' in r && r.spelled;
        const severity: Severity | undefined = builtinChosen
          ? vector === 'runtime' ? 'low' : 'high'
          : spelled ? vector === 'runtime' ? 'medium' : 'high'
          : vector === 'install' ? (fromCaller ? 'low' : 'medium') : vector === 'import' ? 'low' : undefined;
        if (!severity) continue;
        seen.add(r.line);
        out.push(
          finding(meta, {
            severity,
            confidence: 'medium',
            vector,
            techniques: ['sandbox-escape', 'indirect-import'],
            message: spelled ? `imports a module whose name it spells in character codes (chr) in ${r.scope}` : `reaches ${r.name} indirectly in ${r.scope}`,
            file,
            line: r.line,
            snippet: sourceLine(pkg, file, r.line),
          }),
        );
      }
    }
    return out;
  },
};
