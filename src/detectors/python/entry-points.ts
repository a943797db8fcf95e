import { parse as parseToml } from 'smol-toml';
import type { FileFacts } from '../../model/index.js';
import { parseIni } from '../../manifests/pypi/ini.js';
import { escapeRegExp } from '../shared/regexp.js';
import { setupCalls } from './setup-call.js';

/** One entry point a package declares: `[group] name = module:attr` (https://packaging.python.org/en/latest/specifications/entry-points/). */
export interface EntryPoint {
  group: string;
  name: string;
  /** `module:attr` (possibly with `[extras]`). */
  target: string;
  file: string;
  line: number;
}

/** `entry_points.txt` of a wheel's .dist-info or of an sdist's .egg-info. */
const ENTRY_POINTS_TXT = /(^|\/)[^/]+\.(dist-info|egg-info)\/entry_points\.txt$/;

/** `name = module:function` (one line of a group in setup.cfg, or an item of setup.py's list). */
function entryLine(text: string): { name: string; target: string } | undefined {
  const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(text.trim());
  return m ? { name: m[1] as string, target: (m[2] as string).trim() } : undefined;
}

/** An INI text whose sections are groups and whose keys are entry point names (entry_points.txt, setup.py's string form). */
function iniEntryPoints(file: string, text: string, line = 0): EntryPoint[] {
  try {
    const out: EntryPoint[] = [];
    for (const [group, entries] of parseIni(file, text)) {
      for (const e of entries.values()) out.push({ group, name: e.key, target: e.values[0]?.text ?? '', file, line: line || e.line });
    }
    return out;
  } catch {
    return []; // malformed: pip and setuptools would refuse the file
  }
}

/** setup.cfg: `[options.entry_points]` whose keys are groups, followed by `name = module:function` lines. */
function setupCfgEntryPoints(text: string): EntryPoint[] {
  try {
    const section = parseIni('setup.cfg', text).get('options.entry_points');
    return [...(section?.values() ?? [])].flatMap((g) =>
      g.values.flatMap((v) => {
        const e = entryLine(v.text);
        return e ? [{ group: g.key, ...e, file: 'setup.cfg', line: v.line }] : [];
      }),
    );
  } catch {
    return []; // malformed: setuptools would refuse it
  }
}

/** pyproject.toml: `[project.scripts]`, `[project.gui-scripts]` and `[project.entry-points.<group>]`. */
function pyprojectEntryPoints(text: string): EntryPoint[] {
  let project: Record<string, unknown>;
  try {
    project = ((parseToml(text) as { project?: Record<string, unknown> }).project ?? {}) as Record<string, unknown>;
  } catch {
    return []; // malformed: not this reader's concern
  }
  const lines = text.split('\n');
  const lineOf = (name: string): number => Math.max(1, lines.findIndex((l) => new RegExp(`^\\s*"?${escapeRegExp(name)}"?\\s*=`).test(l)) + 1);
  const groups: Array<[string, unknown]> = [
    ['console_scripts', project['scripts']],
    ['gui_scripts', project['gui-scripts']],
    ...Object.entries((project['entry-points'] ?? {}) as Record<string, unknown>),
  ];
  const out: EntryPoint[] = [];
  for (const [group, table] of groups) {
    if (typeof table !== 'object' || table === null) continue;
    for (const [name, target] of Object.entries(table)) out.push({ group, name, target: String(target), file: 'pyproject.toml', line: lineOf(name) });
  }
  return out;
}

/** setup.py: `setup(entry_points={'group': ['name = module:function', …]})` or the INI string form. */
function setupPyEntryPoints(setup: FileFacts): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const call of setupCalls(setup)) {
    const eps = call.kwargs['entry_points'];
    if (eps?.value !== undefined) out.push(...iniEntryPoints('setup.py', eps.value, call.line));
    for (const [group, v] of Object.entries(eps?.entries ?? {})) {
      const items = v.items ?? (v.value !== undefined ? [v] : []);
      for (const item of items) {
        const e = entryLine(item.value ?? '');
        if (e) out.push({ group, ...e, file: 'setup.py', line: call.line });
      }
    }
  }
  return out;
}

/** Every entry point the package declares, in whichever file it is declared. */
export function declaredEntryPoints(paths: Iterable<string>, text: (path: string) => string | undefined, setup: FileFacts | undefined): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const p of paths) if (ENTRY_POINTS_TXT.test(p)) out.push(...iniEntryPoints(p, text(p) ?? ''));
  const cfg = text('setup.cfg');
  if (cfg) out.push(...setupCfgEntryPoints(cfg));
  const pyproject = text('pyproject.toml');
  if (pyproject) out.push(...pyprojectEntryPoints(pyproject));
  if (setup) out.push(...setupPyEntryPoints(setup));
  return out;
}
