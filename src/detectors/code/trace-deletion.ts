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

const SELF = /(^|\.)(__file__|__filename|argv|realpath|abspath)$|sys\.argv|__file__|__filename/;

export const traceDeletion: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const e of pkg.events.events) {
      if (e.capability !== 'file-delete') continue;
      if (!e.refs.some((r) => SELF.test(r)) && !e.call?.args.some((a) => SELF.test(a.text))) continue;
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
