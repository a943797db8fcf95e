import type { Finding, Severity } from '../../model/index.js';
import { NATIVE_LOAD } from '../shared/capabilities.js';
import { eventSnippet, when } from '../shared/snippet.js';
import type { CodeEvent } from '../shared/events.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/trace-deletion',
  title: 'Deletes its own traces',
  vectors: ['install', 'import', 'runtime'],
  severity: 'high',
  behaviors: ['file-operation'],
  techniques: ['trace-deletion'],
  summary: 'Code deletes the file it runs from (__file__, sys.argv[0], __filename) or the payload it just started.',
  docs: `Removing the dropper after it ran hides the attack from anyone looking at the installed package.
Cleaning a \`build/\` folder is ordinary and is not reported: the rule needs the deleted path to be the running
file itself or a file the same code downloaded or started. **Medium** at install or import time, **high** when
the same body also loaded a native library (\`ctypes.CDLL\`) or started a command or code before deleting itself,
**low** otherwise; other rules usually report the payload itself.`,
};


/** The running file itself, possibly made absolute — not a path built next to it (dirname/join). */
const SELF = /^(os\.path\.(abspath|realpath)\(|path\.resolve\()?\s*(__file__|sys\.argv\[0\]|__filename|process\.argv\[1\]|sys\.executable)\s*\)?$/;

/** What the deleting body loaded or started before: a native library, a command, evaluated code. */
function stageBefore(pkg: PackageModel, e: CodeEvent): string | undefined {
  const loaded = pkg.facts.get(e.file)?.calls.find((c) => c.scope === e.scope && NATIVE_LOAD.test(c.callee));
  const started = pkg.events.byFile.get(e.file)?.find((x) => x.scope === e.scope && (x.capability === 'shell' || x.capability === 'code-exec'));
  return loaded?.callee ?? started?.callee;
}

export const traceDeletion: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const e of pkg.events.events) {
      if (e.capability !== 'file-delete') continue;
      if (!e.call?.args.some((a) => SELF.test(a.text.trim()))) continue;
      // Deleting itself in the body that also loaded a native library or started something: the file hid a stage.
      const early = e.vector === 'install' || e.vector === 'import';
      const stage = early ? stageBefore(pkg, e) : undefined;
      const severity: Severity = early ? (stage ? 'high' : 'medium') : 'low';
      out.push(
        finding(meta, {
          severity,
          confidence: 'medium',
          vector: e.vector,
          message: `deletes the running file with ${e.callee} ${when(e)}${stage && early ? `, after ${stage} in the same body` : ''}`,
          file: e.file,
          line: e.line,
          snippet: eventSnippet(pkg, e),
        }),
      );
    }
    return out;
  },
};
