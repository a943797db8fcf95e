import { parse as parseToml } from 'smol-toml';
import type { Finding, Severity, ValueFact } from '../../model/index.js';
import { endpointIn } from '../shared/indicators.js';
import { sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { setupCalls } from './setup-call.js';
import { parseIni } from '../../manifests/pypi/ini.js';

const meta: RuleMeta = {
  id: 'py/setup-requires',
  title: 'Build-time or URL dependencies',
  vectors: ['install'],
  severity: 'critical',
  behaviors: ['remote-control'],
  techniques: ['external-payload'],
  summary:
    'setup_requires (installed and imported while setup.py runs), dependency_links, and dependencies given as URLs (`name @ https://…`, git URLs) that bypass the package index — in setup.py, setup.cfg or pyproject.toml (build requirements included).',
  docs: `A dependency fetched from a URL is not reviewed, pinned or scanned by the index, and \`setup_requires\`
packages are imported by setup.py before anything else happens.

- a URL dependency on an exfiltration-type host (raw IP, paste site, tunnel, file drop): **critical**;
- any other URL or VCS dependency, \`dependency_links\`: **medium**;
- \`setup_requires\` by name: **info** (it is how setuptools plugins such as setuptools_scm are loaded).`,
};

function strings(v: ValueFact | undefined): string[] {
  if (!v) return [];
  if (v.items) return v.items.flatMap((i) => (i.value !== undefined ? [i.value] : []));
  return v.value !== undefined ? v.value.split(/\n/).map((s) => s.trim()).filter(Boolean) : [];
}

const URL_DEP = /(@\s*|^)(git\+|hg\+|svn\+|bzr\+)?(https?|ftp|file):\/\//i;

export const setupRequires: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    const judge = (dep: string, file: string, line: number, field: string): void => {
      const isUrl = URL_DEP.test(dep) || field === 'dependency_links';
      if (!isUrl && field !== 'setup_requires') return;
      const endpoint = endpointIn(dep);
      const severity: Severity = endpoint ? 'critical' : isUrl ? 'medium' : 'info';
      out.push(
        finding(meta, {
          severity,
          vector: 'install',
          message: isUrl
            ? `${field} fetches ${dep.slice(0, 160)} from outside the package index${endpoint ? ` (${endpoint.label})` : ''}`
            : `setup_requires installs ${dep} before setup.py runs`,
          file,
          line,
          snippet: sourceLine(pkg, file, line),
          evidence: dep,
        }),
      );
    };
    const setup = pkg.facts.get('setup.py');
    for (const call of setup ? setupCalls(setup) : []) {
      for (const field of ['setup_requires', 'install_requires', 'dependency_links']) {
        for (const dep of strings(call.kwargs[field])) judge(dep, 'setup.py', call.line, field);
      }
    }
    const pyproject = pkg.text('pyproject.toml');
    if (pyproject) {
      try {
        const doc = parseToml(pyproject) as { project?: { dependencies?: unknown; 'optional-dependencies'?: Record<string, unknown> }; 'build-system'?: { requires?: unknown } };
        const lines = pyproject.split('\n');
        const lists: Array<[string, unknown]> = [
          ['dependencies', doc.project?.dependencies],
          // Build requirements are installed and imported by pip's build step: install-time code.
          ['build-system requires', doc['build-system']?.requires],
          // A malformed table yields values that are not lists, which the loop below skips.
          ...Object.values(doc.project?.['optional-dependencies'] ?? {}).map((v): [string, unknown] => ['optional-dependencies', v]),
        ];
        for (const [field, deps] of lists) {
          for (const dep of Array.isArray(deps) ? deps : []) {
            if (typeof dep !== 'string') continue;
            const line = lines.findIndex((l) => l.includes(dep)) + 1;
            judge(dep, 'pyproject.toml', Math.max(line, 1), field);
          }
        }
      } catch {
        // A malformed pyproject.toml is not this rule's concern; pip would refuse it.
      }
    }
    // setup.cfg's declarative [options] (and extras): one requirement per line.
    const cfg = pkg.text('setup.cfg');
    if (cfg) {
      try {
        const sections = parseIni('setup.cfg', cfg);
        const options = sections.get('options');
        for (const field of ['setup_requires', 'install_requires', 'dependency_links']) {
          for (const v of options?.get(field)?.values ?? []) if (v.text !== '') judge(v.text, 'setup.cfg', v.line, field);
        }
        for (const entry of sections.get('options.extras_require')?.values() ?? []) {
          for (const v of entry.values) if (v.text !== '') judge(v.text, 'setup.cfg', v.line, 'extras_require');
        }
      } catch {
        // Malformed: setuptools would refuse it too.
      }
    }
    return out;
  },
};
