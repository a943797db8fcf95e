import type { Finding, Severity, Technique } from '../../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import type { CodeEvent } from '../shared/events.js';
import { eventSnippet, when } from '../shared/snippet.js';
import { decodedBy } from '../dropped-code.js';
import { cipherText, NETWORK_REF, originOf, type Origin } from './code-origin.js';
import { xorDecrypted } from './xor-cipher.js';
import { LOADS } from './downloaded-code.js';
import { embeddedDrops } from './embedded-drop.js';
import { networkFedCaller } from './fed-from-network.js';
import { moduleHijacks } from './module-hijack.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/code-execution',
  title: 'Code executed from data',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['code-execution'],
  techniques: ['obfuscation', 'external-payload'],
  summary:
    'exec/eval/compile, marshal/pickle loads, eval/new Function/vm run code that is not in the source as code: decoded blobs, downloads, or strings built at run time.',
  docs: `The rule asks where the executed code comes from:

- **fetched from the network** (\`exec(urlopen(u).read())\`, \`eval(await (await fetch(u)).text())\`), or sent by a
  peer (\`ws.on('message', (m) => eval(m))\`, a socket's \`data\` handler): critical at install or import time, high
  otherwise — a download-and-execute stage or a backdoor. Also when a Python function runs code it decodes or
  builds from a parameter, and the package calls it with what a request returned in that parameter's place.
  Code the analysis cannot fold counts as fetched too when an install-time file also downloads, or when
  JavaScript downloads and then, in the same function (its callbacks included), evaluates a variable or one of
  its fields (\`.then((res) => eval(res.data))\`, \`new Function(JSON.parse(body).init)\`; in code that only
  runs when called, a field of the response, high): the response reaches \`eval\`, \`vm\`,
  \`new Function(…, body)\` or \`Module._compile\` through stream callbacks and buffers the flow does not follow.
- **decoded from an embedded blob** (base64, hex, zlib, rot13, \`String.fromCharCode\`, marshal): critical at
  install or import time, high otherwise. The decoded payload is shown as evidence and analysed as code again.
  Also when only the key comes from the caller: the same function decodes a long encoded literal that is no
  file format and no text (\`bytearray.fromhex(BLOB)\` XORed with a parameter), the ciphertext of a packed payload.
  Also a repeating-key XOR loop within 30 lines above the call (\`out.append(raw[i] ^ K[i % len(K)])\`,
  \`d[i] ^= K[i % K.length]\`) over a ciphertext of the same function, with the key written in the file (or one
  byte): the rule undoes it and shows the program it decrypts to.
  An embedded pickle (\`pickle.loads(b64decode('gASV…'))\`) is read as the calls unpickling would make — its
  GLOBAL and REDUCE opcodes, interpreted without importing anything, written out as Python
  (\`os.system('curl … | sh')\`) — and analysed like any decoded payload; a pickle that only rebuilds data
  (containers, \`OrderedDict\`, dates, arrays) is left alone.
- **decoded at run time** — the same function decodes, decompresses or decrypts non-constant data or builds
  text from character codes (a custom XOR or Fernet loader): critical at install time, high at import time,
  low otherwise (interpreters and template engines evaluate what they parse).
- **a long literal that reads as no code, transformed inside the call** (\`exec("".join(t[a.index(c)] for c in
  "RNKLIG…"))\`, a home-made substitution cipher): like code decoded at run time.
- **built at run time** from values the analysis cannot fold: medium at install time, low at import time
  (but see the download case above).
- **exec/eval under another name** (\`Run = exec\` … \`Run(blob)\`) with code it cannot fold: critical at install
  time, high at import time, low otherwise (shells and REPLs alias exec legitimately) — high also when only
  called if the same code decodes what it runs (a packed loader).
- **a module object's loader under a computed name** (\`m = new module.constructor(); m[e(n[7])](code, '')\`, the
  2018 event-stream loader): critical at install time, high at import time — hiding that it compiles code is the point.
  \`_compile\` on any object counts as an eval-like call, and calls of one-expression helpers (\`function e(r) { return
  Buffer.from(r, 'hex').toString() }\`) fold, so hex-spelled module and property names resolve.
- **read from a file of the package** (\`exec(open('pkg/version.py').read())\`, a common way to share a
  version number): info; the file is analysed as the code it is, also when its text reaches exec through a
  variable or \`compile\`, or is loaded with \`spec_from_file_location\`. **A piece cut out of a file that is not
  Python source** (\`exec(open('README.md').read().split('<!-- x -->')[1])\`, a config's last line, a reversed
  LICENSE; in JavaScript \`eval(fs.readFileSync(…'README.md').split(…)[1])\`, a comment matched out of an SVG): like
  code decoded at run time. Template files (HTML, EJS, Handlebars, …) compiled into functions are not such data.
- **a payload dropped from the source**: at install or import time, a blob of the code decoded (base64, hex,
  zlib, …), written to a file, and that file started or loaded as code (\`sys.path.insert\` and an import,
  \`spec_from_file_location\`, \`[sys.executable, path]\`): high at import time, critical at install time — a
  second stage carried in the package instead of downloaded, out of sight of whoever reads the source.
- **another package's module replaced in \`sys.modules\`** by an instance of a local class whose methods call
  exec/eval/compile (\`sys.modules['requests'] = Proxy('requests')\`): high — every later import of that
  module runs the package's hidden code. Aliasing the package's own modules is left alone.

In a minified JavaScript file (a whole bundle on one line) a payload counts as decoded into the call only when it is
what the call is handed, in the same function: \`Function("return this")\` shares its line with every string
the bundle decodes. A decoder feeds the call only within 30 lines of it, or 2,000 characters on its own line
(a bundle's module body is thousands of lines long), and \`String.fromCharCode(59)\` or \`chr(10)\` spells a
character, not a payload. Code decoded at run time from a ciphertext literal of the same function (200
characters or more, one in twenty a control character: an XOR-ed program) is a decoded payload whenever it runs.

Plain literals passed to \`exec\` are analysed as code and reported by the rules their content triggers. The
eval-like sinks include the library functions that run a string as Python (\`timeit.timeit\`, \`cProfile.run\`,
\`pdb.run\`, \`code.InteractiveConsole.push\`) and \`new Worker(code, { eval: true })\`; a module imported from
a \`data:text/javascript\` URL (\`import('data:text/javascript;base64,…')\`) is decoded and analysed the same way.`,
};

