import type { CallFact, Finding, Severity, Technique, ValueFact } from '../../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import { capabilityOf, DNS_ANSWER } from '../shared/capabilities.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import type { CodeEvent } from '../shared/events.js';
import { eventSnippet, quotedPieces, when } from '../shared/snippet.js';
import { decodeBase64, decodeHex } from '../shared/decode.js';
import { mostlyAscii } from '../python/payloads.js';
import { carvedDataFile } from './carved-code.js';
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

Plain literals passed to \`exec\` are analysed as code and reported by the rules their content triggers. The
eval-like sinks include the library functions that run a string as Python (\`timeit.timeit\`, \`cProfile.run\`,
\`pdb.run\`, \`code.InteractiveConsole.push\`) and \`new Worker(code, { eval: true })\`; a module imported from
a \`data:text/javascript\` URL (\`import('data:text/javascript;base64,…')\`) is decoded and analysed the same way.`,
};

const NETWORK_REF = (language: 'python' | 'javascript', ref: string): boolean =>
  capabilityOf(language, ref) === 'network' || /urlopen|requests\.|\.text$|\.content$|fetch/.test(ref) || DNS_ANSWER.test(ref);

type Origin = 'remote' | 'decoded' | 'runtime-decoded' | 'serialized' | 'file' | 'constant' | 'dynamic';

/** Calls that turn data into text at run time: decoders, decompressors, decryption, character arithmetic. */
const DECODERS =
  /^(base64\.\w*decode\w*|binascii\.\w+|zlib\.decompress|bz2\.decompress|lzma\.decompress|gzip\.decompress|codecs\.decode|(builtins\.)?(bytes|bytearray)\.fromhex|builtins\.(chr|ord)|marshal\.loads|([\w.]+\.)?Fernet(\.decrypt)?|[\w.?]+\.decrypt|global\.(atob|String\.fromCharCode|Buffer\.from|decodeURIComponent|unescape)|\?\.charCodeAt|zlib\.(inflate|gunzip|inflateRaw)Sync|crypto\.(createDecipheriv|createDecipher|privateDecrypt|publicDecrypt))$/;

const CODE_WORDS = /\b(def|import|return|class|lambda|self|print|if|for|in|and|or|not|None|True|False)\b|%[sdr]|\{\w*\}/;

/** A string literal of 48+ characters inside a transforming expression, with nothing of Python in it. */
function cipherLiteral(text: string): string | undefined {
  for (const body of quotedPieces(text)) {
    if (body.length >= 48 && !CODE_WORDS.test(body) && /[A-Za-z]{3}/.test(body)) return body.slice(0, 200);
  }
  return undefined;
}

/** The argument that holds the code: the last one for the Function constructor (`new Function('a', 'b', body)`). */
function codeArg(e: CodeEvent): ValueFact | undefined {
  const args = e.call?.args ?? [];
  return e.callee === 'global.Function' ? args[args.length - 1] : args[0];
}

