import type { CallFact, FileFacts, Finding, Severity, ValueFact, Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/file-wiper',
  title: "Destroys the user's files",
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['file-operation'],
  techniques: [],
  summary:
    "Deletes or overwrites every file under the file-system root, a drive, the user's home folder (or its Desktop, Documents, Downloads, Pictures) or the folders above the working directory: a wiper, as in the 2022 node-ipc protestware, or ransomware's encryption pass.",
  docs: `The rule needs three things in one function or module body:

1. a **traversal**: \`fs.readdir*\`, \`os.walk\`, \`os.listdir\`, \`os.scandir\`, \`glob\`, \`Path.rglob\`, … — in a function that calls
   itself, or one that recurses by nature (\`os.walk\`, \`rglob\`);
2. a **deletion or an overwrite** of what it finds (\`fs.unlinkSync\`, \`fs.writeFileSync\`, \`os.remove\`, \`open(p, 'w')\`);
3. a **root the package has no business emptying**: \`/\`, \`C:\\\\\`, \`~\` or the home folder (\`os.homedir()\`,
   \`Path.home()\`, \`$HOME\`), its Desktop, Documents, Downloads or Pictures, or \`..\` and the folders above —
   also when a path function only normalises it (\`path.resolve('../../../')\`, \`os.path.abspath('/')\`).

A recursive delete (\`shutil.rmtree\`, \`fs.rmSync(…, { recursive: true })\`, \`rimraf\`, \`fs-extra.remove\`) of such a root
counts on its own, and so does a recursive delete of each entry such a root lists (\`for (const e of
fs.readdirSync(home)) fs.rmSync(path.join(home, e), { recursive: true })\`, where \`home\` holds the home folder
itself). **Critical** when it runs at install or import time, **medium** otherwise.

Deliberately left alone: cleaning the package's own folders (\`build/\`, \`dist/\`, \`path.join(__dirname, 'tmp')\`),
the temporary folder, caches below the home folder (\`~/.cache/tool\`), \`.\` (the package's own folder while it
installs), and library functions that delete whatever folder their caller names.`,
};

const TRAVERSE =
  /^(fs\.(readdir\w*|opendir\w*)|fs\.promises\.(readdir|opendir)|fs-extra\.readdir\w*|glob(\.\w+)?|fast-glob(\.\w+)?|globby(\.\w+)?|os\.(walk|listdir|scandir)|glob\.i?glob|pathlib\.Path\.(rglob|glob|iterdir)|\?\.(rglob|iterdir))$/;
/** Traversals that descend by themselves: no recursion needed in the calling function. */
const DEEP_TRAVERSE = /^(os\.walk|pathlib\.Path\.rglob|\?\.rglob)$/;
const RECURSIVE_DELETE = /^(shutil\.rmtree|fs\.(rmSync|rm|rmdirSync|rmdir)|fs\.promises\.(rm|rmdir)|rimraf(\.\w+)?|fs-extra\.(remove\w*|emptyDir\w*))$/;
/** Deletes that need `recursive: true` to empty a folder. */
const NEEDS_RECURSIVE = /^fs\.|^fs\.promises\./;

const USER_FOLDER = '(?:Desktop|Documents|Downloads|Pictures|Music|Videos|OneDrive)';
/** Folded path values: `/`, `C:\`, `~`, `~/Documents`, `..`, `../../`. */
const ROOT_VALUE = new RegExp(`^(?:[\\\\/]|[A-Za-z]:[\\\\/]*|~[\\\\/]?|~[\\\\/]${USER_FOLDER}[\\\\/]?|(?:\\.\\.[\\\\/]?)+)$`);
const HOME = String.raw`(?:os\.homedir\(\)|os\.path\.expanduser\(\s*['"]~[\\/]?['"]\s*\)|(?:pathlib\.)?Path\.home\(\)|process\.env\.(?:HOME|USERPROFILE)|process\.env\[['"](?:HOME|USERPROFILE)['"]\]|os\.environ\[['"](?:HOME|USERPROFILE)['"]\]|os\.(?:environ\.get|getenv)\(\s*['"](?:HOME|USERPROFILE)['"]\s*\))`;
/** Argument text: the home folder itself, or one of its user folders joined to it. */
const HOME_TEXT = new RegExp(`^(?:${HOME}|(?:os\\.)?path\\.join\\(\\s*${HOME}\\s*,\\s*['"]${USER_FOLDER}['"]\\s*\\)|${HOME}\\s*/\\s*['"]${USER_FOLDER}['"])$`);

