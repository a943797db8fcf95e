import type { FileFacts } from '../model/index.js';
import type { SourceAnalyzers } from './model.js';

/**
 * Code carried as a string and handed to something that will run it without an exec() in sight: a script
 * written to a file and started (`tmp.write(b"...exec(urlopen(...).read())"); os.system(f"start pythonw {tmp}")`),
 * or passed to an interpreter on the command line (`[sys.executable, '-c', code]`, `node -e code`, `bun -e code`). Such
 * strings are analysed as code and attached as payloads of the call that carries them, so the rules judge
 * them where they are written.
 */
/** The steps of carried code: plain text handed on, not decoded. */
const CARRIED_STEPS = new Set(['written-to-file', 'interpreter-argument']);

/** Whether a payload's steps decode something (base64, hex, …) rather than only carry plain code to a file or an interpreter. */
export function decodedBy(steps: readonly string[] | undefined): boolean {
  return steps?.some((s) => !CARRIED_STEPS.has(s)) ?? false;
}

export const WRITES = /(^|\.)(write|write_text|write_bytes|writelines|writeFileSync|writeFile|appendFileSync|appendFile)$/;
const PY_CODE = /\b(import\s+\w|exec\s*\(|eval\s*\(|__import__\s*\(|subprocess\.|os\.system\s*\()/;
const JS_CODE = /\b(require\s*\(|eval\s*\(|child_process|new Function\s*\(|Bun\.spawn|then\(\s*eval\s*\))/;
const MAX_CODE = 256 * 1024;
/**
 * A whole command line that starts an interpreter on inline code (`python3 -c '...'`, `node -e "..."`),
 * as one string for a shell (`subprocess.run(CMD, shell=True)`, `os.system(CMD)`): the quoted code is the
 * program. Only a quoted body that closes at the end of the line counts; shell escapes are left as written.
 */
const SHELL_INLINE = /^\s*(?:\S*\/)?(?:python[\d.]*|pythonw?|py|node|bun|deno)(?:\.exe)?\s+(?:-\w+\s+)*(?:-c|-e|--eval)\s+(['"])([\s\S]+)\1\s*(?:[;&|<>].*)?$/;

function inlineCommandCode(command: string | undefined): string | undefined {
  if (!command || command.length > MAX_CODE) return undefined;
  // Most first arguments are no command line at all: rule them out before the regular expression.
  if (!command.includes(' -c ') && !command.includes(' -e ') && !command.includes('--eval')) return undefined;
  return SHELL_INLINE.exec(command)?.[2];
}

export function attachDroppedCode(f: FileFacts, analyzers: SourceAnalyzers): void {
  let budget = 16;
  for (const call of f.calls) {
    if (budget <= 0) return;
    const isWrite = WRITES.test(call.callee);
    const args = call.args.flatMap((a) => (a.items ? a.items : [a]));
    const dashC = args.findIndex((a) => a.value === '-c' || a.value === '-e' || a.value === '--eval');
    const inline = !isWrite && dashC < 0 ? inlineCommandCode(args[0]?.value) : undefined;
    // What is written may be partly computed (`src + HOOK`): its constant pieces are written too.
    const candidates = isWrite ? args.flatMap((a): Array<{ value?: string }> => (a.value === undefined && a.pieces ? a.pieces.map((value) => ({ value })) : [a])) : dashC >= 0 ? args.slice(dashC + 1, dashC + 2) : inline ? [{ value: inline }] : [];
    for (const arg of candidates) {
      const code = arg.value;
      if (!code || code.length < 12 || code.length > MAX_CODE) continue;
      const python = PY_CODE.test(code);
      // javascript-obfuscator output names everything _0x…: such a string is code whatever it calls.
      const javascript = !python && (JS_CODE.test(code) || (code.match(/_0x[0-9a-f]{4,}/g)?.length ?? 0) >= 5);
      if (!python && !javascript) continue;
      if (f.decoded.some((d) => d.line === call.line && d.text === code.slice(0, 4000))) continue;
      budget--;
      const facts = python ? analyzers.python(f.file, code) : analyzers.javascript(f.file, code);
      if (facts.parseError && facts.calls.length === 0) continue;
      f.decoded.push({
        line: call.line,
        scope: call.scope,
        steps: [isWrite ? 'written-to-file' : 'interpreter-argument'],
        text: code.slice(0, 4000),
        facts,
      });
    }
  }
}
