import { MODULE_SCOPE, type CallFact, type Finding, type Severity } from '../../model/index.js';
import { ADDRESS, ADDRESS_PATTERN } from '../shared/crypto-addresses.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/clipboard-hijack',
  title: 'Clipboard hijack (crypto address swap)',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['information-stealing', 'remote-control'],
  techniques: [],
  summary:
    'Reads the clipboard, recognises cryptocurrency addresses and writes another one back: the "clipper" that redirects payments to the attacker.',
  docs: `Clippers poll the clipboard (pyperclip, clipboardy, win32clipboard, tkinter, Windows' user32
\`GetClipboardData\`/\`SetClipboardData\` through ctypes, the browser's \`navigator.clipboard\`), test the text against wallet-address patterns and replace a match with an address
of their own. The rule needs all three in one file: a clipboard read, a clipboard write, and a
cryptocurrency address (a hard-coded one, or an address pattern such as \`0x[a-fA-F0-9]{40}\`).
Clipboard utilities read or write; wallet apps copy their own address; neither tests pasted text for
addresses and writes something else back.

- started on install or import (a thread or timer started at module level counts): **critical**;
- when only called: **high** if the write puts a hard-coded address on the clipboard, **low** otherwise (a wallet UI
  that validates a pasted address and copies the user's own).`,
};

const CLIPBOARD = /(?:^|\.)(?:pyperclip|clipboard|clipboardy|xerox|copy-paste|copypaste|pyclip|win32clipboard|klembord|user32)(?:\.\w+)*$/i;
const READ = /\.(paste|read|readSync|readText|GetClipboardData|clipboard_get|get_text|wait_for_text)$/;
const WRITE = /\.(copy|write|writeSync|writeText|SetClipboardText|SetClipboardData|clipboard_append|set_text)$/;

/** A polling loop started at module level runs from import on, whatever scope its body is in. */
const STARTERS = /(^|\.)(Thread|start_new_thread|Timer|setInterval|setTimeout)$/;

/**
 * Whether a call reads (or writes) the clipboard: the method name first (cheap, and rare among a file's
 * calls), then its receiver; tkinter's `clipboard_get`/`clipboard_append` say it in the name.
 */
function isClipboard(c: CallFact, verb: RegExp): boolean {
  const m = verb.exec(c.callee);
  return m !== null && (m[1]?.startsWith('clipboard_') === true || CLIPBOARD.test(c.callee.slice(0, m.index)));
}

export const clipboardHijack: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, f] of pkg.facts) {
      const reads: CallFact[] = [];
      const writes: CallFact[] = [];
      for (const c of f.calls) {
        if (isClipboard(c, READ)) reads.push(c);
        else if (isClipboard(c, WRITE)) writes.push(c);
      }
      const write = writes[0];
      if (reads.length === 0 || !write) continue;
      const text = pkg.text(file) ?? '';
      const literal = f.strings.find((s) => ADDRESS.test(s.value))?.value ?? ADDRESS.exec(text)?.[0];
      const pattern = ADDRESS_PATTERN.exec(text)?.[0];
      if (literal === undefined && pattern === undefined) continue;
      // Started at module level (directly, in a thread or on a timer) is what install/import runs.
      const vector = [...writes, ...reads].map((c) => pkg.execution.vector(file, c.scope)).find((v) => v !== 'runtime') ?? pkg.execution.vector(file, write.scope);
      if (isAuxiliary(file, vector, pkg.execution)) continue;
      const swapsLiteral = writes.some((c) => c.args.some((a) => a.value !== undefined && ADDRESS.test(a.value)));
      const started = vector === 'runtime' && f.calls.some((c) => c.scope === MODULE_SCOPE && STARTERS.test(c.callee) && pkg.execution.vector(file, MODULE_SCOPE) !== 'runtime');
      const severity: Severity = vector !== 'runtime' || started ? 'critical' : swapsLiteral ? 'high' : 'low';
      out.push(
        finding(meta, {
          severity,
          vector,
          message: `reads the clipboard (${reads[0]?.callee}), matches cryptocurrency addresses and writes back with ${write.callee} ${when({ vector })}`,
          file,
          line: write.line,
          snippet: sourceLine(pkg, file, write.line),
          evidence: [literal, pattern].filter((x) => x !== undefined).join('\n'),
        }),
      );
    }
    return out;
  },
};