/**
 * Path functions that only normalise their arguments (`path.resolve('../../../')` is the folder three levels
 * up, as node-ipc's wiper named it): the call's string-literal arguments joined, or undefined.
 */
const NORMALISING_CALL = /^(?:path\.(?:resolve|join|normalize)|os\.path\.(?:abspath|realpath|normpath|join)|(?:pathlib\.)?Path)\(\s*((?:(['"])[^'"\n]*\2\s*(?:,\s*)?)+)\)(?:\.resolve\(\s*\))?$/;
export function literalPath(text: string): string | undefined {
  const m = NORMALISING_CALL.exec(text);
  if (!m) return undefined;
  const parts = [...(m[1] as string).matchAll(/(['"])([^'"\n]*)\1/g)].map((x) => x[2] as string);
  return parts.join('/').replace(/\/{2,}/g, '/');
}

/** What a path argument names, when it is a root the package must not empty. */
function outsideRoot(v: ValueFact | undefined): string | undefined {
  if (!v) return undefined;
  const value = v.value?.trim();
  if (value !== undefined && ROOT_VALUE.test(value)) return value;
  const text = v.text.trim();
  if (HOME_TEXT.test(text)) return text;
  const resolved = literalPath(text);
  if (resolved !== undefined && ROOT_VALUE.test(resolved)) return text;
  for (const item of v.items ?? []) {
    const r = outsideRoot(item);
    if (r) return r;
  }
  return undefined;
}

/** Calls whose result is the home folder: a variable computed from one of them holds it. */
const HOME_REFS = /^(os\.homedir|os\.userInfo|os\.path\.expanduser|pathlib\.Path\.home)$/;
const JOINED_ENTRY = /^(?:os\.)?path\.join\(\s*([\w$.]+)\s*,\s*([A-Za-z_$][\w$]*)\s*\)$/;

/**
 * `for (const entry of fs.readdirSync(home)) fs.rmSync(path.join(home, entry), { recursive: true })`: a root
 * emptied one entry at a time. The folder the same scope lists, joined to a name, is what is deleted.
 */
function listedRoot(facts: FileFacts, e: CodeEvent, source: string): string | undefined {
  const m = JOINED_ENTRY.exec(e.call?.args[0]?.text.trim() ?? '');
  if (!m) return undefined;
  const listing = facts.calls.find((c) => c.scope === e.scope && TRAVERSE.test(c.callee) && c.args[0]?.text.trim() === m[1]);
  const folder = listing?.args[0];
  if (!folder) return undefined;
  const root = outsideRoot(folder);
  if (root !== undefined || !folder.refs.some((r) => HOME_REFS.test(r)) || folder.refs.some((r) => /join|resolve|Path$/.test(r))) return root;
  // A variable: the home folder only if assigned from it alone (`home = user.homedir || os.homedir()`), not a
  // folder inside it (`cache = home + '/.cache/app'`).
  const name = folder.text.trim();
  const assigned = /^[A-Za-z_$][\w$]*$/.test(name) ? new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*=(?!=)\\s*([^;\\n]{1,200})`).exec(source)?.[1] : undefined;
  if (assigned === undefined || /['"`+]|join|resolve/.test(assigned)) return undefined;
  return `the home folder (${name})`;
}

interface Hit {
  file: string;
  line: number;
  scope: string;
  root: string;
  action: string;
  text: string;
}

/** Scopes of a file that traverse and destroy what they find, with whether they descend on their own. */
function wiperScopes(facts: FileFacts, destroyers: CodeEvent[]): Map<string, { deep: boolean; action: string }> {
  const out = new Map<string, { deep: boolean; action: string }>();
  if (destroyers.length === 0) return out;
  // Traversals by scope, gathered in one pass over the file's calls.
  const byScope = new Map<string, CallFact[]>();
  for (const c of facts.calls) {
    if (!TRAVERSE.test(c.callee)) continue;
    const list = byScope.get(c.scope);
    if (list) list.push(c);
    else byScope.set(c.scope, [c]);
  }
  for (const e of destroyers) {
    if (out.has(e.scope)) continue;
    const traversals = byScope.get(e.scope);
    if (!traversals) continue;
    const fn = facts.functions.find((f) => f.name === e.scope);
    const recursive = fn?.calls.includes(e.scope) ?? false;
    const deep = traversals.some((c) => DEEP_TRAVERSE.test(c.callee) || (c.callee.includes('glob') && c.args.some((a) => a.value?.includes('**'))));
    if (recursive || deep) out.set(e.scope, { deep, action: e.capability === 'file-delete' ? 'deletes' : 'overwrites' });
  }
  return out;
}

function hitsOfFile(file: string, facts: FileFacts, events: CodeEvent[], source: string): Hit[] {
  const hits: Hit[] = [];
  const destroyers = events.filter((e) => e.capability === 'file-delete' || e.capability === 'file-write');
  for (const [scope, w] of wiperScopes(facts, destroyers)) {
    const roots: CallFact[] = [];
    // `os.walk(os.path.expanduser('~'))` in the destroying body itself.
    if (w.deep) roots.push(...facts.calls.filter((c) => c.scope === scope && DEEP_TRAVERSE.test(c.callee)));
    // `walk('/')`: the recursive function called on a root.
    roots.push(...facts.calls.filter((c) => c.callee === `local.${scope}`));
    for (const c of roots) {
      const root = outsideRoot(c.args[0]);
      if (root) hits.push({ file, line: c.line, scope: c.scope, root, action: `${w.action} every file under`, text: c.text });
    }
  }
  for (const e of events) {
    if (!RECURSIVE_DELETE.test(e.callee) || !e.call) continue;
    if (NEEDS_RECURSIVE.test(e.callee) && !/recursive\s*:\s*true/.test(e.call.text)) continue;
    const root = outsideRoot(e.call.args[0]);
    if (root) hits.push({ file, line: e.line, scope: e.scope, root, action: `deletes, with ${e.callee},`, text: e.text });
    const listed = root === undefined ? listedRoot(facts, e, source) : undefined;
    if (listed) hits.push({ file, line: e.line, scope: e.scope, root: listed, action: `deletes, with ${e.callee}, every entry of`, text: e.text });
  }
  return hits;
}

export const fileWiper: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, events] of pkg.events.byFile) {
      const facts = pkg.facts.get(file);
      if (!facts) continue;
      // One finding per line, naming every root it destroys (`walk('../'); walk('/')`).
      const byLine = new Map<number, { hit: Hit; roots: string[] }>();
      for (const h of hitsOfFile(file, facts, events, pkg.text(file) ?? '')) {
        const at = byLine.get(h.line);
        if (!at) byLine.set(h.line, { hit: h, roots: [h.root] });
        else if (!at.roots.includes(h.root)) at.roots.push(h.root);
      }
      for (const { hit: h, roots } of byLine.values()) {
        const vector: Vector = pkg.execution.vector(file, h.scope);
        if (isAuxiliary(file, vector, pkg.execution)) continue;
        const severity: Severity = vector === 'install' || vector === 'import' ? 'critical' : 'medium';
        const root = pkg.execution.get(file, h.scope);
        out.push(
          finding(meta, {
            severity,
            confidence: 'high',
            vector,
            message: `${h.action} ${roots.join(', ')} ${when({ vector, ...(root?.why ? { why: root.why } : {}) })}`,
            file,
            line: h.line,
            snippet: eventSnippet(pkg, h),
          }),
        );
      }
    }
    return out;
  },
};
