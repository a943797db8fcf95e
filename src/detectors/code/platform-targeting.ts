import type { Finding } from '../../model/index.js';
import { sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/platform-targeting',
  title: 'Behaviour chosen by operating system',
  vectors: ['install', 'import'],
  severity: 'low',
  behaviors: [],
  techniques: ['platform-targeting'],
  summary:
    'Code that runs at install or import time checks the operating system (sys.platform, os.name, platform.system(), process.platform) in a scope that also runs commands or talks to the network.',
  docs: `Malware often runs its payload only on the platform it targets (Windows stealers, Linux miners), so
sandboxes on other systems see nothing. Checking the platform is also how portable build scripts work, so
this rule is **low** and serves as context: it records the technique next to the other findings.`,
};

const PLATFORM = /^(sys\.platform|os\.name|platform\.system|platform\.platform|process\.platform|os\.platform|os\.type)$/;

export const platformTargeting: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const activeScopes = new Set(
      pkg.events.events
        .filter((e) => (e.capability === 'shell' || e.capability === 'network') && (e.vector === 'install' || e.vector === 'import'))
        .map((e) => `${e.file}\u0000${e.scope}`),
    );
    for (const [file, f] of pkg.facts) {
      const r = f.reads.find((x) => PLATFORM.test(x.name) && activeScopes.has(`${file}\u0000${x.scope}`));
      if (!r) continue;
      const vector = pkg.execution.vector(file, r.scope);
      out.push(
        finding(meta, {
          severity: 'low',
          confidence: 'medium',
          vector,
          message: `checks ${r.name} before running commands or network code at ${vector} time`,
          file,
          line: r.line,
          snippet: sourceLine(pkg, file, r.line),
        }),
      );
    }
    return out;
  },
};
