import type { CallFact, DecodedPayload, ValueFact } from '../../model/index.js';
import { capabilityOf, DNS_ANSWER } from '../shared/capabilities.js';
import type { CodeEvent } from '../shared/events.js';
import { quotedPieces } from '../shared/snippet.js';
import { decodeBase64, decodeHex } from '../shared/decode.js';
import { mostlyAscii } from '../python/payloads.js';
import { decodedBy } from '../dropped-code.js';
import { carvedDataFile } from './carved-code.js';
import type { PackageModel } from '../types.js';

/**
 * Where the code handed to exec/eval/Function/vm comes from (code/code-execution judges it by that): the
 * network, a payload decoded from the source, a decoder run on data at run time, a serialized code object, a
 * file of the package, a constant, or something built at run time.
 */

export const NETWORK_REF = (language: 'python' | 'javascript', ref: string): boolean =>
  capabilityOf(language, ref) === 'network' || /urlopen|requests\.|\.text$|\.content$|fetch/.test(ref) || DNS_ANSWER.test(ref);

export type Origin = 'remote' | 'decoded' | 'runtime-decoded' | 'serialized' | 'file' | 'constant' | 'dynamic';

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

/** A line this long holds a bundle: the file is minified. */
const MINIFIED_LINE = 1000;

/**
 * The payload decoded where the call stands: on its line; in a minified file (one line holds a whole bundle,
 * where a polyfill's `Function("return this")` shares line 1 with every string the bundle decodes) only the
 * one the call is handed, and of its own function.
 */
function decodedInto(pkg: PackageModel, e: CodeEvent, arg: ValueFact | undefined): DecodedPayload | undefined {
  const f = pkg.facts.get(e.file);
  // A Python file with one long literal line is not minified; JavaScript bundles are.
  const minified = e.language === 'javascript' && (f?.metrics.maxLineLength ?? 0) > MINIFIED_LINE;
  const handed = (d: DecodedPayload): boolean => {
    const v = arg?.value;
    return v !== undefined && v.length > 0 && (v.startsWith(d.text.slice(0, 200)) || d.text.startsWith(v.slice(0, 200)));
  };
  return f?.decoded.find((d) => d.line === e.line && decodedBy(d.steps) && (!minified || (d.scope === e.scope && handed(d))));
}

export function originOf(pkg: PackageModel, e: CodeEvent): { origin: Origin; evidence?: string; steps?: string[] } {
  const arg = codeArg(e);
  if (e.refs.some((r) => NETWORK_REF(e.language, r))) return { origin: 'remote' };
  const spelled = spellsCharacters(pkg, e);
  const decoded = decodedInto(pkg, e, arg);
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
  if (e.refs.some((r) => DECODERS.test(r) && !spelled(r))) {
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
  // Near the call: a bundle's module body holds thousands of lines, and a decoder far off feeds something else.
  const close = near(e);
  const decoders = pkg.facts.get(e.file)?.calls.filter((c) => c.scope === e.scope && close(c) && DECODERS.test(c.callee) && c.args[0]?.value === undefined && !spelled(c.callee)) ?? [];
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

/** How far from the call a decoder of its own function may stand and still be feeding it: lines, or characters of its own line (a minified bundle is one line). */
const NEAR_LINES = 30;
const NEAR_COLUMNS = 2000;

/** Whether a call stands near the event (see NEAR_LINES): on its line within NEAR_COLUMNS, or within NEAR_LINES lines. */
export function near(e: CodeEvent): (c: CallFact) => boolean {
  return (c) => (c.line === e.line ? Math.abs(c.column - e.column) <= NEAR_COLUMNS : Math.abs(c.line - e.line) <= NEAR_LINES);
}

/**
 * Every call of the decoder `ref` in the call's function spells one or two characters from number literals
 * (`String.fromCharCode(59)` for a semicolon, `chr(10)`): a character, not decoding.
 */
function spellsCharacters(pkg: PackageModel, e: CodeEvent): (ref: string) => boolean {
  // Asked once per decoder call of the function: answered once per decoder name.
  const known = new Map<string, boolean>();
  return (ref) => {
    if (!/(fromCharCode|\.chr)$/.test(ref)) return false;
    let spelled = known.get(ref);
    if (spelled === undefined) {
      const calls = pkg.facts.get(e.file)?.calls.filter((c) => c.scope === e.scope && c.callee === ref) ?? [];
      spelled = calls.length > 0 && calls.every((c) => c.args.length <= 2 && c.args.every((a) => /^(\d{1,3}|0x[0-9a-fA-F]{1,2})$/.test(a.text.trim())));
      known.set(ref, spelled);
    }
    return spelled;
  };
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

/**
 * A ciphertext literal of the call's function: 200 characters or more, of which at least one in twenty is a
 * control character (not a tab or line break). Text, code and encodings (base64, hex) have none; an XOR-ed
 * program has many. Returns its start, for evidence.
 */
export function cipherText(pkg: PackageModel, e: CodeEvent): string | undefined {
  const s = pkg.facts.get(e.file)?.strings.find((x) => x.scope === e.scope && x.value.length >= 200 && controlShare(x.value) >= 0.05);
  return s ? JSON.stringify(s.value.slice(0, 120)) : undefined;
}

function controlShare(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) n++;
  }
  return n / v.length;
}
