import { parseSpec } from '../../manifests/npm/spec.js';
import type { Finding, Severity } from '../../model/index.js';
import { keyLine } from '../package/json-keys.js';
import { endpointIn } from '../shared/indicators.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'js/url-dependency',
  title: 'Dependencies fetched from outside the npm registry',
  vectors: ['install'],
  severity: 'critical',
  behaviors: ['remote-control'],
  techniques: ['external-payload'],
  summary:
    'dependencies, optionalDependencies and peerDependencies given as URLs or Git sources: npm fetches them when the package is installed, from a server the registry never saw, and runs their install scripts.',
  docs: `A dependency given as a URL is not in the registry: nothing reviewed, pinned or scanned it, and whoever
runs the server can serve different code to every installer. The package itself stays clean, so a scanner of
the tarball alone sees nothing; the payload arrives with the dependency, whose install scripts npm runs
("remote dynamic dependencies", the technique of the 2025 PhantomRaven campaign).

- a URL on an exfiltration-type host (raw public IP, paste site, tunnel, file drop): **critical**;
- a tarball fetched over plain \`http://\`, or a \`git://\` source (no TLS: anyone on the path can swap the
  code): **high**, **medium** from a code host (old manifests name GitHub over http);
- a tarball URL on any other host: **medium**;
- a Git or GitHub source (\`github:user/repo\`, \`git+https://…\`), or a tarball on a code host (GitHub,
  GitLab, Bitbucket, the npm registry): **low**, an unpinned source but a public, reviewable one.

\`devDependencies\` are not installed with the package and are not judged; \`file:\` and workspace
references cannot be fetched from a published package.`,
};

/** Fields npm installs with the package (npm 7+ installs peers too). */
const FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Hosts of public, browsable code: a tarball from there can be read by anyone. */
const CODE_HOSTS = /^(?:[\w-]+\.)*(?:github\.com|githubusercontent\.com|gitlab\.com|bitbucket\.org|npmjs\.org|npmjs\.com|yarnpkg\.com)$/i;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.replace(/^git\+/i, '')).hostname;
  } catch {
    return undefined;
  }
}

function judge(spec: string, kind: 'url' | 'vcs'): { severity: Severity; why: string } {
  const endpoint = endpointIn(spec);
  if (endpoint) return { severity: 'critical', why: `from a ${endpoint.label}` };
  const host = hostOf(spec);
  const codeHost = host !== undefined && CODE_HOSTS.test(host);
  // Old manifests name GitHub over http (it redirects to https): unencrypted, but public code.
  if (/^(?:git\+)?(?:http|git):\/\//i.test(spec)) {
    return codeHost ? { severity: 'medium', why: `without TLS, from ${host}` } : { severity: 'high', why: 'without TLS, from a server outside the registry' };
  }
  if (kind === 'url' && !codeHost) return { severity: 'medium', why: `from ${host ?? 'a server'} outside the registry` };
  return { severity: 'low', why: kind === 'vcs' ? 'from a Git source, unpinned by the registry' : `from ${host ?? 'a code host'} outside the registry` };
}

export const urlDependency: Detector = {
  meta,
  run(pkg) {
    const json = pkg.npm?.json;
    if (!json) return [];
    const raw = pkg.npm?.raw ?? '';
    const out: Finding[] = [];
    for (const field of FIELDS) {
      const deps = json[field];
      if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
      // The name's line under its own field (a name may also stand in devDependencies or scripts).
      const section = keyLine(raw, field);
      for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
        if (typeof value !== 'string') continue;
        const parsed = parseSpec(name, value);
        if (parsed.origin.kind !== 'url' && parsed.origin.kind !== 'vcs') continue;
        const { severity, why } = judge(parsed.spec, parsed.origin.kind);
        const line = keyLine(raw, name, section?.offset)?.line ?? section?.line ?? 1;
        out.push(
          finding(meta, {
            severity,
            vector: 'install',
            message: `${field} fetches ${name} ${why}: ${parsed.spec.slice(0, 160)}; npm runs its install scripts`,
            file: 'package.json',
            line,
            snippet: raw.split('\n')[line - 1]?.trim().slice(0, 300) ?? '',
            evidence: parsed.spec,
          }),
        );
      }
    }
    return out;
  },
};