function severityFor(origin: Origin, vector: string): Severity | undefined {
  const early = vector === 'install' || vector === 'import';
  switch (origin) {
    case 'remote':
      return early ? 'critical' : 'high';
    case 'decoded':
      return early ? 'critical' : 'high';
    case 'runtime-decoded':
      return vector === 'install' ? 'critical' : vector === 'import' ? 'high' : 'low';
    case 'serialized':
      return early ? 'critical' : 'medium';
    case 'dynamic':
      return vector === 'install' ? 'medium' : vector === 'import' ? 'low' : undefined;
    case 'file':
      return vector === 'install' ? 'info' : undefined;
    case 'constant':
      return vector === 'install' ? 'low' : undefined;
  }
}

/** Whether `name` is assigned in an indented line above the call (a local of the calling function). */
function localAlias(pkg: PackageModel, e: CodeEvent, name: string): boolean {
  const lines = (pkg.text(e.file) ?? '').split('\n').slice(0, e.line - 1);
  const assign = new RegExp(`^\\s+(?:[\\w, ]*,\\s*)?${name.replace(/[.$]/g, '\\$&')}\\s*(?:,[\\w, ]*)?=[^=]`);
  return lines.some((l) => assign.test(l));
}

const WORDS: Record<Origin, string> = {
  remote: 'code downloaded from the network',
  decoded: 'a decoded payload',
  'runtime-decoded': 'code it decodes at run time',
  serialized: 'serialized code object embedded in the package',
  dynamic: 'code built at run time',
  file: 'code read from a file of the package',
  constant: 'a constant string of code',
};

