import { namedPackageFile, normalizePackagePath } from '../shared/package-paths.js';
import type { CallFact, FileFacts } from '../../model/index.js';

/**
 * Code a package keeps in a file that is not named like JavaScript, and runs anyway:
 * - `eval(fs.readFileSync(path.join(__dirname, 'lib', 'table.dat'), 'utf8'))`, and the same text handed to
 *   `new Function`, `vm.runInThisContext` or a module's `_compile`;
 * - `require('./lib/locale.cfg')`: Node loads a file with an unknown extension as CommonJS.
 * Such files are analysed as JavaScript and run when and where the call or require runs (model.ts,
 * javascript/execution.ts).
 */
const EVAL_SINKS = /^(global\.(eval|Function)|vm\.(runInThisContext|runInNewContext|runInContext|compileFunction|Script)|vm\.Script\.\w+|module(\.prototype)?\._compile|\?\._compile)$/;
export const READS_FILE = /\breadFile(?:Sync)?\s*\(/;
/** Literals that are arguments of the read, not parts of the path. */
const NOT_PATH = /^(?:utf-?8|utf-?16le|latin1|ascii|binary|base64|hex|[rwa]\+?)$/i;
/**
 * Extensions Node loads by their own rules (JavaScript, JSON, native addons: analysed already or not code),
 * and those that bundlers and register hooks (ts-node, babel) load, where Node itself would not run the text.
 */
const KNOWN_EXTENSION = /\.(js|cjs|mjs|json|node|ts|tsx|mts|cts|jsx|coffee|vue|svelte|css|scss|sass|less|styl|html?|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|eot|md|ya?ml|graphql|gql|wasm)$/i;

/** The package file whose text an eval-like call runs, if the call names one that exists (`has`). */
export function evaluatedFile(call: CallFact, from: string, has: (path: string) => boolean): string | undefined {
  if (!EVAL_SINKS.test(call.callee)) return undefined;
  const arg = call.args.find((a) => READS_FILE.test(a.text));
  // Paths built from __dirname start at the file's folder; bare ones at the package root (npm's cwd).
  return arg ? namedPackageFile(arg.text, from, has, NOT_PATH, true) : undefined;
}

/** Binary formats: a file of these names that holds text is code under a disguise when required or run. */
const BINARY_EXTENSION = /\.(png|jpe?g|gif|webp|ico|woff2?|ttf|eot|wasm)$/i;

/** The package file a call starts as a script: `fork(file)`, `spawn('node', [file])`, `exec('bun file')` (Bun and Deno run JavaScript too). */
export function startedFile(call: CallFact, from: string, has: (path: string) => boolean): string | undefined {
  const [first, second] = call.args;
  let text: string | undefined;
  if (call.callee === 'child_process.fork') text = first?.text;
  else if (/^child_process\.(spawn|execFile)(Sync)?$/.test(call.callee) && /^(['"`])(node|nodejs|bun|deno)\1$|process\.execPath/.test(first?.text ?? '')) text = second?.text;
  else if (/^child_process\.exec(Sync)?$/.test(call.callee)) {
    const script = /^(?:node|nodejs|bun|deno)\s+(?:(?:-\S+|run)\s+)*([^\s;&|]+)/.exec(first?.value ?? '')?.[1];
    text = script === undefined ? undefined : JSON.stringify(script);
  }
  return text === undefined ? undefined : namedPackageFile(text, from, has, NOT_PATH, true);
}

/**
 * Files with an unknown extension that a file requires by a relative path (`require('./x.cfg')`), and files
 * named like a binary format that hold text (`require('./fonts/icon.woff')`: Node runs it as CommonJS).
 */
export function requiredOtherFiles(f: FileFacts, from: string, has: (path: string) => boolean, isText: (path: string) => boolean): string[] {
  const out: string[] = [];
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  for (const imp of f.imports) {
    const spec = imp.module;
    if (imp.dynamic || !spec.startsWith('./') && !spec.startsWith('../')) continue;
    const last = spec.slice(spec.lastIndexOf('/') + 1);
    const disguised = BINARY_EXTENSION.test(last) && isText(normalizePackagePath(dir ? `${dir}/${spec}` : spec));
    if (!last.includes('.') || (KNOWN_EXTENSION.test(last) && !disguised)) continue;
    const target = normalizePackagePath(dir ? `${dir}/${spec}` : spec);
    if (target !== from && has(target)) out.push(target);
  }
  return out;
}
