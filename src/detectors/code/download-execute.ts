import type { Finding, Severity } from '../../model/index.js';
import { endpointIn } from '../shared/indicators.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { byScope, eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/download-execute',
  title: 'Download and execute',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['command-execution', 'remote-control'],
  techniques: ['external-payload'],
  summary:
    'One function or module body downloads something and writes an executable or script to disk and starts it (or starts the download directly).',
  docs: `Multi-stage droppers fetch their payload at install time so the package itself looks clean. The rule
looks inside one scope for a network download together with starting a program (a process, \`os.startfile\`)
where the program or the written file is an executable or script (\`.exe\`, \`.bat\`, \`.ps1\`, \`.vbs\`,
\`.scr\`, \`.sh\`, \`.py\`, \`.js\`) or is made executable with \`chmod\`.

- at install or import time: **critical**, or **high** when the download host is the package's own
  (release assets of its repository);
- when only called: **high** if the download host is an exfiltration-type endpoint (raw IP, file drop,
  paste, tunnel), otherwise **low** (installers and updaters do this on request).

Executing downloaded code *as code* (\`exec(urlopen(u).read())\`) is reported by \`code/code-execution\`.`,
};

const EXECUTABLE = /\.(exe|bat|cmd|ps1|vbs|vbe|js|jse|scr|sh|py|pyw|msi|dll|jar|hta|lnk|bin|elf|run)\b/i;

export const downloadExecute: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const group of byScope(pkg.events.events).values()) {
      const first = group[0];
      if (!first || isAuxiliary(first.file, first.vector)) continue;
      const download = group.find((e) => e.capability === 'network' && !/^\?\./.test(e.callee));
      if (!download) continue;
      const starts = group.filter(
        (e) => (e.capability === 'shell' && !/pty\.spawn/.test(e.callee)) || /startfile/.test(e.callee),
      );
      const writes = group.filter((e) => e.capability === 'file-write');
      const startsPayload = starts.find(
        (e) => EXECUTABLE.test(e.values.join(' ')) || e.refs.length > 0 || e.values.length === 0 || /chmod/.test(e.values.join(' ')),
      );
      const writesExecutable = writes.some((w) => EXECUTABLE.test(w.values.join(' ')) || /chmod/.test(w.callee));
      if (!startsPayload || (!writesExecutable && !EXECUTABLE.test(startsPayload.values.join(' ')) && writes.length === 0)) continue;
      const early = download.vector === 'install' || download.vector === 'import';
      const endpoint = download.values.map(endpointIn).find(Boolean);
      const severity: Severity = early ? 'critical' : endpoint ? 'high' : 'low';
      out.push(
        finding(meta, {
          severity,
          confidence: writesExecutable ? 'high' : 'medium',
          vector: download.vector,
          message: `downloads with ${download.callee} and starts ${startsPayload.callee} ${when(download)}${endpoint ? ` from a ${endpoint.label}` : ''}`,
          file: startsPayload.file,
          line: startsPayload.line,
          snippet: eventSnippet(pkg, startsPayload),
          evidence: [download.text, ...writes.slice(0, 2).map((w) => w.text), startsPayload.text].join('\n'),
        }),
      );
    }
    return out;
  },
};
