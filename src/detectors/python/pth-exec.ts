import type { Finding } from '../../model/index.js';
import { sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'py/pth-exec',
  title: 'Executable .pth file',
  vectors: ['install'],
  severity: 'critical',
  behaviors: ['code-execution'],
  techniques: [],
  summary:
    'A .pth file whose `import` lines Python executes at every interpreter start-up, from the moment the package is installed, whether or not anything imports it.',
  docs: `site.py executes each line of a \`.pth\` file in site-packages that starts with \`import\`. Namespace
packages (\`*-nspkg.pth\`), setuptools' \`distutils-precedence.pth\` and coverage tools use this legitimately
with a few guarded imports. The rule reports every executable \`.pth\` line:

- lines that run commands, talk to the network, write files or execute code built from data: **critical**;
- lines that only import modules, read environment variables and call into the package: **low**.`,
};

const DANGEROUS = new Set(['shell', 'network', 'socket', 'dns', 'file-write', 'file-delete', 'registry', 'spy', 'package-install']);

export const pthExec: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, f] of pkg.facts) {
      if (!file.endsWith('.pth')) continue;
      const events = pkg.events.byFile.get(file) ?? [];
      const decodedLines = new Set(f.decoded.filter((d) => d.steps.length > 0).map((d) => d.line));
      const bad = events.filter(
        (e) =>
          DANGEROUS.has(e.capability) ||
          (e.capability === 'code-exec' && (e.call?.args[0]?.value === undefined || e.decoded || decodedLines.has(e.line))),
      );
      const line = bad[0]?.line ?? f.calls[0]?.line ?? f.imports[0]?.line ?? 1;
      out.push(
        finding(meta, {
          severity: bad.length > 0 ? 'critical' : 'low',
          vector: 'install',
          message:
            bad.length > 0
              ? `${file} runs at every Python start-up and ${[...new Set(bad.map((e) => e.callee))].slice(0, 4).join(', ')}`
              : `${file} runs import lines at every Python start-up (imports and guarded calls only)`,
          file,
          line,
          snippet: sourceLine(pkg, file, line),
          ...(bad.length > 0 ? { evidence: bad.map((e) => e.text).join('\n') } : {}),
        }),
      );
    }
    return out;
  },
};