/** `d`, `res.data`, `cfg['init']`: a variable or a field of one. */
const VARIABLE_OR_FIELD = /^[\w$]+(\??\.[\w$]+|\[(['"])[\w$-]+\2\])*$/;
/** `res.data`, `j.code`: a field of a variable. */
const RESPONSE_FIELD = /^[\w$]+(\??\.[\w$]+|\[(['"])[\w$-]+\2\])+$/;

function originOf(pkg: PackageModel, e: CodeEvent): { origin: Origin; evidence?: string; steps?: string[] } {
  const arg = codeArg(e);
  if (e.refs.some((r) => NETWORK_REF(e.language, r))) return { origin: 'remote' };
  const decoded = pkg.facts.get(e.file)?.decoded.find((d) => d.line === e.line && d.steps.length > 0);
  if (decoded) return { origin: 'decoded', evidence: decoded.text, steps: decoded.steps };
  // Code that is not a constant, next to a TXT lookup of the same function (`for r in resolve(d, 'TXT'):
  // exec(b64decode(...))`): the records carry the stage; loop variables do not keep the lookup's name.
  if (arg?.value === undefined) {
    const txt = pkg.facts.get(e.file)?.calls.find((c) => c.scope === e.scope && DNS_ANSWER.test(c.callee) && (c.callee.endsWith('resolveTxt') || c.args.some((a) => a.value?.toUpperCase() === 'TXT')));
    if (txt) return { origin: 'remote', evidence: txt.text };
  }
  // Unpickling a file or a socket's data is how caches and IPC work; unpickling bytes embedded in the code is a loader.
  if (/^(marshal|pickle)\.loads?$/.test(e.callee)) return arg?.value !== undefined ? { origin: 'serialized' } : { origin: 'dynamic' };
  // exec(b64decode(open('image.png').read())): a blob decoded on the way in is a payload, whatever holds it.
  if (e.refs.some((r) => DECODERS.test(r))) {
    // The blob is written in the code and only the key comes from the caller (`bytearray.fromhex(BLOB)` XORed
    // with a parameter): a packed payload, as when the whole of it is a literal.
    const blob = embeddedBlob(pkg, e);
    if (blob) return { origin: 'decoded', evidence: `${blob.text}: ${blob.args[0]?.value?.slice(0, 120) ?? ''}…`, steps: [blob.callee.replace(/^builtins\./, ''), 'key at run time'] };
    return { origin: 'runtime-decoded', evidence: e.text };
  }
  // Builtins handed over by name leave no reference: `exec(''.join(map(chr, [...])))` spells its code in numbers.
  if (e.language === 'python' && arg && /\bmap\(\s*(chr|unichr)\s*,|\b(chr|unichr)\(/.test(arg.text)) return { origin: 'runtime-decoded', evidence: e.text };
  // exec(open('README.md').read().split('<!-- x -->')[1]): a piece of a file no interpreter reads is hidden code.
  const carved = carvedDataFile(pkg, e, arg);
  if (carved !== undefined) return { origin: 'runtime-decoded', evidence: `${carved}: ${e.text}` };
  // `with open('pkg/__version__.py') as f: exec(f.read(), about)` is how requests and many others share a version.
  if (e.refs.some((r) => /^(builtins\.open|fs\.readFileSync|io\.open|pathlib\.Path|\?\.read_text)/.test(r)) || /^\w+\.read(_text)?\(\)$/.test(arg?.text ?? '')) return { origin: 'file' };
  if (arg?.value !== undefined) return { origin: 'constant', evidence: arg.value };
  const decoders = pkg.facts.get(e.file)?.calls.filter((c) => c.scope === e.scope && DECODERS.test(c.callee) && c.args[0]?.value === undefined) ?? [];
  if (decoders.length > 0) return { origin: 'runtime-decoded', evidence: decoders.slice(0, 3).map((c) => c.text).join('\n') };
  // exec("".join(table[alpha.index(c)] for c in "RNKLIG HLXPVG,...")): a long literal that reads as no code,
  // transformed on the way in, is a payload under a home-made cipher.
  const ciphered = e.language === 'python' && arg ? cipherLiteral(arg.text) : undefined;
  if (ciphered) return { origin: 'runtime-decoded', evidence: ciphered };
  // An install script that downloads and evaluates code it cannot fold: the response reaches eval through
  // callbacks and buffers (`res.on('data', (c) => (d += c)); res.on('end', () => eval(d))`) that the flow
  // does not follow. Import and run time keep 'dynamic' (loaders and template engines do both there).
  if (e.vector === 'install') {
    const download = pkg.events.events.find((n) => n.file === e.file && n.vector === 'install' && n.capability === 'network' && !n.callee.startsWith('?.'));
    if (download) return { origin: 'remote', evidence: download.text };
  }
  // JavaScript that downloads and then, in the same scope, evaluates a variable or a field of one
  // (`https.get(u, (r) => { …; r.on('end', () => vm.runInThisContext(d)) })`, `.then((res) => eval(res.data))`,
  // `new Function(cfg.init)` after `cfg = JSON.parse(body)`, the 2024 "contagious interview" loaders): callbacks
  // share the scope of the code that registers them. When only called, a field only: a plain variable there may
  // be the package's own compiled template (`new Function('data', source)` after fetching a view).
  const shape = e.vector === 'runtime' ? RESPONSE_FIELD : VARIABLE_OR_FIELD;
  if (e.vector !== 'install' && e.language === 'javascript' && arg && shape.test(arg.text)) {
    const download = pkg.events.events.find((n) => n.file === e.file && n.scope === e.scope && n.line <= e.line && n.vector === e.vector && n.capability === 'network' && !n.callee.startsWith('?.'));
    if (download) return { origin: 'remote', evidence: download.text };
  }
  return { origin: 'dynamic' };
}

/** Encoded text long enough to hold a program: hex, base64, base85, … (no spaces, so not code or prose). */
const BLOB = /^[!-~]{128,}$/;

/** Headers of the files packages embed as data (images, fonts, archives, documents, audio). */
const DATA_MAGIC = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46], [0x50, 0x4b], [0x1f, 0x8b], [0x25, 0x50, 0x44, 0x46], [0x00, 0x01, 0x00, 0x00], [0x77, 0x4f, 0x46], [0x42, 0x4d], [0x52, 0x49, 0x46, 0x46], [0x3c], [0x7b]];

/**
 * A decoding call of the same function whose input is a long encoded literal of the code that decodes to
 * bytes with no file's header and no text (an image, a font or a JSON document would be data): the ciphertext
 * of a packed payload.
 */
function embeddedBlob(pkg: PackageModel, e: CodeEvent): CallFact | undefined {
  return pkg.facts.get(e.file)?.calls.find((c) => {
    const v = c.scope === e.scope && DECODERS.test(c.callee) ? c.args[0]?.value : undefined;
    if (v === undefined || !BLOB.test(v)) return false;
    const bytes = /^[0-9a-fA-F]+$/.test(v) ? decodeHex(v) : decodeBase64(v);
    if (!bytes || bytes.length < 32) return false;
    return !DATA_MAGIC.some((m) => m.every((b, i) => bytes[i] === b)) && !mostlyAscii(Buffer.from(bytes).toString('latin1'));
  });
}

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
      if (e.capability !== 'code-exec' || isAuxiliary(e.file, e.vector)) continue;
      // setTimeout/setInterval only evaluate strings; callbacks are ordinary code.
      if (/setTimeout|setInterval/.test(e.callee) && e.call?.args[0]?.value === undefined) continue;
      if (e.callee === 'types.FunctionType') continue;
      let o = originOf(pkg, e);
      if (o.origin === 'runtime-decoded' || o.origin === 'dynamic') {
        const caller = networkFedCaller(pkg, e, (r) => NETWORK_REF(e.language, r));
        if (caller) o = { origin: 'remote', evidence: `${caller.file}:${caller.call.line}: ${caller.call.text}` };
      }
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
      if (e.decoded && severity && (severity === 'low' || severity === 'medium' || severity === 'info')) severity = 'high';
      if (!severity) continue;
      const techniques: Technique[] = [];
      if (o.origin === 'decoded' || o.origin === 'runtime-decoded' || e.decoded || aliased || hiddenLoader) techniques.push('obfuscation');
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
      if (isAuxiliary(run.file, run.vector)) continue;
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
