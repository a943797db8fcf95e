import type { Finding } from '../../model/index.js';
import { eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type PackageModel, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/network-at-install',
  title: 'Network access while installing or importing',
  vectors: ['install', 'import'],
  severity: 'high',
  behaviors: ['remote-control'],
  techniques: ['external-payload'],
  summary: 'Code that runs during pip/npm install or on import opens network connections, sends requests or resolves names.',
  docs: `Installing or importing a library should not need the network; when it does, it is either fetching
something (a build dependency, a prebuilt binary, a second stage) or reporting home. This rule reports the
capability so reviewers see it: **medium** in a Python build (setup.py has no business downloading) and for DNS
lookups and raw sockets at install time; **low** for HTTP from npm install scripts (prebuilt-binary downloaders
such as esbuild, sharp or node-pre-gyp do it every day) and on import. What is sent and where is
judged by \`code/info-stealing\`, \`code/exfil-endpoint\` and \`code/download-execute\`. Downloading an executable (a
URL ending in \`.exe\`, \`.ps1\`, \`.sh\`, …) while installing or importing is **high**; so is a DNS lookup of a
host named after the package itself (\`<package>.collector.example\`), the beacon of dependency-confusion probes.`,
};

const norm = (s: string): string => s.toLowerCase().replace(/[-_.]+/g, '-');

/** The package's own names: its distribution name and its top-level import packages. */
function ownNames(pkg: PackageModel): Set<string> {
  const names = [pkg.name ?? '', ...[...pkg.facts.keys()].filter((p) => /^[^/]+\/__init__\.py$/.test(p)).map((p) => p.split('/')[0] ?? '')];
  return new Set(names.filter((n) => n.length >= 4).map(norm));
}

/** Whether a resolved host name carries one of the package's own names as a label below a registrable domain. */
function namesPackage(host: string, names: Set<string>): boolean {
  const labels = host.replace(/^[a-z]+:\/\//i, '').split(/[/:]/)[0]?.split('.') ?? [];
  if (labels.length < 3) return false;
  return labels.slice(0, -2).some((l) => names.has(norm(l)));
}

export const networkAtInstall: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    const own = ownNames(pkg);
    for (const e of pkg.events.events) {
      if (e.capability !== 'network' && e.capability !== 'socket' && e.capability !== 'dns') continue;
      if (e.vector !== 'install' && e.vector !== 'import') continue;
      const key = `${e.file}\u0000${e.scope}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = e.values.find((v) => /^(https?|ftp|wss?):\/\//i.test(v)) ?? e.values[0];
      // Fetching an executable while installing is a dropper's first stage, whatever comes next.
      const executable = target !== undefined && /^(https?|ftp):\/\/[^?#\s]+\.(exe|scr|bat|cmd|ps1|vbs|msi|dll|hta|jar|apk|elf|bin|sh)([?#]|$)/i.test(target);
      // A lookup of `<this-package>.some.domain` tells its owner where the package got installed: a beacon.
      const beacon = e.capability === 'dns' && target !== undefined && namesPackage(target, own);
      out.push(
        finding(meta, {
          severity: executable || beacon
            ? 'high'
            : e.vector === 'install' && (e.language === 'python' || e.capability !== 'network')
              ? 'medium'
              : 'low',
          confidence: 'high',
          vector: e.vector,
          message: `${executable ? 'downloads an executable with ' : beacon ? 'reports the install with a lookup of a host named after the package, ' : ''}${e.callee}${target ? ` (${target.slice(0, 120)})` : ''} ${when(e)}`,
          file: e.file,
          line: e.line,
          snippet: eventSnippet(pkg, e),
          ...(target ? { evidence: target } : {}),
        }),
      );
    }
    return out;
  },
};
