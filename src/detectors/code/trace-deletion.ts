import type { Finding, Severity } from '../../model/index.js';
import { eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/trace-deletion',
  title: 'Deletes its own traces',
  vectors: ['install', 'import', 'runtime'],
  severity: 'medium',
  behaviors: ['file-operation'],
  techniques: ['trace-deletion'],
  summary: 'Code deletes the file it runs from (__file__, sys.argv[0], __filename) or the payload it just started.',
  docs: `Removing the dropper after it ran hides the attack from anyone looking at the installed package.
Cleaning a \`build/\` folder is ordinary and is not reported: the rule needs the deleted path to be the running
file itself or a file the same code downloaded or started. **Medium** at install or import time, **low**
otherwise; other rules usually report the payload itself.`,
};

/** The running file itself, possibly made absolute — not a path built next to it (dirname/join). */
const SELF = /^(os\.path\.(abspath|realpath)\(|path\.resolve\()?\s*(__file__|sys\.argv\[0\]|__filename|process\.argv\[1\]|sys\.executable)\s*\)?$/;

export const traceDeletion: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const e of pkg.events.events) {
      if (e.capability !== 'file-delete') continue;
      if (!e.call?.args.some((a) => SELF.test(a.text.trim()))) continue;
      const severity: Severity = e.vector === 'install' || e.vector === 'import' ? 'medium' : 'low';
      out.push(
        finding(meta, {
          severity,
          confidence: 'medium',
          vector: e.vector,
          message: `deletes the running file with ${e.callee} ${when(e)}`,
          file: e.file,
          line: e.line,
          snippet: eventSnippet(pkg, e),
        }),
      );
    }
    return out;
  },
};
