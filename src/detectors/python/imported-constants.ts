import type { FileFacts, ValueFact } from '../../model/index.js';
import { DECODERS, decodeWith } from './codecs.js';
import { asText, isStringish, text } from './folded.js';
import type { ModuleIndex } from './modules.js';

const MAX_DEPTH = 3;

/**
 * `from .config import CMD` … `subprocess.Popen(CMD)`: malware keeps its URLs and commands in another
 * module of the package so that no single file shows both. An argument written as a bare name (or
 * `config.CMD`) whose only reference is a constant of another module of the package (FileFacts.constants)
 * gets that constant as its value, so the rules see the command or URL as if it were written in place.
 * A decoding call of such a constant (`base64.b64decode(SIGN_KEY)`, the URL kept encoded in another module)
 * adds what it decodes to as a decoded payload of the calling file, where it is used, as if decoded in place.
 * Mutates the facts of this package model only (the analysis cache hands out copies). `modules` is the index
 * the execution map uses too (built once per package).
 */
export function fillImportedConstants(facts: ReadonlyMap<string, FileFacts>, modules: ModuleIndex): void {
  const py = [...facts].filter(([, f]) => f.language === 'python');
  if (!py.some(([, f]) => f.constants)) return;
  const constantOf = (fromFile: string, ref: string): string | undefined => {
    const target = modules.resolveCallee(ref, fromFile);
    if (!target || target.file === fromFile) return undefined;
    return facts.get(target.file)?.constants?.[target.scope];
  };
  const fill = (file: string, v: ValueFact, depth: number): void => {
    if (v.value === undefined && v.refs.length === 1 && /^[A-Za-z_][\w.]*$/.test(v.text.trim())) {
      const value = constantOf(file, v.refs[0] as string);
      if (value !== undefined) v.value = value;
    }
    if (depth >= MAX_DEPTH) return;
    for (const item of v.items ?? []) fill(file, item, depth + 1);
    for (const entry of Object.values(v.entries ?? {})) fill(file, entry, depth + 1);
  };
  for (const [file, f] of py) {
    for (const call of f.calls) {
      const before = call.args[0]?.value;
      for (const arg of call.args) fill(file, arg, 0);
      for (const arg of Object.values(call.kwargs)) fill(file, arg, 0);
      const codec = DECODERS[call.callee];
      const constant = call.args[0]?.value;
      if (codec === undefined || before !== undefined || constant === undefined) continue;
      const decoded = decodeWith(codec, text(constant));
      const readable = asText(decoded);
      if (isStringish(decoded) && readable !== undefined && readable.trim() !== '') {
        f.decoded.push({ line: call.line, scope: call.scope, steps: decoded.steps, text: readable.slice(0, 4000) });
      }
    }
  }
}