export const codeExecution: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const e of pkg.events.events) {
      if (e.capability !== 'code-exec' || isAuxiliary(e.file, e.vector, pkg.execution)) continue;
      // setTimeout/setInterval only evaluate strings; callbacks are ordinary code.
      if (/setTimeout|setInterval/.test(e.callee) && e.call?.args[0]?.value === undefined) continue;
      if (e.callee === 'types.FunctionType') continue;
      let o = originOf(pkg, e);
      if (o.origin === 'runtime-decoded' || o.origin === 'dynamic') {
        const caller = networkFedCaller(pkg, e, (r) => NETWORK_REF(e.language, r));
        if (caller) o = { origin: 'remote', evidence: `${caller.file}:${caller.call.line}: ${caller.call.text}` };
      }
      // Decoded at run time from a ciphertext literal of the same function (an XOR loop over a string of control
      // characters): the payload is packed in the source, whenever the function runs.
      const packed = o.origin === 'runtime-decoded' ? cipherText(pkg, e) : undefined;
      if (packed !== undefined) o = { origin: 'decoded', evidence: packed, steps: ['cipher loop', 'key in the code'] };
      // A XOR loop above the call over a ciphertext of its function, with the key in the file: undone here.
      const xored = o.origin === 'dynamic' || o.origin === 'constant' || o.origin === 'runtime-decoded' ? xorDecrypted(pkg, e) : undefined;
      if (xored) o = { origin: 'decoded', evidence: xored.text.slice(0, 400), steps: [`XOR with the key ${xored.key}`] };
      let severity = severityFor(o.origin, e.vector);
      // An embedded code object (marshal) is compiled code hidden in the source; embedded pickles are usually data.
      if (o.origin === 'serialized' && e.callee.startsWith('pickle')) severity = e.vector === 'runtime' ? 'low' : 'high';
      if (o.origin === 'serialized' && e.callee.startsWith('marshal') && e.vector === 'runtime') severity = 'high';
      // exec/eval called under another name (`Algorithm = exec`, `color_print = exec`) hides what runs.
      const written = /^[\w.$]+/.exec(e.text)?.[0] ?? '';
      const aliased = e.language === 'python' && /^builtins\.(exec|eval|compile)$/.test(e.callee) && written !== '' && !/exec|eval|compile/i.test(written);
      // In a function too: obfuscators (Hyperion) wrap the aliased call in a class the module body instantiates.
      // A function that picks `func = eval if mode == 'eval' else exec` for its caller (code caches, shells) is not hiding anything.
      if (aliased && (e.scope === MODULE_SCOPE || e.scope === MAIN_SCOPE || (e.vector !== 'runtime' && !localAlias(pkg, e, written))) && (o.origin === 'dynamic' || o.origin === 'runtime-decoded')) {
        // Renamed and fed what it decodes itself: a packed loader (Hyperion-style), whenever it runs; a REPL that
        // aliases exec runs what the user types, it does not decode it.
        severity = e.vector === 'install' ? 'critical' : e.vector === 'import' || o.origin === 'runtime-decoded' ? 'high' : 'low';
      }
      // A module object's method called under a name that does not fold (`m[e(n[7])](code, '')`): the loader
      // hides that it loads code, as an aliased exec does.
      const hiddenLoader = e.language === 'javascript' && e.callee === 'module._compile' && !e.text.includes('_compile');
      if (hiddenLoader && (o.origin === 'dynamic' || o.origin === 'runtime-decoded')) severity = e.vector === 'install' ? 'critical' : e.vector === 'import' ? 'high' : 'low';
      if (decodedBy(e.decoded) && severity && (severity === 'low' || severity === 'medium' || severity === 'info')) severity = 'high';
      if (!severity) continue;
      const techniques: Technique[] = [];
      if (o.origin === 'decoded' || o.origin === 'runtime-decoded' || decodedBy(e.decoded) || aliased || hiddenLoader) techniques.push('obfuscation');
      if (o.origin === 'remote') techniques.push('external-payload');
      const steps = o.steps ? ` (decoded with ${o.steps.join(' → ')})` : '';
      out.push(
        finding(meta, {
          severity,
          confidence: o.origin === 'dynamic' && !aliased ? 'medium' : 'high',
          vector: e.vector,
          techniques,
          behaviors: o.origin === 'remote' ? ['code-execution', 'remote-control'] : ['code-execution'],
          message: `${e.callee.replace(/^(builtins|global)\./, '')}${aliased ? ` (called as ${written})` : hiddenLoader ? ' (called under a computed name)' : ''} runs ${WORDS[o.origin]}${steps} ${when(e)}`,
          file: e.file,
          line: e.line,
          column: e.column,
          snippet: eventSnippet(pkg, e),
          ...(o.evidence !== undefined ? { evidence: o.evidence } : {}),
        }),
      );
    }
    for (const { run, decoded } of embeddedDrops(pkg)) {
      if (isAuxiliary(run.file, run.vector, pkg.execution)) continue;
      const how = LOADS.test(run.callee) ? 'loads it as code with' : 'starts it with';
      out.push(
        finding(meta, {
          severity: run.vector === 'install' ? 'critical' : 'high',
          vector: run.vector,
          techniques: ['obfuscation'],
          behaviors: ['code-execution'],
          message: `writes a payload it decodes from its own source (${decoded.steps.join(' → ')}) to a file and ${how} ${run.callee} ${when(run)}`,
          file: run.file,
          line: run.line,
          snippet: eventSnippet(pkg, run),
          evidence: decoded.text.slice(0, 400),
        }),
      );
    }
    out.push(...moduleHijacks(pkg, meta));
    return out;
  },
};
