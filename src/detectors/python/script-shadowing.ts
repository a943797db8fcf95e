import type { Finding, Severity } from '../../model/index.js';
import { assessCommand } from '../shared/commands.js';
import { sourceLine } from '../shared/snippet.js';
import { redirectedInstallHost, shadowedCommand } from '../shared/system-commands.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { declaredEntryPoints } from './entry-points.js';

const meta: RuleMeta = {
  id: 'py/script-shadowing',
  title: 'Installed script shadows a system command',
  vectors: ['metadata'],
  severity: 'high',
  behaviors: ['command-execution'],
  techniques: [],
  summary:
    'A console or GUI script entry point, or a wheel script, installed under the name of a system or toolchain command (`pip`, `python3`, `git`, `sudo`, `ls`, …), which then runs instead of the real one in an activated virtualenv.',
  docs: `pip installs every \`console_scripts\`/\`gui_scripts\` entry point and every file of a wheel's
\`.data/scripts/\` into the environment's \`bin/\` (\`Scripts\\\\\` on Windows), which an activated virtualenv puts
first on \`PATH\` ([entry points specification](https://packaging.python.org/en/latest/specifications/entry-points/)).
A dependency that installs \`pip\`, \`python3\`, \`git\` or \`sudo\` replaces that command for everything run there.

- an entry point or wheel script named like a system or toolchain command, read from \`entry_points.txt\`,
  \`setup.py\`, \`setup.cfg\` or \`pyproject.toml\`: **medium** (the name alone is a reason to look; what the
  code does is judged by the code rules);
- a wheel shell script under such a name that downloads and runs, opens a reverse shell or the like: **high**;
- an entry point under such a name whose module points installs at another index (\`--extra-index-url\`,
  \`--index-url\`, \`PIP_INDEX_URL\` with a host that is not PyPI): **high**;
- left alone: the command's own package (\`pip\` ships \`pip\` and \`pip3\`, \`awscli\` ships \`aws\`) and every
  name not on the list (the list is shared with \`pkg/bin-shadowing\`).`,
};

interface Script {
  command: string;
  file: string;
  line: number;
  target: string;
}

const SCRIPT_GROUPS = new Set(['console_scripts', 'gui_scripts']);

function scriptsOf(pkg: Parameters<Detector['run']>[0]): Script[] {
  const out: Script[] = [];
  const paths = pkg.contents.files.map((f) => f.path);
  for (const p of paths) {
    const data = /^[^/]+\.data\/scripts\/([^/]+)$/.exec(p);
    if (data) out.push({ command: data[1] as string, file: p, line: 1, target: p });
  }
  // An sdist's .egg-info copy of setup.py's entry points is not what pip installs: setup.py is.
  for (const e of declaredEntryPoints(paths, (p) => pkg.text(p), pkg.facts.get('setup.py'))) {
    if (SCRIPT_GROUPS.has(e.group) && !e.file.includes('.egg-info/')) out.push({ command: e.name, file: e.file, line: e.line, target: e.target });
  }
  return out;
}

/** The source of an entry point's module (`pkg.cli:main` → pkg/cli.py or pkg/cli/__init__.py), in the package or under src/. */
function entryModuleText(pkg: Parameters<Detector['run']>[0], target: string): string | undefined {
  const module = /^\s*([\w.]+)\s*:/.exec(target)?.[1];
  if (!module) return undefined;
  const path = module.replace(/\./g, '/');
  for (const p of [`${path}.py`, `${path}/__init__.py`, `src/${path}.py`, `src/${path}/__init__.py`]) {
    const text = pkg.text(p);
    if (text !== undefined) return text;
  }
  return undefined;
}

export const scriptShadowing: Detector = {
  meta,
  run(pkg) {
    if (pkg.ecosystem !== 'pypi') return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const s of scriptsOf(pkg)) {
      const base = shadowedCommand(s.command, 'pypi', pkg.name ?? '');
      if (base === undefined || seen.has(`${s.file}:${s.command}`)) continue;
      seen.add(`${s.file}:${s.command}`);
      // A wheel script is the program itself: a shell script's commands are judged too.
      const body = s.file.includes('.data/scripts/') ? (pkg.text(s.file) ?? '') : '';
      const judged = /^#!.*\b(ba|z|da)?sh\b/.test(body) ? assessCommand(body) : undefined;
      // An entry point's module that points the shadowed installer at another index.
      const host = redirectedInstallHost(body || (entryModuleText(pkg, s.target) ?? ''));
      const severity: Severity = judged?.level === 'malicious' || host ? 'high' : 'medium';
      out.push(
        finding(meta, {
          severity,
          confidence: 'medium',
          vector: 'metadata',
          message: `installs a command named "${s.command}", which shadows the ${base} command in an activated environment${judged?.level === 'malicious' ? `; the script ${judged.reasons.join('; ')}` : ''}${host ? `; its code sends installs to ${host}` : ''}`,
          file: s.file,
          line: s.line,
          snippet: sourceLine(pkg, s.file, s.line),
          evidence: `${s.command} → ${s.target}`,
        }),
      );
    }
    return out;
  },
};
