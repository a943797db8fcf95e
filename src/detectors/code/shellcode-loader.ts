import type { CallFact, Finding, Severity, Vector } from '../../model/index.js';
import { MODULE_SCOPE } from '../../model/index.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/shellcode-loader',
  title: 'Runs machine code from memory',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['code-execution'],
  techniques: [],
  summary:
    'Python code that makes memory executable (VirtualAlloc/VirtualProtect with an execute permission, mmap with PROT_EXEC) and starts code in it (CreateThread, CreateRemoteThread, QueueUserAPC, a ctypes function pointer): a shellcode loader.',
  docs: `A shellcode loader copies machine code into memory it made executable and jumps to it; nothing touches the
disk and no interpreter sees the payload. The rule needs both halves in one function or module body:

- **executable memory**: \`VirtualAlloc\`/\`VirtualAllocEx\`/\`VirtualProtect\` called with an execute permission
  (\`0x10\`, \`0x20\`, \`0x40\`, \`0x80\`, \`PAGE_EXECUTE…\`), or \`mmap.mmap\` with \`PROT_EXEC\`;
- **a start**: \`CreateThread\`, \`CreateRemoteThread\`, \`NtCreateThreadEx\`, \`RtlCreateUserThread\`, \`QueueUserAPC\`, a
  Windows enumeration API handed the buffer as its callback (\`EnumSystemLocalesA\`, …), or a ctypes function
  pointer made over it (\`CFUNCTYPE(…)(addr)\`, \`cast(addr, CFUNCTYPE(…))\`).

**Critical** at install or import time. When only called: **high** if the same body (or the module) decodes
the bytes (base64, hex, zlib, …), **low** otherwise — JIT compilers and process-memory libraries use these APIs
on code they generate or are given.`,
};

const EXEC_ALLOC = /(^|\.)(VirtualAlloc(Ex)?|VirtualProtect(Ex)?)$/;
const EXEC_PERMISSION = /\b(0x[1248]0|16|32|64|128|PAGE_EXECUTE\w*)\b/;
const MMAP = /^mmap\.mmap$/;
const START =
  /(^|\.)(CreateThread|CreateRemoteThread(Ex)?|NtCreateThreadEx|RtlCreateUserThread|QueueUserAPC|NtQueueApcThread|EnumSystemLocales[AW]?|EnumWindows|EnumChildWindows|EnumDesktopsW?|CertEnumSystemStore|EnumDateFormats[AW]?|CreateFiber|SwitchToFiber)$|^ctypes\.(CFUNCTYPE|WINFUNCTYPE|PYFUNCTYPE)$/;
const DECODER = /^(base64\.\w+|binascii\.\w+|zlib\.decompress|lzma\.decompress|bz2\.decompress|gzip\.decompress|codecs\.decode|bytes\.fromhex|builtins\.bytearray\.fromhex)$/;

/** Where each allocator takes its page protection (flProtect / flNewProtect). */
const PROTECTION_ARG: Record<string, number> = { VirtualAlloc: 3, VirtualAllocEx: 4, VirtualProtect: 2, VirtualProtectEx: 3 };

/** Callees that can make memory executable or start code in it at all (the other tests assume one of these). */
const NATIVE_PREFIX = /^(ctypes\.|mmap\.)|kernel32|windll|WinDLL|ntdll/;

function makesExecutable(c: CallFact): boolean {
  const m = EXEC_ALLOC.exec(c.callee);
  if (m) {
    const protection = c.args[PROTECTION_ARG[m[2] as string] ?? -1];
    return protection !== undefined && EXEC_PERMISSION.test(protection.text);
  }
  return MMAP.test(c.callee) && /PROT_EXEC|\bprot\s*=\s*7\b/.test([...c.args, ...Object.values(c.kwargs)].map((a) => a.text).join(' '));
}

function starts(c: CallFact): boolean {
  return START.test(c.callee);
}

export const shellcodeLoader: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, f] of pkg.facts) {
      if (f.language !== 'python') continue;
      // One cheap test per call (every Python call of every package passes here): only ctypes, mmap and
      // Windows DLL calls can be either half.
      const byScope = new Map<string, CallFact[]>();
      for (const c of f.calls) {
        if (!NATIVE_PREFIX.test(c.callee) || (!makesExecutable(c) && !starts(c))) continue;
        const list = byScope.get(c.scope);
        if (list) list.push(c);
        else byScope.set(c.scope, [c]);
      }
      if (byScope.size === 0) continue;
      let moduleDecodes: boolean | undefined;
      for (const [scope, calls] of byScope) {
        const alloc = calls.find(makesExecutable);
        const start = calls.find(starts);
        if (!alloc || !start) continue;
        const vector: Vector = pkg.execution.vector(file, scope);
        if (isAuxiliary(file, vector, pkg.execution)) continue;
        moduleDecodes ??= f.calls.some((c) => c.scope === MODULE_SCOPE && DECODER.test(c.callee));
        const decodes = moduleDecodes || f.calls.some((c) => c.scope === scope && DECODER.test(c.callee));
        const early = vector === 'install' || vector === 'import';
        const severity: Severity = early ? 'critical' : decodes ? 'high' : 'low';
        const root = pkg.execution.get(file, scope);
        out.push(
          finding(meta, {
            severity,
            confidence: decodes ? 'high' : 'medium',
            vector,
            message: `makes memory executable with ${alloc.callee} and starts it with ${start.callee}${decodes ? ', over bytes it decodes' : ''} ${when({ vector, ...(root?.why ? { why: root.why } : {}) })}`,
            file,
            line: start.line,
            snippet: eventSnippet(pkg, { file, line: start.line, text: start.text }),
            evidence: [alloc.text, start.text].join('\n'),
          }),
        );
      }
    }
    return out;
  },
};
