import { parse as parseToml } from 'smol-toml';
import type { Finding, Severity } from '../../model/index.js';
import { parseIni } from '../../manifests/pypi/ini.js';
import { assessCommand } from '../shared/commands.js';
import { escapeRegExp } from '../shared/regexp.js';
import { sourceLine } from '../shared/snippet.js';
import { redirectedInstallHost, shadowedCommand } from '../shared/system-commands.js';
import { finding, type Detector, type RuleMeta } from '../types.js';
import { setupCalls } from './setup-call.js';

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

const SCRIPT_GROUPS = ['console_scripts', 'gui_scripts'];

/** `name = module:function` (one line of a group in setup.cfg, or an item of setup.py's list). */
function entryLine(text: string): { command: string; target: string } | undefined {
  const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(text);
  return m ? { command: m[1] as string, target: m[2] as string } : undefined;
}

/** A wheel's `entry_points.txt`: `[console_scripts]` sections of `name = module:function` keys. */
function entryPointsTxt(file: string, text: string): Script[] {
  try {
    const sections = parseIni(file, text);
    return SCRIPT_GROUPS.flatMap((g) => [...(sections.get(g)?.values() ?? [])].map((e) => ({ command: e.key, file, line: e.line, target: e.values[0]?.text ?? '' })));
  } catch {
    return []; // malformed: pip would refuse the file
  }
}

/** setup.cfg: `[options.entry_points]` with `console_scripts =` followed by `name = module:function` lines. */
function setupCfgScripts(text: string): Script[] {
  try {
    const section = parseIni('setup.cfg', text).get('options.entry_points');
    return SCRIPT_GROUPS.flatMap((g) =>
      (section?.get(g)?.values ?? []).flatMap((v) => {
        const e = entryLine(v.text);
        return e ? [{ ...e, file: 'setup.cfg', line: v.line }] : [];
      }),
    );
  } catch {
    return []; // malformed: setuptools would refuse it
  }
}

function scriptsOf(pkg: Parameters<Detector['run']>[0]): Script[] {
  const out: Script[] = [];
  for (const f of pkg.contents.files) {
    if (/^[^/]+\.dist-info\/entry_points\.txt$/.test(f.path)) out.push(...entryPointsTxt(f.path, pkg.text(f.path) ?? ''));
    const data = /^[^/]+\.data\/scripts\/([^/]+)$/.exec(f.path);
    if (data) out.push({ command: data[1] as string, file: f.path, line: 1, target: f.path });
  }
  const cfg = pkg.text('setup.cfg');
  if (cfg) out.push(...setupCfgScripts(cfg));
  const pyproject = pkg.text('pyproject.toml');
  if (pyproject) {
    try {
      const project = (parseToml(pyproject) as { project?: Record<string, unknown> }).project ?? {};
      const lines = pyproject.split('\n');
      for (const table of ['scripts', 'gui-scripts']) {
        const t = project[table];
        if (typeof t !== 'object' || t === null) continue;
        for (const [command, target] of Object.entries(t)) {
          const line = Math.max(1, lines.findIndex((l) => new RegExp(`^\\s*"?${escapeRegExp(command)}"?\\s*=`).test(l)) + 1);
          out.push({ command, file: 'pyproject.toml', line, target: String(target) });
        }
      }
    } catch {
      // Malformed: not this rule's concern.
    }
  }
  const setup = pkg.facts.get('setup.py');
  for (const call of setup ? setupCalls(setup) : []) {
    const eps = call.kwargs['entry_points'];
    for (const g of SCRIPT_GROUPS) {
      for (const item of eps?.entries?.[g]?.items ?? []) {
        const e = entryLine(item.value ?? '');
        if (e) out.push({ ...e, file: 'setup.py', line: call.line });
      }
    }
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
